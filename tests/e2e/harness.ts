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

/**
 * The built site on loopback and a Chromium for every test in the calling file, both closed after
 * them. Read `site.served` and `site.browser` inside the tests (they exist once beforeAll ran).
 */
export function builtSite(root = DIST): { served: Served; browser: Browser } {
  const site = {} as { served: Served; browser: Browser };
  beforeAll(async () => {
    site.served = await serve(root);
    site.browser = await launch();
  });
  afterAll(async () => {
    await site.browser?.close();
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
}

/**
 * Whether a test page may register the game's service worker. Only the tests about offline play
 * and updates need one (offline.e2e, update.e2e pass 'allow'); everywhere else it is blocked,
 * because a first visit's worker precaches the whole build in the background (~0.7-1 CPU-s of
 * Chromium per page load measured here), work no other test looks at. A blocked page still runs
 * registerOfflineWorker: Playwright makes register() resolve to nothing, which it reports with a
 * console warning, as a browser without workers would.
 */
export type ServiceWorkers = 'allow' | 'block';

/** Opens a page that records console errors, page errors and requests to other origins. */
export async function openPage(
  browser: Browser,
  url: string,
  options: {
    viewport?: { width: number; height: number };
    deviceScaleFactor?: number;
    reducedMotion?: 'reduce' | 'no-preference';
    serviceWorkers?: ServiceWorkers;
  } = {},
): Promise<Watched> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    reducedMotion: options.reducedMotion ?? 'reduce',
    serviceWorkers: options.serviceWorkers ?? 'block',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const foreignRequests: string[] = [];
  const cspViolations: string[] = [];
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
  await page.exposeFunction('__reportCsp', (text: string) => cspViolations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportCsp(t: string): void }).__reportCsp(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await page.goto(url);
  return { page, context, errors, foreignRequests, cspViolations };
}
