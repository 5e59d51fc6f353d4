// @vitest-environment happy-dom
// The per-student table of class results: sortable by any column, and its CSV is safe to open in a
// spreadsheet (a name cannot become a formula) and keeps names in any script.
import { describe, expect, it } from 'vitest';
import storyJson, { storyHash } from '../../../story/main.ink';
import castJson from '../../../story/cast.json';
import type { CastSheet } from '../../debate/core/cast.ts';
import { aggregateClassResults } from '../../debate/classroom/class-results.ts';
import { DebateEngine } from '../../debate/core/engine.ts';
import { sortRows, studentsCsv, studentsTable } from './class-students.ts';

const cast = castJson as unknown as CastSheet;

function file(name: string, seed: number, move: string, student?: string, quiz?: { before: number; after: number }) {
  const engine = new DebateEngine(storyJson, storyHash);
  let beat = engine.start('short', seed);
  while (beat.choices) {
    const moves = beat.choices.choices.map((c) => c.move);
    beat = engine.choose(Math.max(0, moves.indexOf(move as (typeof moves)[number])));
  }
  const score = (s: number) => ({ hits: s, falseAlarms: 0, score: s });
  const run = {
    app: 'the-round-table',
    kind: 'run',
    version: 1,
    storyHash,
    preset: 'short',
    seed,
    path: engine.path,
    grades: [],
    ending: engine.state.ending ?? null,
    meters: { ...engine.state.meters },
    endedAt: '2026-03-02T10:00:00Z',
    ...(student && { student }),
    ...(quiz && { quiz: { before: score(quiz.before), after: score(quiz.after) } }),
  };
  return { name, text: JSON.stringify(run) };
}

const results = aggregateClassResults(
  [file('z.json', 1, 'rebut', 'Zoë', { before: 2, after: 5 }), file('a.json', 2, 'attack', '=HYPERLINK("http://x")'), file('m.json', 3, 'press', 'محمد', { before: 4, after: 3 })],
  { json: storyJson, hash: storyHash },
);

describe('each student', () => {
  it('sorts by any column, both ways, missing values last', () => {
    const names = (rows: typeof results.students) => rows.map((r) => r.source);
    expect(names(sortRows(results.students, (r) => r.quiz.after ?? null, false))).toEqual(['m.json', 'z.json', 'a.json']);
    expect(names(sortRows(results.students, (r) => r.quiz.after ?? null, true))).toEqual(['z.json', 'm.json', 'a.json']);
    const table = studentsTable(cast, results);
    document.body.append(table);
    const rowsShown = () => [...table.querySelectorAll('tbody tr')].map((tr) => tr.getAttribute('data-student'));
    expect(rowsShown()).toEqual(['z.json', 'a.json', 'm.json']);
    const sortButton = (column: string) => table.querySelector<HTMLButtonElement>(`th[data-column="${column}"] button`);
    sortButton('before')?.click();
    expect(rowsShown()).toEqual(['z.json', 'm.json', 'a.json']);
    expect(table.querySelector('th[data-column="before"]')?.getAttribute('aria-sort')).toBe('ascending');
    sortButton('before')?.click();
    expect(rowsShown()).toEqual(['m.json', 'z.json', 'a.json']);
    expect(table.querySelector('th[data-column="before"]')?.getAttribute('aria-sort')).toBe('descending');
    sortButton('student')?.click();
    expect(table.querySelector('th[data-column="before"]')?.hasAttribute('aria-sort')).toBe(false);
    // The first exchange's column: the attacker's backfires sort below the card player's grades.
    const first = results.exchanges[0]?.section;
    sortButton(`x:${first}`)?.click();
    expect(rowsShown().indexOf('a.json')).toBeLessThan(rowsShown().indexOf('z.json'));
    // Names are text, whatever they hold.
    expect(table.textContent).toContain('=HYPERLINK("http://x")');
    expect(table.querySelectorAll('a, img, script').length).toBe(0);
  });

  it('exports CSV a gradebook opens safely: quoted cells, no formulas, names in any script', () => {
    const csv = studentsCsv(cast, results);
    expect(csv.startsWith('\uFEFF"student","handed in as","file or line","table","ending","Kazem Sediqi"')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(/^"Zoë","file","z.json","short","[^"]+","strong[^"]*",/);
    expect(lines[1]).toMatch(/,"2","5"$/);
    expect(lines[2]).toMatch(/^"'=HYPERLINK\(""http:\/\/x""\)","file"/);
    expect(lines[2]).toMatch(/,"",""$/);
    expect(lines[3]).toMatch(/^"محمد",/);
    // Every row has the heading's number of cells.
    const cells = (line: string) => line.match(/"(?:[^"]|"")*"/g)?.length;
    for (const line of lines) expect(cells(line)).toBe(cells(lines[0] ?? ''));
  });
});

describe('the students’ table in Persian', () => {
  it('writes an exchange’s grades in Persian words, with the Persian comma and semicolon', async () => {
    const { loadCatalogue, loadDialogWords, useLocale } = await import('../../i18n/index.ts');
    await loadCatalogue('fa');
    useLocale('fa');
    try {
      await loadDialogWords();
      // A student's exchange with two moves or more, so its cells join words.
      const [student, first] =
        results.students.flatMap((r) => results.exchanges.filter((x) => (r.grades[x.section]?.length ?? 0) > 1).map((x) => [r, x.section] as const))[0] ?? [];
      const grades = (first && student?.grades[first]) || [];
      expect(grades.length).toBeGreaterThan(1);
      // The on-screen cell: the grades joined by the Persian comma, no Latin comma between Persian words.
      const table = studentsTable(cast, results);
      const column = [...table.querySelectorAll('thead th')].findIndex((th) => th.getAttribute('data-column') === `x:${first}`);
      const cell = table.querySelector(`tr[data-student="${student?.source}"]`)?.children[column]?.textContent ?? '';
      expect(cell.split('، ')).toHaveLength(grades.length);
      expect(cell).not.toMatch(/[;,]/);
      // The CSV's cell: Persian grade words (not English ids) joined by the Persian semicolon.
      const csv = studentsCsv(cast, results);
      const line = csv.split('\r\n').find((row) => row.includes(`"${student?.source}"`)) ?? '';
      expect(line).not.toMatch(/"(strong|partial|weak|backfire)/);
      expect(line).toMatch(/"(قوی|نسبی|ضعیف|نتیجه معکوس)/);
      expect(line).toContain('؛ ');
      expect(line).not.toContain('; ');
    } finally {
      useLocale('en');
    }
  });
});
