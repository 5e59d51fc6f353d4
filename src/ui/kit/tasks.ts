// Long work split across tasks, so a key press or a paint can come in between.

/** Resolves in a task of its own (a zero-delay timer), after the browser has had its turn. */
export const nextTask = (): Promise<void> => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Runs `steps` to the end, a few per task: once a task has run `budgetMs` of them, the rest wait
 * for the next task (a step is never cut).
 */
export async function runInTasks(steps: Iterator<unknown>, budgetMs: number): Promise<void> {
  let started = performance.now();
  while (!steps.next().done) {
    if (performance.now() - started < budgetMs) continue;
    await nextTask();
    started = performance.now();
  }
}
