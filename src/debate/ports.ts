// The interfaces the engine needs from the world around it. They are owned here, next to the code
// that uses them; src/platform implements them for the browser and tests implement them in memory.
// Nothing in src/debate imports src/platform (the lint holds this).

/**
 * Key-value storage: saves, named slots, set-aside copies, the run history, the check answers and
 * the settings live here between visits.
 */
export interface KeyValueStore {
  /** False when writes go nowhere lasting (private browsing, blocked storage). */
  readonly persistent: boolean;
  getItem(key: string): string | null;
  /** Throws when the browser refuses the write (storage full, blocked). */
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  /** Every key this store holds, so "clear my data" can find all of them. */
  keys(): string[];
  /**
   * Calls back when another tab of the game changed a key (`null`: the other tab cleared
   * everything). Returns a function that stops listening. Absent on stores nobody else shares.
   */
  watch?(listener: (key: string | null) => void): () => void;
}

/** Why a write was refused, in terms the game can act on. */
export type WriteFailure = 'full' | 'blocked';

/** Names a storage exception: full (the quota) or blocked (anything else the browser refused). */
export function writeFailure(error: unknown): WriteFailure {
  const name = typeof error === 'object' && error !== null && 'name' in error ? (error as { name: unknown }).name : '';
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' ? 'full' : 'blocked';
}
