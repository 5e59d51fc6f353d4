// CPU per frame while lines reveal, the bench's revealFrameCpu alone, on several builds taken in
// turn (A B A B...), so a change is compared with its base under the same load on a shared machine:
//
//   tsx scripts/bench/reveal-frames.ts /tmp/base dist        (THROTTLES=1,4, ROUNDS=2, BENCH_LINES=20)
//
// CONTROL=1 also measures, each round, a page with no game in it, counted the same way: a window
// of 2 s from a key press (about a line's reveal) in which the page runs an animation-frame loop
// that changes nothing ('idle'), changes the colour of an 8x8 box every frame ('paint'), or changes
// nothing while the camera's push-in plays on a 1280x720 canvas in a 1280x431 box ('push'; the loop
// keeps a main-thread frame in every display frame, as a revealing line does, since frames are
// counted where the main thread begins them: see frameCpu). The floor
// this machine sets for a frame: headless Chromium composites in software here, so any frame that
// changes pixels costs every thread that makes it.
//
// Prints each run's frames, median and p95 (ms), and each thread group's median/p95.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launch, serve } from '../../tests/e2e/harness.ts';
import { median, newPage, quantile, revealCpu, round, type Site } from './measure.ts';
import { frameCpu, THREAD_GROUPS, Tracer, type FrameCost } from './trace.ts';

const dirs = process.argv.slice(2).map((d) => path.resolve(d));
if (dirs.length === 0) throw new Error('usage: reveal-frames.ts <build dir>...');
const THROTTLES = (process.env.THROTTLES ?? '1,4').split(',').map(Number);
const ROUNDS = Number(process.env.ROUNDS ?? 2);
const CONTROL = process.env.CONTROL === '1';
const CONTROL_MODES = ['idle', 'paint', 'push'] as const;
/** Key presses per control mode: as many frames as ~5 lines. */
const CONTROL_WINDOWS = Number(process.env.CONTROL_WINDOWS ?? 5);

if (!process.env.BENCH_LINES) process.env.BENCH_LINES = '20';

/** The control page: what a frame costs with no game in it (see the head of this file). */
function controlPage(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'reveal-control-'));
  writeFileSync(
    path.join(dir, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>control</title><style>
body { margin: 0; background: #0e1522; color: #f4f1e8; font: 18px sans-serif; }
.picture { position: relative; width: 1280px; height: 431px; overflow: hidden; background: #0a101c; }
canvas { display: block; width: 1280px; height: 431px; will-change: transform; transform-origin: 0 0; }
.box { position: absolute; inset-inline-start: 20px; inset-block-end: 20px; width: 8px; height: 8px; background: #333; }
</style></head><body><div class="picture"><canvas width="1280" height="720"></canvas><div class="box"></div></div><p>Control</p>
<script type="module" src="./main.js"></script></body></html>\n`,
  );
  writeFileSync(
    path.join(dir, 'main.js'),
    `const canvas = document.querySelector('canvas');
const g = canvas.getContext('2d');
for (let i = 0; i < 40; i++) {
  g.fillStyle = 'hsl(' + i * 9 + ', 40%, ' + (20 + (i % 5) * 8) + '%)';
  g.fillRect((i * 97) % 1200, (i * 53) % 650, 160, 120);
}
const box = document.querySelector('.box');
const mode = location.hash.slice(1);
window.__windows = 0;
const end = () => {
  performance.mark('reveal:end');
  window.__windows++;
};
addEventListener('keydown', (e) => {
  if (e.key !== 'Enter') return;
  performance.mark('reveal:start');
  const start = performance.now();
  if (mode === 'push') {
    // The camera's push-in (src/game/camera.ts): 1.06 closer over 2.4 s.
    canvas.animate(
      [{ transform: 'translate(-20px, -10px) scale(1.03)' }, { transform: 'translate(-57px, -28px) scale(1.0918)' }],
      { duration: 2400, easing: 'cubic-bezier(0.25, 0.1, 0.3, 1)' },
    );
  }
  let n = 0;
  const step = (now) => {
    if (mode === 'paint') box.style.background = n++ % 2 ? '#333' : '#444';
    if (now - start < 2000) requestAnimationFrame(step);
    else end();
  };
  requestAnimationFrame(step);
});\n`,
  );
  return dir;
}

async function controlFrames(
  browser: Browser,
  url: string,
  mode: string,
  throttle: number,
): Promise<FrameCost[]> {
  const page = await newPage({ browser, throttle }, { reducedMotion: 'no-preference' });
  await page.goto(`${url}#${mode}`);
  await page.waitForTimeout(500);
  const tracer = new Tracer(page);
  await tracer.start();
  for (let i = 1; i <= CONTROL_WINDOWS; i++) {
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (n) => (window as unknown as { __windows: number }).__windows >= n,
      i,
      { polling: 100 },
    );
    await page.waitForTimeout(300);
  }
  const events = await tracer.stop();
  await page.context().close();
  return frameCpu(events, 'reveal');
}

function summary(frames: readonly FrameCost[]): string {
  const totals = frames.map((f) => f.total);
  const groups = THREAD_GROUPS.map(
    (g) =>
      `${g} ${round(median(frames.map((f) => f[g])), 2)}/${round(
        quantile(
          frames.map((f) => f[g]),
          0.95,
        ),
        2,
      )}`,
  );
  return `${frames.length} frames, median ${round(median(totals), 2)} ms, p95 ${round(quantile(totals, 0.95), 2)} ms (${groups.join(', ')})`;
}

const browser = await launch();
const control = CONTROL ? await serve(controlPage()) : null;
try {
  for (let r = 1; r <= ROUNDS; r++) {
    for (const throttle of THROTTLES) {
      for (const dir of dirs) {
        const served = await serve(dir);
        try {
          const site = { served, files: new Map(), log: [] } as unknown as Site;
          const cpu = await revealCpu({ browser, throttle }, site);
          const groups = THREAD_GROUPS.map(
            (g) => `${g} ${cpu.byThread[g]?.median}/${cpu.byThread[g]?.p95}`,
          );
          console.log(
            `${dir} ${throttle}x round ${r}: ${cpu.lines} lines, ${cpu.frames} frames, median ${cpu.medianMs} ms, p95 ${cpu.p95Ms} ms (halves ${cpu.p95Halves.join(', ')}; ${groups.join(', ')})`,
          );
        } finally {
          await served.close();
        }
      }
      if (control) {
        for (const mode of CONTROL_MODES)
          console.log(
            `control ${mode} ${throttle}x round ${r}: ${summary(await controlFrames(browser, control.url, mode, throttle))}`,
          );
      }
    }
  }
} finally {
  await browser.close();
  await control?.close();
}
