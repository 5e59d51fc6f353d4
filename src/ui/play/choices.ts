// The player's move: real buttons, grouped by move (the cards, another argument, press, concede,
// attack) inside a group named "Your move". The counterpoints come first, on screen and in tab order:
// a player who takes the first button every time answers with a card without engaging the guest,
// which the rules grade as such (pressing first, then the same card everywhere, reached the best
// ending). Each choice shows its key, the same for a move at every
// decision (move-keys.ts): P, C, 1-8 for the cards, 9, A. Focus moves to the heading, never to a
// move: Enter or Space pressed to read on must not make a move the player did not choose (a move
// takes its own key, Tab then Enter, or a click). A lone "continue" is no move, so it takes focus.
import type { CastSheet } from '../../debate/core/cast.ts';
import type { Move } from '../../debate/core/contract.ts';
import type { ChoiceView } from '../../debate/core/events.ts';
import { clear, h } from '../kit/dom.ts';
import { choiceForCode, keysFor, type MoveKey } from './move-keys.ts';
import { m } from '../../i18n/index.ts';

export const MOVE_ORDER: readonly Move[] = ['rebut', 'argue', 'press', 'concede', 'attack', 'closing', 'continue'];

export class ChoicesPanel {
  private pending: ((index: number) => void) | null = null;
  private offered: ChoiceView[] = [];

  constructor(
    private readonly root: HTMLElement,
    private readonly cast: CastSheet,
  ) {
    root.setAttribute('role', 'group');
    root.setAttribute('aria-labelledby', 'choices-heading');
  }

  get open(): boolean {
    return this.pending !== null;
  }

  /**
   * Shows the choices and resolves with the index the player picks. `before`: the choices taken
   * here in earlier runs (a jump from the branch map), marked so the player can choose otherwise.
   */
  show(choices: ChoiceView[], focus = true, before: readonly number[] = []): Promise<number> {
    clear(this.root);
    this.offered = choices;
    const keys = keysFor(choices);
    const heading = h('h2', { class: 'choices__title', id: 'choices-heading', text: m().words.yourMove, attrs: { tabindex: '-1' } });
    this.root.append(heading);
    const byMove = new Map<Move, ChoiceView[]>();
    for (const choice of choices) byMove.set(choice.move, [...(byMove.get(choice.move) ?? []), choice]);
    let first: HTMLButtonElement | null = null;
    for (const move of MOVE_ORDER) {
      const group = byMove.get(move);
      if (!group) continue;
      const headingId = `choices-${move}`;
      const list = h('ul', { class: 'choices__list' });
      for (const choice of group) {
        const button = this.button(choice, keys[choices.indexOf(choice)], before.includes(choice.index));
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

  /** Whether a choice on offer sits on this physical key (KeyboardEvent.code). */
  offers(code: string): boolean {
    return !!this.pending && choiceForCode(code, this.offered) !== undefined;
  }

  /** Picks the choice a physical key stands for (KeyboardEvent.code); false when none does. */
  pickCode(code: string): boolean {
    if (!this.pending) return false;
    const at = choiceForCode(code, this.offered);
    const choice = at === undefined ? undefined : this.offered[at];
    if (!choice) return false;
    this.pick(choice.index);
    return true;
  }

  /** Whether the only choice on offer is "continue" (not a move). */
  get onlyContinue(): boolean {
    return this.offered.length === 1 && this.offered[0]?.move === 'continue';
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

  private button(choice: ChoiceView, key: MoveKey | undefined, chosenBefore: boolean): HTMLButtonElement {
    const card = choice.card ? this.cast.cards[choice.card] : undefined;
    const classes = ['choice'];
    if (chosenBefore) classes.push('choice--before');
    if (choice.move === 'attack') classes.push('choice--attack');
    if (choice.worn) classes.push('choice--worn');
    const details: (HTMLElement | null)[] = [];
    if (choice.worn) {
      details.push(h('span', { class: 'choice__worn', text: m().words.cardWorn }));
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
          'data-key': key?.codes[0],
          'aria-keyshortcuts': key?.label,
        },
        on: { click: () => this.pick(choice.index) },
      },
      h('span', { class: 'choice__key', attrs: { 'aria-hidden': 'true' }, text: key?.label ?? '' }),
      // The card's name, then what this answer says to this guest.
      card ? h('span', { class: 'choice__card', text: card.name }) : null,
      h('span', { class: 'choice__name', text: choice.text }),
      ...details,
      chosenBefore ? h('span', { class: 'choice__before', text: m().map.takenBefore }) : null,
    );
  }
}
