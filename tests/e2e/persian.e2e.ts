// The Persian edition in a browser: ?lang=fa sets <html lang="fa" dir="rtl"> and plays the story of
// story/fa; the short table is played to an ending by keyboard alone and its transcript is Persian;
// axe finds no violation; nothing is clipped at 320 px or at 1280x720; a debate saved in English
// continues in Persian at the same point; the title's switch changes the language and keeps the
// autosave. Screenshots of the Persian title and first decision at 1280x720 are compared.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { storyGlobalTags } from '../../story/fa/main.ink';
import table from '../../story/fa/cast.json';
import { clipped, expectClean, stageAtRest } from './checks.ts';
import { builtSite, openPage } from './harness.ts';
import { advanceToDecision, firstCard, pressMove, playToEnding, toFirstOpponent, waitForPathLength } from './play.ts';
import { compareScreenshot } from './screenshots.ts';

const site = builtSite();

const PERSIAN = /[\u0600-\u06FF]/;
const TITLE = (storyGlobalTags.find((t) => t.startsWith('title:')) ?? '').slice('title:'.length).trim();
const ENDINGS = new Set(Object.values(table.endings as Record<string, { title: string }>).map((e) => e.title));
const VIEW = { width: 1280, height: 720 };

/** The title's menu buttons, in order: full table, short table, ... (no save yet). */
async function startPersian(page: Page, preset: 'full' | 'short'): Promise<void> {
  await page.locator('#screen:not([hidden]) .screen__actions > button').first().waitFor({ timeout: 30_000 });
  // Keyboard only: focus starts on the full table; one Tab reaches the short one.
  if (preset === 'short') await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
}

type WithDebate = { roundTable: { path: number[]; state: unknown } };
const debate = (page: Page) => page.evaluate(() => ({ path: (window as unknown as WithDebate).roundTable.path, state: (window as unknown as WithDebate).roundTable.state }));

describe('the Persian edition', () => {
  it('plays the short table in Persian, right to left, by keyboard to an ending, with no axe violation', async () => {
    const w = await openPage(site.browser, `${site.served.url}?lang=fa`, { viewport: VIEW });
    const { page } = w;
    await page.locator('#title-heading').waitFor({ timeout: 30_000 });
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['fa', 'rtl']);
    expect(TITLE).toMatch(PERSIAN);
    expect(await page.locator('#title-heading').textContent()).toBe(TITLE);
    expect(await page.locator('.screen__language[aria-pressed="true"]').getAttribute('lang')).toBe('fa');
    // Vazirmatn, self-hosted, subset: loaded for the Persian edition.
    expect(await page.evaluate(async () => { await document.fonts.ready; return [...document.fonts].some((f) => f.family.replace(/["']/g, '') === 'Vazirmatn' && f.status === 'loaded'); })).toBe(true);
    await expectClean(page, 'Persian title');
    expect(await page.evaluate(clipped), 'title at 1280x720').toEqual([]);

    await startPersian(page, 'short');
    await advanceToDecision(page);
    await expectClean(page, 'Persian first decision');
    const decisions = await playToEnding(page, firstCard);
    expect(decisions).toBeGreaterThan(3);
    const ending = ((await page.locator('#ending-heading').textContent()) ?? '').trim();
    expect(ENDINGS.has(ending), `"${ending}" is one of story/fa's endings`).toBe(true);
    const lines = await page.$$eval('#transcript [data-speaker]', (entries) => entries.map((e) => e.textContent ?? ''));
    expect(lines.length).toBeGreaterThan(10);
    expect(lines.filter((l) => !/[\u0600-\u06FF]/.test(l))).toEqual([]);
    await expectClean(page, 'Persian ending');
    expect(w.errors).toEqual([]);
    expect(w.foreignRequests).toEqual([]);
    expect(w.cspViolations).toEqual([]);
    await w.context.close();
  });

  it('clips nothing at 320 px wide, or at 1280x720, with text at 200%', async () => {
    for (const viewport of [{ width: 320, height: 640 }, VIEW]) {
      const context = await site.browser.newContext({ viewport, reducedMotion: 'reduce' });
      await context.addInitScript(() => localStorage.setItem('round-table:settings', JSON.stringify({ textScale: 2 })));
      const page = await context.newPage();
      await page.goto(`${site.served.url}?lang=fa`);
      await page.locator('#title-heading').waitFor({ timeout: 30_000 });
      expect(await page.evaluate(clipped), `title, ${viewport.width}px`).toEqual([]);
      await startPersian(page, 'short');
      await advanceToDecision(page);
      await pressMove(page, 1);
      await advanceToDecision(page);
      expect(await page.evaluate(clipped), `mid-debate, ${viewport.width}px`).toEqual([]);
      await context.close();
    }
  });

  it('continues a debate saved in English at the same point in Persian, through the title’s switch', async () => {
    const w = await openPage(site.browser, site.served.url, { viewport: VIEW });
    const { page } = w;
    const persianFont: string[] = [];
    page.on('request', (r) => { if (/vazirmatn|content-fa/i.test(r.url())) persianFont.push(r.url()); });
    await toFirstOpponent(page);
    await pressMove(page, 1);
    await advanceToDecision(page);
    const english = await debate(page);
    expect(english.path.length).toBe(2);
    // The English edition fetched neither the Persian content nor its font.
    expect(persianFont).toEqual([]);
    // Back to the title (the autosave holds the debate), then the switch: فارسی.
    await page.goto(site.served.url);
    await page.locator('.screen__language[lang="fa"]').click();
    await page.waitForURL(/lang=fa/);
    await page.locator('#title-heading').waitFor({ timeout: 30_000 });
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    // Continue is the first button, focused.
    await page.keyboard.press('Enter');
    await waitForPathLength(page, english.path.length);
    await advanceToDecision(page);
    expect(await debate(page)).toEqual(english);
    const moves = await page.$$eval('#choices button[data-choice] .choice__name', (names) => names.map((n) => n.textContent ?? ''));
    expect(moves.length).toBeGreaterThan(1);
    expect(moves.filter((text) => !/[\u0600-\u06FF]/.test(text))).toEqual([]);
    // Remembered: the address without ?lang= still opens in Persian.
    await page.goto(site.served.url);
    await page.locator('#title-heading').waitFor({ timeout: 30_000 });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fa');
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it('looks as it should: the Persian title and first decision at 1280x720', async () => {
    const w = await openPage(site.browser, `${site.served.url}?lang=fa`, { viewport: VIEW });
    const { page } = w;
    await page.locator('#title-heading').waitFor({ timeout: 30_000 });
    await stageAtRest(page);
    const title = compareScreenshot('persian-title-1280x720', await page.screenshot());
    await startPersian(page, 'full');
    await advanceToDecision(page); // take your seat
    await pressMove(page, 1);
    await advanceToDecision(page);
    await stageAtRest(page);
    const decision = compareScreenshot('persian-decision-1280x720', await page.screenshot());
    for (const result of [title, decision]) {
      expect(result.sizeMatches).toBe(true);
      expect(result.diffRatio).toBeLessThan(0.01);
    }
    expect(w.errors).toEqual([]);
    await w.context.close();
  });
});
