// The keyboard as commands, with the game's real bindings (src/ui/play/move-keys.ts): what each key
// asks for in each state of play, on a US layout and on a Persian one (ISIRI 9147, where the key
// that types Q on a US keyboard types 'ض' and the digit row types Persian digits).
import { describe, expect, it } from 'vitest';
import { CARDS } from '../debate/core/contract.ts';
import { choiceForCode, type Keyed } from '../ui/play/move-keys.ts';
import { commandForKey, type KeyContext, type KeyPress } from './key-commands.ts';

/** A decision as the fixture's first one: press, the first card, attack. */
const DECISION: Keyed[] = [{ move: 'press' }, { move: 'rebut', card: CARDS[0] }, { move: 'rebut', card: CARDS[4] }, { move: 'attack' }];

function context(over: Partial<KeyContext> = {}, offered: readonly Keyed[] = DECISION): KeyContext {
  return {
    inDebate: true,
    onControl: false,
    typing: false,
    choicesOpen: true,
    onlyContinue: offered.length === 1 && offered[0]?.move === 'continue',
    offers: (code) => choiceForCode(code, offered) !== undefined,
    revealing: false,
    waiting: false,
    ...over,
  };
}
const press = (key: string, code: string, more: Partial<KeyPress> = {}): KeyPress => ({ key, code, ...more });

describe('keys become commands', () => {
  it('picks moves by physical key on a US layout', () => {
    expect(commandForKey(press('p', 'KeyP'), context())).toEqual({ kind: 'pick', code: 'KeyP' });
    expect(commandForKey(press('a', 'KeyA'), context())).toEqual({ kind: 'pick', code: 'KeyA' });
    expect(commandForKey(press('1', 'Digit1'), context())).toEqual({ kind: 'pick', code: 'Digit1' });
    expect(commandForKey(press('5', 'Numpad5'), context())).toEqual({ kind: 'pick', code: 'Numpad5' });
    // Concede and card 2 are not on offer here.
    expect(commandForKey(press('c', 'KeyC'), context())).toBeNull();
    expect(commandForKey(press('2', 'Digit2'), context())).toBeNull();
  });

  it('picks the same moves on a Persian layout: letters and Persian digits by position', () => {
    expect(commandForKey(press('ح', 'KeyP'), context())).toEqual({ kind: 'pick', code: 'KeyP' });
    expect(commandForKey(press('ش', 'KeyA'), context())).toEqual({ kind: 'pick', code: 'KeyA' });
    expect(commandForKey(press('۱', 'Digit1'), context())).toEqual({ kind: 'pick', code: 'Digit1' });
    expect(commandForKey(press('۵', 'Digit5'), context())).toEqual({ kind: 'pick', code: 'Digit5' });
    // 'ض' sits on KeyQ, which no move uses; a US 'p' typed elsewhere picks nothing either.
    expect(commandForKey(press('ض', 'KeyQ'), context())).toBeNull();
    expect(commandForKey(press('p', 'KeyQ'), context())).toBeNull();
  });

  it('closing statements take 1, 2 and 3 in order, Persian digits too', () => {
    const closing: Keyed[] = [{ move: 'closing' }, { move: 'closing' }, { move: 'closing' }];
    expect(commandForKey(press('۳', 'Digit3'), context({}, closing))).toEqual({ kind: 'pick', code: 'Digit3' });
    expect(commandForKey(press('۴', 'Digit4'), context({}, closing))).toBeNull();
  });

  it('M turns sound off or on by position, in a debate and on the title, never in a text field', () => {
    expect(commandForKey(press('m', 'KeyM'), context())).toEqual({ kind: 'toggle-sound' });
    expect(commandForKey(press('پ', 'KeyM'), context())).toEqual({ kind: 'toggle-sound' });
    expect(commandForKey(press('پ', 'KeyM'), context({ inDebate: false }))).toEqual({ kind: 'toggle-sound' });
    expect(commandForKey(press('m', 'KeyM'), context({ typing: true }))).toBeNull();
    // An 'm' typed by another key (AZERTY's is where ; sits on a US keyboard) is not M.
    expect(commandForKey(press('m', 'Semicolon'), context())).toBeNull();
    // While a line is revealed, any key shows it whole first (M included).
    expect(commandForKey(press('m', 'KeyM'), context({ revealing: true, choicesOpen: false }))).toEqual({ kind: 'complete-reveal' });
  });

  it('leaves keys with Ctrl, Alt or Meta, and the modifiers themselves, to the browser', () => {
    expect(commandForKey(press('p', 'KeyP', { ctrlKey: true }), context())).toBeNull();
    expect(commandForKey(press('m', 'KeyM', { metaKey: true }), context())).toBeNull();
    expect(commandForKey(press('1', 'Digit1', { altKey: true }), context())).toBeNull();
    expect(commandForKey(press('Tab', 'Tab'), context({ revealing: true }))).toBeNull();
    expect(commandForKey(press('Shift', 'ShiftLeft'), context({ revealing: true }))).toBeNull();
  });

  it('Escape pauses and Backspace steps back in a debate; neither does anything on the title', () => {
    expect(commandForKey(press('Escape', 'Escape'), context())).toEqual({ kind: 'pause' });
    expect(commandForKey(press('Backspace', 'Backspace'), context())).toEqual({ kind: 'step-back' });
    expect(commandForKey(press('Backspace', 'Backspace'), context({ typing: true }))).toBeNull();
    const title = context({ inDebate: false, choicesOpen: false });
    expect(commandForKey(press('Escape', 'Escape'), title)).toBeNull();
    expect(commandForKey(press('Backspace', 'Backspace'), title)).toBeNull();
    expect(commandForKey(press('p', 'KeyP'), title)).toBeNull();
  });

  it('Enter takes a lone "continue" unless a control has focus, and never makes a move', () => {
    const seat: Keyed[] = [{ move: 'continue' }];
    expect(commandForKey(press('Enter', 'Enter'), context({}, seat))).toEqual({ kind: 'pick', code: 'Enter' });
    expect(commandForKey(press('Enter', 'NumpadEnter'), context({}, seat))).toEqual({ kind: 'pick', code: 'NumpadEnter' });
    expect(commandForKey(press('Enter', 'Enter'), context({ onControl: true }, seat))).toBeNull();
    expect(commandForKey(press('Enter', 'Enter'), context())).toBeNull();
  });

  it('shows a line whole on any key, then reads on with Enter, Space or an arrow', () => {
    const revealing = context({ choicesOpen: false, revealing: true });
    expect(commandForKey(press('x', 'KeyX'), revealing)).toEqual({ kind: 'complete-reveal' });
    expect(commandForKey(press(' ', 'Space'), revealing)).toEqual({ kind: 'complete-reveal' });
    // A focused button keeps its own Enter and Space.
    expect(commandForKey(press(' ', 'Space'), { ...revealing, onControl: true })).toBeNull();
    const waiting = context({ choicesOpen: false, waiting: true });
    for (const [key, code] of [['Enter', 'Enter'], [' ', 'Space'], ['ArrowRight', 'ArrowRight'], ['ArrowDown', 'ArrowDown']] as const)
      expect(commandForKey(press(key, code), waiting)).toEqual({ kind: 'read-on' });
    expect(commandForKey(press('x', 'KeyX'), waiting)).toBeNull();
    expect(commandForKey(press('Enter', 'Enter'), { ...waiting, onControl: true })).toBeNull();
  });

  it('keeps letters in a text field', () => {
    expect(commandForKey(press('p', 'KeyP'), context({ typing: true }))).toBeNull();
  });
});
