// Where a cold first decision's time goes: loads a served build (gzip, fresh context, reduced
// motion: the bench's coldFirstDecision) and plays it with the bench's own player
// (firstDecisionDriver), while a second init script writes a timeline in the page: the first paint,
// the title's buttons on top, the table click, every key the player sends, the first line, the
// choices on screen, the stage's picture on screen, the first decision; every gap between animation
// frames over 50 ms (the main thread busy or the page waiting); and when each file was asked for
// and arrived. Given several builds it loads them in turn (A B A B...), and the hello world if
// HELLO=dir is set, and prints each build's medians.
//
//   tsx scripts/bench/decision-parts.ts /tmp/base dist      (RUNS=5, THROTTLE=1, LANG=fa)
import path from 'node:path';
import { launch, serve } from '../../tests/e2e/harness.ts';
import type { Page } from 'playwright-core';
import { median, newPage, round, waitForMark } from './measure.ts';
import { firstDecisionDriver, stageShowsScript } from './probes.ts';

const dirs = process.argv.slice(2).map((d) => path.resolve(d));
if (dirs.length === 0) throw new Error('usage: decision-parts.ts <build dir>...');
const THROTTLE = Number(process.env.THROTTLE ?? 1);
const RUNS = Number(process.env.RUNS ?? 5);
const LANG = process.env.LANG_PARAM ?? '';
const HELLO = process.env.HELLO ? path.resolve(process.env.HELLO) : null;

declare global {
  interface Window {
    __parts?: { t: number; what: string }[];
  }
}

/** Writes the timeline into window.__parts (every entry once, at the frame it is first seen). */
function timeline(): void {
  const parts: { t: number; what: string }[] = [];
  window.__parts = parts;
  const seen = new Set<string>();
  const once = (what: string, t = performance.now()) => {
    if (seen.has(what)) return;
    seen.add(what);
    parts.push({ t, what });
  };
  window.addEventListener('keydown', (e) => parts.push({ t: performance.now(), what: `key ${e.key === ' ' ? 'Space' : e.key}` }), true);
  window.addEventListener('click', (e) => parts.push({ t: performance.now(), what: `click ${(e.target as HTMLElement).textContent?.slice(0, 20)}` }), true);
  new PerformanceObserver((l) => l.getEntries().forEach((e) => parts.push({ t: e.startTime, what: `longtask ${Math.round(e.duration)}ms` }))).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((l) => l.getEntries().forEach((e) => once(e.name, e.startTime))).observe({ type: 'paint', buffered: true });
  let last = 0;
  let lineText = '';
  const frame = (t: number) => {
    const now = performance.now();
    if (last && t - last > 50) parts.push({ t: last, what: `frame gap ${Math.round(t - last)}ms` });
    last = t;
    const hook = (window as unknown as { roundTable?: { stageOnScreen: string | null; framesDrawn: number } }).roundTable;
    if (hook) once('hook');
    if (hook && hook.framesDrawn > 0) once('stage first frame drawn');
    if (hook?.stageOnScreen) once(`stage on screen: ${hook.stageOnScreen}`);
    const text = document.querySelector('#dialogue .dialogue__text');
    if (text && text.textContent !== lineText) {
      lineText = text.textContent ?? '';
      parts.push({ t: now, what: `line "${lineText.slice(0, 24)}" revealed=${text.getAttribute('data-revealed')}` });
    }
    if (document.querySelector('#dialogue .dialogue__next')) once(`next shown for "${lineText.slice(0, 12)}"`);
    const choices = document.querySelectorAll<HTMLButtonElement>('#choices button[data-choice]');
    if (choices.length > 0) once(`choices ${[...choices].map((c) => c.dataset.move).join(',')}`);
    if (window.__firstDecision !== undefined) once('first decision', window.__firstDecision);
    if (window.__firstDecision === undefined || now - window.__firstDecision < 100) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/**
 * How the script waits for a marker: WAIT=playwright with waitForFunction (which injects
 * Playwright's own script into the page while it loads), else a plain evaluate (see waitForMark).
 */
const WAIT = process.env.WAIT ?? 'evaluate';
const waitFor = (page: Page, marker: '__firstDecision' | '__firstFrame') =>
  WAIT === 'playwright'
    ? page.waitForFunction((m) => (window as unknown as Record<string, unknown>)[m] !== undefined, marker, { timeout: 60_000 }).then(() => undefined)
    : waitForMark(page, marker).then(() => undefined);

/** The hello world's first frame, one cold load (the bench's coldLoad). */
async function helloLoad(url: string): Promise<number> {
  const browser = await shared;
  const page = await newPage({ browser, throttle: THROTTLE }, { reducedMotion: 'reduce' });
  await page.goto(url);
  await waitFor(page, '__firstFrame');
  const ms = await page.evaluate(() => window.__firstFrame as number);
  await page.context().close();
  return ms;
}

const shared = launch();
const sites = await Promise.all(dirs.map((dir) => serve(dir, { gzip: true })));
const helloSite = HELLO ? await serve(HELLO, { gzip: true }) : null;
const summary = new Map<string, Record<string, number>[]>(dirs.map((d) => [d, []]));
const hellos: number[] = [];
try {
  const browser = await shared;
  for (let turn = -dirs.length; turn < RUNS * dirs.length; turn++) {
    const warmUp = turn < 0;
    const i = (turn + dirs.length) % dirs.length;
    const dir = dirs[i] as string;
    const page = await newPage({ browser, throttle: THROTTLE }, { reducedMotion: 'reduce' });
    await page.addInitScript(timeline);
    await page.addInitScript({ content: stageShowsScript });
    await page.addInitScript(firstDecisionDriver);
    await page.goto(`${(sites[i] as { url: string }).url}${LANG ? `?lang=${LANG}` : ''}`);
    await waitFor(page, '__firstDecision');
    await page.waitForTimeout(150);
    const { parts, resources, nav } = await page.evaluate(() => ({
      parts: window.__parts ?? [],
      resources: performance.getEntriesByType('resource').map((e) => {
        const r = e as PerformanceResourceTiming;
        return { name: r.name.replace(location.origin, '').replace(/-[\w-]{8}\./, '.'), start: r.startTime, end: r.responseEnd };
      }),
      nav: (() => {
        const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        return { responseEnd: n.responseEnd, domInteractive: n.domInteractive, domContentLoaded: n.domContentLoadedEventEnd, load: n.loadEventEnd };
      })(),
    }));
    await page.context().close();
    if (helloSite) {
      const h = await helloLoad(helloSite.url);
      if (!warmUp) hellos.push(h);
    }
    if (warmUp) continue;
    const at = (what: string | RegExp) => parts.find((p) => (typeof what === 'string' ? p.what === what : what.test(p.what)))?.t ?? NaN;
    const row = {
      html: nav.responseEnd,
      fcp: at('first-contentful-paint'),
      click: at(/^click/),
      firstLine: at(/^line/),
      stageFirstFrame: at('stage first frame drawn'),
      stageTable: at('stage on screen: table'),
      choices: at(/^choices (?!continue$)/),
      decision: at('first decision'),
      /** The stage's share: from the click to the table's picture, and past the moves on screen. */
      clickToDecision: at('first decision') - at(/^click/),
      choicesToDecision: at('first decision') - at(/^choices (?!continue$)/),
    };
    summary.get(dir)?.push(row);
    console.log(`\n${path.basename(dir)} run ${turn / dirs.length + 1 | 0}: ${JSON.stringify(Object.fromEntries(Object.entries(row).map(([k, v]) => [k, round(v, 0)])))}`);
    if (process.env.QUIET !== '1') {
      const rows = [
        ...parts.map((p) => ({ t: p.t, s: p.what })),
        ...resources.map((r) => ({ t: r.start, s: `  fetch ${r.name} (${round(r.end - r.start, 0)} ms, in at ${round(r.end, 0)})` })),
      ].sort((a, b) => a.t - b.t);
      for (const r of rows) console.log(`  ${round(r.t, 0).toString().padStart(6)}  ${r.s}`);
    }
  }
} finally {
  await (await shared).close();
  await Promise.all(sites.map((s) => s.close()));
  await helloSite?.close();
}
for (const [dir, rows] of summary) {
  const keys = Object.keys(rows[0] ?? {});
  console.log(`${path.basename(dir)} medians of ${rows.length}: ${JSON.stringify(Object.fromEntries(keys.map((k) => [k, round(median(rows.map((r) => (r as Record<string, number>)[k] as number)), 0)])))}`);
  console.log(`  decisions: ${rows.map((r) => round(r.decision as number, 0)).join(', ')}`);
}
if (hellos.length) console.log(`hello world first frame: median ${round(median(hellos), 0)} ms; ${hellos.map((h) => round(h, 0)).join(', ')}`);
