import { describe, expect, it } from 'vitest';
import json, { storyHash } from '../../../story/main.ink';
import castJson from '../../../story/cast.json';
import { figuresOf, type CastSheet } from '../core/cast.ts';
import { biggestDifferenceSentence, compareRuns, replaySteps } from './compare.ts';
import { DebateEngine } from '../core/engine.ts';
import { fa } from '../../i18n/all.ts';
import { persianTextProblems } from '../../i18n/persian-check.ts';
import { ENGLISH_DOCUMENTS } from '../documents/english-documents.ts';

const cast = castJson as unknown as CastSheet;
const figures = new Set(figuresOf(cast));
const engine = () => new DebateEngine(json, storyHash);

/** Plays the short table choosing by a rule (index picked from what is offered) to the end. */
function playBy(pick: (moves: string[], decision: number) => number): number[] {
  const e = engine();
  let beat = e.start('short', 42);
  while (beat.choices) {
    const moves = beat.choices.choices.map((c) => (c.card ? `${c.move}:${c.card}` : c.move));
    beat = e.choose(pick(moves, e.history.length - 1));
  }
  return e.path;
}

/** Meters after each prefix of a path, read straight from a fresh engine. */
function metersAlong(path: number[]) {
  const e = engine();
  e.start('short', 42);
  return path.map((choice) => {
    e.choose(choice);
    return { ...e.state.meters };
  });
}

describe('comparing two runs', () => {
  // Run A answers the first opponent with the strongest-looking card, run B attacks him; after
  // that both take the first choice offered every time.
  const a = playBy((moves, d) => (d === 1 ? moves.indexOf('rebut:guarantees') : 0));
  const b = playBy((moves, d) => (d === 1 ? moves.indexOf('attack') : 0));

  it('aligns the runs at their shared start and finds the first different choice', () => {
    const result = compareRuns(engine(), { preset: 'short', seed: 42, path: a }, { preset: 'short', seed: 42, path: b }, figures);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const c = result.value;
    expect(c.shared).toBe(1);
    expect(c.divergence).toBe(1);
    const first = c.rows[0]!;
    expect(first.figure).toBe('sediqi');
    expect(first.a[0]?.choice.card).toBe('guarantees');
    expect(first.b[0]?.choice.move).toBe('attack');
    expect(first.b[0]?.grade).toBe('backfire');
    // Every later decision of each run is in exactly one row, in order.
    expect(c.rows.flatMap((r) => r.a.map((s) => s.decision))).toEqual(a.slice(1).map((_, i) => i + 1));
    expect(c.rows.flatMap((r) => r.b.map((s) => s.decision))).toEqual(b.slice(1).map((_, i) => i + 1));
    // Meters after each decision agree with the engine played directly.
    expect(c.a.steps.map((s) => s.after)).toEqual(metersAlong(a));
    expect(c.b.steps.map((s) => s.after)).toEqual(metersAlong(b));
    expect(c.a.ending).toBeDefined();
    expect(c.b.ending).toBeDefined();
  });

  it('names, in one sentence, the choice that moved the meters furthest apart', () => {
    const result = compareRuns(engine(), { preset: 'short', seed: 42, path: a }, { preset: 'short', seed: 42, path: b }, figures);
    if (!result.ok) throw new Error(result.error.message);
    const c = result.value;
    // Recompute each exchange's gap from the engine's meters, independently of the module.
    const along = { a: [{ audience: 0, credibility: 0 }, ...metersAlong(a)], b: [{ audience: 0, credibility: 0 }, ...metersAlong(b)] };
    const opening = engine();
    opening.start('short', 42);
    along.a[0] = along.b[0] = { ...opening.state.meters };
    const gapOf = (row: (typeof c.rows)[number]) => {
      const d = (steps: typeof row.a, m: typeof along.a) =>
        steps.reduce(
          (sum, s) => ({
            audience: sum.audience + m[s.decision + 1]!.audience - m[s.decision]!.audience,
            credibility: sum.credibility + m[s.decision + 1]!.credibility - m[s.decision]!.credibility,
          }),
          { audience: 0, credibility: 0 },
        );
      const da = d(row.a, along.a);
      const db = d(row.b, along.b);
      return Math.abs(da.audience - db.audience) + Math.abs(da.credibility - db.credibility);
    };
    const gaps = c.rows.map(gapOf);
    const widest = Math.max(...gaps);
    expect(widest).toBeGreaterThan(0);
    expect(c.biggest?.gap).toBe(widest);
    expect(c.biggest?.row).toBe(c.rows[gaps.indexOf(widest)]);
    const sentence = biggestDifferenceSentence(c, cast, { a: 'this run', b: 'the previous run' }, ENGLISH_DOCUMENTS);
    expect(sentence.split(/[.!?](\s|$)/).filter((s) => s.trim()).length).toBe(1);
    const name = c.biggest!.row.figure ? cast.speakers[c.biggest!.row.figure]!.name : 'the closing';
    expect(sentence).toContain(name);
    expect(sentence).toMatch(/this run chose “.+” \(audience [+−±]\d+, credibility [+−±]\d+\)/);
    // The same sentence in Persian, from the Persian catalogue's words: Persian digits, « » quotes, no English of its own.
    const persian = biggestDifferenceSentence(c, cast, { a: fa.map.runName(1, '◇'), b: fa.map.runName(2, '◇') }, fa.documents);
    expect(persian).toMatch(/^بیشترین تفاوت در عقربه‌ها در .+: دور ۱ \(◇\) «.+» را انتخاب کرد \(حاضران [+−±][۰-۹]+، اعتبار [+−±][۰-۹]+\)/);
    expect(persianTextProblems(persian.replace(/«[^»]*»/g, '«»').replace(name, '◇'))).toEqual([]);
  });

  it('says so when the runs made the same choices, or when one only went further', () => {
    const same = compareRuns(engine(), { preset: 'short', seed: 42, path: a }, { preset: 'short', seed: 42, path: a }, figures);
    if (!same.ok) throw new Error(same.error.message);
    expect(same.value.divergence).toBeNull();
    expect(biggestDifferenceSentence(same.value, cast, { a: 'this run', b: 'that run' }, ENGLISH_DOCUMENTS)).toBe('This run and that run made the same choices.');
    const shorter = compareRuns(engine(), { preset: 'short', seed: 42, path: a.slice(0, 3) }, { preset: 'short', seed: 42, path: a }, figures);
    if (!shorter.ok) throw new Error(shorter.error.message);
    expect(shorter.value.divergence).toBeNull();
    expect(shorter.value.shared).toBe(3);
    expect(shorter.value.rows.every((r) => r.a.length === 0 && r.b.length > 0)).toBe(true);
  });

  it('refuses a run that no longer fits the story, in plain words', () => {
    const result = compareRuns(engine(), { preset: 'short', seed: 42, path: [0, 99] }, { preset: 'short', seed: 42, path: a }, figures);
    expect(result).toMatchObject({ ok: false, error: { message: expect.stringMatching(/no longer fits/) } });
    expect(replaySteps(engine(), { preset: 'short', seed: 42, path: [] }, figures)).toMatchObject({ ok: true, value: { steps: [] } });
  });
});
