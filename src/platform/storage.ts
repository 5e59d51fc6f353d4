// Key-value storage (the engine's KeyValueStore port, src/debate/core/ports.ts), so tests can use memory
// or a store that throws. Only the browser implementation touches localStorage. Storage that is
// full still reads: the game opens it as it is and learns of the quota on the first write.
import type { KeyValueStore } from '../debate/core/ports.ts';

export const STORE_PREFIX = 'round-table:';

export class MemoryStore implements KeyValueStore {
  readonly persistent: boolean;
  private readonly data = new Map<string, string>();

  constructor(persistent = true) {
    this.persistent = persistent;
  }

  getItem(key: string): string | null {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.data.set(key, String(value));
  }
  removeItem(key: string): void {
    this.data.delete(key);
  }
  keys(): string[] {
    return [...this.data.keys()];
  }
}

/** What a page gives a store to hear other tabs' writes (window's `storage` events). */
export interface StorageEvents {
  addEventListener(type: 'storage', listener: (event: StorageEvent) => void): void;
  removeEventListener(type: 'storage', listener: (event: StorageEvent) => void): void;
}

/** localStorage, namespaced so the game only ever sees and clears its own keys. */
export class BrowserStore implements KeyValueStore {
  readonly persistent = true;

  constructor(
    private readonly storage: Storage,
    private readonly prefix = STORE_PREFIX,
    private readonly events?: StorageEvents,
  ) {}

  getItem(key: string): string | null {
    return this.storage.getItem(this.prefix + key);
  }
  setItem(key: string, value: string): void {
    this.storage.setItem(this.prefix + key, value);
  }
  removeItem(key: string): void {
    this.storage.removeItem(this.prefix + key);
  }
  keys(): string[] {
    const keys: string[] = [];
    for (let i = 0; i < this.storage.length; i++) {
      const key = this.storage.key(i);
      if (key?.startsWith(this.prefix)) keys.push(key.slice(this.prefix.length));
    }
    return keys;
  }

  /** Another tab's writes arrive as `storage` events (never this tab's own). */
  watch(listener: (key: string | null) => void): () => void {
    const events = this.events;
    if (!events) return () => undefined;
    const onStorage = (event: StorageEvent) => {
      if (event.key === null) listener(null);
      else if (event.key.startsWith(this.prefix)) listener(event.key.slice(this.prefix.length));
    };
    events.addEventListener('storage', onStorage);
    return () => events.removeEventListener('storage', onStorage);
  }
}

export interface OpenedStore {
  store: KeyValueStore;
  /** 'full': reads work, writes hit the quota; 'blocked': nothing can be stored (memory only). */
  problem: 'full' | 'blocked' | null;
}

/**
 * The browser's storage when it can be read; otherwise memory, marked not persistent so the game
 * can say that saves are off. Merely reading `window.localStorage` throws in some privacy modes.
 * Full storage is still opened: what it holds (Continue, the history) stays readable.
 */
export function openBrowserStore(getStorage: () => Storage, events?: StorageEvents): OpenedStore {
  let storage: Storage;
  try {
    storage = getStorage();
    storage.getItem(`${STORE_PREFIX}__probe__`);
  } catch {
    return { store: new MemoryStore(false), problem: 'blocked' };
  }
  const store = new BrowserStore(storage, STORE_PREFIX, events);
  try {
    const probe = `${STORE_PREFIX}__probe__`;
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return { store, problem: null };
  } catch (error) {
    const name = error instanceof Error || error instanceof DOMException ? error.name : '';
    if (name === 'QuotaExceededError') return { store, problem: 'full' };
    return { store: new MemoryStore(false), problem: 'blocked' };
  }
}

export interface ClearReport {
  /** Keys that were there and are gone now (checked by reading them back). */
  removed: number;
  /** Keys the store refused to remove, or that are still there after removing. */
  failed: number;
  /** False when the store could not even list its keys, or is memory only (nothing lasting was reached). */
  reachable: boolean;
}

/**
 * "Clear my data": removes every key the game wrote (saves, slots, set-aside copies, run history,
 * check answers, settings) and reports only what is really gone from the store.
 */
export function clearAll(store: KeyValueStore): ClearReport {
  let keys: string[];
  try {
    keys = store.keys();
  } catch {
    return { removed: 0, failed: 0, reachable: false };
  }
  let removed = 0;
  let failed = 0;
  for (const key of keys) {
    try {
      store.removeItem(key);
      if (store.getItem(key) === null) removed++;
      else failed++;
    } catch {
      failed++;
    }
  }
  return { removed, failed, reachable: store.persistent };
}
