// "Clear my data" leaves nothing behind: saves, named slots and their names, set-aside saves, the
// run history and the settings all go, and nothing of other sites in the same storage is touched.
import { describe, expect, it } from 'vitest';
import json, { storyHash } from '../../tests/fixtures/stories/good/main.ink';
import { DebateEngine } from '../debate/core/engine.ts';
import { RunHistory } from '../debate/persistence/runs.ts';
import { SaveStore } from '../debate/persistence/saves.ts';
import { defaultSettings, saveSettings } from './settings.ts';
import type { KeyValueStore } from '../debate/core/ports.ts';
import { BrowserStore, clearAll, MemoryStore, openBrowserStore } from './storage.ts';

/** A Storage in memory, shaped like window.localStorage (key(i) and length included). */
export class FakeStorage implements Storage {
  private data = new Map<string, string>();
  /** Characters it holds at most, like a browser's quota (keys and values counted). */
  constructor(private readonly quota = Infinity) {}
  private used() {
    let n = 0;
    for (const [k, v] of this.data) n += k.length + v.length;
    return n;
  }
  get length() {
    return this.data.size;
  }
  key(i: number) {
    return [...this.data.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    const grows = k.length + String(v).length - (this.data.has(k) ? k.length + (this.data.get(k) ?? '').length : 0);
    if (this.used() + grows > this.quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.data.set(k, String(v));
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
  clear() {
    this.data.clear();
  }
}

function writeEverything(store: KeyValueStore): void {
  const saves = new SaveStore(store, () => 77);
  const runs = new RunHistory(store);
  const e = new DebateEngine(json, storyHash);
  e.start('full', 2);
  e.choose(1);
  runs.record(e);
  expect(saves.write('auto', e.save())).toEqual({ ok: true });
  for (const slot of ['slot-1', 'slot-2', 'slot-3'] as const) {
    expect(saves.writeNamed(slot, e.save(), `Slot ${slot}`)).toEqual({ ok: true });
  }
  // A damaged save, refused and set aside.
  store.setItem('save:slot-3', '{"cut');
  expect(saves.loadInto(new DebateEngine(json, storyHash), 'slot-3').status).toBe('refused');
  expect(saveSettings(store, { ...defaultSettings(false), textScale: 1.5 })).toBe(true);
}

describe('clear my data', () => {
  it('leaves zero keys after saves, slots, a set-aside save, run history and settings', () => {
    const store = new MemoryStore();
    writeEverything(store);
    const written = store.keys();
    for (const kind of ['save:auto', 'save:slot-1', 'save-label:slot-1', 'aside:save:slot-3:77', 'runs', 'settings']) {
      expect(written).toContain(kind);
    }
    expect(clearAll(store)).toEqual({ removed: written.length, failed: 0, reachable: true });
    expect(store.keys()).toEqual([]);
  });

  it('empties every key of the game in browser storage and leaves other keys alone', () => {
    const storage = new FakeStorage();
    storage.setItem('another-site-key', 'keep me');
    const store = new BrowserStore(storage);
    writeEverything(store);
    const stored = storage.length;
    expect(stored).toBeGreaterThan(6);
    expect(clearAll(store)).toEqual({ removed: stored - 1, failed: 0, reachable: true });
    expect(store.keys()).toEqual([]);
    expect(storage.length).toBe(1);
    expect(storage.getItem('another-site-key')).toBe('keep me');
  });

  it('reports keys it could not remove instead of throwing', () => {
    const stubborn: KeyValueStore = {
      persistent: true,
      getItem: () => null,
      setItem: () => undefined,
      removeItem: () => {
        throw new Error('denied');
      },
      keys: () => ['a', 'b'],
    };
    expect(clearAll(stubborn)).toEqual({ removed: 0, failed: 2, reachable: true });
  });

  it('counts only what is really gone: a removal the store ignores is a failure', () => {
    const data = new Map([['a', '1'], ['b', '2']]);
    const ignoring: KeyValueStore = {
      persistent: true,
      getItem: (k) => data.get(k) ?? null,
      setItem: () => undefined,
      removeItem: (k) => {
        if (k === 'a') data.delete(k);
      },
      keys: () => [...data.keys()],
    };
    expect(clearAll(ignoring)).toEqual({ removed: 1, failed: 1, reachable: true });
  });

  it('says nothing lasting was reached when storage was blocked (memory only)', () => {
    const store = new MemoryStore(false);
    store.setItem('settings', '{}');
    expect(clearAll(store)).toEqual({ removed: 1, failed: 0, reachable: false });
  });

  it('clears full storage from the real store, not from a memory stand-in', () => {
    const storage = new FakeStorage(1950);
    storage.setItem('round-table:save:auto', 'x'.repeat(1200));
    storage.setItem('round-table:runs', 'y'.repeat(700));
    const { store, problem } = openBrowserStore(() => storage);
    expect(problem).toBe('full');
    // Full still reads what it has.
    expect(store.getItem('save:auto')).toHaveLength(1200);
    expect(clearAll(store)).toEqual({ removed: 2, failed: 0, reachable: true });
    expect(storage.length).toBe(0);
  });
});
