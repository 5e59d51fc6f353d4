// CPU per frame from a Chrome trace. A frame's cost is the thread CPU time (tdur) of the work that
// makes it, on every thread that does: the page's main thread (script, style, layout, paint), its
// compositor thread, its worker threads (raster, image decoding, garbage collection) and the GPU
// process (WebGL and raster commands, here run in software by SwiftShader, and the display
// compositor). Frames are the page's BeginMainThreadFrame events; each task counts once, towards
// the last frame begun before it ended (see frameCpu). The counting is unit-tested (trace.test.ts).
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
  // TRACE_CATEGORIES=a,b adds categories (e.g. viz,cc,benchmark for the display compositor's frames).
  ...(process.env.TRACE_CATEGORIES?.split(',').filter(Boolean) ?? []),
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

/** The threads whose work a frame costs, by group. */
export const THREAD_GROUPS = ['main', 'compositor', 'workers', 'gpu', 'display'] as const;
export type ThreadGroup = (typeof THREAD_GROUPS)[number];

export type FrameCost = Record<ThreadGroup, number> & { total: number };

/** Which group a thread belongs to, from its process and thread names; undefined = not counted. */
export function threadGroup(process: string, thread: string, isPageRenderer: boolean): ThreadGroup | undefined {
  if (isPageRenderer) {
    if (thread === 'CrRendererMain') return 'main';
    if (thread === 'Compositor') return 'compositor';
    if (/^(ThreadPoolForegroundWorker|CompositorTileWorker)/.test(thread)) return 'workers';
    return undefined;
  }
  if (process === 'GPU Process') {
    if (thread === 'CrGpuMain') return 'gpu';
    if (thread === 'VizCompositorThread') return 'display';
  }
  return undefined;
}

/**
 * The outermost toplevel tasks of each thread: toplevel events nest (a task that runs a mojo
 * message holds both), and counting a nested one again would count its CPU twice.
 */
export function outermostTasks(events: readonly TraceEvent[]): TraceEvent[] {
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    if (e.ph !== 'X' || e.tdur === undefined || !e.cat.split(',').includes('toplevel')) continue;
    const key = `${e.pid}:${e.tid}`;
    let list = byThread.get(key);
    if (!list) byThread.set(key, (list = []));
    list.push(e);
  }
  const out: TraceEvent[] = [];
  for (const list of byThread.values()) {
    list.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    let end = -Infinity;
    for (const e of list) {
      if (e.ts < end) continue; // inside the task before it
      out.push(e);
      end = e.ts + (e.dur ?? 0);
    }
  }
  return out;
}

/**
 * Windows of the trace between a `${label}:start` mark and the next `${label}:end` mark on the
 * same thread; a `${label}:cancel` drops the open window (the press did not lead to a line).
 */
export function markedWindows(events: readonly TraceEvent[], label: string): { pid: number; tid: number; windows: [number, number][] } {
  const marks = events
    .filter((e) => e.name === `${label}:start` || e.name === `${label}:end` || e.name === `${label}:cancel`)
    .sort((a, b) => a.ts - b.ts);
  const first = marks.find((e) => e.name === `${label}:start`);
  if (!first) throw new Error(`no ${label}:start mark in the trace`);
  const windows: [number, number][] = [];
  let open = -1;
  for (const e of marks) {
    if (e.pid !== first.pid || e.tid !== first.tid) continue;
    if (e.name === `${label}:start`) open = e.ts;
    else if (e.name === `${label}:cancel`) open = -1;
    else if (open >= 0) {
      windows.push([open, e.ts]);
      open = -1;
    }
  }
  return { pid: first.pid, tid: first.tid, windows };
}

/**
 * The cost of each frame the page began inside a marked window (milliseconds of thread CPU, by
 * thread group). A task counts towards the last frame begun before it ended: the task that runs a
 * frame contains its BeginMainThreadFrame, and the compositor, raster and GPU work a frame sets off
 * ends after it begins. The last frame of the trace is left out (its work may not be in it yet).
 */
export function frameCpu(events: readonly TraceEvent[], label: string): FrameCost[] {
  const { pid, tid, windows } = markedWindows(events, label);
  const processNames = new Map<number, string>();
  const threadNames = new Map<string, string>();
  for (const e of events) {
    if (e.ph !== 'M') continue;
    if (e.name === 'process_name') processNames.set(e.pid, e.args?.name ?? '');
    if (e.name === 'thread_name') threadNames.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  }
  // The page's main thread is where the marks are, whatever the metadata calls it.
  threadNames.set(`${pid}:${tid}`, 'CrRendererMain');
  const frames = events
    .filter((e) => e.pid === pid && e.tid === tid && e.name === 'BeginMainThreadFrame')
    .map((e) => e.ts)
    .sort((a, b) => a - b);
  const cost: FrameCost[] = frames.map(() => ({ main: 0, compositor: 0, workers: 0, gpu: 0, display: 0, total: 0 }));
  for (const task of outermostTasks(events)) {
    const group = threadGroup(processNames.get(task.pid) ?? '', threadNames.get(`${task.pid}:${task.tid}`) ?? '', task.pid === pid);
    if (!group) continue;
    const end = task.ts + (task.dur ?? 0);
    const i = lastAtOrBefore(frames, end);
    if (i < 0) continue;
    const ms = (task.tdur ?? 0) / 1000;
    const frame = cost[i] as FrameCost;
    frame[group] += ms;
    frame.total += ms;
  }
  const inWindow = (ts: number) => windows.some(([a, b]) => ts >= a && ts <= b);
  return frames.flatMap((ts, i) => (i + 1 < frames.length && inWindow(ts) ? [cost[i] as FrameCost] : []));
}

/** Index of the last element of the sorted `xs` that is <= x, or -1. */
function lastAtOrBefore(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length - 1;
  if (hi < 0 || x < (xs[0] as number)) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((xs[mid] as number) <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A main-thread task longer than 50 ms (the Long Tasks API's threshold, and Lighthouse's). */
export interface LongTask {
  /** Start, in ms from the window's start. */
  at: number;
  ms: number;
  /** What ran inside it, the longest first (script URLs, layout, parse...), for finding the cause. */
  inside: string[];
}

export const LONG_TASK_MS = 50;

/**
 * The main thread's long tasks between navigation and a mark: the page's main thread is the one
 * the mark is on; the window opens at the navigation's start on that thread (the earliest
 * `navigationStart` after the trace began), or at its first task. Total blocking time is the sum of
 * each long task's time beyond 50 ms, as Lighthouse counts it.
 */
export function longTasks(events: readonly TraceEvent[], endMark: string): { tasks: LongTask[]; count: number; longestMs: number; tbtMs: number; windowMs: number } {
  const end = events.find((e) => e.name === endMark);
  if (!end) throw new Error(`no ${endMark} mark in the trace`);
  const { pid, tid } = end;
  const onThread = events.filter((e) => e.pid === pid && e.tid === tid);
  const navigation = onThread.filter((e) => e.name === 'navigationStart').sort((a, b) => a.ts - b.ts)[0];
  const tasks = outermostTasks(onThread).sort((a, b) => a.ts - b.ts);
  const start = navigation?.ts ?? tasks[0]?.ts ?? end.ts;
  const long = tasks.filter((t) => t.ts + (t.dur ?? 0) > start && t.ts < end.ts && (t.dur ?? 0) / 1000 > LONG_TASK_MS);
  const inside = (task: TraceEvent) => {
    const a = task.ts;
    const b = task.ts + (task.dur ?? 0);
    const children = onThread.filter((e) => e !== task && e.ph === 'X' && e.ts >= a && e.ts + (e.dur ?? 0) <= b && (e.dur ?? 0) >= 5000);
    return children
      .sort((x, y) => (y.dur ?? 0) - (x.dur ?? 0))
      .slice(0, 8)
      .map((e) => {
        const data = (e.args as { data?: { url?: string; functionName?: string; type?: string } } | undefined)?.data;
        const what = [data?.functionName, data?.url?.replace(/^.*\//, ''), data?.type].filter(Boolean).join(' ');
        return `${e.name}${what ? ` (${what})` : ''} ${Math.round((e.dur ?? 0) / 1000)} ms`;
      });
  };
  const out = long.map((t) => ({ at: Math.round((t.ts - start) / 1000), ms: Math.round((t.dur ?? 0) / 100) / 10, inside: inside(t) }));
  return {
    tasks: out,
    count: out.length,
    longestMs: out.reduce((m, t) => Math.max(m, t.ms), 0),
    tbtMs: Math.round(out.reduce((s, t) => s + Math.max(0, t.ms - LONG_TASK_MS), 0) * 10) / 10,
    windowMs: Math.round((end.ts - start) / 1000),
  };
}
