// The player's move: real buttons, grouped by move (press, concede, the cards, attack) inside a
// group named "Your move". Keys 1-9, 0, - and = pick a choice. Focus moves to the heading, never to
// a move: Enter or Space pressed to read on must not make a move the player did not choose (a move
// takes its own key, Tab then Enter, or a click). A lone "continue" is no move, so it takes focus.
import type { StoryTable } from '../debate/cast.ts';
import type { Move } from '../debate/contract.ts';
import type { ChoiceView } from '../debate/events.ts';
import { clear, h } from './dom.ts';

const ORDER: Move[] = ['press', 'concede', 'rebut', 'attack', 'closing', 'continue'];

export class ChoicesPanel {
  private pending: ((index: number) => void) | null = null;
  private offered: ChoiceView[] = [];

  constructor(
    private readonly root: HTMLElement,
    private readonly cast: StoryTable,
  ) {
    root.setAttribute('role', 'group');
    root.setAttribute('aria-labelledby', 'choices-heading');
  }

  get open(): boolean {
    return this.pending !== null;
  }

  /** Shows the choices and resolves with the index the player picks. */
  show(choices: ChoiceView[], focus = true): Promise<number> {
    clear(this.root);
    this.offered = choices;
    const heading = h('h2', { class: 'choices__title', id: 'choices-heading', text: 'Your move', attrs: { tabindex: '-1' } });
    this.root.append(heading);
    const byMove = new Map<Move, ChoiceView[]>();
    for (const choice of choices) byMove.set(choice.move, [...(byMove.get(choice.move) ?? []), choice]);
    let first: HTMLButtonElement | null = null;
    for (const move of ORDER) {
      const group = byMove.get(move);
      if (!group) continue;
      const headingId = `choices-${move}`;
      const list = h('ul', { class: 'choices__list' });
      for (const choice of group) {
        const button = this.button(choice);
        first ??= button;
        list.append(h('li', {}, button));
      }
      const title = this.cast.moves?.[move] ?? move;
      this.root.append(
        h(
          'div',
          { class: 'choices__group', attrs: { role: 'group', 'aria-labelledby': headingId } },
          h('h3', { class: 'choices__group-title', id: headingId, text: title }),
          list,
        ),
      );
    }
    if (focus) {
      const onlyContinue = choices.length === 1 && choices[0]?.move === 'continue';
      (onlyContinue && first ? first : heading).focus({ preventScroll: false });
    }
    return new Promise((resolve) => (this.pending = resolve));
  }

  /** Picks choice `n` (1-based, as the number keys count); false when there is no such choice. */
  pickNumber(n: number): boolean {
    const choice = this.offered[n - 1];
    if (!this.pending || !choice) return false;
    this.pick(choice.index);
    return true;
  }

  hide(): void {
    clear(this.root);
    this.offered = [];
    this.pending = null;
  }

  private pick(index: number): void {
    const resolve = this.pending;
    this.hide();
    resolve?.(index);
  }

  private button(choice: ChoiceView): HTMLButtonElement {
    const number = choice.index + 1;
    const card = choice.card ? this.cast.cards[choice.card] : undefined;
    const classes = ['choice'];
    if (choice.move === 'attack') classes.push('choice--attack');
    if (choice.worn) classes.push('choice--worn');
    const details: (HTMLElement | null)[] = [];
    if (card) {
      const named = card.name.toLowerCase() === choice.text.toLowerCase();
      details.push(h('span', { class: 'choice__point', text: named ? card.point : `${card.name}: ${card.point}` }));
    }
    if (choice.worn) {
      details.push(h('span', { class: 'choice__worn', text: 'Weaker now: this card already landed once.' }));
    }
    return h(
      'button',
      {
        class: classes.join(' '),
        attrs: {
          type: 'button',
          'data-choice': choice.index,
          'data-move': choice.move,
          'data-card': choice.card,
          'aria-keyshortcuts': choiceKey(number),
        },
        on: { click: () => this.pick(choice.index) },
      },
      h('span', { class: 'choice__key', attrs: { 'aria-hidden': 'true' }, text: choiceKey(number) ?? '' }),
      h('span', { class: 'choice__name', text: choice.text }),
      ...details,
    );
  }
}

/**
 * The key for choice `n` (1-based): 1-9, then 0, - and = along the top row, as on a game's
 * hotbar, so all twelve moves an opponent can offer have one.
 */
const CHOICE_KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0', '-', '='];

export function choiceKey(n: number): string | undefined {
  return CHOICE_KEYS[n - 1];
}

/** The choice (1-based) a key picks, or undefined. */
export function choiceForKey(key: string): number | undefined {
  const i = CHOICE_KEYS.indexOf(key);
  return i < 0 ? undefined : i + 1;
}
