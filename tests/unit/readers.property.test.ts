// Every reader of outside data gets arbitrary values, 10,000 cases each, and must give a result,
// never throw: saves and slots, the run history, the settings, the check answers, run files (and
// class results reading them), replay links. The values are small but hostile: objects whose
// toString or valueOf is not callable, getters that throw, arrays nested past the stack, huge and
// odd numbers, and every known field with a value of the wrong type. Whatever a store held and the
// reader refused is still in the store afterwards (set aside or left where it was), and every
// reason has words.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import json, { storyHash } from '../fixtures/stories/good/main.ink';
import { ClassResultsBuilder } from '../../src/debate/classroom/class-results.ts';
import { QUIZ_KEY, parseStoredQuizzes, readStoredQuizzes, saveQuiz } from '../../src/debate/classroom/quiz.ts';
import { DebateEngine } from '../../src/debate/core/engine.ts';
import { buildOf, decodeLink, replayLink } from '../../src/debate/persistence/link.ts';
import { decodeRunCode, encodeRunCode, splitPastedCodes } from '../../src/debate/persistence/run-code.ts';
import { cleanName, MAX_NAME_LENGTH, nameSlug, readStudentName, STUDENT_KEY } from '../../src/debate/persistence/student.ts';
import type { Reason } from '../../src/debate/persistence/reasons.ts';
import { parseRunFile, parseRunFileText } from '../../src/debate/persistence/run-file.ts';
import { parseRuns, RunHistory, RUNS_KEY } from '../../src/debate/persistence/runs.ts';
import { parseSaveText, validateEnvelope } from '../../src/debate/persistence/save.ts';
import { SaveStore } from '../../src/debate/persistence/saves.ts';
import { defaultSettings, normalizeSettings, parseSettings, readSettings, saveSettings, SETTINGS_KEY } from '../../src/platform/settings.ts';
import { MemoryStore } from '../../src/platform/storage.ts';
import { reasonText } from '../../src/i18n/index.ts';

const RUNS = 10_000;

// ---- hostile values ------------------------------------------------------------------------------

/** Deeper than any recursive reader's stack: V8 overflows near 10,000 frames. */
const DEPTH = 20_000;
const deepArray = (() => {
  let v: unknown = [];
  for (let i = 0; i < DEPTH; i++) v = [v];
  return v;
})();
const deepText = `${'['.repeat(DEPTH + 1)}${']'.repeat(DEPTH + 1)}`;
/** Stands for the deep array inside a generated value; replaced on the way to a value or a text. */
const DEEP = '\u0000deep\u0000';

const oddNumber = fc.constantFrom(1e308, -1e308, 5e-324, -0, 2 ** 53 + 2, -(2 ** 31), 0.5, 99, 100, 101, 400, 401);
/** Stands for a value whose every field access throws (only where readers take JS values). */
const TRAP = '\u0000trap\u0000';
const leaf = fc.oneof(
  { weight: 10, arbitrary: fc.integer() },
  { weight: 10, arbitrary: oddNumber },
  { weight: 5, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 10, arbitrary: fc.string({ maxLength: 12 }) },
  {
    weight: 10,
    arbitrary: fc.constantFrom('full', 'short', 'the-round-table', 'run', 'rebut', 'sediqi', 'strong', 'sound', 'fallacy', '2026-03-02T10:00:00Z', 'abcdef12', ''),
  },
  { weight: 5, arbitrary: fc.boolean() },
  { weight: 5, arbitrary: fc.constant(null) },
);
/** An object JSON can carry whose own toString/valueOf/toJSON are not functions. */
const hostileObject = fc.dictionary(fc.constantFrom('toString', 'valueOf', 'toJSON', '__proto__', 'constructor', 'length'), leaf, { maxKeys: 3 });
const { value: anyValue } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, tie('array'), tie('object'), hostileObject),
  array: fc.array(tie('value'), { maxLength: 4 }),
  object: fc.dictionary(fc.string({ maxLength: 6 }), tie('value'), { maxKeys: 4 }),
}));

/**
 * Anything, now and then (about one case in a hundred) the deep array or the trap: each costs a
 * few milliseconds to parse, so they come often enough to be tried, not in every case.
 */
const anything = fc.oneof({ weight: 60, arbitrary: anyValue }, { weight: 1, arbitrary: fc.constantFrom(DEEP, TRAP) });

/** A record with the subject's own field names, each holding anything: wrong types everywhere. */
const withFields = (base: Record<string, unknown>, names: string[]) =>
  fc.dictionary(fc.constantFrom(...names, 'toString', 'valueOf'), anything, { minKeys: 1, maxKeys: 2 }).map((over) => ({ ...base, ...over }));

/** The generated value as a reader receives it: the deep marker becomes the deep array. */
function toValue(v: unknown): unknown {
  if (v === DEEP) return deepArray;
  if (v === TRAP) return trap;
  if (Array.isArray(v)) return v.map(toValue);
  if (typeof v === 'object' && v !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) Object.defineProperty(out, k, { value: toValue(x), enumerable: true, configurable: true, writable: true });
    return out;
  }
  return v;
}

/** The generated value as stored text: JSON, with the deep array written out. */
function toText(v: unknown): string {
  return (JSON.stringify(v) ?? 'null').split(JSON.stringify(DEEP)).join(deepText);
}

/** A value that throws on reading any field: a reader given a JS value must survive it too. */
const trap: object = new Proxy(
  {},
  {
    get() {
      throw new Error('trap');
    },
    has() {
      throw new Error('trap');
    },
    ownKeys() {
      throw new Error('trap');
    },
  },
);

const texts = (value: fc.Arbitrary<unknown>) =>
  fc.oneof(
    { weight: 8, arbitrary: value.map(toText) },
    { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
    { weight: 1, arbitrary: value.map(toText).chain((t) => fc.nat(t.length).map((n) => t.slice(0, n))) },
  );
/** Generated with markers; the property turns them into the real values (toValue) itself. */
const values = (value: fc.Arbitrary<unknown>) => fc.oneof({ weight: 20, arbitrary: value }, { weight: 1, arbitrary: fc.constant(TRAP) });

/**
 * The properties' assertion: a plain comparison that throws with a clear message, which fast-check
 * reports with the case that broke it. Vitest's expect costs ~8 s of bookkeeping here (tens of
 * thousands of calls per property, measured); each property still ends in fc.assert, which fails
 * the test on the first throw.
 */
function check(ok: boolean, message: () => string): void {
  if (!ok) throw new Error(message());
}

/** The value in a message, whatever it is (a hostile value may refuse to be written out). */
function shown(value: unknown): string {
  try {
    return JSON.stringify(value)?.slice(0, 300) ?? String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

function expectWords(reason: Reason): void {
  const words = reasonText(reason);
  check(typeof words === 'string' && words.length > 0, () => `no words for the reason ${shown(reason)}: ${shown(words)}`);
}

/** True when the store still holds `text` under some key: refused input is never lost. */
const kept = (store: MemoryStore, text: string) => store.keys().some((k) => store.getItem(k) === text);

// ---- the readers -------------------------------------------------------------------------------

const saveFields = ['app', 'schema', 'storyHash', 'preset', 'seed', 'path', 'inkState'];
const goodSave = (() => {
  const e = new DebateEngine(json, storyHash);
  e.start('full', 3);
  e.choose(0);
  return e.save() as unknown as Record<string, unknown>;
})();
// A save that stays valid is loaded for real (two inkjs stories, a few ms): fewer of those, the
// hostile-but-cheap rest in numbers (src/debate/persistence/saves.property.test.ts loads mutated saves).
const saveLike = fc.oneof({ weight: 3, arbitrary: anything }, { weight: 1, arbitrary: withFields(goodSave, saveFields) });

describe(`every reader gives a result on arbitrary input, never a throw (${RUNS.toLocaleString('en')} cases each)`, () => {
  it('saves: the envelope, a slot, its summary, and the autosave written over it', () => {
    const engine = new DebateEngine(json, storyHash);
    engine.start('full', 9);
    const mine = engine.save();
    let t = 0;
    fc.assert(
      fc.property(texts(saveLike), values(saveLike), (text, marked) => {
        const value = toValue(marked);
        const store = new MemoryStore();
        const saves = new SaveStore(store, () => ++t);
        // engine.load(value) starts with validateEnvelope (and is guarded); loadInto below loads for real.
        for (const result of [parseSaveText(text), validateEnvelope(value)]) {
          if (!result.ok) expectWords(result.error);
        }
        store.setItem('save:slot-1', text);
        const summary = saves.summary('slot-1');
        check(summary?.slot === 'slot-1', () => `the slot's summary is ${shown(summary)}, not slot-1's`);
        const outcome = saves.loadInto(engine, 'slot-1');
        if (outcome.status === 'refused') expectWords(outcome.reason);
        if (outcome.status !== 'loaded') check(kept(store, text), () => `a save the slot refused (${outcome.status}) is no longer in the store`);
        store.setItem('save:auto', text);
        saves.write('auto', mine);
        // The autosave never overwrites what it cannot read: that was set aside first.
        if (!parseSaveText(text).ok) check(kept(store, text), () => 'the autosave wrote over a save it could not read');
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  it('the run history, read at start and merged on every write', () => {
    const run = { id: 'r1', preset: 'full', seed: 1, storyHash: 'aaaa1111', path: [0], startedAt: 1, updatedAt: 2 };
    const history = fc.oneof(anything, fc.array(fc.oneof(anyValue, withFields(run, Object.keys(run))), { maxLength: 4 }));
    fc.assert(
      fc.property(texts(history), (text) => {
        const parsed = parseRuns(text);
        if (parsed.damage) expectWords(parsed.damage);
        const store = new MemoryStore();
        store.setItem(RUNS_KEY, text);
        const runs = new RunHistory(store, () => 5);
        runs.record({ storyHash: 'bbbb2222', state: { preset: 'short', seed: 2 }, path: [1] });
        if (parsed.damage) check(kept(store, text), () => 'a damaged run history is no longer in the store');
        check(runs.all().every((r) => Number.isFinite(r.updatedAt)), () => `a run without a finite updatedAt: ${shown(runs.all())}`);
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  it('the settings', () => {
    const defaults = defaultSettings(false);
    const settings = fc.oneof(anything, withFields({ ...defaults }, Object.keys(defaults)));
    fc.assert(
      fc.property(texts(settings), values(settings), (text, marked) => {
        const value = toValue(marked);
        const parsed = parseSettings(text, defaults);
        if (parsed.damage) expectWords(parsed.damage);
        for (const s of [parsed.settings, normalizeSettings(value, defaults)]) {
          check(typeof s.textScale === 'number' && s.textScale >= 1 && s.textScale <= 2, () => `textScale ${shown(s.textScale)} is outside 1 to 2`);
        }
        const store = new MemoryStore();
        store.setItem(SETTINGS_KEY, text);
        const read = readSettings(store, defaults, 7);
        saveSettings(store, read.settings, 8);
        if (read.damage) check(kept(store, text), () => 'damaged settings are no longer in the store');
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  it('the check answers', () => {
    const stored = { hits: 1, falseAlarms: 0, score: 1, fallacies: 3, sound: 2, answers: { a: 'fallacy' }, takenAt: '2026-03-02T10:00:00Z' };
    const checks = fc.oneof(anything, fc.record({ before: fc.oneof(anything, withFields(stored, Object.keys(stored))), after: anything }, { requiredKeys: [] }));
    fc.assert(
      fc.property(texts(checks), (text) => {
        const parsed = parseStoredQuizzes(text);
        if (parsed.damage) expectWords(parsed.damage);
        const store = new MemoryStore();
        store.setItem(QUIZ_KEY, text);
        const read = readStoredQuizzes(store, 3);
        saveQuiz(store, 'after', { ...stored, answers: {} }, 4);
        if (read.damage) check(kept(store, text), () => 'damaged check answers are no longer in the store');
        for (const c of Object.values(read.checks)) check(Number.isFinite(c.score), () => `a check's score is ${shown(c.score)}`);
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  it('run files, and class results counting them one by one', () => {
    const file = {
      app: 'the-round-table',
      kind: 'run',
      version: 1,
      storyHash,
      preset: 'full',
      seed: 3,
      path: [0],
      grades: [],
      ending: null,
      meters: { audience: 50, credibility: 50 },
      endedAt: '2026-03-02T10:00:00Z',
    };
    const runFile = fc.oneof(anything, withFields(file, [...Object.keys(file), 'quiz']));
    const builder = new ClassResultsBuilder({ json, hash: storyHash });
    let n = 0;
    fc.assert(
      fc.property(texts(runFile), values(runFile), (text, marked) => {
        const value = toValue(marked);
        for (const result of [parseRunFileText(text), parseRunFile(value)]) {
          if (!result.ok) {
            check(result.errors.length > 0, () => 'a run file refused without a reason');
            result.errors.forEach(expectWords);
          }
        }
        const bad = builder.add({ name: `f${n++}.json`, text });
        bad?.reasons.forEach(expectWords);
      }),
      { numRuns: RUNS },
    );
    const results = builder.results;
    expect(results.runs + results.invalid.length).toBe(RUNS);
    expect(Number.isFinite(results.quiz.paired?.meanChange ?? 0)).toBe(true);
  }, 60_000);

  it('replay links (and links pasted into the address)', () => {
    const engine = new DebateEngine(json, storyHash);
    const fragment = fc.oneof(
      fc.string({ maxLength: 60 }),
      fc.string({ maxLength: 30 }).map((s) => `#play=${s}`),
      fc.string({ maxLength: 30 }).map((s) => `#Play%3D${s}`),
      fc.array(fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('v1', 'f', 's', storyHash.slice(0, 8))), { maxLength: 6 }).map((p) => `#play=${p.join('.')}`),
      fc.string({ maxLength: 20 }).map((s) => `#play=v1.f.1.${storyHash.slice(0, 8)}.${s}`),
    );
    fc.assert(
      fc.property(fragment, (text) => {
        const decoded = decodeLink(text, storyHash);
        if (!decoded.ok) expectWords(decoded.error);
        const outcome = replayLink(engine, text);
        if (outcome.status === 'refused') expectWords(outcome.reason);
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  it('run codes pasted into class results, one per line, with names or markup beside them', () => {
    const build = buildOf(storyHash);
    const good = fc
      .record({ preset: fc.constantFrom('full' as const, 'short' as const), seed: fc.nat(), path: fc.array(fc.nat(7), { maxLength: 12 }) })
      .map((r) => encodeRunCode({ ...r, build }));
    // A good code, then damaged: a character changed, cut, doubled, or hostile text around it.
    const damagedCode = fc.oneof(
      good,
      fc.tuple(good, fc.nat(60), fc.constantFrom('0', 'Z', '-', '_', '.', 'é', '\u202e', '<')).map(([c, i, x]) => c.slice(0, i % c.length) + x + c.slice((i % c.length) + 1)),
      fc.tuple(good, fc.nat(60)).map(([c, i]) => c.slice(0, i % c.length)),
      fc.tuple(good, fc.nat(60)).map(([c, i]) => c.slice(0, i % c.length) + c.slice(i % c.length)),
      fc.string({ maxLength: 40 }).map((s) => `RT1-${s}`),
      fc.string({ maxLength: 40 }).map((s) => `rt9-${s}`),
      fc.string({ maxLength: 60 }),
    );
    const label = fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('<img src=x onerror=alert(1)>', '=HYPERLINK("x")', 'Ana:', '\u202eevil', '', 'محمد'));
    const line = fc.tuple(label, damagedCode, label).map(([a, c, b]) => `${a} ${c} ${b}`);
    const paste = fc.oneof(fc.array(line, { maxLength: 5 }).map((l) => l.join('\n')), fc.string({ maxLength: 80 }), fc.constant(`${'x'.repeat(300)}\n`.repeat(3)));
    const builder = new ClassResultsBuilder({ json, hash: storyHash });
    let lines = 0;
    fc.assert(
      fc.property(paste, damagedCode, (text, code) => {
        const decoded = decodeRunCode(code, storyHash);
        if (!decoded.ok) expectWords(decoded.error);
        // A code that decodes round-trips: the checksum lets nothing else through.
        else {
          const again = encodeRunCode(decoded.value);
          check(again === code.trim().toUpperCase(), () => `${shown(code)} decoded, but encodes back as ${shown(again)}`);
        }
        for (const pasted of splitPastedCodes(text)) {
          lines++;
          const bad = builder.addCode(pasted);
          bad?.reasons.forEach(expectWords);
          // The name a line gives is one clean line: no control or bidi characters, no longer than a name.
          if (bad) check(bad.name.length < MAX_NAME_LENGTH + 20, () => `a line named ${shown(bad.name)}: too long`);
        }
      }),
      { numRuns: RUNS },
    );
    const results = builder.results;
    expect(results.runs + results.invalid.length).toBe(lines);
    for (const row of results.students) expect(row.name === undefined || cleanName(row.name) === row.name).toBe(true);
  }, 60_000);

  it('the student name kept on the device, and the file name made from it', () => {
    fc.assert(
      fc.property(texts(anything), fc.string({ maxLength: 80 }), (text, name) => {
        const store = new MemoryStore();
        store.setItem(STUDENT_KEY, text);
        const read = readStudentName(store, 3);
        if (read.damage) {
          expectWords(read.damage);
          check(kept(store, text), () => 'a damaged student name is no longer in the store');
        }
        if (read.name !== null) check(cleanName(read.name) === read.name, () => `the name read, ${shown(read.name)}, is not clean`);
        const slug = nameSlug(name);
        check(/^[\p{L}\p{N}-]{0,24}$/u.test(slug), () => `the file name made from ${shown(name)} is ${shown(slug)}`);
      }),
      { numRuns: RUNS },
    );
  }, 60_000);
});
