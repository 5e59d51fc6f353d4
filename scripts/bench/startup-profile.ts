// What the long tasks of a cold start are: loads a served build with the CPU throttled (4x by
// default), plays it at once to the first decision of the short table (the bench's player: the
// table clicked the first frame it is on screen, Enter through the lines) while recording a Chrome
// trace and a V8 CPU profile, and prints every main-thread task over 50 ms with the trace events
// and the functions (by self time, and the outermost frames by total time) inside it. Profile an
// unminified build for readable names:
//
//   npx vite build --minify false --outDir /tmp/prof && tsx scripts/bench/startup-profile.ts /tmp/prof
import path from 'node:path';
import { launch, serve } from '../../tests/e2e/harness.ts';
import { newPage, round } from './measure.ts';
import { firstDecisionDriver, stageShowsScript } from './probes.ts';
import { longTasks, Tracer } from './trace.ts';

const dir = path.resolve(process.argv[2] ?? 'dist');
const THROTTLE = Number(process.env.THROTTLE ?? 4);
const RUNS = Number(process.env.RUNS ?? 1);
/** PROFILE=0: the trace only (the sampling profiler itself lengthens every task). */
const PROFILE = process.env.PROFILE !== '0';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

const served = await serve(dir, { gzip: true });
const browser = await launch();
try {
  for (let run = 0; run < RUNS; run++) {
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
    await page.goto(served.url);
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

    const result = longTasks(events, 'first-decision');
    console.log(
      `\nrun ${run + 1} at ${THROTTLE}x: ${result.count} long tasks, longest ${result.longestMs} ms, TBT ${result.tbtMs} ms; ` +
        `FCP ${round(times.fcp, 0)} ms, table clicked ${round(times.clicked, 0)} ms, first line ${round(times.firstLine, 0)} ms, first decision ${round(times.decision, 0)} ms`,
    );
    const end = events.find((e) => e.name === 'first-decision');
    const nav = events.filter((e) => e.name === 'navigationStart' && e.pid === end?.pid && e.tid === end?.tid).sort((a, b) => a.ts - b.ts)[0];
    const start = nav?.ts ?? 0;

    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const label = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'} ${path.basename(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
    for (const task of result.tasks) {
      const a = start + task.at * 1000;
      const b = a + task.ms * 1000;
      const self = new Map<string, number>();
      const total = new Map<string, number>();
      let t = profile.startTime;
      for (let i = 0; i < profile.samples.length; i++) {
        t += profile.timeDeltas[i] ?? 0;
        if (t < a || t > b) continue;
        const dt = profile.timeDeltas[i + 1] ?? 0;
        const node = byId.get(profile.samples[i] as number);
        if (!node || node.callFrame.functionName === '(idle)') continue;
        self.set(label(node), (self.get(label(node)) ?? 0) + dt);
        const seen = new Set<string>();
        for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
          const n = byId.get(id);
          if (!n) break;
          const l = label(n);
          if (seen.has(l)) continue;
          seen.add(l);
          total.set(l, (total.get(l) ?? 0) + dt);
        }
      }
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
} finally {
  await browser.close();
  await served.close();
}
