// Work in slices: each task runs steps until its budget is spent, then yields to the next task.
import { describe, expect, it } from 'vitest';
import { runInSlices } from './slices.ts';

/** Steps that each take `ms` on a fake clock, and a queue of tasks run one at a time. */
function harness(costs: number[]) {
  let clock = 0;
  const ran: number[] = [];
  const tasks: (() => void)[] = [];
  function* steps() {
    for (const [i, ms] of costs.entries()) {
      clock += ms;
      ran.push(i);
      yield;
    }
  }
  return { steps: steps(), ran, tasks, now: () => clock, schedule: (t: () => void) => void tasks.push(t) };
}

describe('runInSlices', () => {
  it('runs nothing in the calling task, then steps up to the budget per task, then done', () => {
    const h = harness([3, 3, 3, 20, 1]);
    const log: string[] = [];
    runInSlices(h.steps, { schedule: h.schedule, budgetMs: 8, now: h.now, live: () => true, onSlice: () => log.push(`slice ${h.ran.length}`), done: () => log.push('done') });
    expect(h.ran).toEqual([]);
    const perTask: number[][] = [];
    while (h.tasks.length > 0) {
      const before = h.ran.length;
      h.tasks.shift()?.();
      perTask.push(h.ran.slice(before));
    }
    // 3+3+3 passes 8 ms: the first task stops after three steps; the 20 ms step runs alone.
    expect(perTask).toEqual([[0, 1, 2], [3], [4]]);
    expect(log).toEqual(['slice 3', 'slice 4', 'done']);
  });

  it('stops when the work is no longer wanted', () => {
    const h = harness([10, 10, 10]);
    let live = true;
    let done = false;
    runInSlices(h.steps, { schedule: h.schedule, budgetMs: 8, now: h.now, live: () => live, done: () => (done = true) });
    h.tasks.shift()?.();
    live = false;
    while (h.tasks.length > 0) h.tasks.shift()?.();
    expect(h.ran).toEqual([0]);
    expect(done).toBe(false);
  });
});
