// The student's name (or initials): optional, typed before or after the debate, kept on this device
// only, and written into the transcript and the run file so a teacher knows whose run it is. A name
// is untrusted text everywhere it is read (the store, a run file, a line pasted into class results):
// cleanName makes it one short line of printable text, and it only ever becomes a text node.
import type { KeyValueStore } from '../core/ports.ts';
import { moveAside } from './aside.ts';
import { ok, refuse, type Reason, type Result } from './reasons.ts';

export const STUDENT_KEY = 'student';
/** Enough for a full name; more is not a name. Counted in characters (code points). */
export const MAX_NAME_LENGTH = 40;
/** Stored or pasted text longer than this is refused unread. */
const MAX_NAME_INPUT = 1_000;

/**
 * One line of printable text: control characters, bidirectional overrides and other invisible
 * format characters removed (a name must not reorder the text around it), runs of spaces made
 * one, trimmed, cut to MAX_NAME_LENGTH characters. Letters of every script are kept.
 */
export function cleanName(text: string): string {
  if (typeof text !== 'string') return '';
  const flat = text
    .slice(0, MAX_NAME_INPUT)
    // Cc (controls) and Cf (format: bidi overrides, zero-width spaces...) would hide or move text;
    // the zero-width non-joiner stays, Persian spelling needs it.
    .replace(/(?:(?!\u200c)[\p{Cc}\p{Cf}\p{Co}\p{Cn}\u2028\u2029])+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  return [...flat].slice(0, MAX_NAME_LENGTH).join('').trim();
}

/** True when `value` is a name as the game writes it (already clean, not empty). */
export const isCleanName = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= MAX_NAME_LENGTH * 2 && cleanName(value) === value;

/** The stored name: null when none. Never throws. */
export function parseStudentName(text: unknown): Result<string | null> {
  if (typeof text !== 'string') return refuse({ code: 'not-ours', subject: 'student' });
  if (text.length > MAX_NAME_INPUT) return refuse({ code: 'too-large', subject: 'student', size: text.length, limit: MAX_NAME_INPUT });
  const name = cleanName(text);
  return ok(name === '' ? null : name);
}

/** The name kept on this device; a stored value that is not a name is set aside. Never throws. */
export function readStudentName(store: KeyValueStore, now: number = Date.now()): { name: string | null; damage?: Reason } {
  let text: string | null;
  try {
    text = store.getItem(STUDENT_KEY);
  } catch {
    return { name: null };
  }
  if (text === null) return { name: null };
  const parsed = parseStudentName(text);
  if (parsed.ok) return { name: parsed.value };
  moveAside(store, STUDENT_KEY, text, now);
  return { name: null, damage: parsed.error };
}

/** Keeps (or, for an empty name, forgets) the name on this device; false when the store refused. */
export function saveStudentName(store: KeyValueStore, name: string): boolean {
  const clean = cleanName(name);
  try {
    if (clean === '') store.removeItem(STUDENT_KEY);
    else store.setItem(STUDENT_KEY, clean);
    return true;
  } catch {
    return false;
  }
}

/**
 * The name as part of a file name: letters and digits of any script, lower case, everything else
 * one hyphen, at most 24 characters; '' when nothing is left.
 */
export function nameSlug(name: string | null | undefined): string {
  if (!name) return '';
  const slug = cleanName(name)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return [...slug].slice(0, 24).join('').replace(/-+$/, '');
}
