// The SCORM 1.2 package (npm run build:scorm) inside a page that acts as the LMS: scorm-again's
// Scorm12API as window.API, the package's page in an iframe, as Moodle's player holds it. The test
// unzips the package, checks the manifest, plays the short table part way, moves to "another
// machine" (a fresh browser context given only what the LMS kept) to resume at the same decision,
// plays to an ending and reads back what the LMS received: completed, the argument score, the run
// in suspend_data, the graded moves and the ending as interactions, the student's name used. An LMS
// that throws on every value leaves the game playing with local saves and one notice.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import json, { storyHash } from '../../story/main.ink';
import { courseProgress } from '../../src/debate/classroom/course-progress.ts';
import { DebateEngine } from '../../src/debate/core/engine.ts';
import { runCodeOf } from '../../src/debate/persistence/run-code.ts';
import { SCORM_LAUNCH, SCORM_ZIP } from '../../scripts/scorm-package.ts';
import { blankPage, sharedBrowser } from './harness.ts';
import { advanceToDecision, firstCard, offeredMoves, playToEnding, pressMove } from './play.ts';

let files: Record<string, Uint8Array>;
let browser: Browser;
let server: Server;
let origin: string;

const SCORM_AGAIN = readFileSync(path.resolve('node_modules/scorm-again/dist/scorm12.min.js'));
/** The LMS page: the API, what the LMS kept from before (query string), and the package in an iframe. */
const LMS_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test LMS</title>
<script src="/scorm12.js"></script></head><body>
<script>
  const kept = JSON.parse(new URLSearchParams(location.search).get('cmi') || '{}');
  window.API = new Scorm12API({ autocommit: false, logLevel: 5 });
  window.API.loadFromJSON(kept);
  // ?broken: an LMS whose every LMSSetValue throws (the game must play on).
  if (new URLSearchParams(location.search).has('broken')) window.API.LMSSetValue = () => { throw new Error('LMS down'); };
  window.finished = 0;
  window.API.on('LMSFinish', () => { window.finished++; });
  const frame = document.createElement('iframe');
  frame.src = '/sco/${SCORM_LAUNCH}';
  frame.title = 'The course activity';
  frame.style.cssText = 'width: 1200px; height: 760px; border: 0';
  document.body.append(frame);
</script></body></html>`;

beforeAll(async () => {
  files = unzipSync(readFileSync(SCORM_ZIP));
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const sco = url.pathname.startsWith('/sco/') ? files[decodeURIComponent(url.pathname.slice(5))] : undefined;
    const body = url.pathname === '/lms.html' ? LMS_PAGE : url.pathname === '/scorm12.js' ? SCORM_AGAIN : sco;
    if (!body) return void res.writeHead(404).end();
    const type = url.pathname.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8';
    res.writeHead(200, { 'content-type': type }).end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await sharedBrowser();
}, 60_000);
afterAll(async () => {
  await new Promise((done) => server?.close(done));
});

interface Received {
  status: string;
  score: string;
  suspend: string;
  name: string;
  exit: string;
  interactions: { id: string; type: string; response: string; result: string }[];
  finished: number;
}

/** What the LMS holds, as it would send it on (its JSON form reads write-only elements too). */
interface LmsCmi {
  core: { lesson_status: string; student_name: string; exit: string; score: { raw: string } };
  suspend_data: string;
  interactions: Record<string, { id: string; type: string; student_response: string; result: string }> | { id: string; type: string; student_response: string; result: string }[];
}

const received = async (page: Page): Promise<Received> => {
  const { cmi, finished } = await page.evaluate(() => {
    const lms = window as unknown as { API: { cmi: unknown }; finished: number };
    return { cmi: JSON.parse(JSON.stringify(lms.API.cmi)) as LmsCmi, finished: lms.finished };
  });
  return {
    status: cmi.core.lesson_status,
    score: cmi.core.score.raw,
    suspend: cmi.suspend_data,
    name: cmi.core.student_name,
    exit: cmi.core.exit,
    interactions: Object.values(cmi.interactions).map((i) => ({ id: i.id, type: i.type, response: i.student_response, result: i.result })),
    finished,
  };
};

/**
 * The LMS page with nothing stored (a machine of its own: a pooled context is wiped between tests),
 * with `kept` as what the LMS stored before. The package never registers a service worker.
 */
async function openLms(kept: object, broken = false): Promise<{ page: Page; frame: Frame; errors: string[]; close: () => Promise<void> }> {
  const { page, close } = await blankPage(browser, { viewport: { width: 1280, height: 800 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`HTTP ${r.status()} ${r.url()}`);
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource')) errors.push(msg.text());
  });
  // The package asks for nothing but its own page (the LMS page loads its API script).
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== origin || !['/lms.html', '/scorm12.js', `/sco/${SCORM_LAUNCH}`, '/favicon.ico'].includes(url.pathname)) errors.push(`request ${request.url()}`);
  });
  await page.goto(`${origin}/lms.html?cmi=${encodeURIComponent(JSON.stringify(kept))}${broken ? '&broken' : ''}`);
  const frame = page.frames().find((f) => f !== page.mainFrame()) ?? (await (await page.waitForSelector('iframe')).contentFrame());
  if (!frame) throw new Error('The package did not load in the iframe.');
  return { page, frame, errors, close };
}

/** The play.ts helpers drive a page; inside the LMS they read the iframe and type on the page's keyboard. */
const inFrame = (page: Page, frame: Frame): Page =>
  new Proxy(frame, {
    get(target, key) {
      if (key === 'keyboard') return page.keyboard;
      const value = Reflect.get(target, key) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  }) as unknown as Page;

const pathIn = (frame: Frame) => frame.evaluate(() => [...(window as unknown as { roundTable: { path: number[] } }).roundTable.path]);

describe('the SCORM package', () => {
  it('holds a SCORM 1.2 manifest whose files are all in the zip', async () => {
    expect(Object.keys(files).sort()).toEqual(['imsmanifest.xml', SCORM_LAUNCH]);
    const manifest = strFromU8(files['imsmanifest.xml'] ?? new Uint8Array());
    // Parsed by the browser's XML parser: well-formed, and read the way a platform reads it.
    const page = await browser.newPage();
    const read = await page.evaluate((text) => {
      // eslint-disable-next-line no-restricted-syntax -- parses the package's XML manifest as a platform does; nothing goes on a page
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const ADLCP = 'http://www.adlnet.org/xsd/adlcp_rootv1p2';
      const resources = [...doc.getElementsByTagName('resource')];
      return {
        error: doc.getElementsByTagName('parsererror').length > 0,
        namespace: doc.documentElement.namespaceURI,
        version: doc.getElementsByTagName('schemaversion')[0]?.textContent,
        items: [...doc.getElementsByTagName('item')].map((i) => i.getAttribute('identifierref')),
        resources: resources.map((r) => ({ id: r.getAttribute('identifier'), type: r.getAttributeNS(ADLCP, 'scormtype'), href: r.getAttribute('href') })),
        hrefs: [...doc.querySelectorAll('[href]')].map((e) => e.getAttribute('href')),
      };
    }, manifest);
    await page.close();
    expect(read.error).toBe(false);
    expect(read.namespace).toBe('http://www.imsproject.org/xsd/imscp_rootv1p1p2');
    expect(read.version).toBe('1.2');
    expect(read.resources).toEqual([{ id: 'round-table-sco', type: 'sco', href: SCORM_LAUNCH }]);
    expect(read.items).toEqual(['round-table-sco']);
    for (const href of read.hrefs) expect(files[href ?? ''], `${href} is in the zip`).toBeDefined();
  });

  it('reports to the LMS around it, resumes on another machine, and completes with its score', async () => {
    // First machine: the LMS knows the student; nothing kept yet.
    const first = await openLms({ core: { student_name: 'Rahimi, Sara' } });
    await first.frame.getByRole('button', { name: /The short table/ }).click({ timeout: 60_000 });
    const driver = inFrame(first.page, first.frame);
    for (let decision = 0; decision < 3; decision++) {
      await advanceToDecision(driver);
      const moves = await offeredMoves(driver);
      await pressMove(driver, firstCard(moves, decision), moves);
    }
    await advanceToDecision(driver);
    const midway = await pathIn(first.frame);
    const state = await first.frame.evaluate(() => (window as unknown as { roundTable: { state: { seed: number } } }).roundTable.state);
    const started = await received(first.page);
    expect(started.status).toBe('incomplete');
    expect(started.exit).toBe('suspend');
    const engine = new DebateEngine(json, storyHash);
    engine.replay('short', state.seed, midway);
    expect(started.suspend).toBe(runCodeOf(engine));
    // The LMS's name is the student's name on this device (the run file and transcript carry it).
    const name = await first.frame.evaluate(() => localStorage.getItem('round-table:student'));
    expect(name).toBe('Sara Rahimi');
    // Leaving the page finishes the session (LMSCommit, LMSFinish on pagehide).
    await first.frame.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide')));
    expect((await received(first.page)).finished).toBe(1);
    expect(first.errors).toEqual([]);
    await first.close();

    // Another machine: only what the LMS kept. The game opens at the same decision.
    const second = await openLms({ core: { student_name: 'Rahimi, Sara', lesson_status: 'incomplete' }, suspend_data: started.suspend });
    await second.frame.locator('#choices button[data-choice]').first().waitFor({ timeout: 60_000 });
    expect(await pathIn(second.frame)).toEqual(midway);
    if (process.env.SHOTS) await second.page.screenshot({ path: '/tmp/i15/lms-resumed.png' });
    const moreDriver = inFrame(second.page, second.frame);
    await second.frame.locator('#choices button[data-choice]').first().focus();
    await playToEnding(moreDriver, firstCard);
    await second.frame.locator('#ending-heading').waitFor();
    if (process.env.SHOTS) await second.page.screenshot({ path: '/tmp/i15/lms-ending.png' });

    const done = await received(second.page);
    const path = await pathIn(second.frame);
    engine.replay('short', state.seed, path);
    const expected = courseProgress(engine);
    expect(done.status).toBe('completed');
    expect(done.exit).toBe('');
    expect(done.score).toBe(String(expected.score));
    expect(done.suspend).toBe(expected.resumeData);
    // The moves graded on this machine (its journal starts where it resumed), then the ending.
    const here = expected.moves.filter((m) => m.decision > midway.length);
    expect(done.interactions.slice(0, -1).map((i) => i.response)).toEqual(here.map((m) => m.response));
    expect(done.interactions.at(-1)).toEqual({ id: 'ending', type: 'performance', response: engine.state.ending, result: 'neutral' });
    expect(second.errors).toEqual([]);
    await second.close();
  });

  it('an LMS that throws on every value leaves the game playing, with one notice', async () => {
    const lms = await openLms({}, true);
    await lms.frame.getByRole('button', { name: /The short table/ }).click({ timeout: 60_000 });
    const driver = inFrame(lms.page, lms.frame);
    for (let decision = 0; decision < 2; decision++) {
      await advanceToDecision(driver);
      const moves = await offeredMoves(driver);
      await pressMove(driver, firstCard(moves, decision), moves);
    }
    await advanceToDecision(driver);
    expect(await pathIn(lms.frame)).toHaveLength(2);
    const notices = await lms.frame.locator('#notices').textContent();
    expect(notices?.match(/Your course’s platform did not record part of this debate/g)).toHaveLength(1);
    expect(notices).toContain('(LMSSetValue cmi.core.lesson_status threw Error). The game plays on and saves on this device');
    // It saves on this device all the same.
    expect(await lms.frame.evaluate(() => localStorage.getItem('round-table:save:auto') !== null)).toBe(true);
    if (process.env.SHOTS) await lms.page.screenshot({ path: '/tmp/i15/lms-broken.png' });
    expect(lms.errors).toEqual([]);
    await lms.close();
  });
});
