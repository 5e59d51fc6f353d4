// The bench's measurements, one function each, on a served build in headless Chromium. Every page
// the bench opens goes through `newPage`, which applies the run's CPU throttling, so a throttled
// run (`npm run bench -- --throttle 4`) is the same measurements with one parameter changed.
import type { Browser, Page } from 'playwright-core';
import type { Served } from '../../tests/e2e/harness.ts';
import { bytesOf, requestedBy, servedBy, transferredBytes, type BuildFiles, type ServedRequest } from './count.ts';
import { armRevealWindow, firstChoiceProbe, firstDecisionDriver, latencyProbe, lineState, playDebate, stageShowsScript } from './probes.ts';
import { frameCpu, longTasks, THREAD_GROUPS, Tracer, type FrameCost } from './trace.ts';

export const KEY_SAMPLES = Number(process.env.BENCH_KEYS ?? 120);
/** Lines whose reveal the CPU figure samples: enough frames that the p95 holds from run to run. */
export const REVEAL_LINES = Number(process.env.BENCH_LINES ?? 40);
export const REPLAYS = Number(process.env.BENCH_REPLAYS ?? 50);
const VIEWPORT = { width: 1280, height: 800 };

// tsx compiles this file with esbuild's keepNames, which wraps inner functions in __name(); the
// functions handed to the page need that helper there too.
const KEEP_NAMES = { content: 'globalThis.__name = (fn) => fn;' };

/** What every measurement shares: the browser and the run's parameters. */
export interface Bench {
  browser: Browser;
  /** CPU slow-down applied to every page (1 = none), via Emulation.setCPUThrottlingRate. */
  throttle: number;
}

/** A served build whose requests are logged (path and arrival time), with its files' sizes. */
export interface Site {
  served: Served;
  files: BuildFiles;
  log: ServedRequest[];
}

export const median = (xs: number[]) => quantile(xs, 0.5);
export function quantile(xs: number[], q: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] as number;
}
export const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;
export const kb = (bytes: number) => round(bytes / 1024, 1);

export async function newPage(
  bench: Bench,
  options: { reducedMotion: 'reduce' | 'no-preference'; serviceWorkers?: 'allow' | 'block' },
): Promise<Page> {
  const context = await bench.browser.newContext({
    viewport: VIEWPORT,
    reducedMotion: options.reducedMotion,
    serviceWorkers: options.serviceWorkers ?? 'block',
  });
  const page = await context.newPage();
  await page.addInitScript(KEEP_NAMES);
  if (bench.throttle > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: bench.throttle });
  }
  return page;
}

export interface LoadResult {
  ms: number;
  /** URL paths the page had requested by the moment (the document is '/'). */
  requested: string[];
}

/**
 * Waits for a marker the page sets (a time) through the DevTools protocol itself: one evaluation
 * in the page that checks every 50 ms. Not page.waitForFunction, which injects Playwright's own
 * script into the page as it loads (its compilation a task of ~25-40 ms at full speed, ~100 at 4x),
 * and not page.evaluate, which injects a smaller one: either ran inside the measured window, late
 * in a game's load but often after the hello world's first frame.
 */
export async function waitForMark(page: Page, marker: string, timeoutMs = 60_000): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const expression = `new Promise((resolve, reject) => {
      const deadline = performance.now() + ${timeoutMs};
      const check = () => {
        const at = window[${JSON.stringify(marker)}];
        if (at !== undefined) resolve(at);
        else if (performance.now() > deadline) reject(new Error('no ${marker} within ${timeoutMs} ms'));
        else setTimeout(check, 50);
      };
      check();
    })`;
    const { result, exceptionDetails } = (await cdp.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true })) as {
      result: { value?: number };
      exceptionDetails?: { exception?: { description?: string } };
    };
    if (exceptionDetails || typeof result.value !== 'number') throw new Error(exceptionDetails?.exception?.description ?? `no ${marker}`);
    return result.value;
  } finally {
    await cdp.detach();
  }
}

async function timeTo(page: Page, marker: '__firstChoice' | '__firstFrame' | '__firstDecision'): Promise<LoadResult> {
  await waitForMark(page, marker);
  const { at, entries, origin } = await page.evaluate((m) => {
    const at = (window as unknown as Record<string, number>)[m] as number;
    const entries = performance.getEntriesByType('resource').map((e) => ({ name: e.name, startTime: e.startTime }));
    return { at, entries, origin: location.origin };
  }, marker);
  return { ms: at, requested: requestedBy(entries, origin, at) };
}

/**
 * One cold load (fresh context, empty cache, no service worker) to a moment: the title menu's
 * table buttons on screen (`__firstChoice`), or the hello world's first frame (`__firstFrame`).
 */
export async function coldLoad(bench: Bench, site: Site, marker: '__firstChoice' | '__firstFrame'): Promise<LoadResult> {
  const page = await newPage(bench, { reducedMotion: 'reduce' });
  if (marker === '__firstChoice') await page.addInitScript(firstChoiceProbe);
  await page.goto(site.served.url);
  const result = await timeTo(page, marker);
  await page.context().close();
  return result;
}

/**
 * One cold load played at once to the first decision of a debate (the short table): the time from
 * navigation to the frame in which its moves are on screen with the stage drawn, and the files
 * fetched by then (the stage's chunks included).
 */
export async function coldFirstDecision(bench: Bench, site: Site): Promise<LoadResult & { presses: number; clickToLineMs: number }> {
  const page = await newPage(bench, { reducedMotion: 'reduce' });
  await page.addInitScript({ content: stageShowsScript });
  await page.addInitScript(firstDecisionDriver);
  await page.goto(site.served.url);
  const result = await timeTo(page, '__firstDecision');
  const { presses, clickToLineMs } = await page.evaluate(() => ({
    presses: window.__decisionPresses ?? 0,
    clickToLineMs: (window.__firstLineAt ?? NaN) - (window.__tableClickedAt ?? NaN),
  }));
  await page.context().close();
  return { ...result, presses, clickToLineMs };
}

/**
 * The main thread's long tasks (over 50 ms) from navigation to the first decision, in a traced cold
 * load played at once (the same player as coldFirstDecision: the short table clicked in the first
 * frame it is on screen, then Enter through the lines).
 */
export async function startupLongTasks(bench: Bench, site: Site) {
  const page = await newPage(bench, { reducedMotion: 'reduce' });
  await page.addInitScript({ content: stageShowsScript });
  await page.addInitScript(firstDecisionDriver);
  const tracer = new Tracer(page);
  await tracer.start();
  await page.goto(site.served.url);
  // Not waitForFunction: it would inject Playwright's selector engine, whose compilation is itself a
  // long task inside the measured window (~100 ms at 4x); see waitForMark.
  const firstDecisionMs = await waitForMark(page, '__firstDecision');
  const events = await tracer.stop();
  await page.context().close();
  return { ...longTasks(events, 'first-decision'), firstDecisionMs: round(firstDecisionMs, 1) };
}

/** Waits until the server has had no request for `quietMs`. */
async function serverQuiet(site: Site, quietMs: number, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const last = site.log.at(-1)?.at ?? 0;
    if (Date.now() - last >= quietMs) return;
    if (Date.now() > deadline) throw new Error('the page kept fetching');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * A whole first visit with the offline worker allowed: everything the server sends until the
 * page has drawn its stage, loaded its sounds, and the worker holds the whole build. Counted from
 * the server's log, so the worker's own fetches are in it.
 */
export async function firstVisit(bench: Bench, site: Site, kind: 'game' | 'hello') {
  const from = site.log.length;
  const page = await newPage(bench, { reducedMotion: 'reduce', serviceWorkers: 'allow' });
  await page.goto(site.served.url);
  if (kind === 'game') {
    await page.waitForFunction(() => ((window as unknown as { roundTable?: { framesDrawn: number } }).roundTable?.framesDrawn ?? 0) > 0, undefined, { timeout: 60_000 });
    await page.waitForFunction(
      async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return registration?.active?.state === 'activated';
      },
      undefined,
      { timeout: 120_000, polling: 200 },
    );
  } else {
    await page.waitForFunction(() => window.__firstFrame !== undefined, undefined, { timeout: 60_000 });
  }
  await serverQuiet(site, 1500);
  const requested = servedBy(site.log.slice(from));
  await page.context().close();
  return { ...bytesOf(site.files, requested), transferred: transferredBytes(site.files, requested), requests: requested.length };
}

async function waitForState(page: Page, wanted: ReturnType<typeof lineState>[], timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = await page.evaluate(lineState);
    if (wanted.includes(state)) return state;
    if (Date.now() > deadline) throw new Error(`waited for ${wanted.join('/')}, still ${state}`);
    await page.waitForTimeout(20);
  }
}

/** Opens the game and starts the short table; the stage has drawn before anything is measured. */
async function openDebate(bench: Bench, site: Site, reducedMotion: 'reduce' | 'no-preference'): Promise<Page> {
  const page = await newPage(bench, { reducedMotion });
  await page.addInitScript(firstChoiceProbe);
  await page.goto(site.served.url);
  await page.waitForFunction(() => window.__firstChoice !== undefined, undefined, { timeout: 60_000 });
  await page.locator('#screen button', { hasText: /The short table/ }).click();
  return page;
}

/** Clicks a move at random (seeded by the caller) at a decision; "Play again" at the ending. */
async function moveOn(page: Page, state: ReturnType<typeof lineState>, random: () => number): Promise<void> {
  if (state === 'ending') {
    await page.locator('#screen button', { hasText: 'Play again' }).click();
    return;
  }
  const moves = page.locator('#choices button[data-choice]');
  const count = await moves.count();
  await moves.nth(Math.floor(random() * count)).click();
}

/**
 * Key press (Enter on a waiting line) to the next line on screen, through replays of the short
 * table at the normal text speed: the time from the key event to the presentation of the frame
 * that painted the line, and that time in display frames (ms / the display's frame interval,
 * rounded up: 1 = on screen within one frame of the key). A frame count from animation-frame
 * callbacks alone would say 1 for a press whose task ran 150 ms, since no frame begins until it
 * ends; so frames are counted from the clock. `framesBegun` keeps that other count for reference.
 */
export async function keyLatency(bench: Bench, site: Site, motion: 'reduce' | 'no-preference' = 'no-preference') {
  const page = await openDebate(bench, site, motion);
  await page.evaluate(latencyProbe);
  const random = seeded(7);
  let samples = 0;
  for (let guard = 0; samples < KEY_SAMPLES && guard < KEY_SAMPLES * 20; guard++) {
    const state = await waitForState(page, ['revealing', 'waiting', 'choices', 'ending']);
    if (state === 'revealing') {
      await page.keyboard.press('Space');
    } else if (state === 'waiting') {
      await page.evaluate(() => window.__armLatency?.());
      const before = await page.evaluate(() => window.__latency?.length ?? 0);
      await page.keyboard.press('Enter');
      // The last line of a debate leads to the ending screen, not to a line: no sample.
      await page.waitForFunction((n) => (window.__latency?.length ?? 0) > n || !!document.getElementById('ending-heading'), before, {
        timeout: 10_000,
      });
      if ((await page.evaluate(() => window.__latency?.length ?? 0)) > before) samples++;
      else await page.evaluate(() => window.__cancelLatency?.());
    } else {
      await moveOn(page, state, random);
    }
  }
  const latency = await page.evaluate(() => window.__latency ?? []);
  const frameMs = await displayFrameMs(page);
  await page.context().close();
  const ms = latency.map((l) => l.ms);
  const frames = ms.map((x) => framesOf(x, frameMs));
  const begun = latency.map((l) => l.frames);
  return {
    samples: latency.length,
    p50ms: round(median(ms)),
    p99ms: round(quantile(ms, 0.99)),
    frameMs: round(frameMs),
    p50frames: median(frames),
    p99frames: quantile(frames, 0.99),
    /** Animation frames begun from the key to the one that painted the line (1 = the next one begun). */
    framesBegun: { p50: median(begun), p99: quantile(begun, 0.99) },
    /** Presses whose line was on screen later than one frame after the key, and the slowest few (ms). */
    laterThanFirstFrame: frames.filter((f) => f > 1).length,
    slowest: [...ms].sort((a, b) => b - a).slice(0, 5).map((x) => round(x, 1)),
    /** Every press's time (ms), in order. */
    all: ms.map((x) => round(x, 1)),
    /** Samples timed by the frame after layout because Chromium gave no paint entry. */
    fallbacks: latency.filter((l) => l.method !== 'element-timing').length,
  };
}

/** Display frames a wait of `ms` spans (a partial frame counts whole; 0 ms is still one frame). */
export function framesOf(ms: number, frameMs: number): number {
  return Math.max(1, Math.ceil(ms / frameMs - 1e-6));
}

/** The display's frame interval, from the median gap between 31 animation frames of an idle page. */
async function displayFrameMs(page: Page): Promise<number> {
  const gaps = await page.evaluate(
    () =>
      new Promise<number[]>((resolve) => {
        const times: number[] = [];
        const tick = (t: number) => {
          times.push(t);
          if (times.length > 31) resolve(times.slice(1).map((x, i) => x - (times[i] as number)));
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );
  return median(gaps);
}

/**
 * CPU per frame while lines reveal at the normal text speed, from a Chrome trace: every frame from
 * the key press that brings a line to the end of its reveal, over REVEAL_LINES lines.
 */
export async function revealCpu(bench: Bench, site: Site) {
  const page = await openDebate(bench, site, 'no-preference');
  const random = seeded(11);
  // The first line is on its way already: let it finish, so every measured line starts at a press.
  await waitForState(page, ['waiting', 'choices']);
  const tracer = new Tracer(page);
  await tracer.start();
  let lines = 0;
  for (let guard = 0; lines < REVEAL_LINES && guard < REVEAL_LINES * 10; guard++) {
    const state = await waitForState(page, ['revealing', 'waiting', 'choices', 'ending']);
    if (state === 'revealing') {
      // A line begun by a press already measured, still revealing: wait in the page, not by polling.
      await page.evaluate(
        () =>
          new Promise<void>((resolve) => {
            const check = () => {
              if (document.querySelector('#dialogue .dialogue__text[data-revealed="false"]')) return;
              observer.disconnect();
              resolve();
            };
            const observer = new MutationObserver(check);
            observer.observe(document.body, { subtree: true, attributes: true, childList: true });
            check();
          }),
      );
      continue;
    }
    await page.evaluate(armRevealWindow);
    if (state === 'waiting') await page.keyboard.press('Enter');
    else if (state === 'choices') {
      const moves = page.locator('#choices button[data-choice]');
      await moves.nth(Math.floor(random() * (await moves.count()))).focus();
      await page.keyboard.press('Enter');
    } else await page.locator('#screen button', { hasText: 'Play again' }).press('Enter');
    const outcome = await page.evaluate(() => window.__revealWindow);
    if (outcome === 'line') lines++;
  }
  const events = await tracer.stop();
  await page.context().close();
  const frames = frameCpu(events, 'reveal');
  const totals = frames.map((f) => f.total);
  const half = Math.floor(frames.length / 2);
  const byGroup = Object.fromEntries(
    THREAD_GROUPS.map((g) => [g, { median: round(median(frames.map((f: FrameCost) => f[g])), 3), p95: round(quantile(frames.map((f: FrameCost) => f[g]), 0.95), 3) }]),
  );
  return {
    lines,
    frames: frames.length,
    medianMs: round(median(totals), 3),
    p95Ms: round(quantile(totals, 0.95), 3),
    /** The p95 of the first and the second half of the frames: close together when the sample is enough. */
    p95Halves: [round(quantile(totals.slice(0, half), 0.95), 3), round(quantile(totals.slice(half), 0.95), 3)],
    byThread: byGroup,
  };
}

/**
 * Frames the canvas draws (and animation-frame callbacks the page runs) while a line waits. The
 * stage must have booted and drawn first: a stage that never started draws nothing either, and
 * that is a failure, not a quiet table.
 */
export async function idleFrames(bench: Bench, site: Site) {
  const page = await openDebate(bench, site, 'no-preference');
  for (;;) {
    const state = await waitForState(page, ['revealing', 'waiting']);
    if (state === 'waiting') break;
    await page.keyboard.press('Space');
  }
  const framesDrawn = () => page.evaluate(() => (window as unknown as { roundTable: { framesDrawn: number } }).roundTable.framesDrawn);
  const booted = await page
    .waitForFunction(() => (window as unknown as { roundTable: { framesDrawn: number } }).roundTable.framesDrawn > 0, undefined, { timeout: 30_000 })
    .then(() => true, () => false);
  await page.waitForTimeout(1000);
  const read = async () => ({ frames: await framesDrawn(), raf: await page.evaluate(() => window.__rafCallbacks ?? 0) });
  const before = await read();
  await page.waitForTimeout(3000);
  const after = await read();
  const stillWaiting = (await page.evaluate(lineState)) === 'waiting';
  await page.context().close();
  return {
    seconds: 3,
    booted,
    framesBefore: before.frames,
    framesDrawn: after.frames - before.frames,
    rafCallbacks: after.raf - before.raf,
    stillWaiting,
  };
}

/**
 * JS heap after REPLAYS debates replayed the way a player replays them (in one page: "Play again"
 * or back to the title for the other table, then every line revealed and every move clicked, with
 * autosave after each move and sound on), less the heap after the first; each after a full GC.
 */
export async function heapGrowth(bench: Bench, site: Site) {
  const page = await newPage(bench, { reducedMotion: 'no-preference' });
  await page.addInitScript(firstChoiceProbe);
  await page.goto(site.served.url);
  await page.waitForFunction(() => window.__firstChoice !== undefined, undefined, { timeout: 60_000 });
  const cdp = await page.context().newCDPSession(page);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    return usage.usedSize;
  };
  let previous: 'full' | 'short' | undefined;
  let decisions = 0;
  let first = 0;
  const started = performance.now();
  for (let i = 0; i < REPLAYS; i++) {
    const preset: 'full' | 'short' = i % 2 === 0 ? 'short' : 'full';
    decisions += await page.evaluate(playDebate, { preset, seed: 1000 + i, ...(previous && { previous }) });
    previous = preset;
    if (i === 0) first = await heap();
  }
  const last = await heap();
  const saves = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('round-table:')).length);
  await cdp.detach();
  await page.context().close();
  return {
    replays: REPLAYS,
    decisions,
    savedKeys: saves,
    seconds: round((performance.now() - started) / 1000, 1),
    firstMB: round(first / 2 ** 20),
    lastMB: round(last / 2 ** 20),
    growthMB: round((last - first) / 2 ** 20),
  };
}

/** A small seeded generator for the bench's own picks (mulberry32). */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
