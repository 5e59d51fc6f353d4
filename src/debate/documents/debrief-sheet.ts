// The one-page debrief sheet: what a teacher collects on paper when the whole transcript (twenty
// pages and more) is too much. A name line, the table and the ending, one row per graded move
// (whom it answered, the move, its grade, the strongest move not taken), and two critique
// questions with room to answer. Built from the same debrief as the transcript, in the same
// document model, so it prints and saves the same way.
import { moveText, type TranscriptInput } from './transcript-doc.ts';
import type { Block, Doc, Inline } from './document.ts';

/** What the sheet is made from: the transcript's own inputs, less the run's engine, cast and article. */
export type SheetInput = Pick<TranscriptInput, 'debrief' | 'title' | 'madeAt' | 'student' | 'runCode' | 'words'>;

export function buildDebriefSheet({ debrief, title, madeAt, student, runCode, words }: SheetInput): Doc {
  const w = words.sheet;
  const rows: Inline[][][] = debrief.exchanges.flatMap((x) =>
    x.moves.map((m) => [
      [x.kind === 'closing' ? words.transcript.closingName : x.name],
      [moveText(m, words)],
      [{ kind: 'badge', text: words.transcript.gradeWord[m.grade], tone: `grade-${m.grade}` } as const],
      [
        m.alternative === undefined
          ? w.notChecked
          : m.alternative === null
            ? w.nothingBetter
            : w.alternative(moveText(m.alternative, words), words.transcript.gradeWord[m.alternative.grade]),
      ],
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
        ` ${w.day(madeAt)}. ${w.played(w.table[debrief.preset])}`,
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
  return { title: w.heading(title), lang: words.lang, blocks };
}
