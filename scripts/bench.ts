// npm run bench: builds the production game and a stock Phaser hello world, serves both on
// loopback, measures them in headless Chromium and prints a table; the last line is one JSON object
// with one field per figure (its value, its target and whether it is met) and the details behind it.
// Timings are medians of several cold loads, alternated between the two builds.
//
//   npm run bench                     every figure at full CPU speed
//   npm run bench -- --throttle 4     every browser figure again with the CPU slowed 4x (DevTools
//                                     throttling), beside the full-speed ones
//   BENCH_QUICK=1 npm run bench       skips the slow parts (heap, story walk, Lighthouse) while iterating
//   BENCH_LIGHTHOUSE=0                skips Lighthouse (three runs of its mobile profile)
import os from 'node:os';
import path from 'node:path';
import { launch, serve } from '../tests/e2e/harness.ts';
import { buildGame, buildHelloWorld, gzipSize, phaserVersion, type Built } from './bench/builds.ts';
import { bytesOf, type Bytes } from './bench/count.ts';
import { lighthouseMedian } from './bench/lighthouse.ts';
import {
  coldFirstDecision,
  coldLoad,
  firstVisit,
  heapGrowth,
  idleFrames,
  kb,
  keyLatency,
  median,
  revealCpu,
  round,
  startupLongTasks,
  type Bench,
  type LoadResult,
  type Site,
} from './bench/measure.ts';
import { compileInkFile } from './ink/compile.ts';
import { walkPresets } from './ink/walk-parallel.ts';

const ROOT = process.cwd();
const LOADS = Number(process.env.BENCH_LOADS ?? 7);
const QUICK = process.env.BENCH_QUICK === '1';
const LIGHTHOUSE = !QUICK && process.env.BENCH_LIGHTHOUSE !== '0';
/** Traced cold loads for the long-task figure (the median run by total blocking time is reported). */
const TRACED_LOADS = Number(process.env.BENCH_TRACED ?? 3);

/** One figure of the bench: what it measured, the target, and whether the target is met. */
export interface Figure {
  value: number;
  unit: string;
  target: string;
  met: boolean;
  [detail: string]: unknown;
}

function parseArgs(argv: readonly string[]): { throttle: number } {
  let throttle = Number(process.env.BENCH_THROTTLE ?? 1);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--throttle') throttle = Number(argv[++i]);
    else if (arg.startsWith('--throttle=')) throttle = Number(arg.slice('--throttle='.length));
    else throw new Error(`unknown argument ${arg} (known: --throttle N)`);
  }
  if (!Number.isFinite(throttle) || throttle < 1) throw new Error('--throttle takes a number >= 1');
  return { throttle };
}

async function serveLogged(built: Built): Promise<Site> {
  const log: Site['log'] = [];
  // Compressed, as any real host serves a site: Lighthouse's simulated network counts these bytes.
  const served = await serve(built.dir, { gzip: true, onRequest: (p) => log.push({ path: p, at: Date.now() }) });
  return { served, files: built.files, log };
}

const ratio = (a: number, b: number) => round(a / b, 3);
const byKind = (b: Bytes) => `JS ${kb(b.js)}, CSS ${kb(b.css)}, fonts ${kb(b.fonts)}, audio ${kb(b.audio)}, images ${kb(b.images)}, HTML ${kb(b.html)} KB`;

interface Sites {
  game: Built;
  hello: Built;
  gameSite: Site;
  helloSite: Site;
}

/** Every browser figure at one CPU speed, with the table rows that show them. */
async function measureBrowser(bench: Bench, { game, hello, gameSite, helloSite }: Sites, options: { heap: boolean }) {
  const throttled = bench.throttle > 1;
  // Alternate cold loads of the two, so drift in the machine's load hits both alike.
  const titles: LoadResult[] = [];
  const decisions: (LoadResult & { presses: number; clickToLineMs: number })[] = [];
  const helloFrames: LoadResult[] = [];
  await coldLoad(bench, gameSite, '__firstChoice'); // warm-up: disk cache, JIT of the browser
  await coldLoad(bench, helloSite, '__firstFrame');
  for (let i = 0; i < LOADS; i++) {
    titles.push(await coldLoad(bench, gameSite, '__firstChoice'));
    helloFrames.push(await coldLoad(bench, helloSite, '__firstFrame'));
    decisions.push(await coldFirstDecision(bench, gameSite));
  }
  const helloMs = median(helloFrames.map((l) => l.ms));
  const helloBytes = bytesOf(hello.files, helloFrames[0]?.requested ?? []);
  const titleBytes = bytesOf(game.files, titles[0]?.requested ?? []);
  const titleMs = median(titles.map((l) => l.ms));
  const decisionBytes = bytesOf(game.files, decisions[0]?.requested ?? []);
  const decisionMs = median(decisions.map((l) => l.ms));
  const clickToLine = decisions.map((l) => l.clickToLineMs).filter(Number.isFinite);
  const clickToLineMs = median(clickToLine);
  const { traced, long } = await tracedLongTasks(bench, gameSite);
  const visit = await firstVisit(bench, gameSite, 'game');
  const helloVisit = await firstVisit(bench, helloSite, 'hello');

  // Every press's time stays out of the JSON line (scripts/bench/key-press.ts prints them).
  const { all: _presses, ...keys } = await keyLatency(bench, gameSite);
  const cpu = await revealCpu(bench, gameSite);
  const idle = await idleFrames(bench, gameSite);
  const heap = options.heap ? await heapGrowth(bench, gameSite) : null;
  // At full speed the line is painted in the first frame after the key; on a laptop four times
  // slower, within two.
  const keyFrames = throttled ? 2 : 1;

  const figures: Record<string, Figure> = {
    titleMenuBytes: {
      value: ratio(titleBytes.total, helloBytes.total),
      unit: 'x hello world',
      target: '<= 0.75 x hello world',
      met: titleBytes.total <= 0.75 * helloBytes.total,
      gameKB: kb(titleBytes.total),
      helloKB: kb(helloBytes.total),
      game: titleBytes,
    },
    titleMenuTime: {
      value: ratio(titleMs, helloMs),
      unit: 'x hello world first frame',
      target: '<= 1.15 x hello world',
      met: titleMs <= 1.15 * helloMs,
      gameMs: round(titleMs, 1),
      helloMs: round(helloMs, 1),
      all: titles.map((l) => round(l.ms, 1)),
      helloAll: helloFrames.map((l) => round(l.ms, 1)),
    },
    firstDecisionBytes: {
      value: ratio(decisionBytes.total, helloBytes.total),
      unit: 'x hello world',
      target: '<= 0.75 x hello world',
      met: decisionBytes.total <= 0.75 * helloBytes.total,
      gameKB: kb(decisionBytes.total),
      helloKB: kb(helloBytes.total),
      game: decisionBytes,
    },
    firstDecisionTime: {
      value: ratio(decisionMs, helloMs),
      unit: 'x hello world first frame',
      target: '<= 1.15 x hello world',
      met: decisionMs <= 1.15 * helloMs,
      gameMs: round(decisionMs, 1),
      helloMs: round(helloMs, 1),
      presses: decisions[0]?.presses ?? 0,
      all: decisions.map((l) => round(l.ms, 1)),
    },
    tableClickToFirstLine: {
      value: round(clickToLineMs, 1),
      unit: 'ms',
      target: '<= 500 ms, clicked while the stage loads',
      met: clickToLine.length === decisions.length && clickToLineMs <= 500,
      all: decisions.map((l) => round(l.clickToLineMs, 1)),
    },
    startupLongTasks: longTasksFigure(traced, long),
    firstVisitBytes: {
      value: ratio(visit.total, helloVisit.total),
      unit: 'x hello world',
      target: '<= 2 x hello world',
      met: visit.total <= 2 * helloVisit.total,
      gameKB: kb(visit.total),
      helloKB: kb(helloVisit.total),
      transferredKB: kb(visit.transferred),
      game: visit,
    },
    keyToLine: {
      value: keys.p99frames,
      unit: 'display frames (p99)',
      target: `p99 on screen within ${keyFrames} frame${keyFrames === 1 ? '' : 's'} (${round(keyFrames * keys.frameMs, 1)} ms) of the key`,
      met: keys.p99frames <= keyFrames,
      ...keys,
    },
    revealFrameCpu: {
      value: cpu.p95Ms,
      unit: 'ms (p95)',
      target: 'p95 <= 2 ms',
      met: cpu.p95Ms <= 2,
      ...cpu,
    },
    idleFrames: {
      value: idle.booted ? idle.framesDrawn : NaN,
      unit: 'canvas frames in 3 s',
      target: '0 in 3 s, after the stage drew',
      met: idle.booted && idle.framesDrawn === 0 && idle.rafCallbacks === 0 && idle.stillWaiting,
      ...idle,
    },
  };
  if (heap) figures.heapGrowth = { value: heap.growthMB, unit: 'MB', target: '<= 5 MB over 50 replays', met: heap.growthMB <= 5, ...heap };

  const rows: [string, string][] = [
    ['title menu: bytes (gzip)', `${kb(titleBytes.total)} KB vs hello world ${kb(helloBytes.total)} KB (x${ratio(titleBytes.total, helloBytes.total)}); ${byKind(titleBytes)}`],
    ['title menu: time', `${round(titleMs, 1)} ms vs hello world first frame ${round(helloMs, 1)} ms (x${ratio(titleMs, helloMs)})`],
    ['first decision: bytes (gzip)', `${kb(decisionBytes.total)} KB (x${ratio(decisionBytes.total, helloBytes.total)}); ${byKind(decisionBytes)}`],
    ['first decision: time', `${round(decisionMs, 1)} ms (x${ratio(decisionMs, helloMs)}), stage drawn, ${decisions[0]?.presses ?? 0} presses`],
    ['table click to first line', `${round(clickToLineMs, 1)} ms (clicked at once, the stage still loading)`],
    ['long tasks to first decision', `${long.count} over 50 ms, longest ${long.longestMs} ms, total blocking ${long.tbtMs} ms (median of ${traced.length} traced loads)`],
    ['first visit: everything (gzip)', `${kb(visit.total)} KB in ${visit.files} files (${kb(visit.transferred)} KB sent without HTTP caching) vs hello world ${kb(helloVisit.total)} KB (x${ratio(visit.total, helloVisit.total)})`],
    ['key press to next line painted', `on screen after p50 ${keys.p50ms} ms, p99 ${keys.p99ms} ms = p50 ${keys.p50frames}, p99 ${keys.p99frames} frames of ${keys.frameMs} ms (${keys.samples} presses, ${keys.laterThanFirstFrame} later than one frame, ${keys.fallbacks} without a paint entry; painted in the frame begun p50 ${keys.framesBegun.p50}, p99 ${keys.framesBegun.p99})`],
    ['CPU per frame while revealing', `median ${cpu.medianMs} ms, p95 ${cpu.p95Ms} ms (halves ${cpu.p95Halves.join(' / ')}; ${cpu.frames} frames of ${cpu.lines} lines; all threads)`],
    ['  by thread (p95)', Object.entries(cpu.byThread).map(([g, v]) => `${g} ${v.p95}`).join(', ')],
    ['while waiting 3 s', idle.booted ? `${idle.framesDrawn} canvas frames, ${idle.rafCallbacks} animation-frame callbacks (stage drew ${idle.framesBefore} frames before)` : 'the stage never drew: FAILED'],
  ];
  if (options.heap) rows.push(['heap growth over 50 replays', heap ? `${heap.growthMB} MB (${heap.firstMB} -> ${heap.lastMB} MB; ${heap.decisions} moves, ${heap.seconds} s)` : 'skipped']);
  return { figures, rows };
}

/** Traced cold loads played to the first decision (startupLongTasks); the median load by blocking time. */
async function tracedLongTasks(bench: Bench, site: Site) {
  const traced = [];
  for (let i = 0; i < TRACED_LOADS; i++) traced.push(await startupLongTasks(bench, site));
  traced.sort((a, b) => a.tbtMs - b.tbtMs);
  const long = traced[Math.floor((traced.length - 1) / 2)];
  if (!long) throw new Error('no traced load');
  return { traced, long };
}

function longTasksFigure(traced: Awaited<ReturnType<typeof startupLongTasks>>[], long: Awaited<ReturnType<typeof startupLongTasks>>): Figure {
  return {
    value: long.count,
    unit: 'tasks > 50 ms',
    target: 'none from navigation to the first decision',
    met: long.count === 0,
    longestMs: long.longestMs,
    totalBlockingTimeMs: long.tbtMs,
    windowMs: long.windowMs,
    runs: traced.map((t) => ({ count: t.count, longestMs: t.longestMs, totalBlockingTimeMs: t.tbtMs })),
    tasks: long.tasks,
  };
}

/**
 * The Persian edition (`?lang=fa`): its bytes and time to the title menu's first choice and to the
 * first decision, against the same hello world and the same targets as the English figures, and
 * its long tasks to the first decision, at full speed and, given `throttle`, on a slower CPU (a
 * Persian page lays out another script in another font: its first layouts are not English's).
 */
async function measurePersian(bench: Bench, game: Built, gameSite: Site, hello: { kb: number; ms: number }, throttle: number) {
  const site: Site = { ...gameSite, served: { ...gameSite.served, url: `${gameSite.served.url}?lang=fa` } };
  await coldLoad(bench, site, '__firstChoice'); // warm-up, as for English
  const titles: LoadResult[] = [];
  const decisions: LoadResult[] = [];
  for (let i = 0; i < LOADS; i++) {
    titles.push(await coldLoad(bench, site, '__firstChoice'));
    decisions.push(await coldFirstDecision(bench, site));
  }
  const titleBytes = bytesOf(game.files, titles[0]?.requested ?? []);
  const decisionBytes = bytesOf(game.files, decisions[0]?.requested ?? []);
  const titleMs = median(titles.map((l) => l.ms));
  const decisionMs = median(decisions.map((l) => l.ms));
  const bytesFigure = (b: Bytes): Figure => ({ value: round(kb(b.total) / hello.kb, 3), unit: 'x hello world', target: '<= 0.75 x hello world', met: kb(b.total) <= 0.75 * hello.kb, gameKB: kb(b.total), helloKB: hello.kb, game: b });
  const timeFigure = (ms: number, all: LoadResult[]): Figure => ({ value: ratio(ms, hello.ms), unit: 'x hello world first frame', target: '<= 1.15 x hello world', met: ms <= 1.15 * hello.ms, gameMs: round(ms, 1), helloMs: hello.ms, all: all.map((l) => round(l.ms, 1)) });
  const figures: Record<string, Figure> = {
    titleMenuBytes: bytesFigure(titleBytes),
    titleMenuTime: timeFigure(titleMs, titles),
    firstDecisionBytes: bytesFigure(decisionBytes),
    firstDecisionTime: timeFigure(decisionMs, decisions),
  };
  const full = await tracedLongTasks(bench, site);
  figures.startupLongTasks = longTasksFigure(full.traced, full.long);
  const slow = throttle > 1 ? await tracedLongTasks({ ...bench, throttle }, site) : null;
  const throttledFigures: Record<string, Figure> | null = slow ? { startupLongTasks: longTasksFigure(slow.traced, slow.long) } : null;
  const longRow = (t: typeof full) => `${t.long.count} over 50 ms, longest ${t.long.longestMs} ms, total blocking ${t.long.tbtMs} ms (median of ${t.traced.length} traced loads)`;
  const rows: [string, string][] = [
    ['Persian title menu: bytes (gzip)', `${kb(titleBytes.total)} KB (x${figures.titleMenuBytes?.value}); ${byKind(titleBytes)}`],
    ['Persian title menu: time', `${round(titleMs, 1)} ms (x${figures.titleMenuTime?.value})`],
    ['Persian first decision: bytes', `${kb(decisionBytes.total)} KB (x${figures.firstDecisionBytes?.value}); ${byKind(decisionBytes)}`],
    ['Persian first decision: time', `${round(decisionMs, 1)} ms (x${figures.firstDecisionTime?.value})`],
    ['Persian long tasks to decision', longRow(full)],
    ...(slow ? [[`Persian long tasks, ${throttle}x CPU`, longRow(slow)] as [string, string]] : []),
  ];
  return { figures, throttledFigures, rows };
}

const printFigures = (figures: Record<string, Figure>, label = '') => {
  for (const [k, f] of Object.entries(figures)) {
    console.log(`${f.met ? 'met   ' : 'MISSED'} ${(label + k).padEnd(24)} ${String(f.value).padStart(8)} ${f.unit.padEnd(26)} (${f.target})`);
  }
};

async function main() {
  const { throttle } = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const outDir = path.join(ROOT, 'node_modules/.cache/round-table-bench');
  console.log('both builds are served over loopback gzip-compressed (HTML, JS, CSS, SVG, JSON), as a real host serves them');
  console.log(`building the game and a stock Phaser ${phaserVersion(ROOT)} hello world...`);
  const game = await buildGame(ROOT, path.join(outDir, 'game'));
  const hello = await buildHelloWorld(ROOT, path.join(outDir, 'hello-dist'));
  const compiled = compileInkFile(path.join(ROOT, 'story/main.ink'));
  const gameSite = await serveLogged(game);
  const helloSite = await serveLogged(hello);
  const sites = { game, hello, gameSite, helloSite };
  const browser = await launch();
  try {
    const full = await measureBrowser({ browser, throttle: 1 }, sites, { heap: !QUICK });
    // The same figures on a CPU `throttle` times slower (heap growth counts bytes, not time: once).
    let slow: Awaited<ReturnType<typeof measureBrowser>> | null = null;
    if (throttle > 1) {
      console.log(`measuring again with the CPU throttled ${throttle}x...`);
      slow = await measureBrowser({ browser, throttle }, sites, { heap: false });
    }
    const helloOf = (f: Figure | undefined, key: 'helloKB' | 'helloMs') => Number(f?.[key]);
    const persian = await measurePersian({ browser, throttle: 1 }, game, gameSite, { kb: helloOf(full.figures.titleMenuBytes, 'helloKB'), ms: helloOf(full.figures.titleMenuTime, 'helloMs') }, throttle);
    const walk = QUICK ? null : await walkPresets(compiled.json);
    const lighthouse = LIGHTHOUSE ? await lighthouseMedian(gameSite.served.url) : null;
    const storyGzip = gzipSize(compiled.json);

    const figures: Record<string, Figure> = {
      ...full.figures,
      storyWalk: walk
        ? { value: round(walk.seconds, 1), unit: 's', target: '< 30 s', met: walk.seconds < 30, states: walk.states, presets: walk.presets, mode: walk.mode }
        : { value: NaN, unit: 's', target: '< 30 s', met: false, skipped: 'BENCH_QUICK=1' },
      lighthouse: lighthouse
        ? {
            value: lighthouse.performance,
            unit: 'performance score',
            target: 'performance >= 95, total blocking time <= 200 ms, accessibility and best practices 100 (mobile, median of 3)',
            met: lighthouse.performance >= 95 && lighthouse.totalBlockingTimeMs <= 200 && lighthouse.accessibility === 100 && lighthouse.bestPractices === 100,
            ...lighthouse,
          }
        : { value: NaN, unit: 'performance score', target: 'performance >= 95 ...', met: false, skipped: QUICK ? 'BENCH_QUICK=1' : 'BENCH_LIGHTHOUSE=0' },
    };
    if (!full.figures.heapGrowth) figures.heapGrowth = { value: NaN, unit: 'MB', target: '<= 5 MB over 50 replays', met: false, skipped: 'BENCH_QUICK=1' };

    console.log('');
    for (const [k, v] of full.rows) console.log(`${k.padEnd(34)} ${v}`);
    for (const [k, v] of persian.rows) console.log(`${k.padEnd(34)} ${v}`);
    console.log(`${'  story'.padEnd(34)} ${kb(storyGzip)} KB gzip`);
    console.log(`${'story walk (both presets)'.padEnd(34)} ${walk ? `${walk.states} states in ${round(walk.seconds, 1)} s (${walk.mode})` : 'skipped'}`);
    if (lighthouse) {
      console.log(
        `${'Lighthouse (mobile, median of 3, served gzip)'.padEnd(34)} performance ${lighthouse.performance}, accessibility ${lighthouse.accessibility}, best practices ${lighthouse.bestPractices}; TBT ${lighthouse.totalBlockingTimeMs} ms, interactive ${lighthouse.interactiveMs} ms, FCP ${lighthouse.firstContentfulPaintMs} ms, LCP ${lighthouse.largestContentfulPaintMs} ms (runs: ${lighthouse.all.map((r) => r.performance).join(', ')})`,
      );
    }
    if (slow) {
      console.log(`\nwith the CPU throttled ${throttle}x:`);
      for (const [k, v] of slow.rows) console.log(`${k.padEnd(34)} ${v}`);
    }
    console.log('');
    printFigures(figures);
    printFigures(persian.figures, 'fa ');
    if (slow) printFigures(slow.figures, `${throttle}x `);
    if (persian.throttledFigures) printFigures(persian.throttledFigures, `fa ${throttle}x `);
    console.log(
      JSON.stringify({
        machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? '', node: process.version, chromium: browser.version(), load: os.loadavg().map((x) => round(x, 2)) },
        served: 'gzip (html, js, css, svg, json) over loopback',
        phaser: phaserVersion(ROOT),
        throttle,
        loads: LOADS,
        figures,
        ...(slow && { throttled: { rate: throttle, figures: slow.figures } }),
        persian: { lang: 'fa', figures: persian.figures, ...(persian.throttledFigures && { throttled: { rate: throttle, figures: persian.throttledFigures } }) },
        story: { gzip: storyGzip, hash: compiled.hash },
        seconds: round((performance.now() - started) / 1000, 1),
      }),
    );
  } finally {
    await browser.close();
    await gameSite.served.close();
    await helloSite.served.close();
  }
}

await main();
