// The debrief's and the transcript's reading of a run, loaded when the player first asks for one
// (it is not needed to play, so it stays out of the bytes paid before the first decision).
import type { Paragraph } from '../debate/core/article.ts';
import type { CastSheet } from '../debate/core/cast.ts';
import { quizForRunFile } from '../debate/classroom/quiz.ts';
import { parseDebriefContent } from '../debate/documents/debrief.ts';
import type { KeyValueStore } from '../debate/core/ports.ts';
import { readStudentName, saveStudentName } from '../debate/persistence/student.ts';
import { RunReports } from '../ui/documents/run-report.ts';

export { openDebrief } from '../ui/documents/debrief.ts';
export { openTranscript } from '../ui/documents/transcript-export.ts';

/** `debrief` is the edition's debrief.json (src/app/content.ts). Run files carry the 2-minute check's scores and the student's name, kept in the store until then. */
export function makeReports(cast: CastSheet, article: ReadonlyMap<string, Paragraph>, title: string, store: KeyValueStore, debrief: unknown): RunReports {
  return new RunReports(cast, article, parseDebriefContent(debrief).content, title, () => quizForRunFile(store), {
    get: () => readStudentName(store).name,
    set: (name) => saveStudentName(store, name),
  });
}
