// Work cut into slices, each slice in a task of its own, so the page answers input between them.
// Phaser-free, so the scheduling is unit-tested in Node (slices.test.ts); the scenes use it through
// drawInSlices (scenes/follow-stage.ts).

export interface SliceOptions {
  /** Runs a function in a later task. */
  schedule: (task: () => void) => void;
  /** Milliseconds of steps one task may run before it yields (a step is never cut). */
  budgetMs: number;
  now: () => number;
  /** False once the work is no longer wanted (its scene shut down): nothing more runs. */
  live: () => boolean;
  /** After each task that did not finish the work. */
  onSlice?: () => void;
  /** Once the last step has run. */
  done: () => void;
}

/** Runs `steps` from the next task on, a few per task, until they are done or no longer live. */
export function runInSlices(steps: Iterator<unknown>, options: SliceOptions): void {
  const run = () => {
    if (!options.live()) return;
    const started = options.now();
    do {
      if (steps.next().done) return options.done();
    } while (options.now() - started < options.budgetMs);
    options.onSlice?.();
    options.schedule(run);
  };
  options.schedule(run);
}

/** The browser's task scheduler: behind input and rendering, before idle work. */
export function nextTask(task: () => void): void {
  const scheduler = (globalThis as { scheduler?: { postTask?: (cb: () => void, options?: { priority?: string }) => Promise<unknown> } }).scheduler;
  if (scheduler?.postTask) void scheduler.postTask(task, { priority: 'user-visible' }).catch(() => undefined);
  else setTimeout(task, 0);
}
