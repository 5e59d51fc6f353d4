// Replay links: a debate's table size, seed, story build and path of choices in a URL fragment,
// `#play=v1.<f|s>.<seed base36>.<build 8 hex>.<path>`, one character per choice. Pure: decoding
// untrusted text never throws; it returns the link or the reason it cannot be used (a code, see
// src/debate/persistence/reasons.ts). `#Play=` and a percent-encoded `#play%3D` (as some mail and chat apps
// rewrite links) are read as the same link.
import type { Preset } from '../core/contract.ts';
import type { DebateEngine } from '../core/engine.ts';
import { describeValue, refuse, thrownName, type Reason, type Result } from './reasons.ts';
import { MAX_PATH_LENGTH } from './save.ts';

export const LINK_PREFIX = '#play=';
export const LINK_VERSION = 'v1';
/** Links longer than this are refused unread: no real debate needs a fragment this long. */
export const MAX_LINK_LENGTH = 2048;
/** Choice i is written as DIGITS[i]; the first 36 are base36, so short paths read like numbers. */
const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_';
export const MAX_CHOICE_IN_LINK = DIGITS.length - 1;
/** The table's letter in links and run codes. */
export const PRESET_LETTER: Record<Preset, string> = { full: 'f', short: 's' };

/**
 * The table, seed and build as links and run codes write them; the part that is damaged when one
 * cannot be read. Shared by decodeLink and decodeRunCode (src/debate/persistence/run-code.ts).
 */
export function readRunHeader(presetLetter: string, seedText: string, build: string): { preset: Preset; seed: number } | 'table' | 'seed' | 'build' {
  const preset = (Object.keys(PRESET_LETTER) as Preset[]).find((p) => PRESET_LETTER[p] === presetLetter);
  if (!preset) return 'table';
  if (!/^[0-9a-z]{1,11}$/.test(seedText)) return 'seed';
  const seed = parseInt(seedText, 36);
  if (!Number.isSafeInteger(seed) || seed.toString(36) !== seedText) return 'seed';
  if (!/^[0-9a-f]{8}$/.test(build)) return 'build';
  return { preset, seed };
}

export interface ReplayLink {
  preset: Preset;
  seed: number;
  /** The first 8 hex digits of the story build's hash: a link only replays on the same build. */
  build: string;
  path: number[];
}

export function buildOf(storyHash: string): string {
  return storyHash.slice(0, 8);
}

/** The fragment for a position in a debate (with the leading '#'). */
export function encodeLink(link: ReplayLink): string {
  if (!Number.isSafeInteger(link.seed) || link.seed < 0) throw new RangeError(`Bad seed ${link.seed}`);
  if (!/^[0-9a-f]{8}$/.test(link.build)) throw new RangeError(`Bad build ${link.build}`);
  const path = link.path
    .map((choice) => {
      const digit = Number.isInteger(choice) ? DIGITS[choice] : undefined;
      if (digit === undefined) throw new RangeError(`Choice ${choice} cannot be written in a link`);
      return digit;
    })
    .join('');
  return `${LINK_PREFIX}${LINK_VERSION}.${PRESET_LETTER[link.preset]}.${link.seed.toString(36)}.${link.build}.${path}`;
}

/**
 * The fragment as the game reads it: with a leading '#', percent-decoded once when it was encoded
 * (`#play%3Dv1...`), and the prefix in lower case (`#Play=`). Null when it is not meant as a
 * replay link at all. Never throws.
 */
/** What normalizeFragment gives for `#play%3D...` whose percent-encoding is broken. */
const UNDECODABLE = '#play=%';

export function normalizeFragment(fragment: string): string | null {
  if (typeof fragment !== 'string') return null;
  let text = fragment.startsWith('#') ? fragment : `#${fragment}`;
  if (/^#play%3d/i.test(text)) {
    try {
      text = `#${decodeURIComponent(text.slice(1))}`;
    } catch {
      return UNDECODABLE;
    }
  }
  if (!/^#play=/i.test(text)) return null;
  return LINK_PREFIX + text.slice(LINK_PREFIX.length);
}

/** True when a fragment is meant as a replay link (so anything else in the fragment is ignored). */
export function isReplayFragment(fragment: string): boolean {
  return normalizeFragment(fragment) !== null;
}

const damaged = (part: Extract<Reason, { code: 'link-damaged' }>['part']): Result<never> =>
  refuse({ code: 'link-damaged', subject: 'link', part });

/** Reads a fragment (with or without the leading '#'). Never throws. */
export function decodeLink(fragment: string, storyHash?: string): Result<ReplayLink> {
  try {
    return decodeChecked(fragment, storyHash);
  } catch (error) {
    return refuse({ code: 'unreadable', subject: 'link', detail: thrownName(error) });
  }
}

function decodeChecked(fragment: string, storyHash?: string): Result<ReplayLink> {
  if (typeof fragment !== 'string') return refuse({ code: 'not-a-link', subject: 'link' });
  if (fragment.length > MAX_LINK_LENGTH) {
    return refuse({ code: 'too-large', subject: 'link', size: fragment.length, limit: MAX_LINK_LENGTH });
  }
  const text = normalizeFragment(fragment);
  if (text === null) return refuse({ code: 'not-a-link', subject: 'link' });
  if (text === UNDECODABLE) return damaged('encoding');
  const parts = text.slice(LINK_PREFIX.length).split('.');
  if (parts.length !== 5) return damaged('parts');
  const [version, presetLetter, seedText, build, pathText] = parts as [string, string, string, string, string];
  if (version !== LINK_VERSION) {
    return refuse({ code: 'other-format', subject: 'link', found: describeValue(version.slice(0, 8)), reads: 1, newer: false });
  }
  const header = readRunHeader(presetLetter, seedText, build);
  if (typeof header === 'string') return damaged(header);
  const { preset, seed } = header;
  if (pathText.length > MAX_PATH_LENGTH) return refuse({ code: 'too-many-choices', subject: 'link' });
  const path: number[] = [];
  for (const char of pathText) {
    const choice = DIGITS.indexOf(char);
    if (choice < 0) return damaged('choices');
    path.push(choice);
  }
  if (storyHash !== undefined && build !== buildOf(storyHash)) {
    return refuse({ code: 'other-build', subject: 'link', found: build, here: buildOf(storyHash) });
  }
  return { ok: true, value: { preset, seed, build, path } };
}

export type LinkOutcome =
  | { status: 'not-a-link' }
  | { status: 'replayed'; link: ReplayLink }
  | { status: 'refused'; reason: Reason };

/** The link to where `engine` stands now. */
export function linkTo(engine: Pick<DebateEngine, 'state' | 'path' | 'storyHash'>): string {
  return encodeLink({
    preset: engine.state.preset,
    seed: engine.state.seed,
    build: buildOf(engine.storyHash),
    path: engine.path,
  });
}

/**
 * Plays a replay link's path on `engine`. A fragment that is not a replay link (a skip link, say)
 * is left alone; a bad one is refused in plain words. Never throws.
 */
export function replayLink(engine: DebateEngine, fragment: string): LinkOutcome {
  if (!isReplayFragment(fragment)) return { status: 'not-a-link' };
  const decoded = decodeLink(fragment, engine.storyHash);
  if (!decoded.ok) return { status: 'refused', reason: decoded.error };
  const link = decoded.value;
  try {
    engine.replay(link.preset, link.seed, link.path);
  } catch {
    return { status: 'refused', reason: { code: 'path-does-not-fit', subject: 'link' } };
  }
  return { status: 'replayed', link };
}
