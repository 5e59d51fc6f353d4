// A school's learning platform around the page (the SCORM package, src/platform/lms.ts): it hears
// where the debate stands after every autosave, keeps the run code to resume from, and is
// committed when the page is hidden and finished when it goes. Null in a normal tab or a file
// opened from disk, where nothing of it runs.
import { courseProgress } from '../debate/classroom/course-progress.ts';
import type { DebateEngine } from '../debate/core/engine.ts';
import type { CourseProgress, KeyValueStore } from '../debate/core/ports.ts';
import { decodeRunCode } from '../debate/persistence/run-code.ts';
import { saveStudentName } from '../debate/persistence/student.ts';
import { connectLms } from '../platform/lms.ts';
import type { Notices } from '../ui/kit/notices.ts';
import { m, reasonText } from '../i18n/index.ts';
import type { DebateController } from './controller.ts';

/** Resuming the course's kept run: replayed, or why not. */
export type ResumeResult = { ok: true } | { ok: false; why: string };

export interface Course {
  /** Tells the platform where the debate stands (nothing, when nothing changed since last told). */
  report(engine: DebateEngine): void;
  /** Replays the run the platform kept, if any; false when there was none or it could not be. */
  resume(controller: DebateController, storyHash: string): boolean;
  /** Commits when the page is hidden, finishes when it goes. */
  listen(): void;
}

/** The kept run code, replayed: a result, never a throw. */
export function resumeFrom(kept: string, controller: Pick<DebateController, 'replayTo'>, storyHash: string): ResumeResult {
  const code = decodeRunCode(kept, storyHash);
  if (!code.ok) return { ok: false, why: reasonText(code.error) };
  try {
    controller.replayTo(code.value.preset, code.value.seed, code.value.path);
    return { ok: true };
  } catch (error) {
    return { ok: false, why: error instanceof Error ? error.message : String(error) };
  }
}

/** What the platform is told depends on these only: the same key, the same progress. */
const progressKey = (engine: DebateEngine) =>
  [engine.storyHash, engine.state.preset, engine.state.seed, engine.path.join(','), engine.state.ending ?? ''].join('|');

/**
 * Tells `report` the debate's progress when it changed since it was last told: an autosave that
 * moved nothing (a resume, a save to a slot) costs no reading of the run and no platform call.
 */
export function progressReporter(report: (progress: CourseProgress) => void): (engine: DebateEngine) => void {
  let told: string | null = null;
  return (engine) => {
    const key = progressKey(engine);
    if (key === told) return;
    told = key;
    report(courseProgress(engine));
  };
}

export function connectCourse(store: KeyValueStore, notices: Pick<Notices, 'show'>): Course | null {
  const lms = connectLms(window, (problem) =>
    notices.show(m().lms.problem(problem.kind, problem.call, problem.detail), { repeat: true, key: 'lms' }),
  );
  if (!lms) return null;
  // The platform knows who is signed in: on a shared machine, that is whose run this is.
  if (lms.learnerName) saveStudentName(store, lms.learnerName);
  return {
    report: progressReporter((progress) => lms.report(progress)),
    resume(controller, storyHash) {
      if (!lms.resumeData) return false;
      const result = resumeFrom(lms.resumeData, controller, storyHash);
      if (result.ok) notices.show(m().lms.resumed, { timeoutMs: 5000 });
      else notices.show(m().lms.resumeRefused(result.why), { repeat: true });
      return result.ok;
    },
    listen() {
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'hidden') lms.commit();
      });
      window.addEventListener('pagehide', () => lms.finish());
    },
  };
}
