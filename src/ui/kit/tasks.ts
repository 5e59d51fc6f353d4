// Long work split across tasks, so a key press or a paint can come in between.

/**
 * Runs `task` in a task of its own, after any input waiting. A message, not a zero-delay timer: the
 * browser clamps a timer set from a timer's task to 4 ms after five in a row, which a parse in ~50
 * pieces would have spent waiting.
 */
export function inOwnTask(task: () => void): void {
  if (typeof MessageChannel !== 'function') {
    setTimeout(task, 0);
    return;
  }
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    task();
  };
  channel.port2.postMessage(null);
}

/** Resolves in a task of its own, after the browser has had its turn. */
export const nextTask = (): Promise<void> => new Promise<void>((resolve) => inOwnTask(resolve));

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
