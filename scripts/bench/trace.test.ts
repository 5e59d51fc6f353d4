// How the bench assigns traced work to frames.
import { describe, expect, it } from 'vitest';
import { frameCpu, longTasks, markedWindows, outermostTasks, threadGroup, type TraceEvent } from './trace.ts';

const RENDERER = 10;
const GPU = 20;
const MAIN = 1;
const COMPOSITOR = 2;
const WORKER = 3;
const IO = 4;
const GPU_MAIN = 5;

const meta: TraceEvent[] = [
  { name: 'process_name', cat: '__metadata', ph: 'M', ts: 0, pid: RENDERER, tid: 0, args: { name: 'Renderer' } },
  { name: 'process_name', cat: '__metadata', ph: 'M', ts: 0, pid: GPU, tid: 0, args: { name: 'GPU Process' } },
  { name: 'thread_name', cat: '__metadata', ph: 'M', ts: 0, pid: RENDERER, tid: MAIN, args: { name: 'CrRendererMain' } },
  { name: 'thread_name', cat: '__metadata', ph: 'M', ts: 0, pid: RENDERER, tid: COMPOSITOR, args: { name: 'Compositor' } },
  { name: 'thread_name', cat: '__metadata', ph: 'M', ts: 0, pid: RENDERER, tid: WORKER, args: { name: 'ThreadPoolForegroundWorker' } },
  { name: 'thread_name', cat: '__metadata', ph: 'M', ts: 0, pid: RENDERER, tid: IO, args: { name: 'Chrome_ChildIOThread' } },
  { name: 'thread_name', cat: '__metadata', ph: 'M', ts: 0, pid: GPU, tid: GPU_MAIN, args: { name: 'CrGpuMain' } },
];
const mark = (name: string, ts: number): TraceEvent => ({ name, cat: 'blink.user_timing', ph: 'R', ts, pid: RENDERER, tid: MAIN });
const frame = (ts: number): TraceEvent => ({ name: 'BeginMainThreadFrame', cat: 'disabled-by-default-devtools.timeline.frame', ph: 'I', ts, pid: RENDERER, tid: MAIN });
/** A toplevel task: ts and dur in microseconds, CPU in milliseconds. */
const task = (tid: number, ts: number, dur: number, cpuMs: number, pid = RENDERER, cat = 'toplevel'): TraceEvent => ({
  name: 'ThreadControllerImpl::RunTask',
  cat,
  ph: 'X',
  ts,
  dur,
  tdur: cpuMs * 1000,
  pid,
  tid,
});

describe('assigning traced work to frames', () => {
  it('gives each task to the last frame begun before it ended, on every counted thread', () => {
    const events = [
      ...meta,
      mark('reveal:start', 1_000),
      frame(10_000),
      task(MAIN, 9_990, 3_000, 2), // runs the frame: contains its BeginMainThreadFrame
      task(COMPOSITOR, 13_000, 500, 0.5),
      task(WORKER, 14_000, 1_000, 1),
      task(GPU_MAIN, 15_000, 4_000, 3, GPU),
      frame(26_700),
      task(MAIN, 26_600, 1_000, 1.5),
      task(GPU_MAIN, 26_000, 2_000, 0.25, GPU), // ends after the second frame began: the second frame's
      mark('reveal:end', 30_000),
      frame(43_400),
    ];
    const frames = frameCpu(events, 'reveal');
    expect(frames).toHaveLength(2);
    expect(frames[0]).toEqual({ main: 2, compositor: 0.5, workers: 1, gpu: 3, display: 0, total: 6.5 });
    expect(frames[1]).toEqual({ main: 1.5, compositor: 0, workers: 0, gpu: 0.25, display: 0, total: 1.75 });
  });

  it('counts nested toplevel tasks once, and leaves out IO threads, other processes and work before the first frame', () => {
    const events = [
      ...meta,
      mark('reveal:start', 1_000),
      task(MAIN, 2_000, 1_000, 5), // before any frame
      frame(10_000),
      task(MAIN, 10_000, 5_000, 4),
      { ...task(MAIN, 11_000, 1_000, 1), name: 'SimpleWatcher::OnHandleReady' }, // nested in the task above
      task(IO, 12_000, 500, 7), // IPC thread
      task(MAIN, 12_000, 500, 9, 99), // another renderer (another page)
      task(MAIN, 13_000, 100, 8, RENDERER, 'devtools.timeline'), // not a toplevel task
      mark('reveal:end', 20_000),
      frame(26_700),
    ];
    expect(frameCpu(events, 'reveal').map((f) => f.total)).toEqual([4]);
  });

  it('keeps only frames begun inside a window; a cancelled window counts nothing', () => {
    const events = [
      ...meta,
      frame(5_000),
      mark('reveal:start', 9_000),
      frame(10_000),
      mark('reveal:end', 12_000),
      frame(20_000), // between windows
      mark('reveal:start', 25_000),
      frame(30_000), // in a window that is cancelled: the press led to choices, not a line
      mark('reveal:cancel', 31_000),
      mark('reveal:start', 40_000),
      frame(45_000),
      mark('reveal:end', 50_000),
      frame(60_000),
      task(MAIN, 10_000, 100, 1),
      task(MAIN, 20_000, 100, 2),
      task(MAIN, 30_000, 100, 3),
      task(MAIN, 45_000, 100, 4),
    ];
    expect(markedWindows(events, 'reveal').windows).toEqual([
      [9_000, 12_000],
      [40_000, 50_000],
    ]);
    expect(frameCpu(events, 'reveal').map((f) => f.total)).toEqual([1, 4]);
  });

  it('leaves out the last frame of the trace, whose work may not all be in it', () => {
    const events = [...meta, mark('reveal:start', 0), frame(10_000), task(MAIN, 10_000, 100, 1), mark('reveal:end', 20_000)];
    expect(frameCpu(events, 'reveal')).toEqual([]);
  });

  it('refuses a trace without the start mark', () => {
    expect(() => frameCpu([...meta, frame(1)], 'reveal')).toThrow(/no reveal:start/);
  });

  it('names the counted threads', () => {
    expect(threadGroup('Renderer', 'CrRendererMain', true)).toBe('main');
    expect(threadGroup('Renderer', 'CompositorTileWorker1', true)).toBe('workers');
    expect(threadGroup('Renderer', 'Chrome_ChildIOThread', true)).toBeUndefined();
    expect(threadGroup('GPU Process', 'VizCompositorThread', false)).toBe('display');
    expect(threadGroup('Browser', 'CrBrowserMain', false)).toBeUndefined();
    expect(outermostTasks([task(MAIN, 0, 10, 1), task(MAIN, 5, 1, 1), task(MAIN, 10, 1, 1)])).toHaveLength(2);
  });
});

describe('long tasks from navigation to a mark', () => {
  const nav = (ts: number): TraceEvent => ({ name: 'navigationStart', cat: 'blink.user_timing', ph: 'R', ts, pid: RENDERER, tid: MAIN });
  it('counts the main thread tasks over 50 ms inside the window, with their blocking time', () => {
    const events = [
      ...meta,
      task(MAIN, 0, 80_000, 80), // before navigation: not counted
      nav(100_000),
      task(MAIN, 110_000, 120_000, 100), // 120 ms: 70 ms blocking
      task(MAIN, 240_000, 50_000, 50), // exactly 50 ms: not long
      task(COMPOSITOR, 300_000, 90_000, 90), // another thread
      task(MAIN, 400_000, 60_000, 60), // 60 ms: 10 ms blocking
      mark('first-decision', 500_000),
      task(MAIN, 600_000, 300_000, 300), // after the mark
    ];
    const result = longTasks(events, 'first-decision');
    expect(result.count).toBe(2);
    expect(result.longestMs).toBe(120);
    expect(result.tbtMs).toBe(80);
    expect(result.windowMs).toBe(400);
    expect(result.tasks.map((t) => t.at)).toEqual([10, 300]);
  });

  it('says when the mark is missing', () => {
    expect(() => longTasks(meta, 'first-decision')).toThrow(/no first-decision mark/);
  });
});
