// The Persian edition in a browser: ?lang=fa sets <html lang="fa" dir="rtl"> and plays the story of
// story/fa; the short table is played to an ending by keyboard alone and its transcript is Persian;
// axe finds no violation; nothing is clipped at 320 px or at 1280x720; a debate saved in English
// continues in Persian at the same point; the title's switch changes the language and keeps the
// autosave; the teacher guide and the privacy statement are Persian (docs/teacher-guide.fa.md), at
// 1280x720 and on a phone. Screenshots of the Persian title and first decision at 1280x720, and its placards up close, are compared.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import articleText from '../../story/source/article.md?raw';
import { storyGlobalTags } from '../../story/fa/main.ink';
import table from '../../story/fa/cast.json';
import { parseArticle } from '../../src/debate/core/article.ts';
import { fa } from '../../src/i18n/all.ts';
import { clipped, crowdedKeys, expectClean, latinWordsShown, stageAtRest } from './checks.ts';
import { builtSite, blankPage, openPage } from './harness.ts';
import { advanceToDecision, firstCard, pressMove, playToEnding, toFirstOpponent, waitForPathLength } from './play.ts';
import { compareScreenshot } from './screenshots.ts';

const site = builtSite();

const PERSIAN = /[\u0600-\u06FF]/;
const TITLE = (storyGlobalTags.find((t) => t.startsWith('title:')) ?? '').slice('title:'.length).trim();
const ENDINGS = new Set(Object.values(table.endings as Record<string, { title: string }>).map((e) => e.title));
const VIEW = { width: 1280, height: 720 };

/**
 * Latin a Persian page may show: the source's name, key names (a Persian keyboard has them too),
 * file extensions and formats (CSV, SCORM), UTC (after its Persian name), and the article's paragraph ids (the article is IRNA's English edition, cited by
 * id; its quotes are marked lang="en", which the check leaves out).
 */
const ALLOWED_LATIN = ['IRNA', 'Enter', 'Esc', 'Escape', 'Tab', 'Space', 'Backspace', 'QR', 'UTC', 'html', 'md', 'json', 'csv', 'SCORM', ...parseArticle(articleText).keys()];

/** No silent English: every Latin word on screen under `selector` (the whole page by default). */
async function expectNoEnglish(page: Page, where: string, selector = 'body'): Promise<void> {
  expect({ where, latin: await page.evaluate(latinWordsShown, { selector, allowed: ALLOWED_LATIN }) }).toEqual({ where, latin: [] });
}

/** The dialog on top, by its heading. */
const dialogNamed = (page: Page, name: string) => page.getByRole('dialog', { name });

/** The title's menu buttons, in order: full table, short table, ... (no save yet). */
async function startPersian(page: Page, preset: 'full' | 'short'): Promise<void> {
  await page.locator('#screen:not([hidden]) .screen__actions > button').first().waitFor({ timeout: 30_000 });
  // Keyboard only: focus starts on the full table; one Tab reaches the short one.
  if (preset === 'short') await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
}

/**
 * For teachers' guide in Persian (docs/teacher-guide.fa.md): right to left, its sections by the
 * English ids, a link that moves to its heading, the article in its slot marked as English and left
 * to right; no axe violation, no English, nothing clipped.
 */
async function expectPersianGuide(page: Page, teachers: ReturnType<typeof dialogNamed>, where: string): Promise<void> {
  const guide = teachers.locator('.guide-holder .guide');
  await guide.locator('#guide-privacy-nothing-leaves-the-device').waitFor({ timeout: 30_000 });
  expect(await guide.locator('#guide-learning-objectives').textContent()).toBe('اهداف آموزشی');
  expect(await guide.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  const article = guide.locator('[lang="en"]:has(.article-paragraph)');
  expect(await article.evaluate((el) => [getComputedStyle(el).direction, el.querySelectorAll('.article-paragraph').length])).toEqual(['ltr', parseArticle(articleText).size]);
  await guide.getByRole('link', { name: 'معیار ارزیابی', exact: true }).click();
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('guide-a-rubric-for-the-transcript');
  await expectClean(page, `the Persian teacher guide at ${where}`);
  await expectNoEnglish(page, `the teacher guide at ${where}`, 'dialog[open]');
  expect(await page.evaluate(clipped), `the teacher guide at ${where}`).toEqual([]);
}

/** The title's Privacy in Persian: the guide's privacy section, its five points, nothing else. */
async function expectPersianPrivacy(page: Page, where: string): Promise<void> {
  await page.getByRole('button', { name: fa.screens.privacy, exact: true }).click();
  const privacy = dialogNamed(page, fa.privacy.title);
  await privacy.getByText('هیچ چیز به جایی فرستاده نمی‌شود.').waitFor({ timeout: 30_000 });
  expect(await privacy.locator('li').count()).toBe(5);
  expect(await privacy.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  await expectClean(page, `the Persian privacy statement at ${where}`);
  await expectNoEnglish(page, `the privacy statement at ${where}`, 'dialog[open]');
  expect(await page.evaluate(clipped), `the privacy statement at ${where}`).toEqual([]);
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
    await expectNoEnglish(page, 'the title');

    await startPersian(page, 'short');
    await advanceToDecision(page);
    // "Take your seat": the Enter badge keeps clear of its border and of the Persian text.
    expect(await page.locator('#choices button[data-move="continue"]').count()).toBe(1);
    expect(await page.evaluate(crowdedKeys)).toEqual([]);
    await expectClean(page, 'Persian first decision');
    await expectNoEnglish(page, 'the first decision');
    const decisions = await playToEnding(page, firstCard);
    expect(decisions).toBeGreaterThan(3);
    const ending = ((await page.locator('#ending-heading').textContent()) ?? '').trim();
    expect(ENDINGS.has(ending), `"${ending}" is one of story/fa's endings`).toBe(true);
    const lines = await page.$$eval('#transcript [data-speaker]', (entries) => entries.map((e) => e.textContent ?? ''));
    expect(lines.length).toBeGreaterThan(10);
    expect(lines.filter((l) => !/[\u0600-\u06FF]/.test(l))).toEqual([]);
    await expectClean(page, 'Persian ending');
    await expectNoEnglish(page, 'the ending');

    // The classroom flow after the debate: the transcript with the student's name and run code.
    await page.getByRole('button', { name: fa.screens.transcript }).click();
    const transcript = dialogNamed(page, fa.transcriptExport.title);
    await transcript.locator('[data-run-code]').waitFor();
    const nameField = transcript.getByLabel(fa.classroom.nameLabel);
    await nameField.fill('آنا ب.');
    await nameField.press('Enter');
    await transcript.locator('.document').getByText('آنا ب.').first().waitFor();
    const code = ((await transcript.locator('[data-run-code]').textContent()) ?? '').trim();
    expect(code).toMatch(/^RT1-S-/);
    await expectClean(page, 'Persian transcript');
    await expectNoEnglish(page, 'the transcript', 'dialog[open]');
    expect(await page.evaluate(clipped), 'transcript at 1280x720').toEqual([]);
    await page.keyboard.press('Escape');

    // The debrief and the branch map, each checked at 1280x720 and at 320 px.
    const views: [string, string, string][] = [
      [fa.screens.debrief, fa.debrief.title, 'the debrief'],
      [fa.screens.branchMap, fa.branchMap.title, 'the branch map'],
    ];
    for (const [button, title, where] of views) {
      for (const viewport of [VIEW, { width: 320, height: 640 }]) {
        await page.setViewportSize(viewport);
        await page.getByRole('button', { name: button, exact: true }).click();
        await dialogNamed(page, title).waitFor();
        await expectClean(page, `Persian ${where} at ${viewport.width}px`);
        await expectNoEnglish(page, `${where} at ${viewport.width}px`, 'dialog[open]');
        expect(await page.evaluate(clipped), `${where} at ${viewport.width}px`).toEqual([]);
        await page.keyboard.press('Escape');
      }
    }
    await page.setViewportSize(VIEW);

    // For teachers: teacher mode's map and class results, from this run's code.
    await page.getByRole('button', { name: fa.screens.backToTitle }).click();
    await page.getByRole('button', { name: fa.screens.forTeachers }).click();
    const teachers = dialogNamed(page, fa.teachers.title);
    await teachers.getByRole('button', { name: new RegExp(fa.teachers.teacherMode) }).click();
    const map = dialogNamed(page, fa.teacherMap.title);
    await map.getByRole('radio', { name: fa.teacherLabels.shortTable }).check();
    await map.locator('[data-preset="short"] [data-decision]').first().waitFor({ timeout: 30_000 });
    await map.evaluate((d) => d.querySelectorAll('details').forEach((x) => (x.open = true)));
    await expectClean(page, 'Persian teacher mode');
    await expectNoEnglish(page, 'teacher mode', 'dialog[open] .tmap');
    // Its story text is story/fa's: every lead-in and choice in Persian.
    const mapTexts = await map.locator('.tmap__leadin p, .tmap__choice-text').allTextContents();
    expect(mapTexts.length).toBeGreaterThan(20);
    expect(mapTexts.filter((t) => !PERSIAN.test(t))).toEqual([]);
    await page.keyboard.press('Escape');
    // Escape closes the map first: only then does it tell whether "For teachers" is still open.
    await map.waitFor({ state: 'hidden' });
    if (!(await teachers.isVisible())) await page.getByRole('button', { name: fa.screens.forTeachers }).click();
    await teachers.getByRole('button', { name: new RegExp(fa.teachers.classResults) }).click();
    const results = dialogNamed(page, fa.classResults.title);
    await results.getByLabel(fa.classroom.pasteLabel).fill(`آنا: ${code}`);
    await results.getByRole('button', { name: fa.classroom.pasteAdd }).click();
    await results.locator('table').first().waitFor();
    await expect.poll(() => results.locator('[data-summary]').textContent(), { timeout: 10_000 }).toMatch(PERSIAN);
    await expect.poll(() => results.locator('tbody').first().textContent(), { timeout: 10_000 }).toContain('آنا');
    await expectClean(page, 'Persian class results');
    await expectNoEnglish(page, 'class results', 'dialog[open]:has([data-summary])');
    expect(await page.evaluate(clipped), 'class results at 1280x720').toEqual([]);
    await page.keyboard.press('Escape');

    // The teacher guide beneath it, and the privacy statement from the title: in Persian too.
    await expectPersianGuide(page, teachers, '1280x720');
    await page.keyboard.press('Escape');
    await expectPersianPrivacy(page, '1280x720');
    await page.keyboard.press('Escape');

    expect(w.errors).toEqual([]);
    expect(w.foreignRequests).toEqual([]);
    expect(w.cspViolations).toEqual([]);
    await w.close();
  });

  it('clips nothing at 320 px wide, or at 1280x720, with text at 200%', async () => {
    for (const viewport of [{ width: 320, height: 640 }, VIEW]) {
      const { page, close } = await blankPage(site.browser, { viewport });
      await page.addInitScript(() => localStorage.setItem('round-table:settings', JSON.stringify({ textScale: 2 })));
      await page.goto(`${site.served.url}?lang=fa`);
      await page.locator('#title-heading').waitFor({ timeout: 30_000 });
      expect(await page.evaluate(clipped), `title, ${viewport.width}px`).toEqual([]);
      await startPersian(page, 'short');
      await advanceToDecision(page);
      await pressMove(page, 1);
      await advanceToDecision(page);
      expect(await page.evaluate(clipped), `mid-debate, ${viewport.width}px`).toEqual([]);
      await close();
    }
  });

  it('shows the teacher guide and the privacy statement in Persian on a phone (390x844), fetching only the Persian guide and no English words', async () => {
    const w = await openPage(site.browser, `${site.served.url}?lang=fa`, { viewport: { width: 390, height: 844 } });
    const { page } = w;
    const guides: string[] = [];
    page.on('request', (r) => { if (/teacher-guide/.test(r.url())) guides.push(new URL(r.url()).pathname.replace(/^.*\//, '').replace(/-[\w-]{8}\.js$/, '.js')); });
    await page.locator('#title-heading').waitFor({ timeout: 30_000 });
    await expectPersianPrivacy(page, '390x844');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: fa.screens.forTeachers, exact: true }).click();
    await expectPersianGuide(page, dialogNamed(page, fa.teachers.title), '390x844');
    expect(guides).toEqual(['teacher-guide.fa.js']);
    // Nor the English words: neither the English catalogue nor the English content.
    const fetched = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
    expect(fetched.filter((p) => /\/fa-[\w-]{8}\.js$/.test(p)), 'the Persian catalogue').toHaveLength(1);
    expect(fetched.filter((p) => /\/(en|content-en)-[\w-]{8}\.js$/.test(p))).toEqual([]);
    expect(w.errors).toEqual([]);
    expect(w.cspViolations).toEqual([]);
    await w.close(); // back to the pool (closing its context made the next test open a cold tab)
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
    // The English edition fetched neither the Persian content nor its font (the title's switch names
    // فارسی in a 2 KB font of its own, autonyms.css).
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
    await w.close();
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
    // The placards up close (a few per cent of the whole picture): written right to left in
    // Vazirmatn, each stance's shape on its right.
    const placards = compareScreenshot('persian-placards-1280x720', await page.screenshot({ clip: { x: 240, y: 230, width: 620, height: 90 } }));
    for (const result of [title, decision, placards]) {
      expect(result.sizeMatches).toBe(true);
      expect(result.diffRatio).toBeLessThan(0.01);
    }
    expect(w.errors).toEqual([]);
    await w.close();
  });

  it('looks as it should on a phone: the Persian title and first decision at 390x844', async () => {
    const w = await openPage(site.browser, `${site.served.url}?lang=fa`, { viewport: { width: 390, height: 844 } });
    const { page } = w;
    await page.locator('#title-heading').waitFor({ timeout: 30_000 });
    await stageAtRest(page);
    const title = compareScreenshot('persian-title-390x844', await page.screenshot());
    await startPersian(page, 'full');
    await advanceToDecision(page); // take your seat
    expect(await page.evaluate(crowdedKeys), 'Enter badge at 390 px').toEqual([]);
    await pressMove(page, 1);
    await advanceToDecision(page);
    await stageAtRest(page);
    expect(await page.evaluate(crowdedKeys), 'move keys at 390 px').toEqual([]);
    await page.evaluate(() => window.scrollTo(0, 0));
    const decision = compareScreenshot('persian-decision-390x844', await page.screenshot());
    for (const result of [title, decision]) {
      expect(result.sizeMatches).toBe(true);
      expect(result.diffRatio).toBeLessThan(0.01);
    }
    expect(w.errors).toEqual([]);
    await w.close();
  });
});
