// The interfaces the engine needs from the world around it. They are owned here, next to the code
// that uses them; src/platform implements them for the browser and tests implement them in memory.
// Nothing in src/debate imports src/platform (the lint holds this).
import type { Grade } from './contract.ts';

/**
 * Key-value storage: saves, named slots, set-aside copies, the run history, the check answers and
 * the settings live here between visits.
 */
export interface KeyValueStore {
  /** False when writes go nowhere lasting (private browsing, blocked storage). */
  readonly persistent: boolean;
  getItem(key: string): string | null;
  /** Throws when the browser refuses the write (storage full, blocked). */
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  /** Every key this store holds, so "clear my data" can find all of them. */
  keys(): string[];
  /**
   * Calls back when another tab of the game changed a key (`null`: the other tab cleared
   * everything). Returns a function that stops listening. Absent on stores nobody else shares.
   */
  watch?(listener: (key: string | null) => void): () => void;
}

/** Why a write was refused, in terms the game can act on. */
export type WriteFailure = 'full' | 'blocked';

/** Names a storage exception: full (the quota) or blocked (anything else the browser refused). */
export function writeFailure(error: unknown): WriteFailure {
  const name = typeof error === 'object' && error !== null && 'name' in error ? (error as { name: unknown }).name : '';
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' ? 'full' : 'blocked';
}

/**
 * A learning platform around the game (a school's LMS, through SCORM 1.2: src/platform/lms.ts).
 * The app tells it where the debate stands; it keeps the run so a student resumes on another
 * machine. Absent (null) in a normal browser tab or a file opened from disk.
 */
export interface LearningPlatform {
  /** The student's name as the platform gives it ("First Last"), or null. */
  readonly learnerName: string | null;
  /** What the platform kept from an earlier session (a run code, src/debate/persistence/run-code.ts), or null. */
  readonly resumeData: string | null;
  /** After every decision and at an ending. Never throws: a refusal is the platform's notice. */
  report(progress: CourseProgress): void;
  /** The page is going away: the platform saves what it was told and closes the session. */
  finish(): void;
}

/** Where a debate stands, as a learning platform records it (src/debate/classroom/course-progress.ts). */
export interface CourseProgress {
  /** The run code of the debate so far: table, seed, story build and every choice. */
  resumeData: string;
  /** The ending reached, or null while the debate goes on. */
  ending: string | null;
  /** The argument score, 0 to 100 (see courseProgress), or null before any move was graded. */
  score: number | null;
  /** Every graded move of the run, in order. */
  moves: CourseMove[];
}

export interface CourseMove {
  /** Which decision of the run (1 for the first) and whom it answered. */
  decision: number;
  figure: string;
  /** The move and card, e.g. "rebut guarantees". */
  response: string;
  grade: Grade;
}
