// npm run bench: builds the production game and a stock Phaser hello world, serves both on
// loopback, measures them in headless Chromium and prints a table; the last line is one JSON object
// with every figure and every target (met or not). Figures are medians of several cold loads.
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launch, serve } from '../tests/e2e/harness.ts';
import { buildGame, buildHelloWorld, gzipSize, phaserVersion } from './bench/builds.ts';
import {
  bytesOf,
  coldLoad,
  heapGrowth,
  idleFrames,
  kb,
  keyLatency,
  median,
  revealCpu,
  round,
  timeToDebateChoice,
  type LoadResult,
} from './bench/measure.ts';
import { compileInkFile } from './ink/compile.ts';
import { walkPresets } from './ink/walk-parallel.ts';

const ROOT = process.cwd();
const LOADS = Number(process.env.BENCH_LOADS ?? 7);
/** BENCH_QUICK=1 skips the slow parts (heap, story walk) while iterating; the report says so. */
const QUICK = process.env.BENCH_QUICK === '1';

async function main() {
  const started = performance.now();
  const outDir = path.join(ROOT, 'node_modules/.cache/round-table-bench');
  console.log(`building the game and a stock Phaser ${phaserVersion(ROOT)} hello world...`);
  const game = await buildGame(ROOT, path.join(outDir, 'game'));
  const hello = await buildHelloWorld(ROOT, path.join(outDir, 'hello-dist'));
  const compiled = compileInkFile(path.join(ROOT, 'story/main.ink'));
  const storyGzip = gzipSize(compiled.json);
  const storyChunk = [...game.files.keys()].find(
    (f) => f.endsWith('.js') && readFileSync(path.join(game.dir, f), 'utf8').includes(compiled.hash),
  );

  const gameServed = await serve(game.dir);
  const helloServed = await serve(hello.dir);
  const browser = await launch();
  try {
    // Alternate cold loads of the two, so drift in the machine's load hits both alike.
    const gameLoads: LoadResult[] = [];
    const helloLoads: LoadResult[] = [];
    await coldLoad(browser, gameServed, '__firstChoice'); // warm-up: disk cache, JIT of the browser
    await coldLoad(browser, helloServed, '__firstFrame');
    for (let i = 0; i < LOADS; i++) {
      gameLoads.push(await coldLoad(browser, gameServed, '__firstChoice'));
      helloLoads.push(await coldLoad(browser, helloServed, '__firstFrame'));
    }
    const gameFiles = gameLoads[0]?.files ?? [];
    const gameBytes = bytesOf(game, gameFiles);
    const helloBytes = bytesOf(hello, helloLoads[0]?.files ?? []);
    const storyBefore = !!storyChunk && gameFiles.includes(storyChunk);
    const gameMs = median(gameLoads.map((l) => l.ms));
    const helloMs = median(helloLoads.map((l) => l.ms));

    const debateChoice: { ms: number; presses: number }[] = [];
    for (let i = 0; i < Math.min(LOADS, 5); i++) debateChoice.push(await timeToDebateChoice(browser, gameServed));
    const keys = await keyLatency(browser, gameServed);
    const cpu = await revealCpu(browser, gameServed);
    const idle = await idleFrames(browser, gameServed);
    const heap = QUICK
      ? { replays: 0, firstMB: NaN, lastMB: NaN, growthMB: NaN }
      : await heapGrowth(browser, gameServed, compiled.json, compiled.hash);
    const walk = QUICK
      ? { states: 0, seconds: NaN, presets: {}, mode: 'skipped (BENCH_QUICK=1)' }
      : await walkPresets(compiled.json);

    const bytesRatio = gameBytes.total / helloBytes.total;
    const timeRatio = gameMs / helloMs;
    const frameMs = 1000 / 60;
    const targets = {
      firstChoiceBytes: { target: '<= 0.75 x hello world', value: round(bytesRatio, 3), met: bytesRatio <= 0.75 },
      timeToFirstChoice: { target: '<= 1.15 x hello world', value: round(timeRatio, 3), met: timeRatio <= 1.15 },
      keyToLine: { target: 'p99 within 1 frame', value: keys.p99frames, met: keys.p99frames <= 1 && keys.p99ms <= frameMs },
      revealFrameCpu: { target: 'p95 <= 2 ms', value: cpu.p95Ms, met: cpu.p95Ms <= 2 },
      idleFrames: { target: '0 in 3 s', value: idle.framesDrawn, met: idle.framesDrawn === 0 && idle.rafCallbacks === 0 },
      heapGrowth: { target: '<= 5 MB over 50 replays', value: heap.growthMB, met: heap.growthMB <= 5 },
      storyWalk: { target: '< 30 s', value: round(walk.seconds, 1), met: walk.seconds < 30 },
    };

    const rows: [string, string][] = [
      ['bytes before first choice (gzip)', `${kb(gameBytes.total)} KB vs hello world ${kb(helloBytes.total)} KB (x${round(bytesRatio, 3)})`],
      ['  JS', `${kb(gameBytes.js)} KB (story ${kb(storyGzip)} KB ${storyBefore ? 'inside it' : 'loaded later'})`],
      ['  CSS / fonts / audio', `${kb(gameBytes.css)} / ${kb(gameBytes.fonts)} / ${kb(gameBytes.audio)} KB`],
      ['  HTML / images', `${kb(gameBytes.html)} / ${kb(gameBytes.images)} KB`],
      ['time to first choice (median)', `${round(gameMs, 1)} ms vs hello world first frame ${round(helloMs, 1)} ms (x${round(timeRatio, 3)})`],
      ['click to first debate choice', `${round(median(debateChoice.map((d) => d.ms)), 1)} ms (${debateChoice[0]?.presses ?? 0} Enter presses)`],
      ['key press to next line', `p50 ${keys.p50ms} ms / ${keys.p50frames} frames, p99 ${keys.p99ms} ms / ${keys.p99frames} frames (${keys.samples} presses, ${keys.overOneFrame} over 16.7 ms)`],
      ['CPU per frame while revealing', `median ${cpu.medianMs} ms, p95 ${cpu.p95Ms} ms (${cpu.frames} frames, Chrome trace)`],
      ['while waiting 3 s', `${idle.framesDrawn} canvas frames, ${idle.rafCallbacks} animation-frame callbacks`],
      ['heap growth over 50 replays', `${heap.growthMB} MB (${heap.firstMB} -> ${heap.lastMB} MB)`],
      ['story walk (both presets)', `${walk.states} states in ${round(walk.seconds, 1)} s (${walk.mode})`],
    ];
    console.log('');
    for (const [k, v] of rows) console.log(`${k.padEnd(34)} ${v}`);
    console.log('');
    for (const [k, t] of Object.entries(targets)) console.log(`${t.met ? 'met   ' : 'MISSED'} ${k.padEnd(20)} ${String(t.value).padStart(8)}  (${t.target})`);

    console.log(
      JSON.stringify({
        machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? '', node: process.version, chromium: browser.version() },
        phaser: phaserVersion(ROOT),
        loads: LOADS,
        bytes: {
          game: { ...gameBytes, story: storyBefore ? storyGzip : 0, storyGzip, storyChunk },
          hello: helloBytes,
          ratio: round(bytesRatio, 3),
          gameFiles,
        },
        firstChoiceMs: { game: round(gameMs, 1), helloFirstFrame: round(helloMs, 1), ratio: round(timeRatio, 3), gameAll: gameLoads.map((l) => round(l.ms, 1)), helloAll: helloLoads.map((l) => round(l.ms, 1)) },
        firstDebateChoiceMs: { median: round(median(debateChoice.map((d) => d.ms)), 1), presses: debateChoice[0]?.presses ?? 0 },
        keyToLine: keys,
        revealFrameCpu: { ...cpu, method: 'Chrome trace: thread CPU time of top-level main-thread tasks per BeginMainThreadFrame' },
        idle,
        heap,
        storyWalk: { states: walk.states, seconds: round(walk.seconds, 2), presets: walk.presets, mode: walk.mode },
        targets,
        seconds: round((performance.now() - started) / 1000, 1),
      }),
    );
  } finally {
    await browser.close();
    await gameServed.close();
    await helloServed.close();
  }
}

await main();
