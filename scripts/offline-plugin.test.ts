// The offline worker, run in a stand-in for a service worker's global scope: it precaches past the
// HTTP cache, refuses a page that is not its build's, never serves a page whose files are missing,
// keeps the previous build's cache for tabs still running it, and waits until the page lets it in.
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { pageFiles, serviceWorkerSource, SKIP_WAITING } from './offline-plugin.ts';

const ORIGIN = 'http://school.example/game/';
const page = (entry: string) => `<!doctype html><script type="module" crossorigin src="./assets/${entry}"></script><link rel="stylesheet" crossorigin href="./assets/index-A.css">`;

type Handler = (event: Record<string, unknown>) => void;

/** A worker scope: caches in memory, a server to fetch from, and the events the worker listens to. */
function scope(server: Map<string, string>, files: string[], version: string, needs: string[]) {
  const handlers = new Map<string, Handler>();
  const stores = new Map<string, Map<string, Response>>();
  const fetched: { url: string; cache: string }[] = [];
  let skipped = 0;
  const key = (input: Request | string) => new URL(typeof input === 'string' ? input : input.url, ORIGIN).href;
  const fetchFromServer = async (input: Request | string) => {
    const request = typeof input === 'string' ? new Request(new URL(input, ORIGIN)) : input;
    fetched.push({ url: key(request), cache: request.cache });
    const path = new URL(request.url).pathname.replace('/game/', '') || 'index.html';
    const body = server.get(path === '' ? 'index.html' : path);
    return body === undefined ? new Response('not found', { status: 404 }) : new Response(body, { status: 200 });
  };
  const open = async (name: string) => {
    const store = stores.get(name) ?? new Map<string, Response>();
    stores.set(name, store);
    return {
      addAll: async (requests: Request[]) => {
        const responses = await Promise.all(requests.map((r) => fetchFromServer(new Request(new URL(r.url, ORIGIN), { cache: r.cache }))));
        if (responses.some((r) => !r.ok)) throw new TypeError('a file failed');
        requests.forEach((r, i) => store.set(key(r), responses[i] as Response));
      },
      match: async (input: Request | string) => store.get(key(input))?.clone(),
      delete: async (input: Request | string) => store.delete(key(input)),
    };
  };
  const caches = {
    open,
    keys: async () => [...stores.keys()],
    delete: async (name: string) => stores.delete(name),
    match: async (input: Request | string) => {
      for (const store of stores.values()) {
        const hit = store.get(key(input));
        if (hit) return hit.clone();
      }
      return undefined;
    },
  };
  const self = {
    location: new URL(`${ORIGIN}sw.js`),
    addEventListener: (type: string, handler: Handler) => handlers.set(type, handler),
    skipWaiting: () => void skipped++,
  };
  /** A worker resolves relative URLs against its own location. */
  class ScopedRequest extends Request {
    constructor(input: string | Request, init?: RequestInit) {
      super(typeof input === 'string' ? new URL(input, ORIGIN) : input, init);
    }
  }
  vm.runInNewContext(serviceWorkerSource(files, version, needs), { self, caches, fetch: fetchFromServer, Request: ScopedRequest, Response, URL, Promise });
  const waitFor = async (type: string, extra: Record<string, unknown> = {}) => {
    let work: Promise<unknown> = Promise.resolve();
    handlers.get(type)?.({ ...extra, waitUntil: (p: Promise<unknown>) => (work = p) });
    return work;
  };
  const request = async (url: string, mode: 'navigate' | 'no-cors' = 'no-cors') => {
    let answer: Promise<Response> | undefined;
    handlers.get('fetch')?.({ request: { url: new URL(url, ORIGIN).href, method: 'GET', mode }, respondWith: (r: Promise<Response>) => (answer = r) });
    return answer ? (await answer).text() : 'not handled';
  };
  return { install: () => waitFor('install'), activate: () => waitFor('activate'), message: (data: unknown) => handlers.get('message')?.({ data }), request, stores, fetched, skipped: () => skipped, open };
}

const build = (entry: string) => {
  const server = new Map([
    ['index.html', page(entry)],
    [`assets/${entry}`, `code of ${entry}`],
    ['assets/index-A.css', 'css'],
  ]);
  const files = [`assets/${entry}`, 'assets/index-A.css', 'index.html'];
  return { server, files, needs: pageFiles(page(entry)) };
};

describe('the offline worker', () => {
  it('knows what the page loads itself', () => {
    expect(pageFiles(page('index-1.js'))).toEqual(['assets/index-1.js', 'assets/index-A.css']);
  });

  it('precaches every file past the HTTP cache and serves the game offline from it', async () => {
    const { server, files, needs } = build('index-1.js');
    const sw = scope(server, files, 'v1', needs);
    await sw.install();
    expect(sw.fetched.length).toBe(4);
    expect(sw.fetched.every((f) => f.cache === 'reload')).toBe(true);
    server.clear(); // offline
    expect(await sw.request('./?x#play=v1', 'navigate')).toBe(page('index-1.js'));
    expect(await sw.request('./assets/index-1.js')).toBe('code of index-1.js');
  });

  it('refuses to install when the page it got is not its build’s, so the worker in place stays', async () => {
    const { server, files, needs } = build('index-2.js');
    server.set('index.html', page('index-1.js')); // an old page from a stale cache on the way
    server.set('assets/index-1.js', 'old code');
    const sw = scope(server, files, 'v2', needs);
    await expect(sw.install()).rejects.toThrow(/not this build/);
    expect(sw.stores.has('round-table-v2')).toBe(false);
  });

  it('never serves a page whose files are missing: the page comes from the network', async () => {
    const { server, files, needs } = build('index-1.js');
    const sw = scope(server, files, 'v1', needs);
    await sw.install();
    const cache = await sw.open('round-table-v1');
    await cache.delete('./assets/index-1.js');
    server.set('index.html', page('index-3.js'));
    expect(await sw.request('./', 'navigate')).toBe(page('index-3.js'));
  });

  it('keeps the previous build’s cache for tabs still running it, and drops older ones', async () => {
    const { server, files, needs } = build('index-3.js');
    const sw = scope(server, files, 'v3', needs);
    for (const old of ['round-table-v1', 'round-table-v2', 'other-app']) await sw.open(old);
    sw.stores.get('round-table-v2')?.set(`${ORIGIN}assets/late-2.js`, new Response('late part of v2'));
    await sw.install();
    await sw.activate();
    expect([...sw.stores.keys()].sort()).toEqual(['other-app', 'round-table-v2', 'round-table-v3']);
    server.clear();
    expect(await sw.request('./assets/late-2.js')).toBe('late part of v2');
  });

  it('takes over only when the page says the player chose to reload', async () => {
    const { server, files, needs } = build('index-1.js');
    const sw = scope(server, files, 'v1', needs);
    sw.message('something else');
    expect(sw.skipped()).toBe(0);
    sw.message(SKIP_WAITING);
    expect(sw.skipped()).toBe(1);
  });
});
