// Keys by move, the same at every decision: P presses, C grants a point, 1-8 are the expert's eight
// cards in their fixed order (contract.ts CARDS), 9 is another argument (not one of the cards), A
// attacks. The closing statements, which offer no card, take 1, 2 and 3 in order; "continue" takes
// Enter. Keys are read by physical position (KeyboardEvent.code), so any keyboard layout works; the
// label is what the choice shows. Pure: the choices panel and the controller's key handler share it,
// and the story check uses it to prove that no decision offers two choices on one key.
import { CARDS, type CardId, type Move } from '../../debate/core/contract.ts';

export interface MoveKey {
  /** What the choice shows, and what `aria-keyshortcuts` says. */
  label: string;
  /** KeyboardEvent.code values that pick it. */
  codes: readonly string[];
}

/**
 * The labels of the letter keys, together so that a translation finds them in one place. The keys
 * themselves (LETTER_CODES) are physical positions and never change with the language.
 */
export const KEY_LABELS = { press: 'P', concede: 'C', attack: 'A', continue: 'Enter' } as const;
const LETTER_CODES = { press: 'KeyP', concede: 'KeyC', attack: 'KeyA' } as const;

const digit = (n: number): MoveKey => ({ label: String(n), codes: [`Digit${n}`, `Numpad${n}`] });
const letter = (move: keyof typeof LETTER_CODES): MoveKey => ({ label: KEY_LABELS[move], codes: [LETTER_CODES[move]] });

/** The argument that is not one of the expert's cards (# move: argue). */
const ARGUE_DIGIT = 9;

export interface Keyed {
  move: Move;
  card?: CardId | undefined;
}

/**
 * The key for a choice. `closingOrdinal` is its place (1-based) among the closing statements on
 * offer; only closing choices need it. Undefined when the move has no key (a card outside the
 * contract, a fourth closing statement).
 */
export function keyFor(choice: Keyed, closingOrdinal = 1): MoveKey | undefined {
  switch (choice.move) {
    case 'press':
      return letter('press');
    case 'concede':
      return letter('concede');
    case 'attack':
      return letter('attack');
    case 'rebut': {
      const n = choice.card ? CARDS.indexOf(choice.card) + 1 : 0;
      return n > 0 ? digit(n) : undefined;
    }
    case 'argue':
      return digit(ARGUE_DIGIT);
    case 'closing':
      return closingOrdinal >= 1 && closingOrdinal <= 3 ? digit(closingOrdinal) : undefined;
    case 'continue':
      return { label: KEY_LABELS.continue, codes: ['Enter', 'NumpadEnter'] };
  }
}

/** The keys of every choice at one decision, in the order offered. */
export function keysFor(choices: readonly Keyed[]): (MoveKey | undefined)[] {
  let closings = 0;
  return choices.map((choice) => keyFor(choice, choice.move === 'closing' ? ++closings : 1));
}

/** The position (0-based, in the order offered) of the choice a physical key picks, if any. */
export function choiceForCode(code: string, choices: readonly Keyed[]): number | undefined {
  const keys = keysFor(choices);
  const at = keys.findIndex((key) => key?.codes.includes(code));
  return at < 0 ? undefined : at;
}

/** Keys that two or more choices of one decision share (the story check refuses those). */
export function clashingKeys(choices: readonly Keyed[]): string[] {
  const seen = new Map<string, number>();
  for (const key of keysFor(choices)) if (key) seen.set(key.label, (seen.get(key.label) ?? 0) + 1);
  return [...seen].filter(([, n]) => n > 1).map(([label]) => label);
}
