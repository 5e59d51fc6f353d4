import { describe, expect, it } from 'vitest';
import json, { storyHash } from '../../tests/fixtures/stories/good/main.ink';
import { MemoryStore, type KeyValueStore } from '../platform/storage.ts';
import { DebateEngine } from './engine.ts';
import type { LineEvent } from './events.ts';
import { SaveStore } from './saves.ts';

const engine = () => new DebateEngine(json, storyHash);
const transcript = (e: DebateEngine) =>
  e.events.filter((x): x is LineEvent => x.type === 'line').map((x) => x.text);

/** A game in progress that must survive every bad load untouched. */
function liveGame() {
  const e = engine();
  e.start('full', 9);
  e.choose(1);
  return e;
}

class ThrowingStore implements KeyValueStore {
  readonly persistent = true;
  constructor(private readonly error = new DOMException('denied', 'SecurityError')) {}
  getItem(): string | null {
    throw this.error;
  }
  setItem(): void {
    throw this.error;
  }
  removeItem(): void {
    throw this.error;
  }
  keys(): string[] {
    throw this.error;
  }
}

describe('saving and loading', () => {
  it('round-trips a debate through a store, restoring the transcript, meters and path', () => {
    const store = new MemoryStore();
    const saves = new SaveStore(store);
    const original = liveGame();
    expect(saves.write('auto', original.save())).toEqual({ ok: true });
    const restored = engine();
    const outcome = saves.loadInto(restored, 'auto');
    expect(outcome.status).toBe('loaded');
    expect(transcript(restored)).toEqual(transcript(original));
    expect(restored.state).toEqual(original.state);
    expect(restored.path).toEqual([1]);
    // The restored run goes on like the original.
    expect(restored.choose(0).ending).toBe(original.choose(0).ending);
  });

  it('reports an empty slot', () => {
    expect(new SaveStore(new MemoryStore()).loadInto(engine(), 'slot-2')).toEqual({
      status: 'empty',
    });
  });

  type Case = [string, (save: Record<string, unknown>) => string, string, RegExp];
  const cases: Case[] = [
    ['wrong story hash', (s) => JSON.stringify({ ...s, storyHash: 'abcdef123456' }), 'other-build', /different version of the debate/],
    ['wrong schema', (s) => JSON.stringify({ ...s, schema: 99 }), 'wrong-schema', /format 99/],
    ['truncated JSON', (s) => JSON.stringify(s).slice(0, 120), 'not-json', /cut off or damaged/],
    ['not a save at all', () => '[1,2,3]', 'not-a-save', /not a Round Table save/],
    ['a damaged ink state', (s) => JSON.stringify({ ...s, inkState: '{"flows":' }), 'corrupt-state', /position in the save is damaged/],
    ['a path that does not fit', (s) => JSON.stringify({ ...s, path: [7, 7] }), 'bad-path', /do not fit this debate/],
    ['a path that contradicts the state', (s) => JSON.stringify({ ...s, path: [2] }), 'path-mismatch', /contradicts itself/],
  ];

  it.each(cases)('refuses %s with a clear reason, sets it aside and loses nothing', (_, mutate, code, message) => {
    const store = new MemoryStore();
    const good = liveGame().save() as unknown as Record<string, unknown>;
    const bad = mutate(good);
    store.setItem('save:auto', bad);
    const live = liveGame();
    const before = { state: structuredClone(live.state), transcript: transcript(live), path: live.path };
    const outcome = new SaveStore(store, () => 1234).loadInto(live, 'auto');
    expect(outcome).toMatchObject({ status: 'refused', error: { code }, backupKey: 'save-aside:auto:1234' });
    if (outcome.status === 'refused') expect(outcome.error.message).toMatch(message);
    // Nothing lost: the bad save is kept byte for byte, the live game is untouched and playable.
    expect(store.getItem('save-aside:auto:1234')).toBe(bad);
    expect(store.getItem('save:auto')).toBeNull();
    expect(live.state).toEqual(before.state);
    expect(transcript(live)).toEqual(before.transcript);
    expect(live.path).toEqual(before.path);
    expect(live.choose(0).ending).toBe('mandate');
  });

  it('says saves are off when storage throws, and the game plays on', () => {
    const saves = new SaveStore(new ThrowingStore());
    const live = liveGame();
    const written = saves.write('auto', live.save());
    expect(written).toEqual({ ok: false, message: expect.stringMatching(/saves are off/) });
    expect(saves.loadInto(live, 'auto')).toEqual({
      status: 'unavailable',
      message: expect.stringMatching(/saves are off/),
    });
    expect(saves.has('auto')).toBe(false);
    expect(live.choose(0).ending).toBe('mandate');
  });

  it('names a full disk plainly', () => {
    const saves = new SaveStore(new ThrowingStore(new DOMException('full', 'QuotaExceededError')));
    expect(saves.write('auto', liveGame().save())).toEqual({
      ok: false,
      message: 'The browser has no room left to save this debate.',
    });
  });
});
