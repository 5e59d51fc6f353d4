import { describe, expect, it } from 'vitest';
import articleText from '../../../story/source/article.md?raw';
import json, { storyHash } from '../../../story/main.ink';
import castJson from '../../../story/cast.json';
import { parseArticle } from '../core/article.ts';
import type { CastSheet } from '../core/cast.ts';
import { buildDebrief, runGrades } from '../documents/debrief.ts';
import { DebateEngine } from '../core/engine.ts';
import { buildRunFile, parseRunFile, parseRunFileText, runFileName, type RunFile } from './run-file.ts';

const cast = castJson as unknown as CastSheet;
const article = parseArticle(articleText);
const madeAt = new Date('2026-03-02T10:15:00Z');

function finishedRun(): { engine: DebateEngine; run: RunFile } {
  const engine = new DebateEngine(json, storyHash);
  let beat = engine.start('short', 42);
  while (beat.choices) {
    const cs = beat.choices.choices;
    beat = engine.choose((cs.find((c) => c.move === 'concede') ?? cs.find((c) => c.move === 'rebut') ?? cs[0])!.index);
  }
  const grades = runGrades(buildDebrief({ engine, cast, article }));
  return { engine, run: buildRunFile(engine, grades, madeAt) };
}

describe('the run file', () => {
  it('records a finished run and reads back through the parser unchanged', () => {
    const { engine, run } = finishedRun();
    expect(run).toMatchObject({
      app: 'the-round-table',
      kind: 'run',
      version: 1,
      storyHash,
      preset: 'short',
      seed: 42,
      path: engine.path,
      ending: engine.state.ending,
      meters: engine.state.meters,
      endedAt: '2026-03-02T10:15:00.000Z',
    });
    const graded = engine.events.filter((e) => e.type === 'line' && e.grade);
    expect(run.grades).toHaveLength(graded.length);
    expect(run.grades.some((g) => g.move === 'concede' && g.card === null)).toBe(true);
    expect(run.grades.some((g) => g.move === 'rebut' && g.card !== null)).toBe(true);
    expect(run.grades.at(-1)).toMatchObject({ speaker: 'moderator', move: 'closing' });
    const parsed = parseRunFileText(JSON.stringify(run));
    expect(parsed).toEqual({ ok: true, value: run });
    // The path replays to the same ending.
    const again = new DebateEngine(json, storyHash);
    again.replay(run.preset, run.seed, run.path);
    expect(again.state.ending).toBe(run.ending);
  });

  it('keeps the quiz scores the teacher tools add, and an unfinished run says so', () => {
    const engine = new DebateEngine(json, storyHash);
    engine.start('full', 3);
    engine.choose(0);
    const run = buildRunFile(engine, [], madeAt);
    expect(run.ending).toBeNull();
    const withQuiz = { ...run, quiz: { before: { hits: 3, falseAlarms: 1, score: 2 }, after: { hits: 5, falseAlarms: 0, score: 5 } } };
    expect(parseRunFile(JSON.parse(JSON.stringify(withQuiz)))).toEqual({ ok: true, value: withQuiz });
    expect(parseRunFile({ ...run, quiz: { before: { hits: 3, falseAlarms: 1, score: 2 } } }).ok).toBe(true);
  });

  it('names files by the student and the local date and time, so a class’s files never collide', () => {
    const endedAt = new Date(2026, 2, 2, 9, 5).toISOString();
    expect(runFileName({ endedAt })).toBe('round-table-2026-03-02-0905.json');
    expect(runFileName({ endedAt, student: 'Ana' }, 'md')).toBe('round-table-ana-2026-03-02-0905.md');
    expect(runFileName({ endedAt, student: 'Zoë Müller-Smith' })).toBe('round-table-zoe-muller-smith-2026-03-02-0905.json');
    expect(runFileName({ endedAt, student: 'محمد رضا' })).toBe('round-table-محمد-رضا-2026-03-02-0905.json');
    // Nothing of a name can reach outside the file name: no path, no dot, no markup.
    expect(runFileName({ endedAt, student: '../<b>x</b>.exe' })).toBe('round-table-b-x-b-exe-2026-03-02-0905.json');
    expect(runFileName({ endedAt, student: 'A. B.' })).toBe('round-table-a-b-2026-03-02-0905.json');
    expect(runFileName({ endedAt: 'never' })).toBe('round-table-undated.json');
  });

  it('carries the student’s name, read like every field: one clean line, or the file is refused', () => {
    const madeAt = new Date('2026-03-02T10:15:00Z');
    const engine = new DebateEngine(json, storyHash);
    engine.start('short', 3);
    const run = buildRunFile(engine, [], madeAt, 'Ana B.');
    expect(run.student).toBe('Ana B.');
    expect(parseRunFile(JSON.parse(JSON.stringify(run)))).toEqual({ ok: true, value: run });
    expect(buildRunFile(engine, [], madeAt, '').student).toBeUndefined();
    expect(buildRunFile(engine, [], madeAt, null).student).toBeUndefined();
    for (const student of ['', ' Ana', 'A\u202eB', 'a\nb', 'x'.repeat(41), 5, null, ['Ana']]) {
      const result = parseRunFile({ ...run, student });
      expect(result.ok, JSON.stringify(student)).toBe(false);
      if (!result.ok) expect(result.errors).toEqual([{ code: 'bad-field', subject: 'run-file', field: 'student', rule: 'name', max: 40 }]);
    }
  });

  describe('rejects malformed files with reasons', () => {
    const { run } = finishedRun();
    const bad = (patch: Record<string, unknown>) => parseRunFile({ ...run, ...patch });
    const errorsOf = (result: ReturnType<typeof parseRunFile>) => (result.ok ? [] : result.errors);
    const fields = (result: ReturnType<typeof parseRunFile>) =>
      errorsOf(result).map((e) => (e.code === 'bad-field' ? `${e.field}: ${e.rule}` : e.code));

    it('that are not JSON, not objects, or not run files', () => {
      expect(errorsOf(parseRunFileText('{"app": "the-round'))).toEqual([{ code: 'not-json', subject: 'run-file' }]);
      expect(errorsOf(parseRunFileText('x'.repeat(300_000)))).toEqual([{ code: 'too-large', subject: 'run-file', size: 300_000, limit: 200_000 }]);
      expect(errorsOf(parseRunFile([1, 2]))).toEqual([{ code: 'not-ours', subject: 'run-file' }]);
      expect(errorsOf(parseRunFile(null))).toHaveLength(1);
      expect(errorsOf(bad({ app: 'other-game' }))).toEqual([{ code: 'not-ours', subject: 'run-file' }]);
      const save = { app: 'the-round-table', schema: 1, storyHash, preset: 'short', seed: 1, path: [], inkState: '{}' };
      expect(errorsOf(parseRunFile(save))).toEqual([{ code: 'not-ours', subject: 'run-file', looksLike: 'save' }]);
      expect(errorsOf(bad({ version: 2 }))).toEqual([{ code: 'other-format', subject: 'run-file', found: { kind: 'number', value: 2 }, reads: 1, newer: true }]);
    });

    it('says which format it found, whatever the version field holds', () => {
      expect(errorsOf(bad({ version: { toString: 1 } }))).toEqual([{ code: 'other-format', subject: 'run-file', found: { kind: 'object' }, reads: 1, newer: false }]);
      expect(errorsOf(bad({ version: '0.9' }))).toMatchObject([{ code: 'other-format', found: { kind: 'text', text: '0.9' } }]);
    });

    it('naming every broken field', () => {
      expect(
        fields(bad({ storyHash: 'not hex!', preset: 'huge', seed: -1, path: [0, 'x'], ending: 'Bad Ending', meters: { audience: 120 }, endedAt: 'yesterday' })),
      ).toEqual(['storyHash: hash', 'preset: preset', 'seed: count', 'path: choices', 'ending: ending', 'meters: meters', 'endedAt: date']);
    });

    it('refuses figures out of range: huge seeds, infinite meters, impossible dates and scores', () => {
      expect(fields(bad({ seed: 1e300 }))).toEqual(['seed: count']);
      expect(fields(bad({ meters: JSON.parse('{"audience":1e400,"credibility":50}') }))).toEqual(['meters: meters']);
      expect(fields(bad({ endedAt: '+275760-09-13T00:00:00Z' }))).toEqual(['endedAt: date']);
      expect(fields(bad({ endedAt: '9999-12-31T23:59:59Z' }))).toEqual(['endedAt: date']);
      expect(fields(bad({ quiz: { before: { hits: 1e300, falseAlarms: 0, score: 1e300 } } }))).toEqual(['quiz.before: quiz-score']);
      expect(fields(bad({ quiz: { after: { hits: 2, falseAlarms: 0, score: -1e308 } } }))).toEqual(['quiz.after: quiz-score']);
    });

    it('with bad grade entries, by position', () => {
      const grades = [
        { decision: 999, speaker: 'sediqi', move: 'rebut', card: 'guarantees', grade: 'strong' },
        { decision: 1, speaker: 'No Body', move: 'dance', card: 'joker', grade: 'excellent' },
        { decision: 1, speaker: 'sediqi', move: 'rebut', card: null, grade: 'weak' },
        'strong',
      ];
      expect(fields(bad({ grades }))).toEqual([
        'grades[0].decision: decision-in-path',
        'grades[1].speaker: speaker',
        'grades[1].move: move',
        'grades[1].card: card',
        'grades[1].grade: grade',
        'grades[2].card: rebuttal-card',
        'grades[3]: object',
      ]);
      expect(fields(bad({ grades: 'all strong' }))).toEqual(['grades: list']);
    });

    it('with a malformed quiz', () => {
      expect(fields(bad({ quiz: 'great' }))).toEqual(['quiz: object']);
      expect(fields(bad({ quiz: { after: { hits: -1, falseAlarms: 0, score: 1 } } }))).toEqual(['quiz.after: quiz-score']);
    });
  });
});
