// Why something read from outside (a save, a slot, the run history, the settings, the check
// answers, a run file, a replay link) could not be used: a code and its data, never English. The
// sentences the player reads are made in one place, src/i18n/en.ts (the message catalogue), so they can be translated.
// Every reader returns one of these instead of throwing, whatever it was given.

/** Which kind of thing a reader was reading. */
export type Subject = 'save' | 'run-file' | 'history' | 'settings' | 'check' | 'link' | 'student' | 'run-code';

/** What a field must be; the words for each are in src/i18n/en.ts (the message catalogue). */
export type FieldRule =
  | 'hash'
  | 'preset'
  | 'count'
  | 'choices'
  | 'list'
  | 'at-most'
  | 'object'
  | 'ending'
  | 'meters'
  | 'date'
  | 'quiz-score'
  | 'decision-in-path'
  | 'speaker'
  | 'move'
  | 'card'
  | 'rebuttal-card'
  | 'grade'
  | 'text'
  | 'time'
  | 'name';

export type Reason =
  /** The reader itself failed on this input (an exception it did not foresee); `detail` names it. */
  | { code: 'unreadable'; subject: Subject; detail: string }
  /** Not JSON: cut off or damaged text. */
  | { code: 'not-json'; subject: Subject }
  | { code: 'too-large'; subject: Subject; size: number; limit: number }
  /** Readable, but not one of ours; `looksLike` when it is another kind of our files. */
  | { code: 'not-ours'; subject: Subject; looksLike?: Subject }
  /** Ours, but a format this version does not read. `found` is a short, safe description. */
  | { code: 'other-format'; subject: Subject; found: ValueDescription; reads: number; newer: boolean }
  | { code: 'bad-field'; subject: Subject; field: string; rule: FieldRule; max?: number }
  /** Some entries of a list (the run history) were unreadable; the others were kept. */
  | { code: 'bad-entries'; subject: Subject; count: number; of: number }
  /** Made with another build of the story, so its choices cannot be replayed here. */
  | { code: 'other-build'; subject: Subject; found: string; here: string }
  | { code: 'corrupt-state'; subject: Subject }
  /** Its choices do not fit this debate; `detail` is the engine's own account. */
  | { code: 'path-does-not-fit'; subject: Subject; detail?: string }
  | { code: 'path-mismatch'; subject: Subject }
  | { code: 'ending-mismatch'; subject: Subject; claimed: string; reached: string | null }
  | { code: 'duplicate'; subject: Subject; of: string }
  | { code: 'file-unreadable'; subject: Subject }
  /** A replay link: not one, or a damaged part of it. */
  | { code: 'not-a-link'; subject: Subject }
  | { code: 'link-damaged'; subject: Subject; part: 'parts' | 'table' | 'seed' | 'build' | 'choices' | 'encoding' }
  | { code: 'too-many-choices'; subject: Subject }
  /** A line pasted into class results that holds no run code. */
  | { code: 'not-a-code'; subject: Subject }
  /** A run code with a damaged part; 'checksum' when its characters do not add up (a typo). */
  | { code: 'code-damaged'; subject: Subject; part: 'parts' | 'table' | 'seed' | 'build' | 'choices' | 'checksum' };

export type ReasonCode = Reason['code'];

export type Result<T, E = Reason> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const refuse = (error: Reason): Result<never> => ({ ok: false, error });

/** The name of whatever was thrown, read without trusting it. */
export function thrownName(error: unknown): string {
  try {
    if (error instanceof Error) return `${error.name}: ${error.message}`.slice(0, 200);
    return typeof error;
  } catch {
    return 'an error';
  }
}

/**
 * Runs a reader; anything it throws on (a field with a hostile toString, arrays nested past the
 * stack, a getter that throws) becomes an 'unreadable' reason instead of an exception.
 */
export function guarded<T>(subject: Subject, read: () => Result<T>): Result<T> {
  try {
    return read();
  } catch (error) {
    return refuse({ code: 'unreadable', subject, detail: thrownName(error) });
  }
}

/** A short, safe account of an untrusted value, in parts: the message catalogue words it. */
export type ValueDescription =
  | { kind: 'number'; value: number }
  /** At most 20 characters of the text. */
  | { kind: 'text'; text: string }
  | { kind: 'null' | 'not-a-number' | 'true' | 'false' | 'list' | 'object' | 'nothing' };

/**
 * A short description of an untrusted value for a reason's data: a number or a short text as it
 * is, anything else by its kind. Never calls the value's own toString.
 */
export function describeValue(value: unknown): ValueDescription {
  if (value === null) return { kind: 'null' };
  if (typeof value === 'number') return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'not-a-number' };
  if (typeof value === 'string') return { kind: 'text', text: value.slice(0, 20) };
  if (typeof value === 'boolean') return { kind: value ? 'true' : 'false' };
  if (Array.isArray(value)) return { kind: 'list' };
  if (typeof value === 'object') return { kind: 'object' };
  return { kind: 'nothing' };
}

/** A JSON parse that reports instead of throwing. */
export function parseJson(text: string, subject: Subject): Result<unknown> {
  try {
    return ok(JSON.parse(text) as unknown);
  } catch {
    return refuse({ code: 'not-json', subject });
  }
}

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A time in milliseconds that a Date can show (no "Invalid Date"), from 1970 to year 2200. */
export const isTime = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 7_258_118_400_000;

/** A whole number of 0 or more that stays exact. */
export const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
