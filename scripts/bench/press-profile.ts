// Where a key press's time goes: plays the short table in a served build with the CPU throttled
// (4x by default), and over PRESSES presses of Enter on a waiting line records a Chrome trace
// (every main-thread task from the key to the next line painted) and a V8 CPU profile. Prints the
// tasks by kind (script, style, layout, paint...) and the functions by self and total time inside
// the press windows. Profile an unminified build for readable names:
//
//   npx vite build --minify false --outDir /tmp/prof && tsx scripts/bench/press-profile.ts /tmp/prof
//
// (THROTTLE=1 for full speed, PRESSES=n, MOTION=reduce for reduced motion, TRACE_OUT=file.json.)
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { launch, serve } from '../../tests/e2e/harness.ts';
import { newPage, round } from './measure.ts';
import { firstChoiceProbe, lineState } from './probes.ts';
import { outermostTasks, Tracer, type TraceEvent } from './trace.ts';
import { profileTimes, type Profile } from './cpu-profile.ts';

const dir = path.resolve(process.argv[2] ?? 'dist');
const THROTTLE = Number(process.env.THROTTLE ?? 4);
const PRESSES = Number(process.env.PRESSES ?? 30);
// MOTION=reduce: the player's reduced-motion setting (the camera cuts, with no slow push-in).
const MOTION = process.env.MOTION === 'reduce' ? 'reduce' : 'no-preference';

const served = await serve(dir);
const browser = await launch();
try {
  const page = await newPage({ browser, throttle: THROTTLE }, { reducedMotion: MOTION });
  await page.addInitScript(firstChoiceProbe);
  await page.goto(served.url);
  await page.waitForFunction(() => window.__firstChoice !== undefined, undefined, { timeout: 60_000 });
  await page.locator('#screen button', { hasText: /The short table/ }).click();
  await page.waitForFunction(() => ((window as unknown as { roundTable?: { framesDrawn: number } }).roundTable?.framesDrawn ?? 0) > 0, undefined, { timeout: 60_000 });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  const tracer = new Tracer(page);
  await tracer.start();
  await cdp.send('Profiler.start');
  let presses = 0;
  for (let guard = 0; presses < PRESSES && guard < PRESSES * 20; guard++) {
    const state = await page.evaluate(lineState);
    if (state === 'revealing') await page.keyboard.press('Space');
    else if (state === 'waiting') {
      // press:start when the key goes down, press:end two frames after the new line is in the DOM.
      await page.evaluate(() => {
        const before = document.querySelector('#dialogue .dialogue__text');
        window.addEventListener('keydown', () => performance.mark('press:start'), { capture: true, once: true });
        const observer = new MutationObserver(() => {
          const text = document.querySelector('#dialogue .dialogue__text');
          const ended = document.querySelector('#choices button[data-choice]') || document.getElementById('ending-heading');
          if ((text && text !== before) || ended) {
            observer.disconnect();
            requestAnimationFrame(() => requestAnimationFrame(() => performance.mark(text && text !== before ? 'press:end' : 'press:cancel')));
          }
        });
        observer.observe(document.body, { subtree: true, childList: true });
      });
      await page.keyboard.press('Enter');
      await page.waitForTimeout(400 * THROTTLE);
      presses++;
    } else if (state === 'choices') {
      const moves = page.locator('#choices button[data-choice]');
      await moves.nth(presses % (await moves.count())).click();
      await page.waitForTimeout(200);
    } else if (state === 'ending') {
      await page.locator('#screen button', { hasText: 'Play again' }).click();
    } else await page.waitForTimeout(50);
  }
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  const events = await tracer.stop();
  // TRACE_OUT=file.json keeps the trace, to open in Chrome's performance panel.
  if (process.env.TRACE_OUT) writeFileSync(process.env.TRACE_OUT, JSON.stringify({ traceEvents: events }));
  await page.context().close();

  // The press windows, on the renderer's clock (trace and profile share it, in microseconds).
  const marks = events.filter((e) => e.name.startsWith('press:')).sort((a, b) => a.ts - b.ts);
  const windows: [number, number][] = [];
  let open = -1;
  for (const m of marks) {
    if (m.name === 'press:start') open = m.ts;
    else {
      if (m.name === 'press:end' && open >= 0) windows.push([open, m.ts]);
      open = -1;
    }
  }
  const inWindow = (ts: number) => windows.some(([a, b]) => ts >= a && ts <= b);
  const main = marks[0];
  if (!main) throw new Error('no marks');

  // Tasks on the main thread inside the windows, and the kinds of work inside them.
  const mainEvents = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
  const tasks = outermostTasks(mainEvents).filter((t) => inWindow(t.ts));
  const longest = [...tasks].sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0)).slice(0, 8);
  console.log(`${windows.length} press windows at ${THROTTLE}x; median window ${round(median(windows.map(([a, b]) => (b - a) / 1000)))} ms`);
  console.log('longest tasks (ms):', longest.map((t) => round((t.dur ?? 0) / 1000, 1)).join(', '));
  const kinds = new Map<string, number>();
  for (const e of mainEvents) {
    if (!inWindow(e.ts)) continue;
    if (!['FunctionCall', 'EventDispatch', 'TimerFire', 'FireAnimationFrame', 'RunMicrotasks', 'UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Layerize', 'Commit', 'MajorGC', 'MinorGC', 'V8.GC_SCAVENGER', 'ParseHTML', 'HitTest', 'UpdateLayer', 'IntersectionObserverController::computeIntersections', 'ScheduleStyleRecalculation'].includes(e.name)) continue;
    kinds.set(e.name, (kinds.get(e.name) ?? 0) + (e.dur ?? 0));
  }
  // The slowest presses, one line each: every main-thread task in the window (offset from the key,
  // what started it, its length) and the style, layout, paint and GC inside it.
  const slowest = [...windows].sort((a, b) => b[1] - b[0] - (a[1] - a[0])).slice(0, Math.max(3, Math.ceil(windows.length / 10)));
  const typical = [...windows].sort((a, b) => a[1] - a[0] - (b[1] - b[0]))[Math.floor(windows.length / 2)];
  const within = (e: TraceEvent, t: TraceEvent) => e.ts >= t.ts && e.ts < t.ts + (t.dur ?? 0);
  const describe = ([a, b]: [number, number]) => {
    const own = outermostTasks(mainEvents).filter((t) => t.ts + (t.dur ?? 0) > a && t.ts < b && (t.dur ?? 0) > 500);
    const parts = own.map((t) => {
      const inner = mainEvents.filter((e) => e !== t && within(e, t)).sort((x, y) => x.ts - y.ts);
      const starter = inner.find((e) => ['EventDispatch', 'TimerFire', 'FireAnimationFrame', 'FunctionCall', 'RunMicrotasks'].includes(e.name));
      const kind = starter ? (starter.name === 'EventDispatch' ? ((starter.args as { data?: { type?: string } } | undefined)?.data?.type ?? 'event') : starter.name) : t.name;
      const sum = (names: string[]) => round(inner.filter((e) => names.includes(e.name)).reduce((x, e) => x + (e.dur ?? 0), 0) / 1000, 1);
      const style = sum(['UpdateLayoutTree']);
      const layout = sum(['Layout']);
      const paint = sum(['Paint', 'PrePaint', 'Layerize', 'Commit']);
      const gc = sum(['MajorGC', 'MinorGC', 'V8.GC_SCAVENGER']);
      // Wall time, then the thread's CPU time: far apart, the thread waited for a core (a loaded machine).
      return `+${round((t.ts - a) / 1000, 0)} ${kind} ${round((t.dur ?? 0) / 1000, 1)}ms, cpu ${round((t.tdur ?? 0) / 1000, 1)} (style ${style}, layout ${layout}, paint ${paint}${gc ? `, gc ${gc}` : ''})`;
    });
    return `${round((b - a) / 1000, 0)} ms: ${parts.join('; ')}`;
  };
  if (typical) console.log(`a typical press (the median window):\n  ${describe(typical)}`);
  console.log(`the slowest presses:\n${slowest.map((w) => `  ${describe(w)}`).join('\n')}`);
  console.log('main thread by event, per press (ms, nested events overlap):');
  for (const [k, v] of [...kinds].sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(28)} ${round(v / 1000 / windows.length, 1)}`);

  // Every thread's share, not only the main thread's: the renderer's compositor and raster workers
  // and the GPU process's display compositor (without a GPU, it draws every frame in software: a
  // compositor animation such as the camera's push-in costs there, not on the main thread).
  const threadNames = new Map<string, string>();
  for (const e of events) {
    if (e.ph === 'M' && (e.name === 'thread_name' || e.name === 'process_name')) threadNames.set(e.name === 'thread_name' ? `${e.pid}:${e.tid}` : `${e.pid}`, e.args?.name ?? '');
  }
  const byThread = new Map<string, { wall: number; cpu: number }>();
  for (const e of events) {
    if (e.ph !== 'X' || !e.cat.split(',').includes('toplevel') || !inWindow(e.ts)) continue;
    const key = `${threadNames.get(`${e.pid}`) ?? e.pid}/${threadNames.get(`${e.pid}:${e.tid}`) ?? e.tid}`;
    const t = byThread.get(key) ?? { wall: 0, cpu: 0 };
    t.wall += e.dur ?? 0;
    t.cpu += e.tdur ?? 0;
    byThread.set(key, t);
  }
  console.log('tasks by thread, per press (ms wall, ms thread CPU):');
  for (const [k, t] of [...byThread].sort((a, b) => b[1].cpu - a[1].cpu).slice(0, 6)) {
    console.log(`  ${k.padEnd(44)} ${round(t.wall / 1000 / windows.length, 1)}, cpu ${round(t.cpu / 1000 / windows.length, 1)}`);
  }

  // CPU profile: self time by function, and total (inclusive) time, inside the windows.
  const { self, total, counted } = profileTimes(profile, inWindow);
  const top = (m: Map<string, number>, n: number) =>
    [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `  ${round(v / 1000 / windows.length, 2).toString().padStart(7)}  ${k}`).join('\n');
  console.log(`profiled CPU per press ${round(counted / 1000 / windows.length, 1)} ms`);
  console.log('self time per press (ms):\n' + top(self, 30));
  console.log('total time per press (ms):\n' + top(total, 70));
} finally {
  await browser.close();
  await served.close();
}

function median(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)] ?? NaN;
}
