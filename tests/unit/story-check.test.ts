// The story check can fail: each fixture in tests/fixtures/stories/check breaks one rule and the
// check names it (with where), while the clean fixture passes; and a story that picks at random is
// refused, since the walk runs one seed and would miss what other picks reach.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkStory, type CheckOptions } from '../../scripts/ink/check.ts';
import { randomCommands } from '../../scripts/ink/randomness.ts';

const FIXTURES = 'tests/fixtures/stories/check';
const scratch = mkdtempSync(path.join(os.tmpdir(), 'round-table-check-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// The real placards and cards (the cast lint wants them all), and the one ending the fixtures reach.
const real = JSON.parse(readFileSync('story/cast.json', 'utf8')) as { endings: Record<string, unknown> };
const castFile = path.join(scratch, 'cast.json');
writeFileSync(castFile, JSON.stringify({ ...real, endings: { deadlock: real.endings.deadlock } }));
const options: CheckOptions = {
  articleFile: 'story/source/article.md',
  castFile,
  requireCoverage: false,
  randomRuns: 200,
  fairness: { maxEndingShare: 1, minEndingShare: 0, endingFloors: {}, maxMedianWords: {} },
};
const check = (name: string) => checkStory(`${FIXTURES}/${name}.ink`, options);

describe('the story check can fail', () => {
  it('passes the clean fixture, which every other fixture breaks in one place', async () => {
    const result = await check('clean');
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.json.endings).toEqual({ deadlock: 2 });
  });

  it.each([
    ['dead-end', /dead-end at .* after choices \[\d[^\]]*\]: the story stops here without choices and without an # ending tag/],
    ['runtime-error', /runtime-error at 0\.menu\.c-0\.\d+ after choices \[0\]: .*Cannot perform operation - on String/],
    ['unsourced', /a line by sediqi needs '# source:' or '# dramatized' \("Keeping it first, before we give anything\."\)/],
    ['unknown-speaker', /unknown speaker 'trump': story\/cast\.json has no placard for it \("Keeping it first, before we give anything\."\)/],
    ['broken-tag', /unknown grade 'splendid' \(expected strong\|partial\|weak\|backfire\)/],
    ['shuffle', /^tests\/fixtures\/stories\/check\/shuffle\.ink:9: a shuffle .* picks at random: the story check walks one seed/],
    ['random', /^tests\/fixtures\/stories\/check\/random\.ink:14: RANDOM\(\) picks at random/],
  ])('fails %s, and says where', async (name, problem) => {
    const result = await check(name);
    expect(result.ok).toBe(false);
    expect(result.problems.some((p) => problem.test(p)), result.problems.join('\n')).toBe(true);
  });
});

describe('randomness', () => {
  it('finds every random command of the compiled story, and nothing in a line that names one', () => {
    const json = JSON.stringify({
      inkVersion: 21,
      root: [['^seq and rnd are words here', 'ev', 'seq', '/ev', { 'f()': ['rnd', 'srnd', { x: ['lrnd'] }] }, 'visit'], 'done', null],
    });
    expect(randomCommands(json).sort()).toEqual(['lrnd', 'rnd', 'seq', 'srnd']);
  });
});
