import { describe, expect, it } from 'vitest';
import json, { storyHash } from '../../../tests/fixtures/stories/good/main.ink';
import type { KeyValueStore } from '../core/ports.ts';
import { MemoryStore } from '../../platform/storage.ts';
import { DebateEngine } from '../core/engine.ts';
import type { LineEvent } from '../core/events.ts';
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

  type Case = [string, (save: Record<string, unknown>) => string, Record<string, unknown>];
  const cases: Case[] = [
    ['wrong story hash', (s) => JSON.stringify({ ...s, storyHash: 'abcdef123456' }), { code: 'other-build', found: 'abcdef123456' }],
    ['wrong schema', (s) => JSON.stringify({ ...s, schema: 99 }), { code: 'other-format', found: { kind: 'number', value: 99 }, reads: 1, newer: true }],
    ['a schema that is an object with a non-callable toString', (s) => JSON.stringify({ ...s, schema: { toString: 1 } }), { code: 'other-format', found: { kind: 'object' }, newer: false }],
    ['truncated JSON', (s) => JSON.stringify(s).slice(0, 120), { code: 'not-json' }],
    ['not a save at all', () => '[1,2,3]', { code: 'not-ours' }],
    ['a damaged ink state', (s) => JSON.stringify({ ...s, inkState: '{"flows":' }), { code: 'corrupt-state' }],
    ['a path that does not fit', (s) => JSON.stringify({ ...s, path: [7, 7] }), { code: 'path-does-not-fit' }],
    ['a path that contradicts the state', (s) => JSON.stringify({ ...s, path: [2] }), { code: 'path-mismatch' }],
    ['a path nested past the stack', (s) => JSON.stringify({ ...s, path: 0 }).replace('"path":0', `"path":${'['.repeat(200_000)}${']'.repeat(200_000)}`), { code: 'bad-field', field: 'path' }],
  ];

  it.each(cases)('refuses %s with a clear reason, sets it aside and loses nothing', (_, mutate, reason) => {
    const store = new MemoryStore();
    const good = liveGame().save() as unknown as Record<string, unknown>;
    const bad = mutate(good);
    store.setItem('save:auto', bad);
    const live = liveGame();
    const before = { state: structuredClone(live.state), transcript: transcript(live), path: live.path };
    const outcome = new SaveStore(store, () => 1234).loadInto(live, 'auto');
    expect(outcome).toMatchObject({ status: 'refused', reason: { subject: 'save', ...reason }, asideKey: 'aside:save:auto:1234' });
    // Nothing lost: the bad save is kept byte for byte, the live game is untouched and playable.
    expect(store.getItem('aside:save:auto:1234')).toBe(bad);
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
    expect(written).toEqual({ ok: false, failure: 'blocked' });
    expect(saves.loadInto(live, 'auto')).toEqual({ status: 'unavailable' });
    expect(saves.has('auto')).toBe(false);
    expect(live.choose(0).ending).toBe('mandate');
  });

  it('names a full disk plainly', () => {
    const saves = new SaveStore(new ThrowingStore(new DOMException('full', 'QuotaExceededError')));
    expect(saves.write('auto', liveGame().save())).toEqual({ ok: false, failure: 'full' });
  });
});
