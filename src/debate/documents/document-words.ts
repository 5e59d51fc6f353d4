// The words of the documents the engine builds (the transcript and its debrief, the one-page debrief
// sheet, the student handout). The builders stay pure: they are given these words, from the message
// catalogue of the document's language (src/i18n: `documents`), and put them together with the
// story's own words. The engine owns the shape; each catalogue fills it.
import type { Grade, Preset, Stance } from '../core/contract.ts';

export interface TranscriptWords {
  /** The table, in the document's heading line. */
  readonly preset: Record<Preset, string>;
  readonly heading: (title: string) => string;
  readonly student: string;
  readonly runCode: string;
  /** The line under the heading: the table, the seed, when it was made (ISO, UTC) and the story build. */
  readonly meta: (table: string, seed: number, madeAt: string, build: string) => string;
  /** Where the debate comes from and what the marks mean. */
  readonly about: string;
  readonly dramatized: string;
  readonly leadIn: string;
  readonly source: (ids: readonly string[]) => string;
  readonly grade: (grade: Grade) => string;
  /** A grade on its own (the sheet's badge, "Why it was …"). */
  readonly gradeWord: Record<Grade, string>;
  readonly stance: Record<Stance, string>;
  readonly why: string;
  /** The ids a "why" cites, after its words. */
  readonly whySources: (ids: readonly string[]) => string;
  /** A move as the choice said it, with its kind (the move, or the move and its card). */
  readonly move: (text: string, kind: string) => string;
  readonly moveAndCard: (move: string, card: string) => string;
  readonly opening: string;
  readonly closing: string;
  readonly exchange: string;
  /** Between the parts of a name line (name, title, city). */
  readonly listSeparator: string;
  readonly ending: (title: string) => string;
  readonly articleLabel: (label: string) => string;
  readonly yourMoveLabel: string;
  readonly stanceNow: (who: string, stance: string, was: string) => string;
  readonly afterExchange: (meters: string) => string;
  readonly roomEnded: (meters: string) => string;
  readonly stanceOf: (who: string, stance: string) => string;
  readonly notEnded: string;
  readonly sourcesCited: string;
  readonly sourcesHelp: string;
  /** The meters, with the change since `before` when there is one (a change written like "+3"). */
  readonly meters: (audience: number, credibility: number, change?: { audience: number; credibility: number }) => string;
  // ---- the debrief part
  readonly debrief: string;
  readonly exchangeTitle: (name: string, label: string) => string;
  readonly closingName: string;
  readonly question: string;
  readonly claim: string;
  readonly fromArticle: string;
  readonly rhetoric: string;
  readonly askedFirst: string;
  readonly asked: (text: string) => string;
  readonly yourMove: string;
  readonly concession: string;
  readonly noGradedMove: string;
  readonly whyGrade: (grade: Grade) => string;
  readonly cardMove: (card: string) => string;
  readonly elseTried: string;
  readonly noPrinciple: string;
  readonly notWorkedOut: string;
  readonly nothingBetter: string;
  readonly stronger: (move: string) => string;
  readonly asStrong: (move: string) => string;
  readonly room: string;
  readonly roomLine: (meters: string, moved: string) => string;
  readonly stanceMoved: (who: string, before: string, after: string) => string;
  readonly critique: string;
  readonly critiqueHelp: string;
}

export interface SheetWords {
  readonly heading: (title: string) => string;
  readonly name: string;
  readonly blankName: string;
  readonly date: string;
  /** The day the sheet was made, on the device's clock, written as the language writes dates (its calendar too). */
  readonly day: (date: Date) => string;
  readonly table: Record<Preset, string>;
  readonly played: (table: string) => string;
  readonly runCode: string;
  readonly ending: string;
  readonly unfinished: string;
  readonly room: (audience: number, credibility: number) => string;
  readonly movesHeading: string;
  readonly columns: readonly string[];
  readonly alternative: (move: string, grade: string) => string;
  readonly nothingBetter: string;
  readonly notChecked: string;
  readonly noMoves: string;
  readonly questionsHeading: string;
  readonly answer: string;
}

export interface HandoutWords {
  readonly title: string;
  readonly intro: string;
  readonly claims: string;
  readonly counterpoints: string;
  readonly claimHeading: (name: string, title: string, city: string, label: string) => string;
  readonly card: (n: number, name: string) => string;
  readonly cardSources: (ids: readonly string[]) => string;
  readonly fromArticle: string;
  readonly sheet: string;
  readonly statement: (speaker: string, source: string) => string;
  readonly quoted: (text: string) => string;
  readonly tick: string;
}

/** The comparison's sentence (src/debate/branches/compare.ts): which choice made the biggest difference to the meters. */
export interface CompareWords {
  readonly opening: string;
  readonly closing: string;
  readonly same: (a: string, b: string) => string;
  readonly noDifference: (a: string, b: string) => string;
  readonly neverGotThere: (run: string) => string;
  readonly chose: (run: string, choice: string, audience: number, credibility: number) => string;
  readonly biggest: (where: string, a: string, b: string) => string;
}

export interface DocumentWords {
  /** The documents' language, for `<html lang>`. */
  readonly lang: string;
  readonly transcript: TranscriptWords;
  readonly sheet: SheetWords;
  readonly handout: HandoutWords;
  readonly compare: CompareWords;
}
