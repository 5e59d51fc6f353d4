// The debrief and the transcript of the current run, worked out once and shared by the debrief
// dialog, the transcript dialog and the downloads. Finding the strongest move not taken previews
// every choice of the run (about 10 ms each), so it runs in slices that let the page breathe.
import type { Paragraph } from '../../debate/core/article.ts';
import type { CastSheet } from '../../debate/core/cast.ts';
import {
  alternativeSteps,
  buildDebrief,
  runGrades,
  type Debrief,
  type DebriefContent,
  type GradedMove,
} from '../../debate/documents/debrief.ts';
import type { Doc } from '../../debate/documents/document.ts';
import type { DebateEngine } from '../../debate/core/engine.ts';
import { buildDebriefSheet } from '../../debate/documents/debrief-sheet.ts';
import { runCodeOf } from '../../debate/persistence/run-code.ts';
import { buildRunFile, type RunFile } from '../../debate/persistence/run-file.ts';
import { buildTranscript } from '../../debate/documents/transcript-doc.ts';
import { nextTask } from '../kit/tasks.ts';
import { m } from '../../i18n/index.ts';

export class RunReports {
  private cached?: { key: string; debrief: Debrief; complete: boolean };

  constructor(
    readonly cast: CastSheet,
    readonly article: ReadonlyMap<string, Paragraph>,
    readonly content: DebriefContent,
    readonly title: string,
    /** The check scores to put in run files (the class results read them); none by default. */
    private readonly quiz: () => RunFile['quiz'] = () => undefined,
    /** The student's name kept on this device, and where a changed name is kept. */
    readonly student: { get(): string | null; set(name: string): boolean } = { get: () => null, set: () => false },
  ) {}

  /** The debrief of the run as it stands now (alternatives filled in as far as worked out). */
  debrief(engine: DebateEngine): Debrief {
    const key = this.keyOf(engine);
    if (this.cached?.key !== key) {
      this.cached = { key, debrief: buildDebrief({ engine, cast: this.cast, article: this.article, content: this.content }), complete: false };
    }
    return this.cached.debrief;
  }

  /**
   * Works out every "what else could you have tried", one move per slice. Resolves true when all
   * are done, false when `cancelled()` said stop or the run changed meanwhile.
   */
  async complete(engine: DebateEngine, onMove?: (move: GradedMove) => void, cancelled: () => boolean = () => false): Promise<boolean> {
    const debrief = this.debrief(engine);
    const key = this.keyOf(engine);
    if (this.cached?.complete) return true;
    const steps = alternativeSteps(engine, this.cast, this.article, debrief);
    for (;;) {
      if (cancelled() || this.keyOf(engine) !== key) return false;
      const step = steps.next();
      if (step.done) break;
      onMove?.(step.value.move);
      await nextTask();
    }
    if (this.cached?.key === key) this.cached.complete = true;
    return true;
  }

  transcript(engine: DebateEngine, madeAt = new Date()): Doc {
    return buildTranscript({
      engine,
      cast: this.cast,
      article: this.article,
      debrief: this.debrief(engine),
      title: this.title,
      madeAt,
      student: this.student.get(),
      runCode: runCodeOf(engine),
      // The page's language: a Persian page gets a Persian transcript.
      words: m().documents,
    });
  }

  /** The one-page debrief sheet (src/debate/documents/debrief-sheet.ts). */
  sheet(engine: DebateEngine, madeAt = new Date()): Doc {
    return buildDebriefSheet({ debrief: this.debrief(engine), title: this.title, madeAt, student: this.student.get(), runCode: runCodeOf(engine), words: m().documents });
  }

  runFile(engine: DebateEngine, madeAt = new Date()): RunFile {
    const run = buildRunFile(engine, runGrades(this.debrief(engine)), madeAt, this.student.get());
    const quiz = this.quiz();
    return quiz ? { ...run, quiz } : run;
  }

  private keyOf(engine: DebateEngine): string {
    const { preset, seed } = engine.state;
    return `${engine.storyHash}|${preset}|${seed}|${engine.history.length}|${engine.path.join(',')}`;
  }
}
