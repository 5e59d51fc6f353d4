// Nothing lost: damaged data is set aside and never overwritten, also when storage is full; two tabs
// sharing one store both keep their runs; saves move between machines through the same reader.
import { describe, expect, it } from 'vitest';
import json, { storyHash } from '../../../tests/fixtures/stories/good/main.ink';
import { MemoryStore } from '../../platform/storage.ts';
import { copyAside, listAside, moveAside, removeAside, writeOver } from './aside.ts';
import { QUIZ_KEY, readStoredQuizzes, saveQuiz } from '../classroom/quiz.ts';
import { DebateEngine } from '../core/engine.ts';
import { readRuns, RunHistory, RUNS_KEY, type RunSource } from './runs.ts';
import { loadText, SaveStore, saveFileName } from './saves.ts';

/** Memory storage with a quota in characters, like a browser's: a write beyond it throws. */
class FullableStore extends MemoryStore {
  constructor(public quota = Infinity) {
    super();
  }
  private used(): number {
    return this.keys().reduce((n, k) => n + k.length + (this.getItem(k)?.length ?? 0), 0);
  }
  override setItem(key: string, value: string): void {
    const before = this.getItem(key);
    const grows = value.length - (before === null ? -key.length : before.length);
    if (this.used() + grows > this.quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    super.setItem(key, value);
  }
  /** Fills the store to its quota exactly. */
  fill(): void {
    const room = this.quota - this.used() - 'filler'.length;
    if (room > 0) super.setItem('filler', 'x'.repeat(room));
  }
}

const engine = () => new DebateEngine(json, storyHash);
function game(seed = 9) {
  const e = engine();
  e.start('full', seed);
  e.choose(1);
  return e;
}
const at = (path: number[], seed = 4): RunSource => ({ storyHash: 'aaaa1111', state: { preset: 'full', seed }, path });

describe('set-aside copies', () => {
  it('never overwrite an earlier copy, and list newest first', () => {
    const store = new MemoryStore();
    expect(copyAside(store, 'save:auto', 'first', 10)).toBe('aside:save:auto:10');
    expect(copyAside(store, 'save:auto', 'second', 10)).toBe('aside:save:auto:10-2');
    expect(copyAside(store, 'runs', 'third', 20)).toBe('aside:runs:20');
    store.setItem('save-aside:slot-1:5', 'from an older version');
    expect(listAside(store).map((c) => [c.from, c.at, c.size])).toEqual([
      ['runs', 20, 5],
      ['save:auto', 10, 5],
      ['save:auto', 10, 6],
      ['save:slot-1', 5, 21],
    ]);
    expect(store.getItem('aside:save:auto:10')).toBe('first');
    expect(removeAside(store, 'aside:runs:20')).toBe(true);
    // Only set-aside copies can be deleted this way.
    expect(removeAside(store, 'save:auto')).toBe(false);
  });

  it('leave the original in place when the copy cannot be made', () => {
    const store = new FullableStore(60);
    store.setItem('settings', 'damaged!');
    store.fill();
    expect(moveAside(store, 'settings', 'damaged!', 1)).toBeNull();
    expect(store.getItem('settings')).toBe('damaged!');
    // And nothing writes over it while it is in the way.
    expect(writeOver(store, 'settings', '{}', () => true, 2)).toEqual({ ok: false, failure: 'in-the-way' });
    expect(store.getItem('settings')).toBe('damaged!');
  });
});

describe('saves when storage is full', () => {
  it('sets a damaged autosave aside before the next autosave writes over it', () => {
    const store = new MemoryStore();
    store.setItem('save:auto', '{"app":"the-round-table","schema":{"toString":1}}');
    const saves = new SaveStore(store, () => 42);
    expect(saves.write('auto', game().save())).toEqual({ ok: true });
    expect(store.getItem('aside:save:auto:42')).toBe('{"app":"the-round-table","schema":{"toString":1}}');
  });

  it('sets aside a save of another build instead of overwriting it', () => {
    const store = new MemoryStore();
    const other = { ...game().save(), storyHash: 'ffffffff0000' };
    store.setItem('save:auto', JSON.stringify(other));
    new SaveStore(store, () => 5).write('auto', game().save());
    expect(JSON.parse(store.getItem('aside:save:auto:5') ?? 'null')).toEqual(other);
  });

  it('never overwrites a damaged save it could not move: the autosave is refused and says why', () => {
    const damaged = '{"app":"the-round-table","schema":1,"cut';
    const store = new FullableStore(4000);
    store.setItem('save:auto', damaged);
    store.fill();
    const saves = new SaveStore(store, () => 7);
    const live = game();
    const outcome = saves.loadInto(live, 'auto');
    expect(outcome).toMatchObject({ status: 'refused', reason: { code: 'not-json' }, asideKey: null });
    expect(store.getItem('save:auto')).toBe(damaged);
    // Every later autosave is refused, never written over the damaged save.
    for (let i = 0; i < 3; i++) expect(saves.write('auto', live.save())).toEqual({ ok: false, failure: 'in-the-way' });
    expect(store.getItem('save:auto')).toBe(damaged);
    // Room freed: the damaged save is set aside, then the autosave lands.
    store.removeItem('filler');
    expect(saves.write('auto', live.save())).toEqual({ ok: true });
    expect(store.getItem('aside:save:auto:7')).toBe(damaged);
  });

  it('still reads what it has when full: Continue and the summary work', () => {
    const store = new FullableStore(6000);
    const saves = new SaveStore(store, () => 1);
    const played = game(3);
    saves.write('auto', played.save());
    store.fill();
    expect(saves.write('slot-2', played.save())).toEqual({ ok: false, failure: 'full' });
    expect(saves.summary('auto')).toMatchObject({ damaged: false, decisions: 1 });
    const loaded = engine();
    expect(saves.loadInto(loaded, 'auto').status).toBe('loaded');
    expect(loaded.path).toEqual(played.path);
  });
});

describe('moving a save to another machine', () => {
  it('exports the stored text and imports it through the same reader', () => {
    const store = new MemoryStore();
    const saves = new SaveStore(store);
    const played = game(12);
    saves.write('slot-1', played.save());
    const file = saves.text('slot-1') ?? '';
    const elsewhere = engine();
    const loaded = loadText(elsewhere, file);
    expect(loaded.ok).toBe(true);
    expect(elsewhere.path).toEqual(played.path);
    expect(elsewhere.state).toEqual(played.state);
    expect(loadText(elsewhere, file.replace('"schema":1', '"schema":{"toString":1}'))).toMatchObject({
      ok: false,
      error: { code: 'other-format', found: { kind: 'object' } },
    });
    expect(loadText(elsewhere, 'not a save')).toMatchObject({ ok: false, error: { code: 'not-json' } });
    // The failed imports left the debate as it was.
    expect(elsewhere.path).toEqual(played.path);
    expect(saveFileName(new Date('2026-03-02T10:00:00Z'))).toBe('round-table-save-2026-03-02.json');
    expect(saveFileName(new Date(Number.NaN))).toBe('round-table-save-undated.json');
  });
});

describe('the run history', () => {
  it('sets an unreadable history aside and does not replace it with an empty one', () => {
    const store = new MemoryStore();
    store.setItem(RUNS_KEY, '[{"id":"r1","preset":"full"'); // cut off
    const runs = new RunHistory(store, () => 100);
    expect(runs.damage).toEqual({ reason: { code: 'not-json', subject: 'history' }, asideKey: 'aside:runs:100' });
    runs.record(at([0]));
    expect(store.getItem('aside:runs:100')).toBe('[{"id":"r1","preset":"full"');
    expect(readRuns(store).runs).toHaveLength(1);
  });

  it('keeps a history with damaged entries aside too, and the readable runs in play', () => {
    const store = new MemoryStore();
    const good = { id: 'ok', preset: 'full', seed: 1, storyHash: 'aaaa1111', path: [0], startedAt: 1, updatedAt: 2 };
    const text = JSON.stringify([good, { ...good, id: 'huge', updatedAt: 1e300 }]);
    store.setItem(RUNS_KEY, text);
    const runs = new RunHistory(store, () => 100);
    expect(runs.all().map((r) => r.id)).toEqual(['ok']);
    expect(runs.damage?.reason).toEqual({ code: 'bad-entries', subject: 'history', count: 1, of: 2 });
    expect(store.getItem('aside:runs:100')).toBe(text);
  });

  it('never writes over an unreadable history it could not set aside', () => {
    const store = new FullableStore(200);
    store.setItem(RUNS_KEY, '{not a history}');
    store.fill();
    const runs = new RunHistory(store, () => 100);
    expect(runs.damage?.asideKey).toBeNull();
    runs.record(at([0]));
    expect(runs.saving).toBe(false);
    expect(runs.failure).toBe('in-the-way');
    expect(store.getItem(RUNS_KEY)).toBe('{not a history}');
  });

  it('two tabs on one store both keep their debates, and each hears of the other', () => {
    const store = new MemoryStore();
    let t = 0;
    const clock = () => (t += 10);
    const tabA = new RunHistory(store, clock);
    const tabB = new RunHistory(store, clock);
    tabA.record(at([0], 1));
    tabB.record(at([1], 2));
    tabA.record(at([0, 1], 1));
    tabB.record(at([1, 0], 2));
    expect(readRuns(store).runs.map((r) => [r.seed, r.path])).toEqual([
      [1, [0, 1]],
      [2, [1, 0]],
    ]);
    // A tab that was told of the other's write (a storage event) shows both runs.
    tabA.refresh();
    expect(tabA.all().map((r) => r.seed)).toEqual([1, 2]);
    // "Clear my data" in one tab empties the other's record too.
    store.removeItem(RUNS_KEY);
    tabB.refresh();
    expect(tabB.all()).toEqual([]);
  });

  it('frees space by removing older finished runs, keeping the unfinished and the latest', () => {
    const store = new MemoryStore();
    let t = 0;
    const runs = new RunHistory(store, () => (t += 10));
    for (let seed = 0; seed < 6; seed++) runs.record({ ...at([0], seed), state: { preset: 'full', seed, ending: 'deadlock' } });
    runs.record(at([1], 99));
    expect(runs.removeOldRuns(2)).toBe(4);
    expect(runs.all().map((r) => r.seed)).toEqual([4, 5, 99]);
    expect(readRuns(store).runs.map((r) => r.seed)).toEqual([4, 5, 99]);
  });
});

describe('the check answers', () => {
  it('sets damaged answers aside, keeps the readable half, and reports it', () => {
    const store = new MemoryStore();
    const before = { hits: 2, falseAlarms: 1, score: 1, fallacies: 5, sound: 5, answers: {}, takenAt: '2026-03-02T10:00:00Z' };
    const text = JSON.stringify({ before, after: { ...before, score: -1e308 } });
    store.setItem(QUIZ_KEY, text);
    const read = readStoredQuizzes(store, 9);
    expect(read.checks).toEqual({ before });
    expect(read.damage).toEqual({ reason: { code: 'bad-entries', subject: 'check', count: 1, of: 2 }, asideKey: 'aside:check:9' });
    expect(store.getItem('aside:check:9')).toBe(text);
    expect(saveQuiz(store, 'after', { ...before, score: 1 }, 10)).toBe(true);
  });
});
