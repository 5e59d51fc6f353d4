// Main-thread CPU per frame from a Chrome trace: the thread CPU time (tdur) of every top-level task
// on the page's renderer main thread, summed between consecutive BeginMainThreadFrame events, for
// the frames that fall inside the windows the bench marked with performance.mark.
import type { CDPSession, Page } from 'playwright-core';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'blink.user_timing',
];

export class Tracer {
  private events: TraceEvent[] = [];
  private cdp?: CDPSession;

  constructor(private readonly page: Page) {}

  async start(): Promise<void> {
    this.cdp = await this.page.context().newCDPSession(this.page);
    this.events = [];
    this.cdp.on('Tracing.dataCollected', (e) => {
      this.events.push(...(e.value as unknown as TraceEvent[]));
    });
    await this.cdp.send('Tracing.start', {
      traceConfig: { includedCategories: CATEGORIES, enableSampling: false },
      transferMode: 'ReportEvents',
    });
  }

  async stop(): Promise<TraceEvent[]> {
    const cdp = this.cdp;
    if (!cdp) throw new Error('trace not started');
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
    return this.events;
  }
}

/**
 * CPU milliseconds per frame for frames that begin between a `${label}:start` mark and the next
 * `${label}:end` mark.
 */
export function frameCpu(events: readonly TraceEvent[], label: string): number[] {
  const start = events.find((e) => e.name === `${label}:start`);
  if (!start) throw new Error(`no ${label}:start mark in the trace`);
  const main = { pid: start.pid, tid: start.tid };
  const onMain = (e: TraceEvent) => e.pid === main.pid && e.tid === main.tid;
  const windows: [number, number][] = [];
  let open = -1;
  for (const e of events.filter(onMain).sort((a, b) => a.ts - b.ts)) {
    if (e.name === `${label}:start`) open = e.ts;
    else if (e.name === `${label}:end` && open >= 0) {
      windows.push([open, e.ts]);
      open = -1;
    }
  }
  const frames = events
    .filter((e) => onMain(e) && e.name === 'BeginMainThreadFrame')
    .map((e) => e.ts)
    .sort((a, b) => a - b);
  const tasks = events
    .filter((e) => onMain(e) && e.ph === 'X' && e.cat === 'toplevel' && e.tdur !== undefined)
    .sort((a, b) => a.ts - b.ts);
  const inWindow = (ts: number) => windows.some(([a, b]) => ts >= a && ts < b);
  // Each task counts once, towards the last frame begun before it ended: the task that runs a frame
  // contains its BeginMainThreadFrame, and work between frames belongs to the frame before.
  const cpu = new Array<number>(frames.length).fill(0);
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    let lo = 0;
    let hi = frames.length - 1;
    if (hi < 0 || end < (frames[0] as number)) continue;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((frames[mid] as number) <= end) lo = mid;
      else hi = mid - 1;
    }
    cpu[lo] = (cpu[lo] as number) + (task.tdur ?? 0) / 1000;
  }
  return frames.flatMap((ts, i) => (i + 1 < frames.length && inWindow(ts) ? [cpu[i] as number] : []));
}
