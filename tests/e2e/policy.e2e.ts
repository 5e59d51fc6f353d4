// The strict policy (scripts/policy.ts: no inline style, Trusted Types) holds through a whole visit:
// the Phaser stage, every dialog of the title screen, a debate to its ending, the branch map, the
// debrief, the transcript and both print views, the teacher guide, teacher mode, class results and
// the check, with not one policy violation. And the policy is really enforced: the page refuses
// an inline style and an HTML string where the browser checks them.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { builtSite, openPage } from './harness.ts';
import { playToEnding } from './play.ts';

const site = builtSite();

async function openAndClose(page: Page, button: string | RegExp, dialogName: string | RegExp, wait?: (page: Page) => Promise<unknown>) {
  await page.getByRole('button', { name: button }).first().click();
  const dialog = page.getByRole('dialog', { name: dialogName });
  await dialog.waitFor();
  await wait?.(page);
  // Print what is open: the print stylesheets apply (the guide and class results print alone).
  await page.emulateMedia({ media: 'print' });
  await page.screenshot();
  await page.emulateMedia({ media: 'screen' });
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
}

describe('the strict policy', () => {
  it('a whole visit runs with no violation of it', { timeout: 240_000 }, async () => {
    const w = await openPage(site.browser, site.served.url);
    const page = w.page;
    await page.getByRole('button', { name: /The short table/ }).waitFor({ timeout: 30_000 });
    // The stage draws (Phaser, its SVG art and fonts) under the policy.
    await page.waitForFunction(() => (window as unknown as { roundTable: { framesDrawn: number } }).roundTable.framesDrawn > 0, undefined, { timeout: 60_000 });
    await openAndClose(page, 'Settings', 'Settings');
    await openAndClose(page, 'About the source', 'About the source');
    await openAndClose(page, 'Saved debates', 'Saved debates');
    await openAndClose(page, 'Privacy', 'Privacy');
    await openAndClose(page, /Take the 2-minute check/, /Sound or fallacy/);
    await openAndClose(page, 'For teachers', 'For teachers', (p) => p.getByRole('heading', { name: 'Learning objectives' }).waitFor());
    await page.getByRole('button', { name: 'For teachers' }).click();
    await page.getByRole('button', { name: /Class results/ }).click();
    await page.getByRole('dialog', { name: 'Class results' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /Teacher mode/ }).click();
    // Wait for teacher mode itself: 'dialog[open]' was already For teachers, so the Escapes could
    // come before teacher mode opened, and it stayed open over the title (seen here once).
    const teacherMode = page.getByRole('dialog', { name: 'Teacher mode: the whole map' });
    await teacherMode.waitFor();
    await page.keyboard.press('Escape');
    await teacherMode.waitFor({ state: 'hidden' });
    // Then whatever is still open (For teachers), back to the title.
    const openDialogs = () => page.locator('dialog[open]').count();
    for (let i = 0; i < 3 && (await openDialogs()) > 0; i++) await page.keyboard.press('Escape');
    await expect.poll(() => openDialogs(), { timeout: 10_000 }).toBe(0);

    await page.getByRole('button', { name: /The short table/ }).click();
    await playToEnding(page);
    await page.locator('#ending-heading').waitFor();
    await openAndClose(page, 'Branch map', 'Branch map');
    await openAndClose(page, /^Debrief/, /Debrief/);
    await openAndClose(page, 'Print or download the transcript', 'Transcript', (p) => p.getByText('Ready to print or download.').waitFor({ timeout: 60_000 }));
    await openAndClose(page, 'Share this debate', 'Share this debate');
    await openAndClose(page, 'The 2-minute check, after', /Sound or fallacy/);

    expect(w.cspViolations).toEqual([]);
    expect(w.errors).toEqual([]);
    expect(w.foreignRequests).toEqual([]);

    // The policy is enforced, not merely declared: these would work under the old one.
    const refused = await page.evaluate(() => {
      const results: string[] = [];
      const probe = document.createElement('div');
      document.body.append(probe);
      // eslint-disable-next-line no-restricted-syntax -- the probe: the policy must refuse it
      probe.setAttribute('style', 'color: red');
      results.push(getComputedStyle(probe).color === 'rgb(255, 0, 0)' ? 'inline style applied' : 'inline style refused');
      try {
        // eslint-disable-next-line no-restricted-syntax -- the probe: Trusted Types must refuse it
        probe.innerHTML = '<b>x</b>';
        results.push('HTML string accepted');
      } catch {
        results.push('HTML string refused');
      }
      probe.remove();
      return results;
    });
    expect(refused).toEqual(['inline style refused', 'HTML string refused']);
    await expect.poll(() => w.cspViolations.length).toBeGreaterThanOrEqual(2);
    expect(w.cspViolations.join('\n')).toMatch(/style-src/);
    expect(w.cspViolations.join('\n')).toMatch(/require-trusted-types-for/);
    await w.close();
  });
});
