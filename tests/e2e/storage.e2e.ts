// Nothing lost, nobody locked out, in the browser: hostile data in every storage key (told, set
// aside, listed, downloadable, deletable); storage full to the last byte (still reads, says so,
// tells every failed save with the debate to download, frees space); two tabs (each told of the
// other, both debates in the record and the endings gallery); a save carried to another browser
// and back in; "Clear my data" counting what it removed; and a mangled replay link still opening.
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import storyJson, { storyHash } from '../../story/main.ink';
import { DebateEngine } from '../../src/debate/core/engine.ts';
import { builtSite, openPage, type Watched } from './harness.ts';
import { advanceToDecision, debatePath, pressMove, waitForPathLength } from './play.ts';

const site = builtSite();

/** A short-table debate to its ending, taking the `nth` choice (or the last) at every decision. */
function pathToEnding(seed: number, nth: number): number[] {
  const engine = new DebateEngine(storyJson, storyHash);
  let beat = engine.start('short', seed);
  while (beat.choices) beat = engine.choose(Math.min(nth, beat.choices.choices.length - 1));
  return engine.path;
}

const title = (page: Page) => page.getByRole('button', { name: /The short table/ }).waitFor({ timeout: 30_000 });
const stored = (page: Page) =>
  page.evaluate(() => Object.fromEntries(Object.keys(localStorage).filter((k) => k.startsWith('round-table:')).map((k) => [k.slice('round-table:'.length), localStorage.getItem(k) ?? ''])));
/** The transcript as the drawer shows it: one "speaker words" string per line read. */
const transcriptOnScreen = (page: Page) => page.$$eval('#transcript .transcript__entry', (entries) => entries.map((e) => e.textContent ?? ''));
const notice = (page: Page, text: RegExp) => page.locator('[data-notice]', { hasText: text });

/** Dismisses every notice, as a player would before reaching the buttons under them. */
async function dismissNotices(page: Page): Promise<void> {
  while ((await page.locator('[data-notice]').count()) > 0) await page.locator('[data-notice] button.icon-button').first().click();
}

/** Takes one decision (the move at `position` among those offered) with its key and waits for it to count. */
async function decide(page: Page, position = 1): Promise<void> {
  // advanceToDecision's failure says where the page stood (focus, dialogs, notices, the line).
  await advanceToDecision(page);
  const before = (await debatePath(page)).length;
  await pressMove(page, position);
  await waitForPathLength(page, before + 1);
}

async function quitToTitle(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: /Quit to the title/ }).click();
  await title(page);
}

function clean(w: Watched): void {
  expect(w.errors).toEqual([]);
  expect(w.cspViolations).toEqual([]);
  expect(w.foreignRequests).toEqual([]);
}

describe('keeping the player’s data', () => {
  it('hostile data in every key is told, set aside, listed, downloadable and deletable; the game plays', { timeout: 180_000 }, async () => {
    const w = await openPage(site.browser, site.served.url);
    await title(w.page);
    const hostile: Record<string, string> = {
      'save:auto': '{"app":"the-round-table","schema":{"toString":1}}',
      'save:slot-1': `{"app":"the-round-table","schema":1,"storyHash":"abcdef12","preset":"short","seed":1,"path":${'['.repeat(50_000)}${']'.repeat(50_000)},"inkState":"{}"}`,
      'save-label:slot-1': '{"name":{"toString":1},"savedAt":1e400}',
      runs: '[{"id":"r1","preset":"full","seed":1,"storyHash":"aaaa1111","path":[0],"startedAt":1,"updatedAt":1e400},"cut',
      settings: '{"textScale":{"valueOf":1}}',
      check: '{"before":{"hits":1e308,"falseAlarms":0,"score":1e308}}',
    };
    await w.page.evaluate((keys) => {
      for (const [k, v] of Object.entries(keys)) localStorage.setItem(`round-table:${k}`, v);
    }, hostile);
    await w.page.reload();
    await title(w.page);
    // Told at start, in one notice: the settings, the history and the check answers were set aside.
    await notice(w.page, /could not be read: your settings, the record of past debates and your check answers\. Copies are set aside in Saved debates\. The default settings apply\./).waitFor();
    await expect.poll(() => w.page.locator('[data-notice]').count(), { timeout: 10_000 }).toBe(1);
    await dismissNotices(w.page);
    // Continue: the hostile autosave is refused with its format, set aside, and the title stays.
    await w.page.getByRole('button', { name: /Continue/ }).click();
    await notice(w.page, /This save gives its format as an object.*set aside in Saved debates, not deleted/).waitFor();
    await title(w.page);
    await dismissNotices(w.page);
    const after = await stored(w.page);
    for (const [key, text] of Object.entries(hostile)) {
      if (key === 'save:slot-1' || key === 'save-label:slot-1') expect(after[key]).toBe(text);
      else expect(Object.entries(after).find(([k, v]) => k.startsWith(`aside:${key}:`) && v === text), key).toBeDefined();
    }

    // Saved debates lists the slot as damaged and every set-aside copy.
    await w.page.getByRole('button', { name: 'Saved debates' }).click();
    const saved = w.page.getByRole('dialog', { name: 'Saved debates' });
    await expect.poll(() => saved.textContent(), { timeout: 10_000 }).toContain('Slot 1: Unnamed · this save looks damaged');
    await expect.poll(() => saved.locator('[data-aside]').count(), { timeout: 10_000 }).toBe(4);
    // Each copy says why it was set aside.
    await expect.poll(() => saved.locator('[data-aside^="aside:save:auto:"]').textContent(), { timeout: 10_000 }).toMatch(/The autosave · set aside .*gives its format as an object/);
    await expect.poll(() => saved.locator('[data-aside^="aside:settings:"]').textContent(), { timeout: 10_000 }).toMatch(/1 damaged entry of 7/);
    const runsCopy = saved.locator('[data-aside^="aside:runs:"]');
    const [download] = await Promise.all([w.page.waitForEvent('download'), runsCopy.getByRole('button', { name: 'Download' }).click()]);
    expect(readFileSync((await download.path()) ?? '', 'utf8')).toBe(hostile.runs);
    await runsCopy.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => saved.getByRole('status').textContent(), { timeout: 10_000 }).toBe('Deleted.');
    await expect.poll(() => saved.locator('[data-aside]').count(), { timeout: 10_000 }).toBe(3);
    expect(Object.keys(await stored(w.page)).some((k) => k.startsWith('aside:runs:'))).toBe(false);
    // Loading the damaged slot refuses it and sets it aside too.
    await saved.getByRole('button', { name: 'Load slot 1', exact: true }).click();
    await notice(w.page, /list of choices in the save is damaged.*set aside/).waitFor();
    await dismissNotices(w.page);

    // And the game plays on, saving as it goes.
    await w.page.getByRole('button', { name: /The short table/ }).click();
    await decide(w.page);
    await decide(w.page);
    const path = await debatePath(w.page);
    expect(path).toHaveLength(2);
    expect(JSON.parse((await stored(w.page))['save:auto'] ?? '{}')).toMatchObject({ app: 'the-round-table', path });
    clean(w);
    await w.close();
  });

  it('full storage still reads, says so, tells every lost save with the debate to download, and frees space', { timeout: 180_000 }, async () => {
    const w = await openPage(site.browser, site.served.url);
    await title(w.page);
    await w.page.getByRole('button', { name: /The short table/ }).click();
    await decide(w.page);
    await decide(w.page);
    // A named save to come back to; then no autosave, so the next one must find room.
    await w.page.keyboard.press('Escape');
    await w.page.getByRole('button', { name: /Save to a slot/ }).click();
    await w.page.getByRole('dialog', { name: 'Save to a slot' }).getByRole('button', { name: 'Save to slot 1' }).click();
    await w.page.keyboard.press('Escape');
    await quitToTitle(w.page);
    const slotPath = await debatePath(w.page);
    // Fill the storage to the last character with copies set aside long ago.
    const filled = await w.page.evaluate(() => {
      localStorage.removeItem('round-table:save:auto');
      let n = 0;
      for (let size = 1 << 20; size >= 1; size = Math.floor(size / 2)) {
        for (;;) {
          try {
            localStorage.setItem(`round-table:aside:filler:${1_600_000_000_000 + n}`, 'x'.repeat(size));
            n++;
          } catch {
            break;
          }
        }
      }
      return n;
    });
    expect(filled).toBeGreaterThan(5);
    await w.page.reload();
    await title(w.page);
    await notice(w.page, /storage for the game is full.*can still be read/).waitFor();
    await dismissNotices(w.page);

    // Reads work: the named slot loads.
    await w.page.getByRole('button', { name: 'Saved debates' }).click();
    await w.page.getByRole('dialog', { name: 'Saved debates' }).getByRole('button', { name: 'Load slot 1', exact: true }).click();
    await waitForPathLength(w.page, slotPath.length);

    // Every choice that cannot be saved is told, with the debate to download.
    const failed = notice(w.page, /Your progress is not being saved: this browser’s storage for the game is full/);
    await decide(w.page);
    await failed.waitFor();
    await w.page.evaluate(() => ((document.querySelector('[data-notice="save-failed"]') as HTMLElement & { seen?: number }).seen = 1));
    await decide(w.page);
    // A fresh notice, announced again, not the first one left standing. The autosave is written
    // after the frame that shows the choice (controller.autosave), so the choice's path arrives
    // first: wait for the new notice (10 s at most), rather than read the old one still standing.
    await w.page.waitForFunction(
      () => {
        const shown = document.querySelector('[data-notice="save-failed"]') as (HTMLElement & { seen?: number }) | null;
        return shown !== null && shown.seen === undefined;
      },
      undefined,
      { timeout: 10_000 },
    );
    await failed.waitFor();
    await expect.poll(() => w.page.locator('[data-notice="save-failed"]').count(), { timeout: 10_000 }).toBe(1);
    const [download] = await Promise.all([w.page.waitForEvent('download'), failed.getByRole('button', { name: 'Download this debate' }).click()]);
    const file: unknown = JSON.parse(readFileSync((await download.path()) ?? '', 'utf8')) as { path: number[]; app: string };
    expect(file).toMatchObject({ app: 'the-round-table', path: await debatePath(w.page) });

    // Free space: the set-aside copies can go; then the next choice is saved and the notice leaves.
    await failed.getByRole('button', { name: 'Free space…' }).click();
    const saved = w.page.getByRole('dialog', { name: 'Saved debates' });
    const copies = saved.locator('[data-aside^="aside:filler:"]');
    await expect.poll(() => copies.count(), { timeout: 10_000 }).toBe(filled);
    for (let i = 0; i < 4; i++) await copies.first().getByRole('button', { name: 'Delete' }).click();
    await w.page.keyboard.press('Escape');
    await saved.waitFor({ state: 'detached' });
    // Back to the debate: focus went back to the notice's button, where Enter would open the dialog
    // again; a player clicks the line to read on.
    await w.page.locator('#dialogue .dialogue__text').click();
    await decide(w.page);
    await expect.poll(() => w.page.locator('[data-notice="save-failed"]').count()).toBe(0);
    expect(JSON.parse((await stored(w.page))['save:auto'] ?? '{}').path).toEqual(await debatePath(w.page));
    clean(w);
    await w.close();
  });

  it('two tabs: each is told of the other, and both debates end up in the record and the gallery', { timeout: 240_000 }, async () => {
    const a = await openPage(site.browser, site.served.url);
    await title(a.page);
    await a.page.getByRole('button', { name: /The short table/ }).click();
    await decide(a.page);
    const b = await a.context.newPage();
    await b.goto(site.served.url);
    await title(b);
    // The new tab hears at once that a debate is under way in the other.
    await notice(b, /also open in another tab/).waitFor();
    await b.getByRole('button', { name: /The short table/ }).click();
    await notice(a.page, /also open in another tab/).waitFor();
    // Both reach an ending (replayed from paths worked out in Node, to spare the keyboard), one after the other.
    const replay = (page: Page, seed: number, path: number[]) =>
      page.evaluate(([s, p]) => (window as unknown as { roundTable: { replay(preset: string, seed: number, path: number[]): void } }).roundTable.replay('short', s as number, p as number[]), [seed, path] as const);
    await replay(b, 5, pathToEnding(5, 1));
    await b.locator('#ending-heading').waitFor();
    await replay(a.page, 6, pathToEnding(6, 0));
    await a.page.locator('#ending-heading').waitFor();
    // Three runs: the one tab A began by hand (unfinished), and the two that ended.
    const runs = JSON.parse((await stored(a.page)).runs ?? '[]') as { seed: number; ending?: string }[];
    expect(runs).toHaveLength(3);
    expect(runs.filter((r) => r.ending).map((r) => r.seed).sort()).toEqual([5, 6]);
    // Each tab heard of the other's writes: both runs are in its gallery.
    const reachedInGallery = async (page: Page) => {
      await page.getByRole('button', { name: 'Branch map' }).click();
      const map = page.getByRole('dialog', { name: 'Branch map' });
      await map.getByRole('tab', { name: 'Endings' }).click();
      const reached = await map.locator('[data-found="true"] .ending-card__runs').allTextContents();
      await page.keyboard.press('Escape');
      await map.waitFor({ state: 'detached' });
      return reached.reduce((sum, text) => sum + Number(/Reached in (\d+)/.exec(text)?.[1] ?? 0), 0);
    };
    for (const page of [a.page, b]) await expect.poll(() => reachedInGallery(page), { timeout: 15_000 }).toBe(2);
    clean(a);
    await a.close();
  });

  it('a save carried to another browser plays on there; Clear my data counts what it removed', { timeout: 180_000 }, async () => {
    const here = await openPage(site.browser, site.served.url);
    await title(here.page);
    await here.page.getByRole('button', { name: /The short table/ }).click();
    for (let i = 0; i < 3; i++) await decide(here.page, i === 1 ? 2 : 1);
    const played = await debatePath(here.page);
    // Read on to the next decision, so that the drawer holds every line the save leads to.
    await advanceToDecision(here.page);
    const transcript = await transcriptOnScreen(here.page);
    await quitToTitle(here.page);
    await here.page.getByRole('button', { name: 'Saved debates' }).click();
    const [download] = await Promise.all([here.page.waitForEvent('download'), here.page.getByRole('button', { name: 'Download the autosave' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^round-table-save-\d{4}-\d{2}-\d{2}\.json$/);
    // The file leaves this browser (its downloads go when the browser closes).
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'round-table-export-')), download.suggestedFilename());
    await download.saveAs(file);
    await here.close();

    const there = await openPage(site.browser, site.served.url);
    await title(there.page);
    await there.page.getByRole('button', { name: 'Saved debates' }).click();
    const saved = there.page.getByRole('dialog', { name: 'Saved debates' });
    // A file that is not a save is refused through the same reader, and nothing changes.
    await saved.getByLabel('Choose a save file').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"app":"the-round-table","schema":7}') });
    await expect.poll(() => saved.getByRole('status').textContent(), { timeout: 10_000 }).toMatch(/cannot be played here.*format 7/);
    await saved.getByLabel('Choose a save file').setInputFiles(file);
    await saved.waitFor({ state: 'detached' });
    await waitForPathLength(there.page, played.length);
    expect(await debatePath(there.page)).toEqual(played);
    await advanceToDecision(there.page);
    expect(await transcriptOnScreen(there.page)).toEqual(transcript);
    await decide(there.page);

    // Clear my data says how many items it removed, and they are gone.
    await quitToTitle(there.page);
    const count = Object.keys(await stored(there.page)).length;
    expect(count).toBeGreaterThanOrEqual(2);
    await there.page.getByRole('button', { name: 'Settings', exact: true }).click();
    there.page.once('dialog', (confirm) => void confirm.accept());
    await there.page.getByRole('button', { name: 'Clear my data' }).click();
    await notice(there.page, new RegExp(`Deleted ${count} stored items`)).waitFor();
    expect(await stored(there.page)).toEqual({});
    clean(there);
    await there.close();
  });

  it("a test's page starts with nothing stored, though the harness hands it the last test's tab", async () => {
    const first = await openPage(site.browser, site.served.url);
    await first.page.getByRole('button', { name: /The short table/ }).click();
    await decide(first.page);
    await first.page.evaluate(async () => {
      localStorage.setItem('left-behind', '1');
      document.cookie = 'left=behind';
      await new Promise((done) => (indexedDB.open('left-behind').onsuccess = done));
    });
    // The debate begun is in the record (and its autosave is written on leaving).
    expect(Object.keys(await stored(first.page))).toContain('runs');
    const tab = first.page;
    await first.close();
    const next = await openPage(site.browser, site.served.url);
    // The same tab (the point of the pool: a warm renderer), yet a first visit's storage.
    expect(next.page).toBe(tab);
    await title(next.page);
    const left = await next.page.evaluate(async () => ({
      keys: Object.keys(localStorage).filter((k) => k === 'left-behind' || k === 'round-table:runs' || k.startsWith('round-table:save')),
      cookie: document.cookie,
      databases: (await indexedDB.databases()).map((d) => d.name),
    }));
    expect(left).toEqual({ keys: [], cookie: '', databases: [] });
    await next.close();
  });

  it('a replay link mangled on its way (#Play=, #play%3D) still opens', async () => {
    const w = await openPage(site.browser, site.served.url);
    await title(w.page);
    const build = await w.page.evaluate(() => (window as unknown as { roundTable: { storyHash: string } }).roundTable.storyHash.slice(0, 8));
    for (const fragment of [`#Play=v1.s.1.${build}.00`, `#play%3Dv1.s.1.${build}.00`]) {
      await w.page.evaluate((f) => (location.hash = f), fragment);
      await notice(w.page, /Replayed a shared debate/).waitFor();
      expect(await debatePath(w.page)).toEqual([0, 0]);
      await dismissNotices(w.page);
      await quitToTitle(w.page);
    }
    clean(w);
    await w.close();
  });
});
