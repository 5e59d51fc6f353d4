// Key-value storage, injected wherever the game keeps something between visits, so tests can use
// memory or a store that throws. Only the browser implementation touches localStorage.

export interface KeyValueStore {
  /** False when writes go nowhere lasting (private browsing, blocked storage). */
  readonly persistent: boolean;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  /** Every key this store holds, so "clear my data" can find all of them. */
  keys(): string[];
}

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
    this.data.set(key, value);
  }
  removeItem(key: string): void {
    this.data.delete(key);
  }
  keys(): string[] {
    return [...this.data.keys()];
  }
}

/** localStorage, namespaced so the game only ever sees and clears its own keys. */
export class BrowserStore implements KeyValueStore {
  readonly persistent = true;

  constructor(
    private readonly storage: Storage,
    private readonly prefix = 'round-table:',
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
}

/**
 * The browser's storage when it works; otherwise memory, marked not persistent so the game can say
 * that saves are off. Merely reading `window.localStorage` throws in some privacy modes.
 */
export function openBrowserStore(getStorage: () => Storage): KeyValueStore {
  try {
    const storage = getStorage();
    const probe = 'round-table:__probe__';
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return new BrowserStore(storage);
  } catch {
    return new MemoryStore(false);
  }
}

/**
 * "Clear my data": removes every key the game wrote (saves, slots, set-aside saves, run history,
 * settings). Returns how many keys could not be removed (0 when all went).
 */
export function clearAll(store: KeyValueStore): number {
  let failed = 0;
  let keys: string[];
  try {
    keys = store.keys();
  } catch {
    return 1;
  }
  for (const key of keys) {
    try {
      store.removeItem(key);
    } catch {
      failed++;
    }
  }
  return failed;
}
