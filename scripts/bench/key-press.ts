// Key press to next line, the bench's keyToLine figure alone, on several builds taken in turn
// (A B A B...), so a change is compared with its base under the same load on a shared machine:
//
//   tsx scripts/bench/key-press.ts /tmp/base dist        (THROTTLE=4, ROUNDS=2, BENCH_KEYS=40)
//
// THROTTLE=1 measures at full speed (the bench's unthrottled keyToLine); MOTION=reduce with the
// player's reduced-motion setting (the camera cuts without its push-in, lines are shown whole, no
// CSS animations), MOTION=both alternates the two. CONTROL=1 also times, each round, a page that
// does nothing but put a new line in the key's own handler, with the same probe and the same
// browser: the floor this machine sets at the moment (its load moves it), to read the game's
// figures against.
//
// Prints each round's p50/p99 (ms and display frames) and the slowest presses, then every build's
// presses pooled.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launch, serve } from '../../tests/e2e/harness.ts';
import { framesOf, keyLatency, median, newPage, quantile, round, type Site } from './measure.ts';
import { latencyProbe } from './probes.ts';

const dirs = process.argv.slice(2).map((d) => path.resolve(d));
if (dirs.length === 0) throw new Error('usage: key-press.ts <build dir>...');
const THROTTLE = Number(process.env.THROTTLE ?? 4);
const ROUNDS = Number(process.env.ROUNDS ?? 2);
const MOTIONS: ('no-preference' | 'reduce')[] =
  process.env.MOTION === 'both' ? ['no-preference', 'reduce'] : process.env.MOTION === 'reduce' ? ['reduce'] : ['no-preference'];

const CONTROL = process.env.CONTROL === '1';
const KEYS = Number(process.env.BENCH_KEYS ?? 120);

/** The control page: a line in #dialogue replaced by a new one in the key's own handler. */
function controlPage(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'key-control-'));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>control</title></head><body><div id="dialogue"></div><script type="module" src="./main.js"></script></body></html>\n');
  writeFileSync(
    path.join(dir, 'main.js'),
    `const dialogue = document.getElementById('dialogue');
let n = 0;
addEventListener('keydown', (e) => {
  if (e.key !== 'Enter') return;
  const p = document.createElement('p');
  p.textContent = 'Line ' + ++n + ': the moderator turns to the next guest and asks for an answer.';
  dialogue.replaceChildren(p);
});\n`,
  );
  return dir;
}

async function controlLatency(browser: Browser, url: string): Promise<number[]> {
  const page = await newPage({ browser, throttle: THROTTLE }, { reducedMotion: 'no-preference' });
  await page.goto(url);
  await page.evaluate(latencyProbe);
  for (let i = 0; i < KEYS; i++) {
    await page.evaluate(() => window.__armLatency?.());
    const before = await page.evaluate(() => window.__latency?.length ?? 0);
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => (window.__latency?.length ?? 0) > n, before, { timeout: 10_000 });
    // About the game's cadence: a press, then the next a few tens of milliseconds later.
    await page.waitForTimeout(50);
  }
  const ms = (await page.evaluate(() => window.__latency ?? [])).map((l) => round(l.ms, 1));
  await page.context().close();
  return ms;
}

const browser = await launch();
const control = CONTROL ? await serve(controlPage()) : null;
const pooled = new Map<string, { ms: number[]; frameMs: number[] }>();
try {
  for (let round_ = 0; round_ < ROUNDS; round_++) {
    for (const [dir, motion] of dirs.flatMap((d) => MOTIONS.map((m) => [d, m] as const))) {
      const served = await serve(dir);
      const label = MOTIONS.length > 1 ? `${dir} (${motion})` : dir;
      try {
        const site = { served, files: new Map(), log: [] } as unknown as Site;
        const keys = await keyLatency({ browser, throttle: THROTTLE }, site, motion);
        console.log(
          `${label} round ${round_ + 1}: p50 ${keys.p50ms} ms, p99 ${keys.p99ms} ms = p50 ${keys.p50frames}, p99 ${keys.p99frames} frames of ${keys.frameMs} ms; ${keys.samples} presses, slowest ${keys.slowest.join(', ')}`,
        );
        const pool = pooled.get(label) ?? { ms: [], frameMs: [] };
        pool.ms.push(...keys.all);
        pool.frameMs.push(keys.frameMs);
        pooled.set(label, pool);
      } finally {
        await served.close();
      }
    }
    if (control) {
      const ms = await controlLatency(browser, control.url);
      console.log(`control page round ${round_ + 1}: p50 ${round(median(ms), 1)} ms, p99 ${round(quantile(ms, 0.99), 1)} ms; ${ms.length} presses`);
      const pool = pooled.get('control page') ?? { ms: [], frameMs: [] };
      pool.ms.push(...ms);
      pooled.set('control page', pool);
    }
  }
} finally {
  await browser.close();
  await control?.close();
}
for (const [dir, { ms, frameMs }] of pooled) {
  // (The control page's frame is the game's: the same display.)
  const frame = median(frameMs.length ? frameMs : [...pooled.values()].flatMap((p) => p.frameMs));
  const frames = ms.map((x) => framesOf(x, frame));
  console.log(
    `${dir}, all rounds: ${ms.length} presses at ${THROTTLE}x, p50 ${round(median(ms), 1)} ms, p75 ${round(quantile(ms, 0.75), 1)} ms, p90 ${round(quantile(ms, 0.9), 1)} ms, p99 ${round(quantile(ms, 0.99), 1)} ms = p50 ${median(frames)}, p99 ${quantile(frames, 0.99)} frames; within 1 frame: ${frames.filter((f) => f <= 1).length}, within 2: ${frames.filter((f) => f <= 2).length}`,
  );
}
