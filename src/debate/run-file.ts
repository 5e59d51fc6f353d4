// The run file: one student's debate as a small JSON document (what was chosen, how it was graded,
// where it ended). Students download it from the transcript; the class results page reads a
// folder of them. Everything read from a file is untrusted: parseRunFile checks every field and
// says what is wrong, so a teacher sees which file is broken and why.
import {
  CARDS,
  GRADES,
  isOneOf,
  MOVES,
  PRESETS,
  SPEAKERS,
  type CardId,
  type Grade,
  type Move,
  type Preset,
  type SpeakerId,
} from './contract.ts';
import type { Meters, TableState } from './events.ts';
import { MAX_PATH_LENGTH, SAVE_APP } from './save.ts';

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
}

export type RunFileResult = { ok: true; value: RunFile } | { ok: false; errors: string[] };

const HASH = /^[0-9a-f]{6,64}$/;
const ENDING_ID = /^[a-z][a-z0-9-]*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
const isMeter = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 100;

export function parseRunFileText(text: string): RunFileResult {
  if (text.length > MAX_RUN_FILE_CHARS) {
    return { ok: false, errors: [`The file is too large to be a run file (${text.length} characters).`] };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, errors: ['The file is not readable JSON: it looks cut off or damaged.'] };
  }
  return parseRunFile(data);
}

/** Checks an untrusted value field by field; every problem found is reported, not just the first. */
export function parseRunFile(data: unknown): RunFileResult {
  if (!isObject(data)) return { ok: false, errors: ['This is not a Round Table run file (not a JSON object).'] };
  if (data.app !== SAVE_APP || data.kind !== RUN_KIND) {
    const what = data.app === SAVE_APP && data.kind === undefined && 'inkState' in data ? ' It looks like a saved game.' : '';
    return { ok: false, errors: [`This is not a Round Table run file.${what}`] };
  }
  if (data.version !== RUN_VERSION) {
    return {
      ok: false,
      errors: [`This run file uses format ${String(data.version)}; this version of the game reads format ${RUN_VERSION}.`],
    };
  }
  const errors: string[] = [];
  if (typeof data.storyHash !== 'string' || !HASH.test(data.storyHash)) {
    errors.push('storyHash: missing or not a story build hash.');
  }
  if (typeof data.preset !== 'string' || !isOneOf(PRESETS, data.preset)) {
    errors.push(`preset: must be one of ${PRESETS.join(', ')}.`);
  }
  if (!isCount(data.seed)) errors.push('seed: must be a whole number of 0 or more.');
  const path = data.path;
  const pathOk =
    Array.isArray(path) &&
    path.length <= MAX_PATH_LENGTH &&
    path.every((n) => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n < 100);
  if (!pathOk) errors.push(`path: must be a list of at most ${MAX_PATH_LENGTH} choice numbers (0-99).`);
  const decisions = pathOk ? (path as number[]).length : MAX_PATH_LENGTH;
  if (!Array.isArray(data.grades)) {
    errors.push('grades: must be a list.');
  } else if (data.grades.length > MAX_PATH_LENGTH) {
    errors.push(`grades: more than ${MAX_PATH_LENGTH} entries.`);
  } else {
    data.grades.forEach((g, i) => errors.push(...gradeProblems(g, decisions).map((p) => `grades[${i}]: ${p}`)));
  }
  if (data.ending !== null && (typeof data.ending !== 'string' || !ENDING_ID.test(data.ending))) {
    errors.push('ending: must be an ending id or null.');
  }
  if (!isObject(data.meters) || !isMeter(data.meters.audience) || !isMeter(data.meters.credibility)) {
    errors.push('meters: must hold audience and credibility, each from 0 to 100.');
  }
  if (typeof data.endedAt !== 'string' || !ISO_DATE.test(data.endedAt) || Number.isNaN(Date.parse(data.endedAt))) {
    errors.push('endedAt: must be a date and time (ISO 8601).');
  }
  if (data.quiz !== undefined) {
    if (!isObject(data.quiz)) errors.push('quiz: must be an object.');
    else {
      for (const when of ['before', 'after'] as const) {
        const score = data.quiz[when];
        if (score !== undefined && !isQuizScore(score)) {
          errors.push(`quiz.${when}: must hold hits, falseAlarms (whole numbers) and score (a number).`);
        }
      }
    }
  }
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
  return { ok: true, value };
}

function gradeProblems(g: unknown, decisions: number): string[] {
  if (!isObject(g)) return ['must be an object.'];
  const problems: string[] = [];
  if (!isCount(g.decision) || g.decision >= decisions) problems.push('decision: must point into path.');
  if (typeof g.speaker !== 'string' || !isOneOf(SPEAKERS, g.speaker)) problems.push('speaker: unknown speaker.');
  if (typeof g.move !== 'string' || !isOneOf(MOVES, g.move)) problems.push('move: unknown move.');
  if (g.card !== null && g.card !== undefined && (typeof g.card !== 'string' || !isOneOf(CARDS, g.card))) {
    problems.push('card: unknown card.');
  }
  if (g.move === 'rebut' && (g.card === null || g.card === undefined)) problems.push('card: a rebuttal names its card.');
  if (typeof g.grade !== 'string' || !isOneOf(GRADES, g.grade)) problems.push(`grade: must be one of ${GRADES.join(', ')}.`);
  return problems;
}

function isQuizScore(value: unknown): value is QuizScore {
  return (
    isObject(value) &&
    isCount(value.hits) &&
    isCount(value.falseAlarms) &&
    typeof value.score === 'number' &&
    Number.isFinite(value.score)
  );
}

/** A file name for a run: the date and the ending, e.g. "round-table-2026-03-02-deadlock.json". */
export function runFileName(run: Pick<RunFile, 'endedAt' | 'ending'>, extension = 'json'): string {
  const day = run.endedAt.slice(0, 10);
  return `round-table-${day}-${run.ending ?? 'unfinished'}.${extension}`;
}

/** The run file for a debate as it stands (finished or not). */
export function buildRunFile(
  engine: { storyHash: string; path: readonly number[]; state: Readonly<TableState> },
  grades: readonly RunGrade[],
  madeAt: Date,
): RunFile {
  const { state } = engine;
  return {
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
}
