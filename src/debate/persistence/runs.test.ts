import { describe, expect, it } from 'vitest';
import json, { storyHash } from '../../../tests/fixtures/stories/good/main.ink';
import type { KeyValueStore } from '../core/ports.ts';
import { MemoryStore } from '../../platform/storage.ts';
import { DebateEngine } from '../core/engine.ts';
import { isPrefix, MAX_RUNS, readRuns, RunHistory, RUNS_KEY, type RunSource } from './runs.ts';

const engine = () => new DebateEngine(json, storyHash);
const at = (path: number[], ending?: string, seed = 4, hash = 'aaaa1111'): RunSource => ({
  storyHash: hash,
  state: { preset: 'full', seed, ...(ending && { ending }) },
  path,
});

function clock() {
  let t = 1000;
  return () => (t += 10);
}

describe('run history', () => {
  it('records a played run from the engine, with its ending', () => {
    const store = new MemoryStore();
    const runs = new RunHistory(store, clock());
    const e = engine();
    e.start('short', 8);
    e.choose(1);
    runs.record(e);
    e.choose(0);
    runs.record(e);
    runs.record(e); // the ending screen reports again: nothing new
    expect(runs.all()).toHaveLength(1);
    expect(runs.all()[0]).toMatchObject({ preset: 'short', seed: 8, storyHash, path: [1, 0], ending: 'mandate' });
    // It is in the store, and a new visit reads it back.
    expect(new RunHistory(store).all()).toEqual(runs.all());
  });

  it('extends the current run; a different choice after a rewind becomes a new run, the old one kept', () => {
    const runs = new RunHistory(new MemoryStore(), clock());
    runs.record(at([0]));
    runs.record(at([0, 1]));
    runs.record(at([0, 1, 2], 'deadlock'));
    expect(runs.all()).toHaveLength(1);
    // Stepped back twice, chose differently.
    const branch = runs.record(at([0, 2]));
    expect(runs.all().map((r) => r.path)).toEqual([[0, 1, 2], [0, 2]]);
    expect(runs.current).toBe(branch);
    runs.record(at([0, 2, 0], 'mandate'));
    expect(runs.all().map((r) => [r.path, r.ending])).toEqual([
      [[0, 1, 2], 'deadlock'],
      [[0, 2, 0], 'mandate'],
    ]);
  });

  it('follows a known run when a jump retraces it, instead of recording it twice', () => {
    const runs = new RunHistory(new MemoryStore(), clock());
    runs.record(at([0, 1, 2], 'deadlock'));
    runs.record(at([1, 1]));
    const retraced = runs.record(at([0, 1]));
    expect(retraced?.path).toEqual([0, 1, 2]);
    expect(runs.all()).toHaveLength(2);
    // Going on along it changes nothing; leaving it branches.
    runs.record(at([0, 1, 2], 'deadlock'));
    expect(runs.all()).toHaveLength(2);
    runs.record(at([0, 1, 0]));
    expect(runs.all()).toHaveLength(3);
  });

  it('keeps tables and story builds apart', () => {
    const runs = new RunHistory(new MemoryStore(), clock());
    runs.record(at([0], undefined, 1));
    runs.record(at([0], undefined, 2));
    runs.record(at([0], undefined, 2, 'bbbb2222'));
    expect(runs.all()).toHaveLength(3);
    expect(runs.ofBuild('bbbb2222')).toHaveLength(1);
  });

  it('names the previous run (most recently played other than this one)', () => {
    const runs = new RunHistory(new MemoryStore(), clock());
    const first = runs.record(at([0, 1], undefined, 1));
    const second = runs.record(at([1], undefined, 2));
    const third = runs.record(at([2], undefined, 3));
    expect(runs.previous(third, 'aaaa1111')).toBe(second);
    // Coming back to the first table where it stopped carries that run on.
    expect(runs.record(at([0, 1, 0], undefined, 1))).toBe(first);
    expect(runs.all()).toHaveLength(3);
    expect(runs.previous(third, 'aaaa1111')).toBe(first);
  });

  it(`keeps the latest ${MAX_RUNS} runs`, () => {
    const runs = new RunHistory(new MemoryStore(), clock());
    for (let seed = 0; seed < MAX_RUNS + 5; seed++) runs.record(at([0], undefined, seed));
    expect(runs.all()).toHaveLength(MAX_RUNS);
    expect(runs.all()[0]?.seed).toBe(5);
  });

  it('skips damaged entries and survives a damaged or unreadable history', () => {
    const store = new MemoryStore();
    store.setItem(
      RUNS_KEY,
      JSON.stringify([
        { id: 'ok', preset: 'full', seed: 1, storyHash: 'aaaa1111', path: [0], startedAt: 1, updatedAt: 2 },
        { id: 'bad-preset', preset: 'huge', seed: 1, storyHash: 'aaaa1111', path: [0], startedAt: 1, updatedAt: 2 },
        { id: 'bad-path', preset: 'full', seed: 1, storyHash: 'aaaa1111', path: ['<b>'], startedAt: 1, updatedAt: 2 },
        null,
        'text',
      ]),
    );
    expect(readRuns(store).runs.map((r) => r.id)).toEqual(['ok']);
    expect(readRuns(store).damage).toEqual({ code: 'bad-entries', subject: 'history', count: 4, of: 5 });
    store.setItem(RUNS_KEY, '{"cut');
    expect(readRuns(store)).toMatchObject({ runs: [], damage: { code: 'not-json' } });
    const throwing: KeyValueStore = {
      persistent: true,
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
      removeItem: () => undefined,
      keys: () => [],
    };
    const runs = new RunHistory(throwing);
    expect(runs.record(at([1]))?.path).toEqual([1]);
    expect(runs.saving).toBe(false);
    expect(runs.all()).toHaveLength(1);
  });

  it('knows a prefix', () => {
    expect(isPrefix([], [1])).toBe(true);
    expect(isPrefix([1, 2], [1, 2, 3])).toBe(true);
    expect(isPrefix([1, 3], [1, 2, 3])).toBe(false);
    expect(isPrefix([1, 2, 3], [1, 2])).toBe(false);
  });
});
