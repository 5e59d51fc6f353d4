// Accessibility: axe-core finds no WCAG 2.2 A/AA violation on any screen a player or teacher
// meets (the title, settings, mid-debate with a line and a choice, the ending, the debrief, the
// branch map, the pause menu, save slots, share, the transcript, sources, For teachers with its
// guide, teacher mode, class results and the check, and privacy), in normal and high contrast;
// every dialog closes with Escape; and a whole debate is played with the keyboard alone (in
// reliability.e2e.ts's whole visit, which plays the same debate).
// axe is injected through the DevTools protocol (page.evaluate of its source), which the page's
// Content-Security-Policy does not govern; the page itself still runs no inline script.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import json, { storyHash } from '../../story/main.ink';
import { DebateEngine } from '../../src/debate/core/engine.ts';
import { linkTo } from '../../src/debate/persistence/link.ts';
import { expectClean } from './checks.ts';
import { builtSite, blankPage, openPage } from './harness.ts';
import { advanceToDecision } from './play.ts';

const site = builtSite();

/** A replay link to the end of a short-table debate (first choice every time). */
const endedLink = (() => {
  const engine = new DebateEngine(json, storyHash);
  let beat = engine.start('short', 7);
  while (beat.choices) beat = engine.choose(0);
  return linkTo(engine);
})();

const openDialogs = (page: Page) => page.$$eval('dialog[open]', (ds) => ds.map((d) => d.querySelector('h2')?.textContent ?? ''));

/** Checks the dialog now on top, then closes it with Escape (it must close). */
async function checkDialog(page: Page, name: string | RegExp, where: string): Promise<void> {
  await page.getByRole('dialog', { name }).waitFor();
  await expectClean(page, where);
  const before = (await openDialogs(page)).length;
  await page.keyboard.press('Escape');
  await expect.poll(async () => (await openDialogs(page)).length, { message: `Escape closes ${where}` }).toBe(before - 1);
}

/** A run file as the transcript dialog saves one: the short table, first choice every time. */
function runFile(seed: number): string {
  const engine = new DebateEngine(json, storyHash);
  let beat = engine.start('short', seed);
  while (beat.choices) beat = engine.choose(0);
  return JSON.stringify({
    app: 'the-round-table',
    kind: 'run',
    version: 1,
    storyHash,
    preset: 'short',
    seed,
    path: engine.path,
    grades: [],
    ending: engine.state.ending ?? null,
    meters: { ...engine.state.meters },
    endedAt: '2026-03-02T10:00:00Z',
  });
}

describe('accessibility (axe, WCAG 2.2 AA)', () => {
  it('the title, settings, mid-debate, the ending, the debrief and the branch map', async () => {
    for (const contrast of ['normal', 'high'] as const) {
      const w = await openPage(site.browser, site.served.url, { reducedMotion: 'no-preference' });
      const page = w.page;
      await page.getByRole('button', { name: /The short table/ }).waitFor({ timeout: 30_000 });
      await expectClean(page, `title (${contrast})`);

      await page.getByRole('button', { name: 'Settings' }).click();
      const settings = page.getByRole('dialog');
      await settings.waitFor();
      if (contrast === 'high') await settings.getByLabel(/contrast/i).check();
      await expectClean(page, `settings (${contrast})`);
      await page.keyboard.press('Escape');

      await page.getByRole('button', { name: /The short table/ }).click();
      // A line mid-reveal, then the first decision with its choices.
      await page.locator('#dialogue .dialogue__text').waitFor();
      await expectClean(page, `a line (${contrast})`);
      await advanceToDecision(page);
      await expectClean(page, `a decision (${contrast})`);

      // To the ending as a shared replay link takes a player there (reliability.e2e.ts's whole visit
      // plays a whole debate by keyboard).
      await page.evaluate((fragment) => (location.hash = fragment), endedLink);
      await page.locator('#ending-heading').waitFor();
      await expectClean(page, `the ending (${contrast})`);

      await page.getByRole('button', { name: /^Debrief/ }).click();
      await page.locator('dialog[open]').waitFor();
      await expectClean(page, `the debrief (${contrast})`);
      await page.keyboard.press('Escape');

      await page.getByRole('button', { name: 'Branch map' }).click();
      await page.getByRole('dialog', { name: 'Branch map' }).waitFor();
      await expectClean(page, `the branch map (${contrast})`);
      await page.keyboard.press('Escape');
      expect(w.errors).toEqual([]);
      await w.close();
    }
  }, 300_000);

  it('the pause menu, save slots, share, the transcript, sources, For teachers (guide, teacher mode, class results, the check) and privacy', async () => {
    for (const contrast of ['normal', 'high'] as const) {
      const { page, close } = await blankPage(site.browser, { viewport: { width: 1280, height: 800 } });
      if (contrast === 'high') {
        await page.addInitScript(() => localStorage.setItem('round-table:settings', JSON.stringify({ highContrast: true })));
      }
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('console', (m) => (m.type() === 'error' ? errors.push(m.text()) : undefined));
      await page.goto(site.served.url);
      const title = page.locator('#screen');
      await page.getByRole('button', { name: /The short table/ }).waitFor({ timeout: 30_000 });
      expect(await page.evaluate(() => document.documentElement.dataset.contrast)).toBe(contrast);

      await title.getByRole('button', { name: 'About the source' }).click();
      await checkDialog(page, 'About the source', `about the source (${contrast})`);
      await title.getByRole('button', { name: 'Privacy' }).click();
      await checkDialog(page, 'Privacy', `privacy (${contrast})`);
      await title.getByRole('button', { name: /Take the 2-minute check first/ }).click();
      await checkDialog(page, /Before the debate/, `the check (${contrast})`);

      await title.getByRole('button', { name: 'For teachers' }).click();
      const teachers = page.getByRole('dialog', { name: 'For teachers' });
      await teachers.getByRole('heading', { name: 'Learning objectives' }).waitFor();
      await expectClean(page, `For teachers: the guide (${contrast})`);
      await teachers.getByRole('button', { name: /Teacher mode/ }).click();
      // Both tables' maps are made of the same parts; the short one keeps axe quick.
      const map = page.getByRole('dialog', { name: 'Teacher mode: the whole map' });
      await map.getByRole('radio', { name: 'The short table' }).check();
      await map.locator('[data-preset="short"]').waitFor({ timeout: 30_000 });
      await checkDialog(page, 'Teacher mode: the whole map', `teacher mode (${contrast})`);
      if ((await openDialogs(page)).length === 0) await title.getByRole('button', { name: 'For teachers' }).click();
      await teachers.getByRole('button', { name: /Class results/ }).click();
      const results = page.getByRole('dialog', { name: 'Class results' });
      await results.getByLabel(/Choose run files/).setInputFiles([
        { name: 'ana.json', mimeType: 'application/json', buffer: Buffer.from(runFile(11)) },
        { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"app":"the-round-table"') },
      ]);
      await results.locator('[data-summary]').filter({ hasText: '2 files read' }).waitFor();
      await checkDialog(page, 'Class results', `class results (${contrast})`);
      for (let i = 0; i < 3 && (await openDialogs(page)).length > 0; i++) await page.keyboard.press('Escape');
      expect(await openDialogs(page)).toEqual([]);

      await title.getByRole('button', { name: /The short table/ }).click();
      await advanceToDecision(page);
      const pause = async () => {
        await page.keyboard.press('Escape');
        return page.getByRole('dialog', { name: 'Paused' });
      };
      await (await pause()).waitFor();
      await expectClean(page, `the pause menu (${contrast})`);
      await page.getByRole('button', { name: 'Save to a slot' }).click();
      await checkDialog(page, 'Save to a slot', `save slots (${contrast})`);
      await (await pause()).getByRole('button', { name: 'Share this debate' }).click();
      await checkDialog(page, 'Share this debate', `share (${contrast})`);
      await (await pause()).getByRole('button', { name: /Transcript/ }).click();
      await checkDialog(page, 'Transcript', `the transcript (${contrast})`);
      expect(errors).toEqual([]);
      await close();
    }
  }, 300_000);

  // A whole debate with the keyboard alone, the ending reached and focused, and Tab to the debrief:
  // reliability.e2e.ts's whole visit plays it and checks it, then goes on to the map.
});
