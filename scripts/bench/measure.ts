// The bench's measurements, one function each, on a served build in headless Chromium.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Served } from '../../tests/e2e/harness.ts';
import { DebateEngine } from '../../src/debate/engine.ts';
import type { Preset } from '../../src/debate/contract.ts';
import type { Built } from './builds.ts';
import { firstChoiceProbe, latencyProbe, lineState } from './probes.ts';
import { frameCpu, Tracer } from './trace.ts';
import { seededRandom } from '../ink/report.ts';

export const KEY_SAMPLES = Number(process.env.BENCH_KEYS ?? 120);
export const REPLAYS = 50;
const VIEWPORT = { width: 1280, height: 800 };

// tsx compiles this file with esbuild's keepNames, which wraps inner functions in __name(); the
// functions handed to the page need that helper there too.
const KEEP_NAMES = { content: 'globalThis.__name = (fn) => fn;' };

export const median = (xs: number[]) => quantile(xs, 0.5);
export function quantile(xs: number[], q: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] as number;
}
export const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;
export const kb = (bytes: number) => round(bytes / 1024, 1);

type Kind = 'html' | 'js' | 'css' | 'fonts' | 'audio' | 'images' | 'other';
function kindOf(file: string): Kind {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.html' || file === '') return 'html';
  if (ext === '.js' || ext === '.mjs') return 'js';
  if (ext === '.css') return 'css';
  if (['.woff', '.woff2', '.ttf', '.otf'].includes(ext)) return 'fonts';
  if (['.webm', '.mp3', '.ogg', '.wav', '.m4a'].includes(ext)) return 'audio';
  if (['.svg', '.png', '.jpg', '.jpeg', '.webp', '.gif', '.ico'].includes(ext)) return 'images';
  return 'other';
}

export interface LoadResult {
  ms: number;
  /** Files requested before the moment, relative to the build folder (the document is ''). */
  files: string[];
}

/** One cold load (fresh browser context, empty cache): time to the marker, files fetched by then. */
export async function coldLoad(browser: Browser, served: Served, marker: '__firstChoice' | '__firstFrame'): Promise<LoadResult> {
  const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion: 'reduce', serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(KEEP_NAMES);
  if (marker === '__firstChoice') await page.addInitScript(firstChoiceProbe);
  await page.goto(served.url);
  await page.waitForFunction((m) => (window as unknown as Record<string, unknown>)[m] !== undefined, marker, {
    timeout: 60_000,
  });
  const result = await page.evaluate((m) => {
    const at = (window as unknown as Record<string, number>)[m] as number;
    const files = performance
      .getEntriesByType('resource')
      .filter((e) => e.startTime <= at && e.name.startsWith(location.origin))
      .map((e) => new URL(e.name).pathname);
    return { ms: at, files };
  }, marker);
  await context.close();
  return { ms: result.ms, files: ['', ...result.files.map((f) => decodeURIComponent(f).replace(/^\//, ''))] };
}

export function bytesOf(built: Built, files: string[]) {
  const byKind: Record<Kind, number> = { html: 0, js: 0, css: 0, fonts: 0, audio: 0, images: 0, other: 0 };
  for (const f of new Set(files)) {
    const entry = built.files.get(f === '' ? 'index.html' : f);
    if (!entry) continue;
    byKind[kindOf(f === '' ? 'index.html' : f)] += entry.gzip;
  }
  const total = Object.values(byKind).reduce((a, b) => a + b, 0);
  return { total, ...byKind };
}

/** A complete path through the debate: seeded random choices until an ending. */
export function randomPath(json: string, hash: string, preset: Preset, seed: number): number[] {
  const engine = new DebateEngine(json, hash);
  let beat = engine.start(preset, seed);
  const random = seededRandom(seed);
  const path: number[] = [];
  while (beat.choices && !beat.ending) {
    const pick = Math.floor(random() * beat.choices.choices.length);
    path.push(pick);
    beat = engine.choose(pick);
  }
  return path;
}

export async function openGame(browser: Browser, served: Served, reducedMotion: 'reduce' | 'no-preference'): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(KEEP_NAMES);
  await page.addInitScript(firstChoiceProbe);
  await page.goto(served.url);
  await page.waitForFunction(() => window.__firstChoice !== undefined, undefined, { timeout: 60_000 });
  return page;
}

/** From the click on "The short table" to the first in-debate choice on screen, Enter each frame. */
export async function timeToDebateChoice(browser: Browser, served: Served): Promise<{ ms: number; presses: number }> {
  const page = await openGame(browser, served, 'reduce');
  const result = await page.evaluate(async () => {
    const frame = () => new Promise<number>((r) => requestAnimationFrame(r));
    const short = [...document.querySelectorAll('button')].find((b) => /The short table/.test(b.textContent ?? ''));
    if (!short) throw new Error('no short table button');
    const started = performance.now();
    short.click();
    let presses = 0;
    for (let i = 0; i < 2000; i++) {
      const now = await frame();
      const choice = document.querySelector<HTMLElement>('#choices button[data-choice]');
      if (choice?.checkVisibility()) return { ms: now - started, presses };
      if (document.querySelector('#dialogue .dialogue__next')) {
        presses++;
        document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      }
    }
    throw new Error('no choice appeared');
  });
  await page.context().close();
  return result;
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

/** Presses Enter on waiting lines (and numbers at decisions) through replays of the short table. */
export async function keyLatency(browser: Browser, served: Served, motion: 'reduce' | 'no-preference' = 'no-preference') {
  const page = await openGame(browser, served, motion);
  // Instant text: a waiting line is reached at once, so samples come quickly; the measured step
  // (Enter on a waiting line -> next line on screen) is the same at any text speed.
  await page.getByRole('button', { name: /The short table/ }).click();
  await page.evaluate(latencyProbe);
  const random = seededRandom(7);
  let samples = 0;
  for (let guard = 0; samples < KEY_SAMPLES && guard < KEY_SAMPLES * 20; guard++) {
    const state = await waitForState(page, ['revealing', 'waiting', 'choices', 'ending']);
    if (state === 'revealing') {
      await page.keyboard.press('Space');
    } else if (state === 'waiting') {
      await page.evaluate(() => window.__armLatency?.());
      const before = await page.evaluate(() => window.__latency?.length ?? 0);
      await page.keyboard.press('Enter');
      await page.waitForFunction((n) => (window.__latency?.length ?? 0) > n, before, { timeout: 10_000 });
      samples++;
    } else if (state === 'choices') {
      const count = await page.locator('#choices button[data-choice]').count();
      await page.keyboard.press(String(1 + Math.floor(random() * Math.min(9, count))));
    } else {
      await page.getByRole('button', { name: 'Play again' }).click();
    }
  }
  const latency = await page.evaluate(() => window.__latency ?? []);
  await page.context().close();
  const ms = latency.map((l) => l.ms);
  const frames = latency.map((l) => l.frames);
  return {
    samples: latency.length,
    p50ms: round(median(ms)),
    p99ms: round(quantile(ms, 0.99)),
    p50frames: median(frames),
    p99frames: quantile(frames, 0.99),
    /** Presses whose line took longer than one 60 Hz frame, and the slowest few (ms). */
    overOneFrame: ms.filter((x) => x > 1000 / 60).length,
    slowest: [...ms].sort((a, b) => b - a).slice(0, 5).map((x) => round(x, 1)),
  };
}

/** Marks reveal:start now and reveal:end when the line is fully shown (seen by a MutationObserver). */
export function revealedMarked(): Promise<void> {
  performance.mark('reveal:start');
  const revealed = () => !document.querySelector('#dialogue .dialogue__text[data-revealed="false"]');
  return new Promise((resolve) => {
    const finish = () => {
      performance.mark('reveal:end');
      resolve();
    };
    if (revealed()) return finish();
    const observer = new MutationObserver(() => {
      if (!revealed()) return;
      observer.disconnect();
      finish();
    });
    observer.observe(document.getElementById('dialogue') as HTMLElement, { subtree: true, childList: true, characterData: true });
  });
}

/** CPU per frame while lines reveal at the normal text speed, from a Chrome trace. */
export async function revealCpu(browser: Browser, served: Served) {
  const page = await openGame(browser, served, 'no-preference');
  await page.getByRole('button', { name: /The short table/ }).click();
  const tracer = new Tracer(page);
  await tracer.start();
  let lines = 0;
  for (let guard = 0; lines < 6 && guard < 100; guard++) {
    const state = await waitForState(page, ['revealing', 'waiting', 'choices']);
    if (state === 'revealing') {
      // Wait inside the page: polling it from here would add work to the very frames measured.
      await page.evaluate(revealedMarked);
      lines++;
    } else if (state === 'waiting') {
      await page.keyboard.press('Enter');
    } else {
      await page.keyboard.press('1');
    }
  }
  const events = await tracer.stop();
  await page.context().close();
  const frames = frameCpu(events, 'reveal');
  return { lines, frames: frames.length, medianMs: round(median(frames), 3), p95Ms: round(quantile(frames, 0.95), 3) };
}

/** Frames the canvas draws (and animation-frame callbacks the page runs) while a line waits. */
export async function idleFrames(browser: Browser, served: Served) {
  const page = await openGame(browser, served, 'no-preference');
  await page.getByRole('button', { name: /The short table/ }).click();
  for (;;) {
    const state = await waitForState(page, ['revealing', 'waiting']);
    if (state === 'waiting') break;
    await page.keyboard.press('Space');
  }
  await page.waitForTimeout(1000);
  const read = () =>
    page.evaluate(() => ({
      frames: (window as unknown as { roundTable: { framesDrawn: number } }).roundTable.framesDrawn,
      raf: window.__rafCallbacks ?? 0,
    }));
  const before = await read();
  await page.waitForTimeout(3000);
  const after = await read();
  const stillWaiting = (await page.evaluate(lineState)) === 'waiting';
  await page.context().close();
  return { seconds: 3, framesDrawn: after.frames - before.frames, rafCallbacks: after.raf - before.raf, stillWaiting };
}

/** JS heap after 50 complete replays, less the heap after the first, each after a full GC. */
export async function heapGrowth(browser: Browser, served: Served, json: string, hash: string) {
  const page = await openGame(browser, served, 'reduce');
  const cdp = await page.context().newCDPSession(page);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    return usage.usedSize;
  };
  const runs = Array.from({ length: REPLAYS }, (_, i) => {
    const preset: Preset = i % 2 === 0 ? 'short' : 'full';
    const seed = 1000 + i;
    return { preset, seed, path: randomPath(json, hash, preset, seed) };
  });
  const replay = (run: (typeof runs)[number]) =>
    page.evaluate((r) => {
      (window as unknown as { roundTable: { replay(p: string, s: number, path: number[]): void } }).roundTable.replay(
        r.preset,
        r.seed,
        r.path,
      );
      return new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    }, run);
  await replay(runs[0] as (typeof runs)[number]);
  await page.waitForSelector('#ending-heading');
  const first = await heap();
  for (const run of runs.slice(1)) await replay(run);
  await page.waitForSelector('#ending-heading');
  const last = await heap();
  await cdp.detach();
  await page.context().close();
  return { replays: REPLAYS, firstMB: round(first / 2 ** 20), lastMB: round(last / 2 ** 20), growthMB: round((last - first) / 2 ** 20) };
}

