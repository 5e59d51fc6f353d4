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
import { append, clear, h } from '../kit/dom.ts';
import { choiceForCode, keysFor, type MoveKey } from './move-keys.ts';
import { focusBeforeNextFrame } from '../kit/focus.ts';
import { m } from '../../i18n/index.ts';

export const MOVE_ORDER: readonly Move[] = ['rebut', 'argue', 'press', 'concede', 'attack', 'closing', 'continue'];

export class ChoicesPanel {
  private pending: ((index: number) => void) | null = null;
  private offered: ChoiceView[] = [];
  /**
   * The move buttons, kept from one decision to the next and filled in again (a decision offers
   * about as many moves as the last): the panel does not make a button and its listener per move
   * at every decision. Each button reads the choice it stands for when clicked.
   */
  private readonly buttons: HTMLButtonElement[] = [];

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
    let used = 0;
    for (const move of MOVE_ORDER) {
      const group = byMove.get(move);
      if (!group) continue;
      const headingId = `choices-${move}`;
      const list = h('ul', { class: 'choices__list' });
      for (const choice of group) {
        const button = this.button(used++, choice, keys[choices.indexOf(choice)], before.includes(choice.index));
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
      // Before the next frame, which lays the moves out anyway (focusing now would do it in this
      // task). Until then no move holds focus: a picked move's button left the page with its pick.
      focusBeforeNextFrame(onlyContinue && first ? first : heading, { preventScroll: false });
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

  /** The `at`th move button (kept from the last decision when there was one), showing `choice`. */
  private button(at: number, choice: ChoiceView, key: MoveKey | undefined, chosenBefore: boolean): HTMLButtonElement {
    const card = choice.card ? this.cast.cards[choice.card] : undefined;
    const classes = ['choice'];
    if (chosenBefore) classes.push('choice--before');
    if (choice.move === 'attack') classes.push('choice--attack');
    if (choice.worn) classes.push('choice--worn');
    let button = this.buttons[at];
    if (!button) {
      const made = h('button', { attrs: { type: 'button' } });
      made.addEventListener('click', () => this.pick(Number(made.dataset.choice)));
      this.buttons[at] = button = made;
    }
    button.className = classes.join(' ');
    const attrs: Record<string, string | undefined> = {
      'data-choice': String(choice.index),
      'data-move': choice.move,
      'data-card': choice.card,
      'data-key': key?.codes[0],
      'aria-keyshortcuts': key?.label,
    };
    for (const [name, value] of Object.entries(attrs)) {
      if (value === undefined) button.removeAttribute(name);
      else button.setAttribute(name, value);
    }
    button.replaceChildren(
      h('span', { class: 'choice__key', attrs: { 'aria-hidden': 'true' }, text: key ? m().words.keyLabel(key.label) : '' }),
    );
    // The card's name, then what this answer says to this guest.
    append(
      button,
      card ? h('span', { class: 'choice__card', text: card.name }) : null,
      h('span', { class: 'choice__name', text: choice.text }),
      choice.worn ? h('span', { class: 'choice__worn', text: m().words.cardWorn }) : null,
      chosenBefore ? h('span', { class: 'choice__before', text: m().map.takenBefore }) : null,
    );
    return button;
  }
}
