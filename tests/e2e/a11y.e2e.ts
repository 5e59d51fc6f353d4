// Accessibility: axe-core finds no WCAG 2.2 A/AA violation on any screen a player or teacher
// meets (the title, settings, mid-debate with a line and a choice, the ending, the debrief and the
// branch map), and a whole debate is played with the keyboard alone.
// axe is injected through the DevTools protocol (page.evaluate of its source), which the page's
// Content-Security-Policy does not govern; the page itself still runs no inline script.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { builtSite, openPage } from './harness.ts';
import { advanceToDecision, playToEnding, startFromTitle } from './play.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const site = builtSite();

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** axe's WCAG 2.2 A/AA violations on the page as it is now (open dialogs included). */
async function violations(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[]; failureSummary?: string }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
    }));
  }, TAGS);
}

async function expectClean(page: Page, where: string): Promise<void> {
  expect({ where, violations: await violations(page) }).toEqual({ where, violations: [] });
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

      await playToEnding(page);
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
      await w.context.close();
    }
  }, 300_000);

  it('a whole debate with the keyboard alone, the ending reached and focused', async () => {
    const w = await openPage(site.browser, site.served.url);
    await w.page.getByRole('button', { name: /The short table/ }).waitFor({ timeout: 30_000 });
    await startFromTitle(w.page, 'short');
    await playToEnding(w.page);
    await w.page.locator('#ending-heading').waitFor();
    // Focus lands on the ending, so a screen reader hears the verdict first.
    expect(await w.page.evaluate(() => document.activeElement?.id)).toBe('ending-heading');
    // From there, Tab reaches the debrief and Enter opens it.
    let reached = false;
    for (let i = 0; i < 10 && !reached; i++) {
      await w.page.keyboard.press('Tab');
      reached = /Debrief/.test(await w.page.evaluate(() => document.activeElement?.textContent ?? ''));
    }
    expect(reached).toBe(true);
    await w.page.keyboard.press('Enter');
    await w.page.locator('dialog[open]').waitFor();
    expect(w.errors).toEqual([]);
    await w.context.close();
  });
});
