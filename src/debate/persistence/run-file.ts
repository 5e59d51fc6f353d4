// The run file: one student's debate as a small JSON document (what was chosen, how it was graded,
// where it ended). Students download it from the transcript; the class results page reads a
// folder of them. Everything read from a file is untrusted: parseRunFile checks every field (figures
// for range too) and says what is wrong, so a teacher sees which file is broken and why. It never
// throws, whatever the file holds.
import {
  CARDS,
  GRADES,
  isOneOf,
  MOVES,
  PRESETS,
  isSpeakerId,
  type CardId,
  type Grade,
  type Move,
  type Preset,
  type SpeakerId,
} from '../core/contract.ts';
import { MAX_QUIZ_ITEMS } from '../classroom/quiz.ts';
import type { Meters, TableState } from '../core/events.ts';
import { describeValue, isCount, isObject, isTime, thrownName, type FieldRule, type Reason } from './reasons.ts';
import { isChoicePath, MAX_PATH_LENGTH, SAVE_APP } from './save.ts';
import { isCleanName, MAX_NAME_LENGTH, nameSlug } from './student.ts';

export const RUN_KIND = 'run';
export const RUN_VERSION = 1;
/** A run file bigger than this is not one of ours; refusing it early keeps hostile input cheap. */
export const MAX_RUN_FILE_CHARS = 200_000;

/** One graded move of the run. */
export interface RunGrade {
  /** The decision index (position in `path`) where the move was made. */
  decision: number;
  /** Whom the move answered: the figure of the exchange, or 'moderator' for the closing. */
  speaker: SpeakerId;
  move: Move;
  /** The card played, or null when the move was not a rebuttal. */
  card: CardId | null;
  grade: Grade;
}

/** A score on the "spot the rhetorical move" check (filled by the teacher tools). */
export interface QuizScore {
  hits: number;
  falseAlarms: number;
  score: number;
}

export interface RunFile {
  app: typeof SAVE_APP;
  kind: typeof RUN_KIND;
  version: typeof RUN_VERSION;
  /** Which build of the story the run was played on (the path only replays on that build). */
  storyHash: string;
  preset: Preset;
  seed: number;
  /** The choice index taken at each decision. */
  path: number[];
  grades: RunGrade[];
  /** The ending id, or null when the file was made before the debate ended. */
  ending: string | null;
  /** The meters when the file was made. */
  meters: Meters;
  /** When the run file was made (ISO 8601). */
  endedAt: string;
  quiz?: { before?: QuizScore; after?: QuizScore };
  /** The name (or initials) the student gave, when they gave one (src/debate/persistence/student.ts). */
  student?: string;
}

export type RunFileResult = { ok: true; value: RunFile } | { ok: false; errors: Reason[] };

const HASH = /^[0-9a-f]{6,64}$/;
const ENDING_ID = /^[a-z][a-z0-9-]{0,60}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

type Fields = Record<string, unknown>;

const isMeter = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 100;
const bad = (field: string, rule: FieldRule, max?: number): Reason => ({
  code: 'bad-field',
  subject: 'run-file',
  field,
  rule,
  ...(max !== undefined && { max }),
});

export function parseRunFileText(text: string): RunFileResult {
  if (typeof text !== 'string') return { ok: false, errors: [{ code: 'not-json', subject: 'run-file' }] };
  if (text.length > MAX_RUN_FILE_CHARS) {
    return { ok: false, errors: [{ code: 'too-large', subject: 'run-file', size: text.length, limit: MAX_RUN_FILE_CHARS }] };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, errors: [{ code: 'not-json', subject: 'run-file' }] };
  }
  return parseRunFile(data);
}

/** Checks an untrusted value field by field; every problem found is reported, not just the first. Never throws. */
export function parseRunFile(data: unknown): RunFileResult {
  try {
    return checkRunFile(data);
  } catch (error) {
    return { ok: false, errors: [{ code: 'unreadable', subject: 'run-file', detail: thrownName(error) }] };
  }
}

function checkRunFile(data: unknown): RunFileResult {
  if (!isObject(data)) return { ok: false, errors: [{ code: 'not-ours', subject: 'run-file' }] };
  if (data.app !== SAVE_APP || data.kind !== RUN_KIND) {
    const save = data.app === SAVE_APP && data.kind === undefined && 'inkState' in data;
    return { ok: false, errors: [{ code: 'not-ours', subject: 'run-file', ...(save && { looksLike: 'save' as const }) }] };
  }
  if (data.version !== RUN_VERSION) {
    const newer = typeof data.version === 'number' && data.version > RUN_VERSION;
    return { ok: false, errors: [{ code: 'other-format', subject: 'run-file', found: describeValue(data.version), reads: RUN_VERSION, newer }] };
  }
  const errors: Reason[] = [];
  if (typeof data.storyHash !== 'string' || !HASH.test(data.storyHash)) errors.push(bad('storyHash', 'hash'));
  if (typeof data.preset !== 'string' || !isOneOf(PRESETS, data.preset)) errors.push(bad('preset', 'preset'));
  if (!isCount(data.seed)) errors.push(bad('seed', 'count'));
  const path = data.path;
  const pathOk = isChoicePath(path);
  if (!pathOk) errors.push(bad('path', 'choices', MAX_PATH_LENGTH));
  const decisions = pathOk ? path.length : MAX_PATH_LENGTH;
  if (!Array.isArray(data.grades)) {
    errors.push(bad('grades', 'list'));
  } else if (data.grades.length > MAX_PATH_LENGTH) {
    errors.push(bad('grades', 'at-most', MAX_PATH_LENGTH));
  } else {
    const grades: unknown[] = data.grades;
    grades.forEach((g, i) => errors.push(...gradeProblems(g, decisions).map(([field, rule]) => bad(`grades[${i}]${field}`, rule))));
  }
  if (data.ending !== null && (typeof data.ending !== 'string' || !ENDING_ID.test(data.ending))) errors.push(bad('ending', 'ending'));
  if (!isObject(data.meters) || !isMeter(data.meters.audience) || !isMeter(data.meters.credibility)) errors.push(bad('meters', 'meters'));
  if (typeof data.endedAt !== 'string' || !ISO_DATE.test(data.endedAt) || !isTime(Date.parse(data.endedAt))) errors.push(bad('endedAt', 'date'));
  if (data.quiz !== undefined) {
    if (!isObject(data.quiz)) errors.push(bad('quiz', 'object'));
    else {
      for (const when of ['before', 'after'] as const) {
        const score = data.quiz[when];
        if (score !== undefined && !isQuizScore(score)) errors.push(bad(`quiz.${when}`, 'quiz-score', MAX_QUIZ_ITEMS));
      }
    }
  }
  if (data.student !== undefined && !isCleanName(data.student)) errors.push(bad('student', 'name', MAX_NAME_LENGTH));
  if (errors.length > 0) return { ok: false, errors };

  const meters = data.meters as Fields;
  const value: RunFile = {
    app: SAVE_APP,
    kind: RUN_KIND,
    version: RUN_VERSION,
    storyHash: data.storyHash as string,
    preset: data.preset as Preset,
    seed: data.seed as number,
    path: [...(path as number[])],
    grades: (data.grades as Fields[]).map((g) => ({
      decision: g.decision as number,
      speaker: g.speaker as SpeakerId,
      move: g.move as Move,
      card: (g.card ?? null) as CardId | null,
      grade: g.grade as Grade,
    })),
    ending: data.ending as string | null,
    meters: { audience: meters.audience as number, credibility: meters.credibility as number },
    endedAt: data.endedAt as string,
  };
  if (isObject(data.quiz)) {
    const quiz: NonNullable<RunFile['quiz']> = {};
    for (const when of ['before', 'after'] as const) {
      const score = data.quiz[when];
      if (isQuizScore(score)) quiz[when] = { hits: score.hits, falseAlarms: score.falseAlarms, score: score.score };
    }
    value.quiz = quiz;
  }
  if (typeof data.student === 'string') value.student = data.student;
  return { ok: true, value };
}

function gradeProblems(g: unknown, decisions: number): [string, FieldRule][] {
  if (!isObject(g)) return [['', 'object']];
  const problems: [string, FieldRule][] = [];
  if (!isCount(g.decision) || g.decision >= decisions) problems.push(['.decision', 'decision-in-path']);
  if (typeof g.speaker !== 'string' || !isSpeakerId(g.speaker)) problems.push(['.speaker', 'speaker']);
  if (typeof g.move !== 'string' || !isOneOf(MOVES, g.move)) problems.push(['.move', 'move']);
  if (g.card !== null && g.card !== undefined && (typeof g.card !== 'string' || !isOneOf(CARDS, g.card))) problems.push(['.card', 'card']);
  if (g.move === 'rebut' && (g.card === null || g.card === undefined)) problems.push(['.card', 'rebuttal-card']);
  if (typeof g.grade !== 'string' || !isOneOf(GRADES, g.grade)) problems.push(['.grade', 'grade']);
  return problems;
}

/** A check score a real sheet could give: whole counts within the sheet's size, score = hits - false alarms. */
function isQuizScore(value: unknown): value is QuizScore {
  return (
    isObject(value) &&
    isCount(value.hits) &&
    isCount(value.falseAlarms) &&
    value.hits <= MAX_QUIZ_ITEMS &&
    value.falseAlarms <= MAX_QUIZ_ITEMS &&
    value.score === value.hits - value.falseAlarms
  );
}

const two = (n: number) => String(n).padStart(2, '0');

/**
 * A file name for a run: the student's name when given, then the local date and time it was made,
 * e.g. "round-table-ana-2026-03-02-1004.json", so a class's files never collide.
 */
export function runFileName(run: Pick<RunFile, 'endedAt' | 'student'>, extension = 'json'): string {
  const at = new Date(run.endedAt);
  const when = Number.isNaN(at.getTime())
    ? 'undated'
    : `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}-${two(at.getHours())}${two(at.getMinutes())}`;
  const slug = nameSlug(run.student);
  return `round-table-${slug ? `${slug}-` : ''}${when}.${extension}`;
}

/** The run file for a debate as it stands (finished or not). */
export function buildRunFile(
  engine: { storyHash: string; path: readonly number[]; state: Readonly<TableState> },
  grades: readonly RunGrade[],
  madeAt: Date,
  student?: string | null,
): RunFile {
  const { state } = engine;
  const run: RunFile = {
    app: SAVE_APP,
    kind: RUN_KIND,
    version: RUN_VERSION,
    storyHash: engine.storyHash,
    preset: state.preset,
    seed: state.seed,
    path: [...engine.path],
    grades: grades.map((g) => ({ ...g })),
    ending: state.ended && state.ending ? state.ending : null,
    meters: { ...state.meters },
    endedAt: madeAt.toISOString(),
  };
  if (student && isCleanName(student)) run.student = student;
  return run;
}
