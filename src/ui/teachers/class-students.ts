// Class results, one row per student: name, how it was handed in, table, ending, the grades of each
// exchange, the check before and after. Sortable by any column (a button in each heading, with
// aria-sort), and exported as CSV for a gradebook. Names come from students' files and pasted
// lines: they only ever become text nodes, and in the CSV a cell that a spreadsheet would run as a
// formula (=, +, -, @) is written as text.
import { speakerName, type CastSheet } from '../../debate/core/cast.ts';
import type { ClassResults, StudentRow } from '../../debate/classroom/class-results.ts';
import type { Grade } from '../../debate/core/contract.ts';
import { h } from '../kit/dom.ts';
import { endingTitle, gradeWord, sectionTitle } from './teacher-labels.ts';
import { m } from '../../i18n/index.ts';

const POINTS: Record<Grade, number> = { strong: 3, partial: 2, weak: 1, backfire: 0 };
const GRADES: Grade[] = ['strong', 'partial', 'weak', 'backfire'];

interface Column {
  key: string;
  head: string;
  /** What the cell shows. */
  text(row: StudentRow): string;
  /** What it sorts by: text alphabetically, numbers by size; missing values last. */
  sort(row: StudentRow): string | number | null;
}

const exchangeHead = (cast: CastSheet, x: ClassResults['exchanges'][number]) => (x.figure ? speakerName(cast, x.figure) : sectionTitle(cast, x.section));
const who = (row: StudentRow) => row.name ?? m().classroom.unnamed;

function columns(cast: CastSheet, results: ClassResults): Column[] {
  const words = m().classroom.columns;
  const score = (n: number | undefined) => (n === undefined ? m().classroom.notFaced : n > 0 ? `+${n}` : String(n));
  return [
    { key: 'student', head: words.student, text: who, sort: (r) => r.name?.toLocaleLowerCase() ?? null },
    { key: 'from', head: words.from, text: (r) => `${r.from === 'code' ? m().classroom.fromCode : m().classroom.fromFile}: ${r.source}`, sort: (r) => `${r.from} ${r.source}` },
    { key: 'table', head: words.table, text: (r) => m().classroom.tableName[r.preset], sort: (r) => r.preset },
    { key: 'ending', head: words.ending, text: (r) => (r.ending ? endingTitle(cast, r.ending) : m().classroom.noEnding), sort: (r) => (r.ending ? endingTitle(cast, r.ending) : null) },
    ...results.exchanges.map(
      (x): Column => ({
        key: `x:${x.section}`,
        head: exchangeHead(cast, x),
        text: (r) => {
          const grades = r.grades[x.section] ?? [];
          return grades.length > 0 ? m().lists.items(grades.map((g) => gradeWord(g))) : m().classroom.notFaced;
        },
        // The mean grade of the exchange's moves: strong 3, partial 2, weak 1, backfire 0.
        sort: (r) => {
          const grades = r.grades[x.section];
          return grades?.length ? grades.reduce((a, g) => a + POINTS[g], 0) / grades.length : null;
        },
      }),
    ),
    { key: 'before', head: words.before, text: (r) => score(r.quiz.before), sort: (r) => r.quiz.before ?? null },
    { key: 'after', head: words.after, text: (r) => score(r.quiz.after), sort: (r) => r.quiz.after ?? null },
  ];
}

/** Rows sorted by a column; equal values keep the order the runs were added in. */
export function sortRows(rows: readonly StudentRow[], by: (row: StudentRow) => string | number | null, descending: boolean): StudentRow[] {
  const keyed = rows.map((row, i) => ({ row, i, key: by(row) }));
  keyed.sort((a, b) => {
    if (a.key === null || b.key === null) return a.key === b.key ? a.i - b.i : a.key === null ? 1 : -1;
    const order = typeof a.key === 'number' && typeof b.key === 'number' ? a.key - b.key : String(a.key).localeCompare(String(b.key));
    return (descending ? -order : order) || a.i - b.i;
  });
  return keyed.map((k) => k.row);
}

/** The per-student table, sortable by clicking (or pressing Enter or Space on) a column's heading. */
export function studentsTable(cast: CastSheet, results: ClassResults): HTMLElement {
  const cols = columns(cast, results);
  let sortKey: string | null = null;
  let descending = false;
  const body = h('tbody');
  const heads = cols.map((col) => {
    const button = h('button', { class: 'sort-button', text: col.head, attrs: { type: 'button' }, on: { click: () => sortBy(col.key) } });
    return { col, th: h('th', { attrs: { scope: 'col', 'data-column': col.key } }, button) };
  });
  const render = () => {
    const col = cols.find((c) => c.key === sortKey);
    const rows = col ? sortRows(results.students, col.sort, descending) : results.students;
    body.replaceChildren(
      ...rows.map((row) =>
        h(
          'tr',
          { attrs: { 'data-student': row.source } },
          ...cols.map((c, i) => (i === 0 ? h('th', { attrs: { scope: 'row' }, text: c.text(row) }) : h('td', { text: c.text(row) }))),
        ),
      ),
    );
    for (const { col: c, th } of heads) {
      if (c.key === sortKey) th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
      else th.removeAttribute('aria-sort');
    }
  };
  const sortBy = (key: string) => {
    // The first click sorts lowest (or A) first; the next one reverses.
    descending = sortKey === key ? !descending : false;
    sortKey = key;
    render();
  };
  render();
  return h(
    'div',
    { class: 'markdown__table results__students' },
    h(
      'table',
      { class: 'results-table' },
      h('caption', { text: m().classroom.studentsCaption }),
      h('thead', {}, h('tr', {}, ...heads.map((x) => x.th))),
      body,
    ),
  );
}

/** A CSV cell: quoted, quotes doubled, and text a spreadsheet would run as a formula made plain text. */
function cell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * The per-student table as CSV (RFC 4180: CRLF, every cell quoted), with a byte-order mark so a
 * spreadsheet reads names in any script. Grades as words (strong, partial, weak, backfire), one
 * column per exchange, then the counts of each grade and the check scores.
 */
export function studentsCsv(cast: CastSheet, results: ClassResults): string {
  const w = m().classroom.csv;
  const head = [w.student, w.from, w.source, w.table, w.ending, ...results.exchanges.map((x) => exchangeHead(cast, x)), w.strong, w.partial, w.weak, w.backfire, w.before, w.after];
  const rows = results.students.map((r) => [
    r.name ?? '',
    r.from === 'code' ? m().classroom.fromCode : m().classroom.fromFile,
    r.source,
    m().classroom.tableName[r.preset],
    r.ending ? endingTitle(cast, r.ending) : m().classroom.noEnding,
    ...results.exchanges.map((x) => m().lists.groups((r.grades[x.section] ?? []).map((g) => w.grade[g]))),
    ...GRADES.map((g) => r.counts[g]),
    r.quiz.before ?? '',
    r.quiz.after ?? '',
  ]);
  return `\uFEFF${[head, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}
