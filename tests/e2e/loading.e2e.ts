// The loading screen (index.html, written at build time by scripts/early-screen.ts) speaks the
// page's language from its first paint: the title, the subtitle and "Setting the table…" of the
// language start() will choose, never English first. Its title is the title menu's. The game's
// chunk is held back here, so the screen can be read before the menu replaces it.
import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { builtSite, openPage } from './harness.ts';

const site = builtSite();
const START_CHUNK = /\/assets\/start-[^/]*\.js$/;

/** The loading screen's visible blocks: [lang, title] of each. */
const shownBlocks = (page: Page) =>
  page
    .locator('#loading [data-early-words]')
    .evaluateAll((blocks) =>
      blocks
        .filter((b) => (b as HTMLElement).checkVisibility({ visibilityProperty: true }))
        .map((b) => [
          (b as HTMLElement).lang,
          b.querySelector('.loading__title')?.textContent ?? '',
        ]),
    );

/** Holds the game's chunk until `release` is called. */
async function holdGame(page: Page) {
  let held: Route | null = null;
  let arrived: () => void = () => undefined;
  const asked = new Promise<void>((resolve) => (arrived = resolve));
  await page.route(START_CHUNK, (route) => {
    held = route;
    arrived();
  });
  return {
    asked,
    release: async () => {
      await (held as Route | null)?.continue();
      await page.unroute(START_CHUNK);
    },
  };
}

describe('the loading screen', () => {
  for (const [query, lang, dir] of [
    ['', 'en', 'ltr'],
    ['?lang=fa', 'fa', 'rtl'],
  ] as const) {
    it(`speaks ${lang} for "${query || 'no language asked'}", with the title the menu then shows`, async () => {
      const w = await openPage(site.browser, site.served.url + query, {
        viewport: { width: 1280, height: 720 },
      });
      const game = await holdGame(w.page);
      await w.page.goto(site.served.url + query);
      await game.asked;
      const blocks = await shownBlocks(w.page);
      expect(blocks.map(([l]) => l)).toEqual([lang]);
      await expect(
        w.page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]),
      ).resolves.toEqual([lang, dir]);
      await game.release();
      const heading = w.page.locator('#title-heading');
      await heading.waitFor({ timeout: 30_000 });
      await expect(heading.textContent()).resolves.toBe(blocks[0]?.[1]);
      expect(w.errors).toEqual([]);
      expect(w.cspViolations).toEqual([]);
      await w.close();
    });
  }

  it('paints its emblem before any script runs, and no language\'s words until the boot module chose one', async () => {
    const w = await openPage(site.browser, site.served.url + '?lang=fa', {
      viewport: { width: 1280, height: 720 },
    });
    // The boot module held: what the page paints now is the HTML and CSS alone.
    let held = false;
    await w.page.route(/\/assets\/index-[^/]*\.js$/, () => void (held = true));
    // Not to 'load' nor 'domcontentloaded': both wait for the held module script.
    await w.page.goto(site.served.url + '?lang=fa', { waitUntil: 'commit' });
    await w.page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, undefined, { timeout: 30_000 });
    expect(held).toBe(true);
    await expect(shownBlocks(w.page)).resolves.toEqual([]);
    await expect(w.page.locator('.loading__emblem').evaluate((e) => e.getBoundingClientRect().width)).resolves.toBeGreaterThan(40);
    await w.context.close();
  });

  it('speaks the remembered language on the next visit, and says in it that the game could not start', async () => {
    const w = await openPage(site.browser, site.served.url);
    await w.page.goto(site.served.url + '?lang=fa');
    await w.page.locator('#title-heading').waitFor({ timeout: 30_000 });
    await w.page.route(START_CHUNK, (route) => route.abort());
    await w.page.goto(site.served.url);
    const failure = w.page.locator('.loading__error');
    await failure.waitFor({ timeout: 30_000 });
    await expect(shownBlocks(w.page)).resolves.toEqual([['fa', 'میزگرد']]);
    await expect(failure.textContent()).resolves.toBe(
      'بازی در این مرورگر شروع نشد. برای تلاش دوباره، صفحه را دوباره بارگذاری کنید.',
    );
    await w.close();
  });
});
