import { describe, expect, it } from 'vitest';
import articleText from '../../story/source/article.md?raw';
import json, { storyHash } from '../../story/main.ink';
import tableJson from '../../story/table.json';
import { parseArticle } from './article.ts';
import type { StoryTable } from './cast.ts';
import { buildDebrief, runGrades } from './debrief.ts';
import { DebateEngine } from './engine.ts';
import { buildRunFile, parseRunFile, parseRunFileText, runFileName, type RunFile } from './run-file.ts';

const cast = tableJson as unknown as StoryTable;
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
    const withQuiz = { ...run, quiz: { before: { hits: 3, falseAlarms: 1, score: 0.5 }, after: { hits: 5, falseAlarms: 0, score: 1 } } };
    expect(parseRunFile(JSON.parse(JSON.stringify(withQuiz)))).toEqual({ ok: true, value: withQuiz });
    expect(parseRunFile({ ...run, quiz: { before: { hits: 3, falseAlarms: 1, score: 0.5 } } }).ok).toBe(true);
  });

  it('names files by date and ending', () => {
    expect(runFileName({ endedAt: '2026-03-02T10:15:00.000Z', ending: 'deadlock' })).toBe('round-table-2026-03-02-deadlock.json');
    expect(runFileName({ endedAt: '2026-03-02T10:15:00.000Z', ending: null }, 'md')).toBe('round-table-2026-03-02-unfinished.md');
  });

  describe('rejects malformed files with reasons', () => {
    const { run } = finishedRun();
    const bad = (patch: Record<string, unknown>) => parseRunFile({ ...run, ...patch });
    const errorsOf = (result: ReturnType<typeof parseRunFile>) => (result.ok ? [] : result.errors);

    it('that are not JSON, not objects, or not run files', () => {
      expect(errorsOf(parseRunFileText('{"app": "the-round'))).toEqual(['The file is not readable JSON: it looks cut off or damaged.']);
      expect(errorsOf(parseRunFileText('x'.repeat(300_000)))[0]).toMatch(/too large/);
      expect(errorsOf(parseRunFile([1, 2]))).toEqual(['This is not a Round Table run file (not a JSON object).']);
      expect(errorsOf(parseRunFile(null))).toHaveLength(1);
      expect(errorsOf(bad({ app: 'other-game' }))).toEqual(['This is not a Round Table run file.']);
      const save = { app: 'the-round-table', schema: 1, storyHash, preset: 'short', seed: 1, path: [], inkState: '{}' };
      expect(errorsOf(parseRunFile(save))).toEqual(['This is not a Round Table run file. It looks like a saved game.']);
      expect(errorsOf(bad({ version: 2 }))).toEqual(['This run file uses format 2; this version of the game reads format 1.']);
    });

    it('naming every broken field', () => {
      const errors = errorsOf(
        bad({ storyHash: 'not hex!', preset: 'huge', seed: -1, path: [0, 'x'], ending: 'Bad Ending', meters: { audience: 120 }, endedAt: 'yesterday' }),
      );
      expect(errors).toEqual([
        'storyHash: missing or not a story build hash.',
        'preset: must be one of full, short.',
        'seed: must be a whole number of 0 or more.',
        'path: must be a list of at most 400 choice numbers (0-99).',
        'ending: must be an ending id or null.',
        'meters: must hold audience and credibility, each from 0 to 100.',
        'endedAt: must be a date and time (ISO 8601).',
      ]);
    });

    it('with bad grade entries, by position', () => {
      const grades = [
        { decision: 999, speaker: 'sediqi', move: 'rebut', card: 'guarantees', grade: 'strong' },
        { decision: 1, speaker: 'nobody', move: 'dance', card: 'joker', grade: 'excellent' },
        { decision: 1, speaker: 'sediqi', move: 'rebut', card: null, grade: 'weak' },
        'strong',
      ];
      expect(errorsOf(bad({ grades }))).toEqual([
        'grades[0]: decision: must point into path.',
        'grades[1]: speaker: unknown speaker.',
        'grades[1]: move: unknown move.',
        'grades[1]: card: unknown card.',
        'grades[1]: grade: must be one of strong, partial, weak, backfire.',
        'grades[2]: card: a rebuttal names its card.',
        'grades[3]: must be an object.',
      ]);
      expect(errorsOf(bad({ grades: 'all strong' }))).toEqual(['grades: must be a list.']);
    });

    it('with a malformed quiz', () => {
      expect(errorsOf(bad({ quiz: 'great' }))).toEqual(['quiz: must be an object.']);
      expect(errorsOf(bad({ quiz: { after: { hits: -1, falseAlarms: 0, score: 1 } } }))).toEqual([
        'quiz.after: must hold hits, falseAlarms (whole numbers) and score (a number).',
      ]);
    });
  });
});
