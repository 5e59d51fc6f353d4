// Browser-test harness: serves dist/ on loopback with a tiny static server and drives Debian's
// Chromium (or CHROME_PATH) through playwright-core. Records console errors, page errors and any
// request that tries to leave the page's origin.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webm': 'audio/webm',
  '.mp3': 'audio/mpeg',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
};

export interface Served {
  url: string;
  close(): Promise<void>;
}

/** The built site the tests serve: dist/, or E2E_DIST to test a build made elsewhere. */
export const DIST = process.env.E2E_DIST ? path.resolve(process.env.E2E_DIST) : path.resolve('dist');

/** Types a real host compresses (fonts, audio and images are compressed already). */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.json', '.webmanifest']);

/**
 * `onRequest` hears every request's URL path as it arrives (the bench counts what was sent).
 * `gzip` compresses text files for a browser that accepts it, as any real host does (the bench and
 * Lighthouse use it, so simulated network times count the bytes a player would download).
 */
export function serve(root = DIST, options: { onRequest?: (path: string) => void; gzip?: boolean } = {}): Promise<Served> {
  const zipped = new Map<string, Buffer>();
  if (!existsSync(path.join(root, 'index.html'))) {
    throw new Error(`${root}/index.html is missing: run "npm run build" first (npm run test:e2e does).`);
  }
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    options.onRequest?.(url.pathname);
    let file = path.join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    const headers: Record<string, string> = {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    };
    let body: Buffer = readFileSync(file);
    if (options.gzip && COMPRESSIBLE.has(path.extname(file)) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      const key = `${file}:${statSync(file).mtimeMs}`;
      const packed = zipped.get(key) ?? gzipSync(body, { level: 6 });
      zipped.set(key, packed);
      body = packed;
      headers['content-encoding'] = 'gzip';
      headers.vary = 'accept-encoding';
    }
    res.writeHead(200, headers);
    res.end(body);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({
        url: `http://127.0.0.1:${port}/`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

export function chromePath(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    (p): p is string => !!p,
  );
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium found at CHROME_PATH, /usr/bin/chromium or /usr/bin/chromium-browser. Install it with "apt-get install -y chromium" (bash .ci/run does).',
    );
  }
  return found;
}

export async function launch(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: chromePath(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--autoplay-policy=no-user-gesture-required',
      ...extraArgs,
    ],
  });
}

let shared: Promise<Browser> | null = null;

/**
 * The test worker's Chromium, launched by the first file that asks and kept for the files the
 * worker runs after it (vitest.e2e.config.ts runs them unisolated, one after another, in the same
 * process): a launch and a first page in a new tab cost ~4 CPU-s that fifteen files no longer pay,
 * and the pool's warm tabs carry over from file to file. Playwright closes it when the worker exits.
 * A file that needs other flags (no WebGL) launches its own with `launch`.
 */
export async function sharedBrowser(): Promise<Browser> {
  const current = await shared?.catch(() => null);
  if (current?.isConnected()) return current;
  shared = launch();
  return shared;
}

/**
 * The built site on loopback, served for every test in the calling file and closed after them, and
 * the worker's shared Chromium. Read `site.served` and `site.browser` inside the tests (they exist
 * once beforeAll ran).
 */
export function builtSite(root = DIST): { served: Served; browser: Browser } {
  const site = {} as { served: Served; browser: Browser };
  beforeAll(async () => {
    site.served = await serve(root);
    site.browser = await sharedBrowser();
  });
  afterAll(async () => {
    await site.served?.close();
  });
  return site;
}

export interface Watched {
  page: Page;
  context: BrowserContext;
  errors: string[];
  foreignRequests: string[];
  cspViolations: string[];
  /**
   * Ends the test's use of the page: closes its context, or, for a context from the pool, closes
   * its pages and wipes what the site stored, so the next test starts as a first visit would.
   */
  close(): Promise<void>;
}

/**
 * Pages put back by tests, wiped, waiting for the next test (per browser, by device scale factor),
 * each alone in its context. A page load in a new tab costs ~2.3 CPU-s of Chromium, ~1.0 in a tab
 * that held the site before (measured here, six loads each way): a new tab starts a new renderer
 * process, which compiles the game's script from nothing. So a test's page is, where nothing in it
 * says otherwise, the last test's tab, sent to about:blank, with everything the site stored wiped
 * (localStorage, IndexedDB, caches, cookies: DevTools' "Clear site data") and its listeners, size
 * and media settings reset: the game starts as on a first visit, in a warm process. A test that
 * changes the page for good (init scripts, routes, exposed functions, DevTools sessions, headers)
 * marks it spent, and it is closed with its context. Only one test holds a page at a time, so two
 * pages a test opens at once never share storage. Service-worker tests (offline, update) and
 * file:// pages take a context of their own (`ownContext`).
 */
interface Pooled {
  context: BrowserContext;
  page: Page;
  spent: boolean;
  /** Where openPage's CSP listener reports, for whichever test holds the page. */
  csp: string[];
  cspExposed: boolean;
  /** The harness's own DevTools sessions (for wiping), which do not spend the page. */
  openCdp: BrowserContext['newCDPSession'];
}
const pools = new WeakMap<Browser, Map<string, Pooled[]>>();
const pooledOf = new WeakMap<Page, Pooled>();

/** Makes every call that changes the page or its context for good mark it spent. */
function watchForLastingChanges(entry: Pooled): void {
  const spend = <T extends object>(target: T, names: string[]) => {
    for (const name of names) {
      const original = (target as Record<string, unknown>)[name];
      if (typeof original !== 'function') continue;
      (target as Record<string, unknown>)[name] = (...args: unknown[]) => {
        entry.spent = true;
        return (original as (...a: unknown[]) => unknown).apply(target, args);
      };
    }
  };
  spend(entry.page, ['addInitScript', 'route', 'routeFromHAR', 'routeWebSocket', 'exposeFunction', 'exposeBinding', 'setExtraHTTPHeaders']);
  spend(entry.context, ['addInitScript', 'route', 'routeFromHAR', 'routeWebSocket', 'exposeFunction', 'exposeBinding', 'setExtraHTTPHeaders', 'newCDPSession', 'setOffline', 'setGeolocation', 'grantPermissions']);
}

async function takePage(browser: Browser, key: string, make: () => Promise<BrowserContext>): Promise<Pooled> {
  const pool = pools.get(browser) ?? new Map<string, Pooled[]>();
  pools.set(browser, pool);
  const idle = pool.get(key) ?? [];
  pool.set(key, idle);
  const reused = idle.pop();
  if (reused) return reused;
  const context = await make();
  const page = await context.newPage();
  const entry: Pooled = { context, page, spent: false, csp: [], cspExposed: false, openCdp: context.newCDPSession.bind(context) };
  watchForLastingChanges(entry);
  pooledOf.set(entry.page, entry);
  return entry;
}

/** Leaves the site, wipes what it stored, and puts the page back for the next test. */
async function putBack(browser: Browser, key: string, entry: Pooled, origins: Set<string>): Promise<void> {
  const { context, page } = entry;
  if (entry.spent || page.isClosed()) {
    await context.close();
    return;
  }
  for (const p of context.pages()) {
    for (const frame of p.frames()) {
      const url = frame.url();
      if (url.startsWith('http')) origins.add(new URL(url).origin);
    }
  }
  // Leave the site first, so that whatever it writes on pagehide (the autosave) is written now and
  // wiped below, not carried into the next test.
  try {
    await page.goto('about:blank', { timeout: 10_000 });
  } catch {
    await context.close(); // a page that will not leave (stuck): not worth reusing
    return;
  }
  for (const p of context.pages()) if (p !== page) await p.close();
  const cdp = await entry.openCdp(page);
  for (const origin of origins) await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
  await cdp.detach();
  await context.clearCookies();
  await context.clearPermissions();
  for (const modifier of ['Shift', 'Control', 'Alt', 'Meta']) await page.keyboard.up(modifier);
  await page.mouse.up();
  page.removeAllListeners();
  pools.get(browser)?.get(key)?.push(entry);
}

export interface PageOptions {
  viewport?: { width: number; height: number };
  deviceScaleFactor?: number;
  reducedMotion?: 'reduce' | 'no-preference';
  serviceWorkers?: ServiceWorkers;
  /** A context of the test's own, closed by close(). */
  ownContext?: boolean;
}

/**
 * A blank page (from the pool, or in a context of its own: see PageOptions.ownContext) and the
 * close() that ends the test's use of it. For tests that set the page up before it loads the site
 * (an init script that seeds or breaks storage); openPage does the rest.
 */
export async function blankPage(browser: Browser, options: PageOptions & { fileUrl?: boolean } = {}): Promise<{ page: Page; context: BrowserContext; close(): Promise<void> }> {
  const viewport = options.viewport ?? { width: 1280, height: 800 };
  const reducedMotion = options.reducedMotion ?? 'reduce';
  const serviceWorkers = options.serviceWorkers ?? 'block';
  const deviceScaleFactor = options.deviceScaleFactor ?? 1;
  // file:// pages store under an origin DevTools cannot name for clearing: those get their own.
  const own = options.ownContext === true || serviceWorkers === 'allow' || options.fileUrl === true;
  const make = () => browser.newContext({ viewport, deviceScaleFactor, reducedMotion, serviceWorkers });
  if (own) {
    const context = await make();
    const page = await context.newPage();
    return { page, context, close: () => context.close() };
  }
  const key = `dpr ${deviceScaleFactor}`;
  const entry = await takePage(browser, key, make);
  const { page, context } = entry;
  // A page from the pool was last set up for another test: set this test's size and media.
  await page.setViewportSize(viewport);
  await page.emulateMedia({ media: null, reducedMotion });
  const origins = new Set<string>();
  page.on('framenavigated', (f) => {
    if (f.url().startsWith('http')) origins.add(new URL(f.url()).origin);
  });
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await putBack(browser, key, entry, origins);
  };
  return { page, context, close };
}

export type ServiceWorkers = 'allow' | 'block';

export interface OpenOptions extends PageOptions {
  /**
   * Sets the page up before it first loads `url` (a route that holds or fails a file, say), so a
   * test that needs one does not load the site once for nothing and again after it.
   */
  beforeLoad?: (page: Page) => Promise<unknown>;
  /** When the first load counts as done (page.goto's waitUntil); 'load' unless told. */
  waitUntil?: 'load' | 'domcontentloaded' | 'commit';
}

/** Opens a page that records console errors, page errors and requests to other origins. */
export async function openPage(browser: Browser, url: string, options: OpenOptions = {}): Promise<Watched> {
  const { page, context, close } = await blankPage(browser, { ...options, fileUrl: url.startsWith('file:') });
  const errors: string[] = [];
  const foreignRequests: string[] = [];
  let cspViolations: string[] = [];
  const origin = new URL(url).origin;
  page.on('response', (r) => { if (r.status() >= 400) errors.push(`HTTP ${r.status()} ${r.url()}`); });
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('request', (request) => {
    const u = request.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) foreignRequests.push(u);
  });
  const pooled = pooledOf.get(page);
  if (pooled) {
    // The listener lives as long as the page: it reports to whoever holds the page now.
    pooled.csp = cspViolations = [];
    const entry = pooled;
    if (!entry.cspExposed) {
      entry.cspExposed = true;
      const spent = entry.spent;
      await page.exposeFunction('__reportCsp', (text: string) => entry.csp.push(text));
      await page.addInitScript(reportCsp);
      entry.spent = spent; // the harness's own, not the test's
    }
  } else {
    await page.exposeFunction('__reportCsp', (text: string) => cspViolations.push(text));
    await page.addInitScript(reportCsp);
  }
  await options.beforeLoad?.(page);
  await page.goto(url, { waitUntil: options.waitUntil ?? 'load' });
  return { page, context, errors, foreignRequests, cspViolations, close };
}

function reportCsp(): void {
  document.addEventListener('securitypolicyviolation', (e) => {
    (window as unknown as { __reportCsp(t: string): void }).__reportCsp(`${e.violatedDirective} ${e.blockedURI}`);
  });
}
