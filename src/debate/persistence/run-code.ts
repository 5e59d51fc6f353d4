// Run codes: a finished (or unfinished) debate as a few dozen characters a student can paste into
// the class chat or a form, instead of handing in a file: `RT1-<F|S>-<seed>-<build>-<path>-<check>`,
// the same replay path as a replay link (table, seed, story build, one character per choice), with
// a version in front and a checksum at the end so a typo is caught rather than replayed as another
// debate. Read case-insensitively (a code is retyped, or shouted by a chat app). Class results
// replay a code like a run file. Pure; decoding untrusted text never throws, it returns the code or
// the reason it cannot be used (src/debate/persistence/reasons.ts).
import type { Preset } from '../core/contract.ts';
import { buildOf, PRESET_LETTER, readRunHeader } from './link.ts';
import { refuse, thrownName, type Reason, type Result } from './reasons.ts';
import { MAX_PATH_LENGTH } from './save.ts';

export const CODE_VERSION = 'rt1';
/** Longer than any code of a real debate (MAX_PATH_LENGTH choices and the rest). */
export const MAX_CODE_LENGTH = MAX_PATH_LENGTH + 40;
/** Choice i is base-36 digit i: a code's letters then mean the same in upper and lower case. */
export const MAX_CHOICE_IN_CODE = 35;
const CHECK_LENGTH = 5;

export interface RunCode {
  preset: Preset;
  seed: number;
  /** The first 8 hex digits of the story build's hash. */
  build: string;
  path: number[];
}

/** FNV-1a over the code's body, as CHECK_LENGTH base-36 digits. */
function checksum(body: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < body.length; i++) {
    hash ^= body.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash % 36 ** CHECK_LENGTH).toString(36).padStart(CHECK_LENGTH, '0');
}

/** The code for a run, in capitals (easier to read aloud and to copy from a screen). */
export function encodeRunCode(run: RunCode): string {
  if (!Number.isSafeInteger(run.seed) || run.seed < 0) throw new RangeError(`Bad seed ${run.seed}`);
  if (!/^[0-9a-f]{8}$/.test(run.build)) throw new RangeError(`Bad build ${run.build}`);
  const path = run.path
    .map((choice) => {
      if (!Number.isInteger(choice) || choice < 0 || choice > MAX_CHOICE_IN_CODE) throw new RangeError(`Choice ${choice} cannot be written in a code`);
      return choice.toString(36);
    })
    .join('');
  // An empty path still needs its place between the hyphens: '_' stands for "no choice yet".
  const body = [CODE_VERSION, PRESET_LETTER[run.preset], run.seed.toString(36), run.build, path || '_'].join('-');
  return `${body}-${checksum(body)}`.toUpperCase();
}

/** The code of where a debate stands. */
export function runCodeOf(engine: { storyHash: string; path: readonly number[]; state: { preset: Preset; seed: number } }): string {
  return encodeRunCode({ preset: engine.state.preset, seed: engine.state.seed, build: buildOf(engine.storyHash), path: [...engine.path] });
}

const damaged = (part: Extract<Reason, { code: 'code-damaged' }>['part']): Result<never> =>
  refuse({ code: 'code-damaged', subject: 'run-code', part });

/** Reads a code (surrounding spaces allowed). `storyHash` refuses a code from another build. Never throws. */
export function decodeRunCode(text: unknown, storyHash?: string): Result<RunCode> {
  try {
    return decodeChecked(text, storyHash);
  } catch (error) {
    return refuse({ code: 'unreadable', subject: 'run-code', detail: thrownName(error) });
  }
}

function decodeChecked(text: unknown, storyHash?: string): Result<RunCode> {
  if (typeof text !== 'string') return refuse({ code: 'not-a-code', subject: 'run-code' });
  if (text.length > MAX_CODE_LENGTH * 2) return refuse({ code: 'too-large', subject: 'run-code', size: text.length, limit: MAX_CODE_LENGTH });
  const code = text.trim().toLowerCase();
  if (!/^rt\d/.test(code)) return refuse({ code: 'not-a-code', subject: 'run-code' });
  if (code.length > MAX_CODE_LENGTH) return refuse({ code: 'too-large', subject: 'run-code', size: code.length, limit: MAX_CODE_LENGTH });
  const parts = code.split('-');
  const version = parts[0] ?? '';
  if (version !== CODE_VERSION) {
    const number = parseInt(version.slice(2), 10);
    return refuse({ code: 'other-format', subject: 'run-code', found: { kind: 'text', text: version.slice(0, 8).toUpperCase() }, reads: 1, newer: number > 1 });
  }
  if (parts.length !== 6) return damaged('parts');
  const [, presetLetter, seedText, build, pathText, check] = parts as [string, string, string, string, string, string];
  // The checksum first: a typo anywhere is a typo, not "a damaged seed".
  if (check !== checksum(parts.slice(0, 5).join('-'))) return damaged('checksum');
  const header = readRunHeader(presetLetter, seedText, build);
  if (typeof header === 'string') return damaged(header);
  const { preset, seed } = header;
  if (pathText.length > MAX_PATH_LENGTH) return refuse({ code: 'too-many-choices', subject: 'run-code' });
  if (!/^(_|[0-9a-z]+)$/.test(pathText)) return damaged('choices');
  const path = pathText === '_' ? [] : [...pathText].map((c) => parseInt(c, 36));
  if (storyHash !== undefined && build !== buildOf(storyHash)) {
    return refuse({ code: 'other-build', subject: 'run-code', found: build, here: buildOf(storyHash) });
  }
  return { ok: true, value: { preset, seed, build, path } };
}

/** One line of pasted text: a code, and the name written beside it when there is one. */
export interface PastedLine {
  /** 1-based, as a teacher counts lines. */
  line: number;
  /** What the line says besides the code (a name, say), as written; '' when nothing. */
  label: string;
  /** The code as found on the line, or the whole line when none was found. */
  code: string;
}

/** Pasted text bigger than this is not a class's codes. */
export const MAX_PASTE_CHARS = 200_000;
/** No class hands in more codes than this at once. */
export const MAX_PASTE_LINES = 1_000;

/**
 * Splits pasted text into lines with a code each: "Ana: RT1-…", "RT1-… (Ben)", "RT1-…" are all
 * read; blank lines are skipped. The name is the rest of the line without separators. Never throws.
 */
export function splitPastedCodes(text: unknown): PastedLine[] {
  if (typeof text !== 'string') return [];
  const lines = text.slice(0, MAX_PASTE_CHARS).split(/\r\n|\r|\n/).slice(0, MAX_PASTE_LINES);
  const out: PastedLine[] = [];
  lines.forEach((raw, i) => {
    const line = raw.slice(0, MAX_CODE_LENGTH * 4);
    if (line.trim() === '') return;
    const match = /(?:^|[^0-9a-z])(rt\d[0-9a-z_-]*)/i.exec(line);
    if (!match?.[1]) {
      out.push({ line: i + 1, label: '', code: line.trim() });
      return;
    }
    const at = match.index + match[0].length - match[1].length;
    const rest = `${line.slice(0, at)} ${line.slice(at + match[1].length)}`;
    // Separators around the name go ("Ana: …", "… (Ben)"); a hyphen inside it stays (Anne-Marie).
    const edge = `[\\s:;,.()[\\]{}<>"'“”‘’|=–—-]+`;
    const label = rest.replace(new RegExp(`^${edge}|${edge}$`, 'gu'), '').replace(/\s+/gu, ' ');
    out.push({ line: i + 1, label, code: match[1] });
  });
  return out;
}
