// Replay links: a debate's table size, seed, story build and path of choices in a URL fragment,
// `#play=v1.<f|s>.<seed base36>.<build 8 hex>.<path>`, one character per choice. Pure: decoding
// untrusted text never throws; it returns the link or a plain-words reason it cannot be used.
import type { Preset } from './contract.ts';
import type { DebateEngine } from './engine.ts';
import { MAX_PATH_LENGTH, type Result } from './save.ts';

export const LINK_PREFIX = '#play=';
export const LINK_VERSION = 'v1';
/** Links longer than this are refused unread: no real debate needs a fragment this long. */
export const MAX_LINK_LENGTH = 2048;
/** Choice i is written as DIGITS[i]; the first 36 are base36, so short paths read like numbers. */
const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_';
export const MAX_CHOICE_IN_LINK = DIGITS.length - 1;
const PRESET_LETTER: Record<Preset, string> = { full: 'f', short: 's' };

export interface ReplayLink {
  preset: Preset;
  seed: number;
  /** The first 8 hex digits of the story build's hash: a link only replays on the same build. */
  build: string;
  path: number[];
}

export type LinkErrorCode = 'not-a-link' | 'too-long' | 'malformed' | 'other-build' | 'out-of-range';

export interface LinkError {
  code: LinkErrorCode;
  message: string;
}

const refuse = (code: LinkErrorCode, message: string): Result<never, LinkError> => ({
  ok: false,
  error: { code, message },
});

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

/** True when a fragment is meant as a replay link (so anything else in the fragment is ignored). */
export function isReplayFragment(fragment: string): boolean {
  return fragment.startsWith(LINK_PREFIX);
}

const NOT_A_DEBATE = 'This link does not describe a debate: it may have been cut short or changed.';

/** Reads a fragment (with or without the leading '#'). Never throws. */
export function decodeLink(fragment: string, storyHash?: string): Result<ReplayLink, LinkError> {
  if (typeof fragment !== 'string') return refuse('not-a-link', NOT_A_DEBATE);
  if (fragment.length > MAX_LINK_LENGTH) {
    return refuse('too-long', `This link is too long to be a replay link (over ${MAX_LINK_LENGTH / 1024} KB).`);
  }
  const text = fragment.startsWith('#') ? fragment : `#${fragment}`;
  if (!text.startsWith(LINK_PREFIX)) return refuse('not-a-link', 'This link is not a replay link.');
  const parts = text.slice(LINK_PREFIX.length).split('.');
  if (parts.length !== 5) return refuse('malformed', NOT_A_DEBATE);
  const [version, presetLetter, seedText, build, pathText] = parts as [string, string, string, string, string];
  if (version !== LINK_VERSION) {
    return refuse('malformed', `This link was made by another version of the game (format "${version.slice(0, 8)}").`);
  }
  const preset = (Object.keys(PRESET_LETTER) as Preset[]).find((p) => PRESET_LETTER[p] === presetLetter);
  if (!preset) return refuse('malformed', 'This link names a table size the game does not have.');
  if (!/^[0-9a-z]{1,11}$/.test(seedText)) return refuse('malformed', 'The seed in this link is damaged.');
  const seed = parseInt(seedText, 36);
  if (!Number.isSafeInteger(seed) || seed.toString(36) !== seedText) {
    return refuse('malformed', 'The seed in this link is damaged.');
  }
  if (!/^[0-9a-f]{8}$/.test(build)) {
    return refuse('malformed', 'This link does not say which version of the debate it belongs to.');
  }
  if (pathText.length > MAX_PATH_LENGTH) {
    return refuse('out-of-range', 'This link has more choices than any debate has.');
  }
  const path: number[] = [];
  for (const char of pathText) {
    const choice = DIGITS.indexOf(char);
    if (choice < 0) return refuse('malformed', 'The list of choices in this link is damaged.');
    path.push(choice);
  }
  if (storyHash !== undefined && build !== buildOf(storyHash)) {
    return refuse(
      'other-build',
      'This link was made with a different version of the debate, so it cannot be replayed here.',
    );
  }
  return { ok: true, value: { preset, seed, build, path } };
}

export type LinkOutcome =
  | { status: 'not-a-link' }
  | { status: 'replayed'; link: ReplayLink }
  | { status: 'refused'; code: LinkErrorCode; message: string };

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
  if (!decoded.ok) return { status: 'refused', ...decoded.error };
  const link = decoded.value;
  try {
    engine.replay(link.preset, link.seed, link.path);
  } catch {
    return {
      status: 'refused',
      code: 'out-of-range',
      message: 'The choices in this link do not fit this debate: it may have been changed or cut short.',
    };
  }
  return { status: 'replayed', link };
}
