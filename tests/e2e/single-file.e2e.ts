// The single-file build (npm run build:single): one HTML file copied into a folder with a space in
// its name, opened as file:// with no server at all, plays the short table to an ending by keyboard
// under its own strict policy (inline script and style by hash, no eval), asks for nothing but
// itself and its data: URLs, keeps the autosave (Continue after a reload) and replays a link; and
// plays in Persian, opened with ?lang=fa or through the title's switch.
import { copyFileSync, existsSync, mkdtempSync, mkdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { storyGlobalTags as persianTags } from '../../story/fa/main.ink';
import json, { storyHash } from '../../story/main.ink';
import { DebateEngine } from '../../src/debate/core/engine.ts';
import { linkTo } from '../../src/debate/persistence/link.ts';
import { sharedBrowser, openPage } from './harness.ts';
import { advanceToDecision, firstCard, playToEnding, startFromTitle } from './play.ts';

const PERSIAN_TITLE = (persianTags.find((t) => t.startsWith('title:')) ?? '').slice('title:'.length).trim();

const BUILT = path.resolve('dist-single/round-table.html');
let browser: Browser;
let url: string;

beforeAll(async () => {
  if (!existsSync(BUILT)) throw new Error(`${BUILT} is missing: run "npm run build:single" first (npm run test:e2e does).`);
  const folder = path.join(mkdtempSync(path.join(os.tmpdir(), 'round-table-usb-')), 'My Downloads');
  mkdirSync(folder);
  const file = path.join(folder, 'round-table.html');
  copyFileSync(BUILT, file);
  url = pathToFileURL(file).href;
  browser = await sharedBrowser();
});
describe('the single file, opened from a folder', () => {
  it('is one file whose policy allows its inline script and style by hash only', () => {
    const html = readFileSync(BUILT, 'utf8');
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(policy).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]{44}';/);
    expect(policy).toMatch(/style-src 'sha256-[A-Za-z0-9+/=]{44}';/);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(html).not.toMatch(/<script[^>]+src=|<link rel="stylesheet"/);
    expect(html.match(/<script\b/g)).toHaveLength(1);
  });

  it('plays the short table to an ending over file://, keeps the autosave and replays a link', async () => {
    const w = await openPage(browser, url);
    await w.page.getByRole('heading', { name: 'The Round Table', level: 2 }).waitFor({ timeout: 60_000 });
    await startFromTitle(w.page, 'short');
    await playToEnding(w.page, firstCard);
    await w.page.locator('#ending-heading').waitFor();
    const run = await w.page.evaluate(() => {
      const rt = (window as unknown as { roundTable: { path: number[]; state: { seed: number; ending?: string } } }).roundTable;
      return { path: [...rt.path], seed: rt.state.seed, ending: rt.state.ending };
    });
    // The same run in Node ends the same way.
    const engine = new DebateEngine(json, storyHash);
    engine.replay('short', run.seed, run.path);
    expect(run.ending).toBe(engine.state.ending);
    // The run code is there to hand in.
    await expect.poll(() => w.page.locator('[data-run-code]').textContent(), { timeout: 10_000 }).toMatch(/^RT1-S-/);

    // A reload keeps the autosave: Continue is offered.
    await w.page.reload();
    await w.page.getByRole('button', { name: /Continue/ }).waitFor({ timeout: 60_000 });

    // A replay link to the middle of the debate lands there.
    const midway = new DebateEngine(json, storyHash);
    midway.replay('short', run.seed, run.path.slice(0, 3));
    // Opened as a new page load (from about:blank), as a pasted link opens: a fragment change on the
    // open page followed by a reload raced the page's own handling of the change, which replays
    // the link and clears the fragment; when the page won, the reload found no link (seen with the
    // machine under load).
    await w.page.goto('about:blank');
    await w.page.goto(`${url}${linkTo(midway)}`);
    await w.page.locator('#choices button[data-choice]').first().waitFor({ timeout: 60_000 });
    const at = await w.page.evaluate(() => [...(window as unknown as { roundTable: { path: number[] } }).roundTable.path]);
    expect(at).toEqual(run.path.slice(0, 3));

    expect(w.errors).toEqual([]);
    expect(w.cspViolations).toEqual([]);
    // Nothing but the file itself (and data: URLs, which openPage never counts).
    expect(w.foreignRequests.every((u) => u.split('#')[0] === url)).toBe(true);
    await w.close();
  });

  it('plays in Persian: opened with ?lang=fa, and through the title’s switch', async () => {
    const w = await openPage(browser, `${url}?lang=fa`);
    const { page } = w;
    await page.locator('#title-heading').waitFor({ timeout: 60_000 });
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['fa', 'rtl']);
    expect(await page.locator('#title-heading').textContent()).toBe(PERSIAN_TITLE);
    // The menu's first button (the full table) has focus; one Tab reaches the short one.
    await page.locator('#screen:not([hidden]) .screen__actions > button').first().waitFor({ timeout: 60_000 });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await advanceToDecision(page);
    const lines = await page.$$eval('#transcript [data-speaker]', (entries) => entries.map((e) => e.textContent ?? ''));
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.filter((l) => !/[\u0600-\u06FF]/.test(l))).toEqual([]);
    // The switch on the English title reloads the file in Persian.
    await page.goto(url.replace(/\?.*$/, ''));
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.locator('.screen__language[lang="fa"]').click();
    await page.waitForURL(/lang=fa/);
    await page.locator('#title-heading').waitFor({ timeout: 60_000 });
    expect(await page.locator('#title-heading').textContent()).toBe(PERSIAN_TITLE);
    expect(w.errors).toEqual([]);
    expect(w.cspViolations).toEqual([]);
    expect(w.foreignRequests.every((u) => u.split(/[?#]/)[0] === url)).toBe(true);
    await w.close();
  });
});
