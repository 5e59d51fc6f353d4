// A school's learning platform (Moodle, Canvas, Blackboard...) hosting the game as a SCORM 1.2
// package (npm run build:scorm): the LearningPlatform port of src/debate/core/ports.ts over the SCORM 1.2
// run-time API the platform's page puts on a parent window as `API`.
//
// It finds the API the way the SCORM 1.2 run-time environment says (window, then its parents, a
// bounded number of them, then the opener's), starts a session, and records: lesson_status
// (incomplete, then completed at an ending), score.raw (the argument score, 0-100), the ending and
// every graded move as interactions, and the run code in suspend_data so a student resumes on
// another machine. The platform's page is the only place this data goes.
//
// A normal browser tab or a file opened from disk has no API: connectLms returns null after looking
// at window.parent (itself), and nothing else runs. An API that refuses a value or throws never
// stops the game: the first failure is reported once through onProblem, later ones are swallowed.
import type { CourseMove, CourseProgress, LearningPlatform } from '../debate/core/ports.ts';
import { decodeRunCode } from '../debate/persistence/run-code.ts';

/** The SCORM 1.2 run-time API as an LMS exposes it: every call answers a string. */
export interface Scorm12Api {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSGetLastError(): string | number;
  LMSGetErrorString(code: string | number): string;
}

/** What went wrong talking to the platform (the app words it). */
export interface LmsProblem {
  kind: 'not-started' | 'refused' | 'threw' | 'too-long';
  /** The call or the element, e.g. "LMSSetValue cmi.suspend_data". */
  call: string;
  /** The platform's error code and text, or the exception's name. */
  detail: string;
}

/** An exception's name, also for one thrown in the LMS's window (another realm: not instanceof Error). */
const thrownName = (error: unknown): string => {
  const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
  return typeof name === 'string' && name ? name : typeof error;
};

/** SCORM 1.2 caps cmi.suspend_data at 4,096 characters. */
export const MAX_SUSPEND_DATA = 4096;
/** How many parents the search climbs (the SCORM 1.2 RTE's own example stops at 7). */
const MAX_PARENTS = 7;

interface WindowLike {
  API?: unknown;
  parent?: WindowLike | null;
  opener?: WindowLike | null;
}

const isApi = (value: unknown): value is Scorm12Api =>
  typeof value === 'object' &&
  value !== null &&
  ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit'].every((name) => typeof (value as Record<string, unknown>)[name] === 'function');

/** `win` and up to MAX_PARENTS of its parents; another site's window (which throws on access) ends the climb. */
function climb(win: WindowLike | null | undefined): Scorm12Api | null {
  let current = win;
  for (let i = 0; current && i <= MAX_PARENTS; i++) {
    try {
      if (isApi(current.API)) return current.API;
      const parent = current.parent;
      if (!parent || parent === current) return null;
      current = parent;
    } catch {
      return null;
    }
  }
  return null;
}

/** The SCORM 1.2 API around `win`: its own window and parents, then its opener's. Never throws. */
export function findScormApi(win: WindowLike): Scorm12Api | null {
  const found = climb(win);
  if (found) return found;
  try {
    return win.opener ? climb(win.opener) : null;
  } catch {
    return null;
  }
}

/** "Last, First" (the SCORM 1.2 convention, Moodle's too) as "First Last"; other forms as given. */
export function learnerNameOf(value: string): string | null {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  const parts = trimmed.split(',');
  if (parts.length !== 2) return trimmed;
  const [last = '', first = ''] = parts.map((p) => p.trim());
  return [first, last].filter(Boolean).join(' ') || null;
}

/** SCORM 1.2 CMITimespan, HHHH:MM:SS.SS. */
export function scormTimespan(ms: number): string {
  const total = Math.max(0, ms) / 1000;
  const hours = Math.min(9999, Math.floor(total / 3600));
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}:${seconds.toFixed(2).padStart(5, '0')}`;
}

const RESULT: Record<CourseMove['grade'], string> = { strong: 'correct', partial: 'neutral', weak: 'wrong', backfire: 'wrong' };
/** CMIIdentifier is letters and digits in the strictest reading of SCORM 1.2. */
const identifier = (text: string) => text.replace(/[^A-Za-z0-9]/g, '');
/** A run code without its choices and checksum: the table, seed and build, the same all run long. */
const runOf = (code: string) => code.toUpperCase().split('-').slice(0, 4).join('-');

export class ScormSession implements LearningPlatform {
  readonly learnerName: string | null;
  readonly resumeData: string | null;
  private finished = false;
  private failed = false;
  private completed: boolean;
  private interactions: number | null;
  /** Graded moves and endings already written as interactions (they are a journal: never rewritten). */
  private readonly written = new Set<string>();
  private readonly started: number;
  /** Decisions of the run this session resumed: their moves are in the platform's journal already. */
  private readonly resumed = new Set<string>();

  /** Use connectLms; this expects LMSInitialize to have succeeded. */
  constructor(
    private readonly api: Scorm12Api,
    private readonly onProblem: (problem: LmsProblem) => void,
    private readonly now: () => number = Date.now,
  ) {
    this.started = now();
    // A platform that gives no name or status is no failure: the student types a name, the status is set.
    this.learnerName = learnerNameOf(this.get('cmi.core.student_name', true) ?? '');
    const suspended = this.get('cmi.suspend_data');
    this.resumeData = suspended ? suspended : null;
    // The moves of the kept run were written as interactions in the session that made them.
    const kept = decodeRunCode(this.resumeData);
    if (kept.ok) {
      const run = runOf(this.resumeData ?? '');
      for (let decision = 1; decision <= kept.value.path.length; decision++) this.resumed.add(`${run}:${decision}`);
    }
    const status = this.get('cmi.core.lesson_status', true) ?? '';
    // A student who reached an ending before stays "completed" while playing again.
    this.completed = ['completed', 'passed'].includes(status);
    if (!this.completed && status !== 'incomplete' && status !== 'failed') this.set('cmi.core.lesson_status', 'incomplete');
    const count = Number.parseInt(this.get('cmi.interactions._count', true) ?? '', 10);
    this.interactions = Number.isInteger(count) && count >= 0 ? count : null;
  }

  report(progress: CourseProgress): void {
    if (this.finished) return;
    if (progress.resumeData.length <= MAX_SUSPEND_DATA) this.set('cmi.suspend_data', progress.resumeData);
    else this.problem({ kind: 'too-long', call: 'cmi.suspend_data', detail: `${progress.resumeData.length} > ${MAX_SUSPEND_DATA}` });
    // The same run (table, seed, build) taking the same move at the same decision is one entry.
    const run = runOf(progress.resumeData);
    for (const move of progress.moves) {
      if (this.resumed.has(`${run}:${move.decision}`)) continue;
      this.interaction(`${run}:${move.decision}:${move.response}`, `move${move.decision}${identifier(move.figure)}`, move.response, RESULT[move.grade]);
    }
    if (progress.ending === null) {
      // Comes back to this run next time (SCORM 1.2: "suspend" keeps suspend_data for the next session).
      this.set('cmi.core.exit', 'suspend');
      return;
    }
    this.interaction(`${progress.resumeData}:ending`, 'ending', progress.ending, 'neutral');
    if (progress.score !== null) {
      this.set('cmi.core.score.min', '0');
      this.set('cmi.core.score.max', '100');
      this.set('cmi.core.score.raw', String(progress.score));
    }
    this.completed = true;
    this.set('cmi.core.lesson_status', 'completed');
    this.set('cmi.core.exit', '');
    this.call('LMSCommit', () => this.api.LMSCommit(''));
  }

  /** Saves what the platform was told (commit), without ending the session: the page is hidden. */
  commit(): void {
    if (!this.finished) this.call('LMSCommit', () => this.api.LMSCommit(''));
  }

  finish(): void {
    if (this.finished) return;
    this.set('cmi.core.session_time', scormTimespan(this.now() - this.started));
    this.call('LMSCommit', () => this.api.LMSCommit(''));
    this.call('LMSFinish', () => this.api.LMSFinish(''));
    this.finished = true;
  }

  /** One journal entry per graded move (SCORM 1.2 interactions are written once, at the next index). */
  private interaction(key: string, id: string, response: string, result: string): void {
    if (this.interactions === null || this.written.has(key)) return;
    this.written.add(key);
    const n = `cmi.interactions.${this.interactions}`;
    const ok = [
      this.set(`${n}.id`, id),
      this.set(`${n}.type`, 'performance'),
      this.set(`${n}.student_response`, response.slice(0, 255)),
      this.set(`${n}.result`, result),
    ].every(Boolean);
    if (ok) this.interactions++;
    // A platform that keeps no interactions is told no more of them.
    else this.interactions = null;
  }

  private get(element: string, quiet = false): string | null {
    let value: string | null = null;
    const ok = this.call(
      `LMSGetValue ${element}`,
      () => {
        const answer = this.api.LMSGetValue(element);
        value = typeof answer === 'string' ? answer : answer == null ? '' : String(answer);
        // An empty answer with an error set is a refusal, not an empty value.
        return value === '' && this.errorCode() !== '0' ? 'false' : 'true';
      },
      quiet,
    );
    return ok ? value : null;
  }

  private set(element: string, value: string): boolean {
    return this.call(`LMSSetValue ${element}`, () => this.api.LMSSetValue(element, value));
  }

  private errorCode(): string {
    try {
      return String(this.api.LMSGetLastError?.() ?? '0');
    } catch {
      return '0';
    }
  }

  /** Runs one API call; false when it refused or threw (reported the first time unless quiet). */
  private call(name: string, run: () => string, quiet = false): boolean {
    let answer: unknown;
    try {
      answer = run();
    } catch (error) {
      if (!quiet) this.problem({ kind: 'threw', call: name, detail: thrownName(error) });
      return false;
    }
    if (answer === 'true' || answer === true) return true;
    if (!quiet) {
      const code = this.errorCode();
      let text = '';
      try {
        text = String(this.api.LMSGetErrorString?.(code) ?? '');
      } catch {
        // The code alone will do.
      }
      this.problem({ kind: 'refused', call: name, detail: text ? `${code}: ${text}` : code });
    }
    return false;
  }

  private problem(problem: LmsProblem): void {
    if (this.failed) return;
    this.failed = true;
    this.onProblem(problem);
  }
}

/**
 * The platform around this page, with its session started; null when there is none (a normal tab,
 * file://) or it would not start (reported through onProblem). Never throws.
 */
export function connectLms(win: WindowLike, onProblem: (problem: LmsProblem) => void, now: () => number = Date.now): ScormSession | null {
  const api = findScormApi(win);
  if (!api) return null;
  let answer: unknown;
  try {
    answer = api.LMSInitialize('');
  } catch (error) {
    onProblem({ kind: 'threw', call: 'LMSInitialize', detail: thrownName(error) });
    return null;
  }
  if (answer !== 'true' && answer !== true) {
    let detail = '';
    try {
      detail = String(api.LMSGetLastError?.() ?? '');
    } catch {
      // Nothing more to say.
    }
    onProblem({ kind: 'not-started', call: 'LMSInitialize', detail });
    return null;
  }
  return new ScormSession(api, onProblem, now);
}
