// The first page: the built game opens in Chromium, shows the story's title and its menu, with no
// console errors, no request to another origin and no Content-Security-Policy violation.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIRST_SCREENS_FONTS, LOADING_SCREEN_FONTS } from '../../src/ui/kit/font-warmup.ts';
import { platformFonts } from './checks.ts';
import { builtSite, openPage } from './harness.ts';
import { advanceToDecision, pressMove, startFromTitle } from './play.ts';

const site = builtSite();

describe('the production bundle', () => {
  it('ships the compiled story and the ink runtime, never the ink compiler', () => {
    const js = readdirSync('dist/assets')
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(`dist/assets/${f}`, 'utf8'))
      .join('\n');
    expect(js).toContain('inkVersion');
    for (const compilerOnly of ['InkParser', 'Recursive INCLUDE detected', 'ParseStory']) {
      expect(js).not.toContain(compilerOnly);
    }
  });
});

describe('the title page', () => {
  it('shows the title from the story and the menu, cleanly', async () => {
    const w = await openPage(site.browser, site.served.url);
    const heading = w.page.getByRole('heading', { name: 'The Round Table', level: 2 });
    await heading.waitFor({ timeout: 30_000 });
    for (const name of [/The full table/, /The short table/, /Settings/, /About the source/, /For teachers/]) {
      await expect.poll(() => w.page.getByRole('button', { name }).isVisible(), { timeout: 10_000 }).toBe(true);
    }
    // The loading screen is gone, and the canvas arrives (it loads after the menu is up).
    await expect.poll(() => w.page.locator('#loading').count(), { timeout: 10_000 }).toBe(0);
    await w.page.locator('#table canvas').waitFor({ state: 'attached' });
    await expect.poll(() => w.page.locator('#table canvas').count(), { timeout: 10_000 }).toBe(1);
    // On a 720p projector the whole menu, the name field and its note included, needs no scrolling.
    await w.page.setViewportSize({ width: 1280, height: 720 });
    await expect.poll(() => w.page.locator('.screen').evaluate((s) => s.scrollHeight - s.clientHeight), { timeout: 10_000 }).toBeLessThanOrEqual(0);
    expect(w.errors).toEqual([]);
    expect(w.foreignRequests).toEqual([]);
    expect(w.cspViolations).toEqual([]);
    await w.close();
  });

  it('draws every word of the title, فارسی included, in the page’s own fonts, never a system font', async () => {
    // A system font for a script the page's fonts lack is looked up inside the title's first layout
    // (src/ui/kit/autonyms.css): a long task at 4x CPU.
    const w = await openPage(site.browser, site.served.url);
    await w.page.locator('#title-heading').waitFor({ timeout: 30_000 });
    const fonts = await platformFonts(w.page, '#screen *');
    expect(await w.page.locator('.screen__language[lang="fa"]').textContent()).toBe('فارسی');
    // (A system font would be listed as "system: <family>".)
    expect(fonts).toEqual(['Atkinson Hyperlegible', 'Vazirmatn']);
    await w.close();
  });

  it('has laid out, before the title, every font size the title and the first decision use (font-warmup.ts)', async () => {
    const w = await openPage(site.browser, site.served.url, { viewport: { width: 1280, height: 720 } });
    const { page } = w;
    // Each element's own words: its size in rem, the face's weight (400 or 700) and slant.
    const fontsInUse = () =>
      page.evaluate(() => {
        const rootPx = parseFloat(getComputedStyle(document.documentElement).fontSize);
        const uses = new Set<string>();
        for (const el of document.querySelectorAll<HTMLElement>('body *')) {
          const ownWords = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
          if (!ownWords || el.getClientRects().length === 0 || el.closest('.font-warmup')) continue;
          const style = getComputedStyle(el);
          const rem = Math.round((parseFloat(style.fontSize) / rootPx) * 1000) / 1000;
          uses.add(JSON.stringify([rem, Number(style.fontWeight) >= 600 ? 700 : 400, style.fontStyle]));
        }
        return [...uses];
      });
    await page.locator('#title-heading').waitFor({ timeout: 30_000 });
    const used = new Set(await fontsInUse());
    await startFromTitle(page, 'short');
    await advanceToDecision(page); // "Take your seat"
    await pressMove(page, 1);
    await advanceToDecision(page);
    for (const use of await fontsInUse()) used.add(use);
    const known = [...LOADING_SCREEN_FONTS, ...FIRST_SCREENS_FONTS].map((f) => JSON.stringify(f));
    expect([...used].filter((u) => !known.includes(u)), 'used but not laid out beforehand').toEqual([]);
    expect(FIRST_SCREENS_FONTS.map((f) => JSON.stringify(f)).filter((f) => !used.has(f)), 'laid out beforehand but never used').toEqual([]);
    // Gone once done, and never in the accessibility tree meanwhile (aria-hidden, hidden).
    expect(await page.locator('.font-warmup').count()).toBe(0);
    expect(w.errors).toEqual([]);
    expect(w.cspViolations).toEqual([]);
    await w.close();
  });
});
