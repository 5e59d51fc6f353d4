// "Clear my data" leaves nothing behind: saves, named slots and their names, set-aside saves, the
// run history and the settings all go, and nothing of other sites in the same storage is touched.
import { describe, expect, it } from 'vitest';
import json, { storyHash } from '../../tests/fixtures/stories/good/main.ink';
import { DebateEngine } from '../debate/engine.ts';
import { RunHistory } from '../debate/runs.ts';
import { SaveStore } from '../debate/saves.ts';
import { defaultSettings, saveSettings } from './settings.ts';
import { BrowserStore, clearAll, MemoryStore, type KeyValueStore } from './storage.ts';

/** A Storage in memory, shaped like window.localStorage (key(i) and length included). */
class FakeStorage implements Storage {
  private data = new Map<string, string>();
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
    for (const kind of ['save:auto', 'save:slot-1', 'save-label:slot-1', 'save-aside:slot-3:77', 'runs', 'settings']) {
      expect(written).toContain(kind);
    }
    expect(clearAll(store)).toBe(0);
    expect(store.keys()).toEqual([]);
  });

  it('empties every key of the game in browser storage and leaves other keys alone', () => {
    const storage = new FakeStorage();
    storage.setItem('another-site-key', 'keep me');
    const store = new BrowserStore(storage);
    writeEverything(store);
    expect(storage.length).toBeGreaterThan(6);
    expect(clearAll(store)).toBe(0);
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
    expect(clearAll(stubborn)).toBe(2);
  });
});
