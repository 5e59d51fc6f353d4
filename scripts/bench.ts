// npm run bench: builds the production game and a stock Phaser hello world, serves both on
// loopback, measures them in headless Chromium and prints a table; the last line is one JSON object
// with one field per figure (its value, its target and whether it is met) and the details behind it.
// Timings are medians of several cold loads, alternated between the two builds.
//
//   npm run bench                     every figure at full CPU speed
//   npm run bench -- --throttle 4     every browser figure with the CPU slowed 4x (DevTools throttling)
//   BENCH_QUICK=1 npm run bench       skips the slow parts (heap, story walk) while iterating
import os from 'node:os';
import path from 'node:path';
import { launch, serve } from '../tests/e2e/harness.ts';
import { buildGame, buildHelloWorld, gzipSize, phaserVersion, type Built } from './bench/builds.ts';
import { bytesOf, type Bytes } from './bench/count.ts';
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
  type Bench,
  type LoadResult,
  type Site,
} from './bench/measure.ts';
import { compileInkFile } from './ink/compile.ts';
import { walkPresets } from './ink/walk-parallel.ts';

const ROOT = process.cwd();
const LOADS = Number(process.env.BENCH_LOADS ?? 7);
const QUICK = process.env.BENCH_QUICK === '1';

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
  const served = await serve(built.dir, { onRequest: (p) => log.push({ path: p, at: Date.now() }) });
  return { served, files: built.files, log };
}

const ratio = (a: number, b: number) => round(a / b, 3);
const byKind = (b: Bytes) => `JS ${kb(b.js)}, CSS ${kb(b.css)}, fonts ${kb(b.fonts)}, audio ${kb(b.audio)}, images ${kb(b.images)}, HTML ${kb(b.html)} KB`;

async function main() {
  const { throttle } = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const outDir = path.join(ROOT, 'node_modules/.cache/round-table-bench');
  console.log(`building the game and a stock Phaser ${phaserVersion(ROOT)} hello world...`);
  const game = await buildGame(ROOT, path.join(outDir, 'game'));
  const hello = await buildHelloWorld(ROOT, path.join(outDir, 'hello-dist'));
  const compiled = compileInkFile(path.join(ROOT, 'story/main.ink'));
  const gameSite = await serveLogged(game);
  const helloSite = await serveLogged(hello);
  const browser = await launch();
  const bench: Bench = { browser, throttle };
  try {
    if (throttle > 1) console.log(`CPU throttled ${throttle}x in every page`);
    // Alternate cold loads of the two, so drift in the machine's load hits both alike.
    const titles: LoadResult[] = [];
    const decisions: (LoadResult & { presses: number })[] = [];
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
    const visit = await firstVisit(bench, gameSite, 'game');
    const helloVisit = await firstVisit(bench, helloSite, 'hello');

    const keys = await keyLatency(bench, gameSite);
    const cpu = await revealCpu(bench, gameSite);
    const idle = await idleFrames(bench, gameSite);
    const heap = QUICK ? null : await heapGrowth(bench, gameSite);
    const walk = QUICK ? null : await walkPresets(compiled.json);

    const storyGzip = gzipSize(compiled.json);
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
        unit: 'frames (p99)',
        target: 'p99 in the first frame after the key',
        met: keys.p99frames <= 1,
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
      heapGrowth: heap
        ? { value: heap.growthMB, unit: 'MB', target: '<= 5 MB over 50 replays', met: heap.growthMB <= 5, ...heap }
        : { value: NaN, unit: 'MB', target: '<= 5 MB over 50 replays', met: false, skipped: 'BENCH_QUICK=1' },
      storyWalk: walk
        ? { value: round(walk.seconds, 1), unit: 's', target: '< 30 s', met: walk.seconds < 30, states: walk.states, presets: walk.presets, mode: walk.mode }
        : { value: NaN, unit: 's', target: '< 30 s', met: false, skipped: 'BENCH_QUICK=1' },
    };

    const rows: [string, string][] = [
      ['title menu: bytes (gzip)', `${kb(titleBytes.total)} KB vs hello world ${kb(helloBytes.total)} KB (x${ratio(titleBytes.total, helloBytes.total)}); ${byKind(titleBytes)}`],
      ['title menu: time', `${round(titleMs, 1)} ms vs hello world first frame ${round(helloMs, 1)} ms (x${ratio(titleMs, helloMs)})`],
      ['first decision: bytes (gzip)', `${kb(decisionBytes.total)} KB (x${ratio(decisionBytes.total, helloBytes.total)}); ${byKind(decisionBytes)}`],
      ['first decision: time', `${round(decisionMs, 1)} ms (x${ratio(decisionMs, helloMs)}), stage drawn, ${decisions[0]?.presses ?? 0} presses`],
      ['first visit: everything (gzip)', `${kb(visit.total)} KB in ${visit.files} files (${kb(visit.transferred)} KB sent without HTTP caching) vs hello world ${kb(helloVisit.total)} KB (x${ratio(visit.total, helloVisit.total)})`],
      ['  story', `${kb(storyGzip)} KB gzip`],
      ['key press to next line painted', `painted in frame p50 ${keys.p50frames}, p99 ${keys.p99frames}; on screen after p50 ${keys.p50ms} ms, p99 ${keys.p99ms} ms (${keys.samples} presses, ${keys.laterThanFirstFrame} after the first frame, ${keys.fallbacks} without a paint entry)`],
      ['CPU per frame while revealing', `median ${cpu.medianMs} ms, p95 ${cpu.p95Ms} ms (halves ${cpu.p95Halves.join(' / ')}; ${cpu.frames} frames of ${cpu.lines} lines; all threads)`],
      ['  by thread (p95)', Object.entries(cpu.byThread).map(([g, v]) => `${g} ${v.p95}`).join(', ')],
      ['while waiting 3 s', idle.booted ? `${idle.framesDrawn} canvas frames, ${idle.rafCallbacks} animation-frame callbacks (stage drew ${idle.framesBefore} frames before)` : 'the stage never drew: FAILED'],
      ['heap growth over 50 replays', heap ? `${heap.growthMB} MB (${heap.firstMB} -> ${heap.lastMB} MB; ${heap.decisions} moves, ${heap.seconds} s)` : 'skipped'],
      ['story walk (both presets)', walk ? `${walk.states} states in ${round(walk.seconds, 1)} s (${walk.mode})` : 'skipped'],
    ];
    console.log('');
    for (const [k, v] of rows) console.log(`${k.padEnd(34)} ${v}`);
    console.log('');
    for (const [k, f] of Object.entries(figures)) {
      console.log(`${f.met ? 'met   ' : 'MISSED'} ${k.padEnd(20)} ${String(f.value).padStart(8)} ${f.unit.padEnd(26)} (${f.target})`);
    }
    console.log(
      JSON.stringify({
        machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? '', node: process.version, chromium: browser.version() },
        phaser: phaserVersion(ROOT),
        throttle,
        loads: LOADS,
        figures,
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
