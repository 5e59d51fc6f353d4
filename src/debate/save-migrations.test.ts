import { describe, expect, it } from 'vitest';
import json, { storyHash } from '../../tests/fixtures/stories/good/main.ink';
import { MemoryStore } from '../platform/storage.ts';
import { DebateEngine } from './engine.ts';
import { migrateEnvelope, SAVE_SCHEMA, validateEnvelope, type Migrations } from './save.ts';
import { SaveStore } from './saves.ts';

const engine = () => new DebateEngine(json, storyHash);

/** A save as an imagined schema 0 wrote it: `choices` instead of `path`, the state under `ink`. */
function schemaZeroSave() {
  const e = engine();
  e.start('full', 9);
  e.choose(1);
  const { path, inkState, ...rest } = e.save();
  return { save: { ...rest, schema: 0, choices: path, ink: inkState }, original: e };
}

const zeroToOne: Migrations = new Map([
  [
    0,
    (old) => {
      const { choices, ink, ...rest } = old;
      return { ...rest, schema: 1, path: choices, inkState: ink };
    },
  ],
]);

describe('save schema migrations', () => {
  it('starts at schema 1', () => {
    expect(SAVE_SCHEMA).toBe(1);
  });

  it('migrates an older save to the current schema when a migration is registered, and loads it', () => {
    const { save, original } = schemaZeroSave();
    const store = new MemoryStore();
    store.setItem('save:slot-1', JSON.stringify(save));
    const loaded = engine();
    const outcome = new SaveStore(store, Date.now, zeroToOne).loadInto(loaded, 'slot-1');
    expect(outcome.status).toBe('loaded');
    expect(loaded.path).toEqual(original.path);
    expect(loaded.state).toEqual(original.state);
    expect(validateEnvelope(save, zeroToOne)).toMatchObject({ ok: true, value: { schema: 1, path: [1] } });
  });

  it('refuses an older save with no migration, setting it aside with the reason', () => {
    const { save } = schemaZeroSave();
    const store = new MemoryStore();
    store.setItem('save:slot-1', JSON.stringify(save));
    const outcome = new SaveStore(store, () => 5).loadInto(engine(), 'slot-1');
    expect(outcome).toMatchObject({ status: 'refused', error: { code: 'wrong-schema' }, backupKey: 'save-aside:slot-1:5' });
    if (outcome.status === 'refused') expect(outcome.error.message).toMatch(/format 0/);
  });

  it('refuses a migration that throws or does not reach the next schema, in plain words', () => {
    const { save } = schemaZeroSave();
    const throwing: Migrations = new Map([[0, () => { throw new Error('boom'); }]]);
    const skipping: Migrations = new Map([[0, (old) => ({ ...old, schema: 7 })]]);
    for (const migrations of [throwing, skipping]) {
      expect(migrateEnvelope(save, migrations)).toMatchObject({
        ok: false,
        error: { code: 'wrong-schema', message: 'This save uses the older format 0, and updating it failed.' },
      });
    }
  });

  it('chains migrations one schema at a time', () => {
    const seen: number[] = [];
    const chain: Migrations = new Map([
      [-1, (old) => (seen.push(-1), { ...old, schema: 0 })],
      [0, (old) => (seen.push(0), { ...old, schema: 1 })],
    ]);
    expect(migrateEnvelope({ app: 'the-round-table', schema: -1 }, chain)).toMatchObject({ ok: true, value: { schema: 1 } });
    expect(seen).toEqual([-1, 0]);
  });

  it('tells a save from a newer game apart', () => {
    const e = engine();
    e.start('full', 1);
    expect(validateEnvelope({ ...e.save(), schema: 2 })).toMatchObject({
      ok: false,
      error: { code: 'wrong-schema', message: expect.stringMatching(/newer version of the game/) },
    });
  });
});

describe('named save slots', () => {
  it('saves to a slot with a name and time, lists it, and loads it back', () => {
    const store = new MemoryStore();
    const saves = new SaveStore(store, () => 1_700_000_000_000);
    const e = engine();
    e.start('short', 3);
    e.choose(0);
    expect(saves.writeNamed('slot-2', e.save(), '  Before the\nclosing  ')).toEqual({ ok: true });
    expect(saves.summary('slot-2')).toEqual({
      slot: 'slot-2',
      name: 'Before the closing',
      savedAt: 1_700_000_000_000,
      preset: 'short',
      decisions: 1,
      damaged: false,
    });
    expect(saves.summary('slot-1')).toBeNull();
    const loaded = engine();
    expect(saves.loadInto(loaded, 'slot-2').status).toBe('loaded');
    expect(loaded.path).toEqual([0]);
  });

  it('lists a damaged slot as damaged and an unreadable name as unnamed, and keeps names to one line', () => {
    const store = new MemoryStore();
    store.setItem('save:slot-3', '{"app":"the-round-table"');
    store.setItem('save-label:slot-3', 'not json');
    const saves = new SaveStore(store);
    expect(saves.summary('slot-3')).toEqual({ slot: 'slot-3', name: '', savedAt: null, damaged: true });
    const e = engine();
    e.start('full', 3);
    saves.writeNamed('slot-1', e.save(), 'x'.repeat(500));
    expect(saves.summary('slot-1')?.name).toHaveLength(60);
  });
});
