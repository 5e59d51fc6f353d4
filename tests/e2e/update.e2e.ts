// An update never locks a class out. A second build is published over the first on a server that
// sends `Cache-Control: max-age=600`, as static hosts do. The new worker must not precache the old
// page from the HTTP cache (it did: every later load stopped at "Setting the table…" on a 404 for
// the old script); the new version is offered between debates, never in the middle of one; after
// "Reload now" the game loads online, offline, with the HTTP cache emptied, and even with a file
// missing from its cache (the page then comes from the network).
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageFiles, serviceWorkerSource } from '../../scripts/offline-plugin.ts';
import { DIST, sharedBrowser, openPage } from './harness.ts';
import { advanceToDecision } from './play.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.webm': 'audio/webm',
  '.mp3': 'audio/mpeg',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

/** A static host that lets browsers keep every file for ten minutes. */
function cachingServer(root: string): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let file = path.join(root, decodeURIComponent(url.pathname));
    try {
      if (statSync(file).isDirectory()) file = path.join(file, 'index.html');
      const body = readFileSync(file);
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'max-age=600' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'cache-control': 'no-store' }).end('not found');
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ url: `http://127.0.0.1:${port}/`, close: () => new Promise((done) => server.close(() => done())) });
    }),
  );
}

/**
 * A second build made from the first as a real one differs: its entry script has a new hashed
 * name (and content), its page names it and says which build it is, and its worker lists its files.
 */
function secondBuild(from: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'round-table-build2-'));
  cpSync(from, dir, { recursive: true });
  let html = readFileSync(path.join(dir, 'index.html'), 'utf8');
  const entry = /src="\.\/assets\/(index-[\w-]+)\.js"/.exec(html)?.[1];
  if (!entry) throw new Error('the first build has no entry script');
  const renamed = `${entry}b2`;
  renameSync(path.join(dir, 'assets', `${entry}.js`), path.join(dir, 'assets', `${renamed}.js`));
  writeFileSync(path.join(dir, 'assets', `${renamed}.js`), `${readFileSync(path.join(dir, 'assets', `${renamed}.js`), 'utf8')}\n// build 2\n`);
  html = html.replace(`./assets/${entry}.js`, `./assets/${renamed}.js`).replace('<title>', '<meta name="build" content="2" />\n    <title>');
  writeFileSync(path.join(dir, 'index.html'), html);
  const files = ['index.html', ...readdirSync(path.join(dir, 'assets')).map((f) => `assets/${f}`)].sort();
  writeFileSync(path.join(dir, 'sw.js'), serviceWorkerSource(files, 'second0build', pageFiles(html)));
  return dir;
}

/** Publishes a build over the site: the old files go, as on a host that replaces the folder. */
function publish(build: string, site: string): void {
  rmSync(site, { recursive: true, force: true });
  cpSync(build, site, { recursive: true });
}

const buildOnPage = (page: Page) => page.evaluate(() => document.querySelector('meta[name="build"]')?.getAttribute('content') ?? '1');
const title = (page: Page) => page.getByRole('button', { name: /The short table/ }).waitFor({ timeout: 30_000 });

/** Polls an async condition in the page (waitForFunction does not await a promise). */
async function until(page: Page, what: string, condition: () => Promise<boolean>, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await page.evaluate(condition)) return;
    await page.waitForTimeout(250);
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Waits until a worker is active and its cache holds every file it lists. */
async function offlineReady(page: Page): Promise<void> {
  await until(page, 'the offline copy', async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    if (registration?.active?.state !== 'activated') return false;
    const source = await (await fetch('./sw.js', { cache: 'no-store' })).text();
    const name = /const CACHE = "([^"]+)"/.exec(source)?.[1] ?? '';
    const files = (JSON.parse(/const FILES = (\[.*\]);/.exec(source)?.[1] ?? '[]') as string[]).length;
    return (await caches.has(name)) && (await (await caches.open(name)).keys()).length >= files;
  });
}

let site: string;
let second: string;
let served: { url: string; close(): Promise<void> };
let browser: Browser;

beforeAll(async () => {
  site = mkdtempSync(path.join(os.tmpdir(), 'round-table-site-'));
  publish(DIST, site);
  second = secondBuild(DIST);
  served = await cachingServer(site);
  browser = await sharedBrowser();
});
afterAll(async () => {
  await served?.close();
  for (const dir of [site, second]) if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('an update published over a running site', () => {
  it('is offered between debates and never locks the game out, online or offline', { timeout: 300_000 }, async () => {
    const w = await openPage(browser, served.url, { serviceWorkers: 'allow' });
    const page = w.page;
    await title(page);
    await offlineReady(page);
    // A lesson runs in a page the worker serves.
    await page.reload();
    await title(page);
    expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    await page.getByRole('button', { name: /The short table/ }).click();
    await advanceToDecision(page);

    // The second build goes up while a debate is under way; the page looks for updates.
    publish(second, site);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await until(page, 'the new worker to wait', async () => !!(await navigator.serviceWorker.getRegistration())?.waiting);
    // Not in the middle of a debate: the offer waits for the title.
    await page.waitForTimeout(500);
    await expect(page.locator('[data-notice="new-version"]').count()).resolves.toBe(0);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /Quit to the title/ }).click();
    const offer = page.locator('[data-notice="new-version"]');
    await offer.waitFor();
    await expect.poll(() => offer.textContent(), { timeout: 10_000 }).toMatch(/A new version of the game is ready/);

    // Reload now: the new worker takes over and the second build loads, with all its files.
    await Promise.all([page.waitForEvent('load', { timeout: 60_000 }), offer.getByRole('button', { name: 'Reload now' }).click()]);
    await title(page);
    expect(await buildOnPage(page)).toBe('2');

    // Offline: the second build plays from the worker's cache.
    await w.context.setOffline(true);
    await page.reload();
    await title(page);
    expect(await buildOnPage(page)).toBe('2');
    await page.getByRole('button', { name: /The short table/ }).click();
    await advanceToDecision(page);
    await w.context.setOffline(false);

    // Online with the HTTP cache emptied (ten minutes later): still the second build, still playing.
    const cdp = await w.context.newCDPSession(page);
    await cdp.send('Network.clearBrowserCache');
    await page.reload();
    await title(page);
    expect(await buildOnPage(page)).toBe('2');

    // A file missing from the worker's cache: the page comes from the network instead of stalling.
    await page.evaluate(async () => {
      const entry = document.querySelector<HTMLScriptElement>('script[type="module"]')?.src ?? '';
      for (const name of await caches.keys()) await (await caches.open(name)).delete(entry);
    });
    await page.reload();
    await title(page);
    expect(w.errors).toEqual([]);
    expect(w.cspViolations).toEqual([]);
    await w.close();
  });
});
