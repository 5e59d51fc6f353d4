// Loading hostile saves: random or mutated envelopes, truncated JSON and random strings never throw
// and never damage the debate in progress (its state and transcript are unchanged and it can still
// choose).
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import realJson, { storyHash as realHash } from '../../../story/main.ink';
import json, { storyHash } from '../../../tests/fixtures/stories/good/main.ink';
import { MemoryStore } from '../../platform/storage.ts';
import { DebateEngine } from '../core/engine.ts';
import type { LineEvent } from '../core/events.ts';
import { SaveStore } from './saves.ts';

const transcript = (e: DebateEngine) =>
  e.events.filter((x): x is LineEvent => x.type === 'line').map((x) => `${x.speaker}: ${x.text}`);

/** A mutation of a real save: a field replaced, removed or added, or the JSON text damaged. */
const fieldNames = ['app', 'schema', 'storyHash', 'preset', 'seed', 'path', 'inkState'];
const anyJson = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.integer(),
  fc.double(),
  fc.array(fc.integer({ min: -3, max: 15 }), { maxLength: 30 }),
  fc.constantFrom('full', 'short', '', 'the-round-table', null, 1, 0, -1, 1e300, Number.NaN),
);
type Mutation =
  | { kind: 'set'; field: string; value: unknown }
  | { kind: 'delete'; field: string }
  | { kind: 'truncate'; at: number }
  | { kind: 'splice'; at: number; text: string }
  | { kind: 'ink'; at: number; text: string }
  | { kind: 'path'; at: number; value: number };
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), field: fc.oneof(fc.constantFrom(...fieldNames), fc.string({ maxLength: 8 })), value: anyJson }),
  fc.record({ kind: fc.constant('delete' as const), field: fc.constantFrom(...fieldNames) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('splice' as const), at: fc.nat(), text: fc.string({ maxLength: 6 }) }),
  fc.record({ kind: fc.constant('ink' as const), at: fc.nat(), text: fc.string({ maxLength: 6 }) }),
  fc.record({ kind: fc.constant('path' as const), at: fc.nat(5), value: fc.integer({ min: -2, max: 12 }) }),
);

function mutate(save: Record<string, unknown>, mutations: Mutation[]): string {
  let data: Record<string, unknown> = structuredClone(save);
  let text: string | null = null;
  for (const m of mutations) {
    if (text !== null) {
      // Once the text is damaged, keep damaging text.
      if (m.kind === 'truncate') text = text.slice(0, m.at % (text.length + 1));
      else if (m.kind === 'splice' || m.kind === 'ink') {
        const at = m.at % (text.length + 1);
        text = text.slice(0, at) + m.text + text.slice(at);
      }
      continue;
    }
    if (m.kind === 'set') data = { ...data, [m.field]: m.value };
    else if (m.kind === 'delete') delete data[m.field];
    else if (m.kind === 'ink' && typeof data.inkState === 'string') {
      const ink = data.inkState;
      const at = m.at % (ink.length + 1);
      data.inkState = ink.slice(0, at) + m.text + ink.slice(at + m.text.length);
    } else if (m.kind === 'path' && Array.isArray(data.path)) {
      const path = [...(data.path as unknown[])];
      path[m.at % (path.length + 1)] = m.value;
      data.path = path;
    } else if (m.kind === 'truncate' || m.kind === 'splice') {
      const whole = JSON.stringify(data);
      const at = m.at % (whole.length + 1);
      text = m.kind === 'truncate' ? whole.slice(0, at) : whole.slice(0, at) + m.text + whole.slice(at);
    }
  }
  return text ?? JSON.stringify(data);
}

/**
 * The property's assertion: a plain comparison that throws with a clear message (fast-check reports
 * it with the case); Vitest's expect on every case of 10,000 is mostly bookkeeping.
 */
function check(ok: boolean, message: () => string): void {
  if (!ok) throw new Error(message());
}

/** Asserts toEqual, asking Vitest only when the plain deep comparison (stricter) finds a difference. */
function expectEqual(actual: unknown, expected: unknown): void {
  if (!isDeepStrictEqual(actual, expected)) expect(actual).toEqual(expected);
}

function checkLiveGameSurvives(storyJson: string, hash: string, preset: 'full' | 'short', numRuns: number) {
  const live = new DebateEngine(storyJson, hash);
  live.start(preset, 9);
  live.choose(0);
  live.choose(1);
  const source = new DebateEngine(storyJson, hash);
  source.start(preset, 31);
  source.choose(0);
  source.choose(0);
  const good = source.save() as unknown as Record<string, unknown>;
  const store = new MemoryStore();
  // A clock that moves, as a real one does: with a stopped clock every refused save is set aside
  // under the same time, and each new copy first steps past all the earlier ones (a quarter of
  // this test's time went there, not into the loading it tests).
  let now = 0;
  const saves = new SaveStore(store, () => ++now);
  const input = fc.oneof(
    { weight: 6, arbitrary: fc.array(mutation, { minLength: 1, maxLength: 4 }).map((ms) => mutate(good, ms)) },
    { weight: 1, arbitrary: fc.string({ maxLength: 200, unit: 'binary' }) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v) ?? 'null') },
  );
  fc.assert(
    fc.property(input, fc.boolean(), (text, throughStore) => {
      const before = { state: structuredClone(live.state), transcript: transcript(live), path: live.path };
      let loaded: boolean;
      if (throughStore) {
        store.setItem('save:slot-1', text);
        const outcome = saves.loadInto(live, 'slot-1');
        loaded = outcome.status === 'loaded';
        if (!loaded) {
          check(outcome.status === 'refused', () => `the slot's load ended ${outcome.status}, neither loaded nor refused`);
          if (outcome.status === 'refused') check(outcome.reason.subject === 'save', () => `refused about ${outcome.reason.subject}, not the save`);
          // Never deleted: the refused text lives on under its own set-aside key.
          if (outcome.status === 'refused') check(outcome.asideKey !== null && store.getItem(outcome.asideKey) === text, () => `the refused save is not under its set-aside key (${outcome.asideKey})`);
        }
      } else {
        let data: unknown;
        try {
          data = JSON.parse(text);
        } catch {
          data = text;
        }
        const result = live.load(data);
        loaded = result.ok;
        if (!result.ok) check(result.error.subject === 'save', () => `refused about ${result.error.subject}, not the save`);
      }
      if (loaded) {
        // A mutation that kept the save valid loads it: the debate is then exactly that save's.
        const loadedHash = live.save().storyHash;
        check(loadedHash === hash, () => `the loaded debate is of story ${loadedHash}, not ${hash}`);
      } else {
        expectEqual(live.state, before.state);
        expectEqual(transcript(live), before.transcript);
        expectEqual(live.path, before.path);
      }
      // Either way the debate can still choose (and is put back where it was for the next case).
      const decision = live.history.length - 1;
      if (live.current?.choices) {
        live.choose(0);
        live.rewind(decision);
      }
      if (loaded) {
        live.replay(before.state.preset, before.state.seed, before.path);
      }
    }),
    { numRuns },
  );
}

describe('loading hostile saves', () => {
  it('never throws and never damages the live game (fixture story, 10,000 cases)', () => {
    checkLiveGameSurvives(json, storyHash, 'full', 10000);
  }, 120_000);

  it('never throws and never damages the live game (the real debate, 300 cases)', () => {
    checkLiveGameSurvives(realJson, realHash, 'short', 300);
  }, 60_000);
});
