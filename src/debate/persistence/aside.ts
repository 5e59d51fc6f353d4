// Set-aside copies: whatever a reader could not use (a damaged save, an unreadable run history,
// settings or check answers) is copied under a key of its own before anything can overwrite it.
// A copy is never deleted by the game on its own and never overwritten by a later copy; the player
// sees them in "Saved debates", downloads them, and deletes them there.
import { writeFailure, type KeyValueStore, type WriteFailure } from '../core/ports.ts';

export const ASIDE_PREFIX = 'aside:';
/** Saves set aside by earlier versions of the game, still listed. */
const LEGACY_SAVE_PREFIX = 'save-aside:';

export interface AsideCopy {
  key: string;
  /** The key the text was read from, e.g. 'save:auto' or 'runs'. */
  from: string;
  /** When it was set aside (ms), or null when the key does not say. */
  at: number | null;
  /** Its length in characters. */
  size: number;
}

/**
 * Copies `text` (what `from` held) to a new set-aside key and returns that key, or null when the
 * store refused the copy. Never overwrites an earlier copy; does not touch `from`.
 */
export function copyAside(store: KeyValueStore, from: string, text: string, now: number): string | null {
  try {
    const base = `${ASIDE_PREFIX}${from}:${Math.max(0, Math.floor(now))}`;
    let key = base;
    for (let n = 2; store.getItem(key) !== null; n++) key = `${base}-${n}`;
    store.setItem(key, text);
    return store.getItem(key) === text ? key : null;
  } catch {
    return null;
  }
}

/**
 * Moves what `from` holds aside: the copy first, and only once the copy is stored is the original
 * removed. Returns the copy's key, or null when the copy failed (the original then stays).
 */
export function moveAside(store: KeyValueStore, from: string, text: string, now: number): string | null {
  const key = copyAside(store, from, text, now);
  if (key === null) return null;
  try {
    store.removeItem(from);
  } catch {
    // The copy is safe; the original staying too loses nothing.
  }
  return key;
}

export type WriteOutcome = { ok: true } | { ok: false; failure: WriteFailure | 'in-the-way' };

/**
 * Writes `value` to `key`, unless `key` holds something `keep` says must not be overwritten (text
 * a reader could not use): that is set aside first, and when it cannot be, the write is refused
 * ('in-the-way') so the damaged copy survives until the player deals with it.
 */
export function writeOver(
  store: KeyValueStore,
  key: string,
  value: string,
  keep: (existing: string) => boolean,
  now: number,
): WriteOutcome {
  try {
    const existing = store.getItem(key);
    if (existing !== null && existing !== value && keep(existing) && copyAside(store, key, existing, now) === null) {
      return { ok: false, failure: 'in-the-way' };
    }
    store.setItem(key, value);
    return { ok: true };
  } catch (error) {
    return { ok: false, failure: writeFailure(error) };
  }
}

/** Every set-aside copy in the store, newest first. */
export function listAside(store: KeyValueStore): AsideCopy[] {
  let keys: string[];
  try {
    keys = store.keys();
  } catch {
    return [];
  }
  const copies: AsideCopy[] = [];
  for (const key of keys) {
    const prefix = key.startsWith(ASIDE_PREFIX) ? ASIDE_PREFIX : key.startsWith(LEGACY_SAVE_PREFIX) ? LEGACY_SAVE_PREFIX : null;
    if (!prefix) continue;
    const match = /^(.*):(\d{1,16})(?:-\d+)?$/.exec(key.slice(prefix.length));
    const from = match ? (match[1] as string) : key.slice(prefix.length);
    const at = match ? Number(match[2]) : null;
    let size = 0;
    try {
      size = store.getItem(key)?.length ?? 0;
    } catch {
      // Listed without its size.
    }
    copies.push({ key, from: prefix === LEGACY_SAVE_PREFIX ? `save:${from}` : from, at: at !== null && Number.isFinite(at) ? at : null, size });
  }
  return copies.sort((a, b) => (b.at ?? 0) - (a.at ?? 0) || a.key.localeCompare(b.key));
}

export const isAsideKey = (key: string): boolean => key.startsWith(ASIDE_PREFIX) || key.startsWith(LEGACY_SAVE_PREFIX);

/** Deletes one set-aside copy (the player asked to); false when the store refused. */
export function removeAside(store: KeyValueStore, key: string): boolean {
  if (!isAsideKey(key)) return false;
  try {
    store.removeItem(key);
    return store.getItem(key) === null;
  } catch {
    return false;
  }
}
