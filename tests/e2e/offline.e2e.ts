// Offline: after one visit the service worker holds every file of the build, so a reload with the
// network off still plays a whole debate; and a new build's worker waits instead of taking over a
// page in the middle of a lesson.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, sharedBrowser, openPage, serve, type Served } from './harness.ts';
import { playToEnding, startFromTitle } from './play.ts';


// A copy of the build, so the update test can change its worker without touching dist/.
let site: string;
let served: Served;
let browser: Browser;

beforeAll(async () => {
  site = mkdtempSync(path.join(os.tmpdir(), 'round-table-offline-'));
  cpSync(DIST, site, { recursive: true });
  served = await serve(site);
  browser = await sharedBrowser();
});
afterAll(async () => {
  await served?.close();
  if (site) rmSync(site, { recursive: true, force: true });
});

const manifest = () => JSON.parse(/const FILES = (\[.*\]);/.exec(readFileSync(path.join(site, 'sw.js'), 'utf8'))?.[1] ?? '[]') as string[];

/** Waits until the service worker is active and its cache holds every file of the build. */
async function offlineReady(page: Page, files: number): Promise<void> {
  for (let i = 0; i < 300; i++) {
    const state = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      const name = (await caches.keys()).find((k) => k.startsWith('round-table-'));
      const cached = name ? (await (await caches.open(name)).keys()).length : 0;
      return { active: registration?.active?.state ?? 'none', cached };
    });
    if (state.active === 'activated' && state.cached >= files) return;
    await page.waitForTimeout(200);
  }
  throw new Error('the service worker never finished caching the game');
}

describe('offline play', () => {
  // One page session: the first visit fills the worker's cache; a reload with the network off plays
  // a whole debate; back online, a page the worker serves is a lesson in progress that a new build
  // must not take over. (Two tests once, each paying for its own first visit and cache.)
  it('after a first visit, a reload with the network off plays a whole debate; a new build then waits for the next visit instead of taking over an open lesson', { timeout: 240_000 }, async () => {
    const files = manifest();
    expect(files).toContain('./index.html');
    expect(files.some((f) => /phaser-.*\.js$/.test(f))).toBe(true);
    expect(files.some((f) => /\.webm$/.test(f))).toBe(true);
    const w = await openPage(browser, served.url, { serviceWorkers: 'allow' });
    const sw = path.join(site, 'sw.js');
    const original = readFileSync(sw, 'utf8');
    try {
      await w.page.getByRole('button', { name: /The short table/ }).waitFor({ timeout: 30_000 });
      await offlineReady(w.page, files.length);

      // ---- offline: a reload with the network off plays a whole debate.
      await w.context.setOffline(true);
      await w.page.reload();
      await w.page.getByRole('button', { name: /The short table/ }).waitFor({ timeout: 30_000 });
      expect(await w.page.evaluate(() => !!navigator.serviceWorker.controller), 'offline: served by the worker').toBe(true);
      await startFromTitle(w.page, 'short');
      await playToEnding(w.page);
      await w.page.locator('#ending-heading').waitFor();
      // The table picture and the sounds came from the cache too.
      await w.page.waitForFunction(() => (window as unknown as { roundTable: { framesDrawn: number } }).roundTable.framesDrawn > 0);
      expect(await w.page.locator('#notices').innerText(), 'offline: notices').not.toMatch(/could not be loaded|cannot be drawn/);
      expect(w.errors, 'offline: errors').toEqual([]);
      expect(w.foreignRequests, 'offline: other origins').toEqual([]);
      expect(w.cspViolations, 'offline: policy violations').toEqual([]);

      // ---- update: back online, a lesson runs in a page the worker serves (loaded once more).
      await w.context.setOffline(false);
      await w.page.reload();
      await w.page.getByRole('button', { name: /The short table/ }).waitFor({ timeout: 30_000 });
      expect(await w.page.evaluate(() => !!navigator.serviceWorker.controller), 'update: the lesson\'s page served by the worker').toBe(true);
      await w.page.evaluate(() => ((window as unknown as { lessonMark: number }).lessonMark = 42));
      await w.page.getByRole('button', { name: /The short table/ }).click();
      const line = w.page.locator('#dialogue .dialogue__text');
      await line.waitFor();
      const lineBefore = await line.textContent();
      expect(lineBefore?.length).toBeGreaterThan(0);

      // A new build appears on the server: its worker differs.
      writeFileSync(sw, original.replace(/const CACHE = "round-table-([0-9a-f]+)"/, 'const CACHE = "round-table-$1next"'));
      const states = await w.page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        if (!registration) return null;
        const seen: string[] = [];
        registration.addEventListener('updatefound', () => {
          const worker = registration.installing;
          seen.push(`found:${worker?.state}`);
          worker?.addEventListener('statechange', () => seen.push(worker.state));
        });
        await registration.update().catch((error: unknown) => seen.push(`update failed: ${String(error)}`));
        // Installing precaches the whole build: give a busy machine time.
        for (let i = 0; i < 600 && !registration.waiting; i++) await new Promise((r) => setTimeout(r, 100));
        return { waiting: registration.waiting?.state ?? `none (${seen.join(' > ')})`, active: registration.active?.scriptURL ?? 'none' };
      });
      // Installed and waiting; the page keeps its worker, its state and its debate.
      expect(states?.waiting, 'update: the new worker waits').toBe('installed');
      // The page is still served by the worker it started with.
      expect(await w.page.evaluate(() => navigator.serviceWorker.controller?.state), 'update: the page keeps its worker').toBe('activated');
      expect(await w.page.evaluate(() => (window as unknown as { lessonMark?: number }).lessonMark), 'update: the page was not reloaded').toBe(42);
      // The debate is where the lesson left it, and still goes on: the same line on screen, and
      // Enter brings the next one.
      expect(await line.textContent(), 'update: the same line on screen').toBe(lineBefore);
      await w.page.keyboard.press('Enter');
      await expect.poll(() => line.textContent(), { message: 'update: Enter brings the next line' }).not.toBe(lineBefore);
      expect(w.errors, 'update: errors').toEqual([]);
    } finally {
      writeFileSync(sw, original);
      await w.close();
    }
  });
});
