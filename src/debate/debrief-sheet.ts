// The one-page debrief sheet: what a teacher collects on paper when the whole transcript (twenty
// pages and more) is too much. A name line, the table and the ending, one row per graded move
// (whom it answered, the move, its grade, the strongest move not taken), and two critique
// questions with room to answer. Built from the same debrief as the transcript, in the same
// document model, so it prints and saves the same way.
import type { Preset } from './contract.ts';
import { moveText } from './transcript-doc.ts';
import type { Debrief } from './debrief.ts';
import type { Block, Doc, Inline } from './document.ts';

export interface SheetInput {
  debrief: Debrief;
  title: string;
  madeAt: Date;
  student?: string | null;
  runCode?: string;
}

/** The sheet's own words (English; a second language gives its own). */
export const SHEET_WORDS = {
  heading: (title: string) => `${title}: debrief sheet`,
  name: 'Name:',
  blankName: '______________________________',
  date: 'Date:',
  table: { full: 'the full table', short: 'the short table' } as Record<Preset, string>,
  played: (table: string) => `Played ${table}.`,
  runCode: 'Run code:',
  ending: 'Ending:',
  unfinished: 'not reached: the debate had not ended',
  room: (audience: number, credibility: number) => `The room ${audience} of 100, your standing ${credibility} of 100.`,
  movesHeading: 'Exchange by exchange',
  columns: ['whom', 'your move', 'grade', 'the strongest move not taken'],
  nothingBetter: 'nothing stronger was on offer',
  notChecked: 'not worked out yet',
  noMoves: 'No graded move yet.',
  questionsHeading: 'Two questions',
  answer: 'Your answer: ____________________________________________________________________',
} as const;

const day = (date: Date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

export function buildDebriefSheet({ debrief, title, madeAt, student, runCode }: SheetInput): Doc {
  const w = SHEET_WORDS;
  const rows: Inline[][][] = debrief.exchanges.flatMap((x) =>
    x.moves.map((m) => [
      [x.name],
      [moveText(m)],
      [{ kind: 'badge', text: m.grade, tone: `grade-${m.grade}` } as const],
      [m.alternative === undefined ? w.notChecked : m.alternative === null ? w.nothingBetter : `${moveText(m.alternative)}, ${m.alternative.grade}`],
    ]),
  );
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: w.heading(title) },
    {
      kind: 'paragraph',
      role: 'meta',
      content: [
        { kind: 'strong', text: w.name },
        ` ${student || w.blankName}  `,
        { kind: 'strong', text: w.date },
        ` ${day(madeAt)}. ${w.played(w.table[debrief.preset])}`,
        ...(runCode ? [' ', { kind: 'strong', text: w.runCode } as const, ` ${runCode}`] : []),
      ],
    },
    {
      kind: 'paragraph',
      content: [{ kind: 'strong', text: w.ending }, ` ${debrief.ending?.title ?? w.unfinished}. ${w.room(debrief.meters.audience, debrief.meters.credibility)}`],
    },
    { kind: 'heading', level: 2, text: w.movesHeading },
    rows.length > 0 ? { kind: 'table', head: w.columns.map((c) => [c]), rows } : { kind: 'paragraph', content: [w.noMoves] },
    { kind: 'heading', level: 2, text: w.questionsHeading },
    {
      kind: 'list',
      ordered: true,
      items: debrief.prompts.slice(0, 2).map((p) => [{ kind: 'strong', text: p.title } as const, ` ${p.text}`]),
      nested: debrief.prompts.slice(0, 2).map(() => [{ kind: 'paragraph', role: 'note', content: [w.answer] } as const, { kind: 'paragraph', role: 'note', content: [w.answer] } as const]),
    },
  ];
  return { title: w.heading(title), lang: 'en', blocks };
}
