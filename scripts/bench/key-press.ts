// Key press to next line, the bench's keyToLine figure alone, on several builds taken in turn
// (A B A B...), so a change is compared with its base under the same load on a shared machine:
//
//   tsx scripts/bench/key-press.ts /tmp/base dist        (THROTTLE=4, ROUNDS=2, BENCH_KEYS=40)
//
// Prints each round's p50/p99 (ms and display frames) and the slowest presses, then every build's
// presses pooled.
import path from 'node:path';
import { launch, serve } from '../../tests/e2e/harness.ts';
import { framesOf, keyLatency, median, quantile, round, type Site } from './measure.ts';

const dirs = process.argv.slice(2).map((d) => path.resolve(d));
if (dirs.length === 0) throw new Error('usage: key-press.ts <build dir>...');
const THROTTLE = Number(process.env.THROTTLE ?? 4);
const ROUNDS = Number(process.env.ROUNDS ?? 2);

const browser = await launch();
const pooled = new Map<string, { ms: number[]; frameMs: number[] }>();
try {
  for (let round_ = 0; round_ < ROUNDS; round_++) {
    for (const dir of dirs) {
      const served = await serve(dir);
      try {
        const site = { served, files: new Map(), log: [] } as unknown as Site;
        const keys = await keyLatency({ browser, throttle: THROTTLE }, site);
        console.log(
          `${dir} round ${round_ + 1}: p50 ${keys.p50ms} ms, p99 ${keys.p99ms} ms = p50 ${keys.p50frames}, p99 ${keys.p99frames} frames of ${keys.frameMs} ms; ${keys.samples} presses, slowest ${keys.slowest.join(', ')}`,
        );
        const pool = pooled.get(dir) ?? { ms: [], frameMs: [] };
        pool.ms.push(...keys.all);
        pool.frameMs.push(keys.frameMs);
        pooled.set(dir, pool);
      } finally {
        await served.close();
      }
    }
  }
} finally {
  await browser.close();
}
for (const [dir, { ms, frameMs }] of pooled) {
  const frame = median(frameMs);
  const frames = ms.map((x) => framesOf(x, frame));
  console.log(
    `${dir}, all rounds: ${ms.length} presses at ${THROTTLE}x, p50 ${round(median(ms), 1)} ms, p90 ${round(quantile(ms, 0.9), 1)} ms, p99 ${round(quantile(ms, 0.99), 1)} ms = p50 ${median(frames)}, p99 ${quantile(frames, 0.99)} frames; within 2 frames: ${frames.filter((f) => f <= 2).length}`,
  );
}
