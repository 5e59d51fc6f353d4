// The keyboard, as commands: a key press plus where the game stands becomes one command (or none),
// and the controller carries it out. Pure, so every binding is unit-tested without a page.
//
// Keys are read by physical position (KeyboardEvent.code), never by the character they type: on a
// Persian layout the key where Q sits types 'ض' and the digit row types '۱'…'۹', yet their codes
// are still 'KeyQ' and 'Digit1', so P, C, A, M and the digits work on any layout. Escape, Backspace,
// Enter, Space and the arrows have the same code on every layout.

/** What a key press asks for. */
export type KeyCommand =
  /** Escape: the pause menu. */
  | { kind: 'pause' }
  /** Backspace: undo the last decision. */
  | { kind: 'step-back' }
  /** Pick the choice on offer at this physical key (src/ui/play/move-keys.ts says which). */
  | { kind: 'pick'; code: string }
  /** Show the whole of the line being revealed. */
  | { kind: 'complete-reveal' }
  /** Read on to the next line. */
  | { kind: 'read-on' }
  /** M: sound off or on. */
  | { kind: 'toggle-sound' };

/** The parts of a KeyboardEvent a command depends on. */
export interface KeyPress {
  /** The character typed (layout-dependent): used only for keys that type none (Escape, Tab...). */
  key: string;
  /** The physical key (layout-independent). */
  code: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

/** Where the game stands when the key is pressed. */
export interface KeyContext {
  /** A debate is on (not the title or an ending screen). */
  inDebate: boolean;
  /** Focus is on a control with its own Enter and Space (a button, a link, a field). */
  onControl: boolean;
  /** Focus is in a text field: letters and Backspace are the field's. */
  typing: boolean;
  /** Choices are on offer. */
  choicesOpen: boolean;
  /** The only choice on offer is "continue" (not a move). */
  onlyContinue: boolean;
  /** Whether a choice on offer sits on this physical key. */
  offers(code: string): boolean;
  /** A line is being revealed. */
  revealing: boolean;
  /** A line is shown whole and waits to be read on. */
  waiting: boolean;
}

const MODIFIERS = new Set(['Tab', 'Shift', 'Control', 'Alt', 'Meta', 'CapsLock']);
const ENTER = new Set(['Enter', 'NumpadEnter']);
const READ_ON = new Set(['Enter', 'NumpadEnter', 'Space', 'ArrowRight', 'ArrowDown']);
/** The codes of Enter and Space, which a focused control keeps for itself. */
const ACTIVATE = new Set(['Enter', 'NumpadEnter', 'Space']);

/** The command a key press asks for, or null when the key is not the game's (let it do its default). */
export function commandForKey(press: KeyPress, context: KeyContext): KeyCommand | null {
  if (MODIFIERS.has(press.key) || press.ctrlKey || press.metaKey || press.altKey) return null;
  const inDebate = context.inDebate ? debateCommand(press, context) : null;
  if (inDebate) return inDebate;
  // M turns sound on or off anywhere outside a text field.
  if (press.code === 'KeyM' && !context.typing) return { kind: 'toggle-sound' };
  return null;
}

function debateCommand(press: KeyPress, context: KeyContext): KeyCommand | null {
  if (press.key === 'Escape') return { kind: 'pause' };
  // Backspace steps back from anywhere but a text field: focus usually rests on a choice.
  if (press.code === 'Backspace' && !context.typing) return { kind: 'step-back' };
  if (context.choicesOpen && !context.typing) {
    // Enter takes a lone "continue" (no move) unless another control has focus; a button's own
    // Enter keeps its meaning. Every other key picks the move it stands for, if one is offered.
    const enter = ENTER.has(press.code);
    const mayPick = enter ? !context.onControl && context.onlyContinue : true;
    if (mayPick && context.offers(press.code)) return { kind: 'pick', code: press.code };
  }
  if (context.revealing) {
    // Any key shows the whole line; Enter and Space on a button keep their own meaning.
    if (context.onControl && ACTIVATE.has(press.code)) return null;
    return { kind: 'complete-reveal' };
  }
  if (context.waiting && !context.onControl && READ_ON.has(press.code)) return { kind: 'read-on' };
  return null;
}
