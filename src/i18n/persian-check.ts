// What makes a Persian message Persian, checked on what a player would read: each message called
// with sample arguments (src/i18n/message-samples.ts) and each plain string as it is. A message
// holds Persian words (unless it is only punctuation around its arguments); no run of two or more
// English words (an acronym such as IRNA, CSV, QR, a key name such as Esc, an id such as storyHash
// or a file name may stand alone); only Persian ی and ک, never Arabic ي, ك or ى; and numbers in
// Persian digits (no ASCII digit outside an acronym such as A4, RT1- or ISO 8601).
import { wordsOf } from './gaps.ts';

const PERSIAN_LETTER = /[\u0621-\u063A\u0641\u0642\u0644-\u0648\u067E\u0686\u0698\u06A9\u06AF\u06CC]/;
const ARABIC_ONLY = /[\u0643\u064A\u0649]/;
const LATIN_LETTER = /[A-Za-z]/;
const LATIN_TOKEN = /[A-Za-z][A-Za-z0-9'’+._/-]*/g;
/** Keys as the keyboard names them: they stay physical in every language. */
const KEY_NAMES = new Set(['Esc', 'Enter', 'Backspace', 'Tab', 'Ctrl+C', 'Shift', 'Space']);

/** A Latin token that is not an English word: an acronym or key letter, a key name, an id (storyHash, m05, RT1), a file or folder name. */
const isName = (token: string) =>
  /^[A-Z0-9][A-Z0-9+-]*$/.test(token) || KEY_NAMES.has(token) || /[a-z][A-Z]/.test(token) || /\d/.test(token) || /[./_]/.test(token.replace(/[.]$/, ''));

/** Catalogue entries that are codes, not words a player reads. */
const CODES: ReadonlySet<string> = new Set(['documents.lang']);

/** What is wrong with one piece of Persian text a player reads, if anything. */
export function persianTextProblems(text: string): string[] {
  const problems: string[] = [];
  if (ARABIC_ONLY.test(text)) problems.push('Arabic ي, ك or ى where Persian writes ی and ک');
  if (LATIN_LETTER.test(text) && !PERSIAN_LETTER.test(text)) problems.push('no Persian words');
  const tokens = [...text.matchAll(LATIN_TOKEN)];
  for (let i = 1; i < tokens.length; i++) {
    const [before, after] = [tokens[i - 1]!, tokens[i]!];
    const between = text.slice(before.index + before[0].length, after.index);
    if (/^\s+$/.test(between) && !isName(before[0]) && !isName(after[0])) {
      problems.push(`English words: "${before[0]} ${after[0]}"`);
      break;
    }
  }
  // "(.json)" in a right-to-left line shows as "(json.)": the dot takes the Persian direction
  // unless the extension is isolated (U+2068 … U+2069).
  if (/(^|[\s(])\.[A-Za-z]/.test(text)) problems.push('a file extension not isolated (U+2068 … U+2069): its dot shows on the wrong side');
  const withoutNames = text.replace(/ISO 8601/g, '').replace(LATIN_TOKEN, (token) => (/\d/.test(token) && isName(token) ? '' : token));
  if (/[0-9]/.test(withoutNames)) problems.push('a number in ASCII digits, not formatted for Persian');
  return problems;
}

/**
 * Every problem of a Persian catalogue, as `path: problem (text)`: each plain string, and each
 * message called with every argument list `samples` holds for its path (a message with no samples
 * is a problem too, so nothing goes unread).
 */
export function persianProblems(catalogue: unknown, samples: ReadonlyMap<string, readonly unknown[][]>): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  // Each problem of a message once, with the first text that shows it.
  const check = (path: string, text: unknown) => {
    const found = typeof text === 'string' ? persianTextProblems(text) : [`gives ${typeof text}, not words`];
    for (const problem of found) {
      if (seen.has(`${path}: ${problem}`)) continue;
      seen.add(`${path}: ${problem}`);
      problems.push(`${path}: ${problem}${typeof text === 'string' ? ` (${text})` : ''}`);
    }
  };
  for (const [path, words] of wordsOf(catalogue)) if (!CODES.has(path)) check(path, words);
  for (const [path, message] of messagesOf(catalogue)) {
    const calls = samples.get(path);
    if (!calls?.length) {
      problems.push(`${path}: no sample arguments to call it with`);
      continue;
    }
    for (const args of calls) check(path, message(...args));
  }
  return problems;
}

/** Every message (function) of a catalogue, with its path. */
export function* messagesOf(catalogue: unknown, at = ''): Generator<[string, (...args: unknown[]) => unknown]> {
  if (typeof catalogue === 'function') yield [at, catalogue as (...args: unknown[]) => unknown];
  else if (typeof catalogue === 'object' && catalogue !== null) {
    for (const [key, value] of Object.entries(catalogue)) yield* messagesOf(value, at ? `${at}.${key}` : key);
  }
}
