// What the long tasks of a cold start are: loads a served build with the CPU throttled (4x by
// default), plays it at once to the first decision of the short table (the bench's player: the
// table clicked the first frame it is on screen, Enter through the lines) while recording a Chrome
// trace and a V8 CPU profile, and prints every main-thread task over 50 ms with the trace events
// and the functions (by self time, and the outermost frames by total time) inside it. Profile an
// unminified build for readable names:
//
//   npx vite build --minify false --outDir /tmp/prof && tsx scripts/bench/startup-profile.ts /tmp/prof
//
// TRACE_OUT=/tmp/t writes each load's trace to /tmp/t.<build>.<run>.json (chrome://tracing, Perfetto);
// QUERY='?lang=fa' loads the Persian edition.
//
// Given several builds, it loads them in turn (RUNS=3 PROFILE=0 ... base/ new/: base, new, base,
// new...), so drift in the machine's load hits each alike, and ends with each build's medians.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { launch, serve } from '../../tests/e2e/harness.ts';
import { newPage, round } from './measure.ts';
import { firstDecisionDriver, stageShowsScript } from './probes.ts';
import { longTasks, Tracer } from './trace.ts';
import { profileTimes, type Profile } from './cpu-profile.ts';

const dirs = (process.argv.length > 2 ? process.argv.slice(2) : ['dist']).map((d) => path.resolve(d));
const THROTTLE = Number(process.env.THROTTLE ?? 4);
const RUNS = Number(process.env.RUNS ?? 1);
/** PROFILE=0: the trace only (the sampling profiler itself lengthens every task). */
const PROFILE = process.env.PROFILE !== '0';

const sites = await Promise.all(dirs.map((dir) => serve(dir, { gzip: true })));
const browser = await launch();
const summaries = new Map<string, Record<string, number>[]>(dirs.map((d) => [d, []]));
try {
  for (let turn = 0; turn < RUNS * dirs.length; turn++) {
    const run = Math.floor(turn / dirs.length);
    const dir = dirs[turn % dirs.length] as string;
    const served = sites[turn % dirs.length] as (typeof sites)[number];
    const page = await newPage({ browser, throttle: THROTTLE }, { reducedMotion: 'reduce' });
    await page.addInitScript({ content: stageShowsScript });
    await page.addInitScript(firstDecisionDriver);
    const cdp = await page.context().newCDPSession(page);
    if (PROFILE) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
    }
    const tracer = new Tracer(page);
    await tracer.start();
    if (PROFILE) await cdp.send('Profiler.start');
    await page.goto(process.env.QUERY ? `${served.url}${process.env.QUERY}` : served.url);
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const check = () => (window.__firstDecision !== undefined ? resolve() : setTimeout(check, 200));
          check();
        }),
    );
    const times = await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      clicked: window.__tableClickedAt ?? NaN,
      firstLine: window.__firstLineAt ?? NaN,
      decision: window.__firstDecision ?? NaN,
    }));
    const profile: Profile = PROFILE
      ? ((await cdp.send('Profiler.stop')) as unknown as { profile: Profile }).profile
      : { nodes: [], startTime: 0, samples: [], timeDeltas: [] };
    const events = await tracer.stop();
    await page.context().close();
    if (process.env.TRACE_OUT) writeFileSync(`${process.env.TRACE_OUT}.${path.basename(dir)}.${run + 1}.json`, JSON.stringify({ traceEvents: events }));

    const result = longTasks(events, 'first-decision');
    summaries.get(dir)?.push({ count: result.count, longestMs: result.longestMs, tbtMs: result.tbtMs, fcpMs: times.fcp, titleMenuMs: times.clicked, firstLineMs: times.firstLine, firstDecisionMs: times.decision });
    console.log(
      `\n${path.basename(dir)} run ${run + 1} at ${THROTTLE}x: ${result.count} long tasks, longest ${result.longestMs} ms, TBT ${result.tbtMs} ms; ` +
        `FCP ${round(times.fcp, 0)} ms, table clicked ${round(times.clicked, 0)} ms, first line ${round(times.firstLine, 0)} ms, first decision ${round(times.decision, 0)} ms`,
    );
    const end = events.find((e) => e.name === 'first-decision');
    const nav = events.filter((e) => e.name === 'navigationStart' && e.pid === end?.pid && e.tid === end?.tid).sort((a, b) => a.ts - b.ts)[0];
    const start = nav?.ts ?? 0;

    for (const task of result.tasks) {
      const a = start + task.at * 1000;
      const b = a + task.ms * 1000;
      const { self, total } = profileTimes(profile, (t) => t >= a && t <= b);
      const top = (m: Map<string, number>, n: number) =>
        [...m]
          .sort((x, y) => y[1] - x[1])
          .slice(0, n)
          .map(([k, v]) => `      ${round(v / 1000, 1).toString().padStart(6)}  ${k}`)
          .join('\n');
      console.log(`  at ${task.at} ms: ${task.ms} ms`);
      for (const line of task.inside) console.log(`    ${line}`);
      if (!PROFILE) continue;
      console.log(`    self:\n${top(self, 8)}`);
      console.log(`    total:\n${top(total, 14)}`);
    }
  }
  for (const [dir, runs] of summaries) {
    const keys = Object.keys(runs[0] ?? {});
    const medians = Object.fromEntries(keys.map((k) => [k, round(median(runs.map((r) => r[k] as number)), 1)]));
    console.log(`\n${path.basename(dir)}: medians of ${runs.length} ${JSON.stringify(medians)}; runs ${JSON.stringify(runs.map((r) => [r.count, r.longestMs, r.tbtMs]))}`);
  }
} finally {
  await browser.close();
  await Promise.all(sites.map((s) => s.close()));
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)] ?? NaN;
}
