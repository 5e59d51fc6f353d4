// The loading screen (index.html, written at build time by scripts/early-screen.ts) speaks the
// page's language from its first paint: the title, the subtitle and "Setting the table…" of the
// language start() will choose, never English first. Its title is the title menu's. The game's
// chunk is held back here, so the screen can be read before the menu replaces it.
import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { firstDecisionDriver, stageShowsScript } from '../../scripts/bench/probes.ts';
import { platformFonts } from './checks.ts';
import { blankPage, builtSite, openPage } from './harness.ts';

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

declare global {
  interface Window {
    __fontsWhenWordsShowed?: string[];
  }
}

/** Init script: notes the font families loaded at the moment the loading screen's words are shown. */
function recordFontsWhenWordsShow(): void {
  new MutationObserver((changes, observer) => {
    if (!changes.some((c) => c.target instanceof HTMLElement && c.target.matches('[data-early-words]:not([hidden])'))) return;
    observer.disconnect();
    window.__fontsWhenWordsShowed = [...new Set([...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family.replace(/["']/g, '')))];
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['hidden'] });
}

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
      let game: Awaited<ReturnType<typeof holdGame>> | undefined;
      // The game's chunk is held from the first load on.
      const w = await openPage(site.browser, site.served.url + query, {
        viewport: { width: 1280, height: 720 },
        beforeLoad: async (page) => {
          game = await holdGame(page);
          await page.addInitScript(recordFontsWhenWordsShow);
        },
      });
      if (!game) throw new Error('the game chunk was not held');
      await game.asked;
      // (Persian words wait for their font: src/app/early-language.ts.)
      await expect.poll(() => shownBlocks(w.page), { timeout: 10_000 }).toHaveLength(1);
      const blocks = await shownBlocks(w.page);
      expect(blocks.map(([l]) => l)).toEqual([lang]);
      await expect.poll(() => w.page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]), { timeout: 10_000 }).toEqual([lang, dir]);
      // Every word on it is set in the page's own fonts, never a system font: one looked up for
      // Persian inside the first layout made it a 275 ms task at 4x CPU. The skip link, with nothing
      // to skip to yet, is out of the layout.
      expect(await platformFonts(w.page, '#loading [data-early-words]:not([hidden]) *')).toEqual(lang === 'fa' ? ['Atkinson Hyperlegible', 'Vazirmatn'] : ['Atkinson Hyperlegible']);
      // Persian words are shown only once their font is in, so their first layout has it.
      if (lang === 'fa') expect(await w.page.evaluate(() => window.__fontsWhenWordsShowed)).toContain('Vazirmatn');
      // ...and no more of it than its words need: not the Latin font's whole file, which no word on
      // it uses (asked for with the HTML's line breaks, it came: 34 KB).
      const fontFiles = await w.page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.endsWith('.woff2')));
      expect(fontFiles.filter((f) => /atkinson-hyperlegible-latin/.test(f))).toEqual([]);
      expect(await w.page.locator('.skip-link').evaluate((a) => getComputedStyle(a).display)).toBe('none');
      await game.release();
      const heading = w.page.locator('#title-heading');
      await heading.waitFor({ timeout: 30_000 });
      await expect.poll(() => heading.textContent(), { timeout: 10_000 }).toBe(blocks[0]?.[1]);
      expect(w.errors).toEqual([]);
      expect(w.cspViolations).toEqual([]);
      await w.close();
    });
  }

  it('paints its emblem before any script runs, and no language\'s words until the boot module chose one', async () => {
    // The boot module held from the first load on: what the page paints is the HTML and CSS alone.
    let held = false;
    const w = await openPage(site.browser, site.served.url + '?lang=fa', {
      viewport: { width: 1280, height: 720 },
      beforeLoad: (page) => page.route(/\/assets\/index-[^/]*\.js$/, () => void (held = true)),
      // Not to 'load' nor 'domcontentloaded': both wait for the held module script.
      waitUntil: 'commit',
    });
    await w.page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, undefined, { timeout: 30_000 });
    expect(held).toBe(true);
    await expect(shownBlocks(w.page)).resolves.toEqual([]);
    await expect.poll(() => w.page.locator('.loading__emblem').evaluate((e) => e.getBoundingClientRect().width), { timeout: 10_000 }).toBeGreaterThan(40);
    await w.context.close();
  });

  it('speaks the remembered language on the next visit, and says in it that the game could not start', async () => {
    const w = await openPage(site.browser, site.served.url + '?lang=fa');
    await w.page.locator('#title-heading').waitFor({ timeout: 30_000 });
    await w.page.route(START_CHUNK, (route) => route.abort());
    await w.page.goto(site.served.url);
    const failure = w.page.locator('.loading__error');
    await failure.waitFor({ timeout: 30_000 });
    await expect.poll(() => shownBlocks(w.page), { timeout: 10_000 }).toEqual([['fa', 'میزگرد']]);
    await expect.poll(() => failure.textContent(), { timeout: 10_000 }).toBe(
      'بازی در این مرورگر شروع نشد. برای تلاش دوباره، صفحه را دوباره بارگذاری کنید.',
    );
    await w.close();
  });
});

/**
 * A player who clicks "The short table" in the first frame it is on screen, the stage not booted
 * yet: records what the click did before it returned, and whether the stage was up then.
 */
function clickTableAtOnce(): void {
  const w = window as unknown as {
    __atClick?: { framesDrawn: number; onScreen: string | null; line: string | null };
    roundTable?: { framesDrawn: number; stageOnScreen: string | null };
  };
  const step = () => {
    const button = [...document.querySelectorAll<HTMLButtonElement>('#screen button')].find((b) => /The short table/.test(b.textContent ?? ''));
    const box = button?.getBoundingClientRect();
    const hit = box && box.width > 0 ? document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2) : null;
    if (!button || !hit || !button.contains(hit)) return void requestAnimationFrame(step);
    const framesDrawn = w.roundTable?.framesDrawn ?? 0;
    const onScreen = w.roundTable?.stageOnScreen ?? null;
    button.click();
    // Read in the click's own task: the line is there before anything else runs.
    w.__atClick = { framesDrawn, onScreen, line: document.querySelector('#dialogue .dialogue__text')?.textContent ?? null };
  };
  requestAnimationFrame(step);
}

describe('a table chosen while the stage boots', () => {
  it('is answered in the click itself, at 4x CPU: the first line is on screen before the stage has drawn, and the table appears after', async () => {
    const { page, context, close } = await blankPage(site.browser, { ownContext: true, reducedMotion: 'reduce' });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(clickTableAtOnce);
    await page.goto(site.served.url);
    await page.waitForFunction(() => (window as unknown as { __atClick?: unknown }).__atClick !== undefined, undefined, { timeout: 60_000 });
    const atClick = await page.evaluate(() => (window as unknown as { __atClick: { framesDrawn: number; onScreen: string | null; line: string | null } }).__atClick);
    // The stage had not drawn anything: the click came while it was still loading.
    expect(atClick.framesDrawn).toBe(0);
    expect(atClick.onScreen).toBe(null);
    // The debate's first line was in the page when the click returned: nothing waited for the stage.
    expect(atClick.line?.length ?? 0).toBeGreaterThan(0);
    // Then the stage boots and shows the table's whole picture.
    await page.waitForFunction(() => (window as unknown as { roundTable: { stageOnScreen: string | null } }).roundTable.stageOnScreen === 'table', undefined, { timeout: 60_000 });
    // Its chunks were asked for together (preloaded with phaser-in-tasks), not each once the one
    // before it had arrived and run: Phaser and the stage before phaser-in-tasks was in.
    const chunks = await page.evaluate(() =>
      Object.fromEntries(
        (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
          .map((e) => [/\/assets\/(phaser-in-tasks|phaser|stage)-[\w-]+\.js$/.exec(e.name)?.[1], { start: e.startTime, end: e.responseEnd }] as const)
          .filter(([name]) => name !== undefined),
      ),
    );
    // (The preload links are written one after another, a few ms each at 4x CPU, so a tiny
    // phaser-in-tasks can arrive before the last of them is written: 21.8 ms once on a fresh clone.
    // Asked for by phaser-in-tasks once it had run, they started 81-140 ms after it arrived.)
    expect(Object.keys(chunks).sort()).toEqual(['phaser', 'phaser-in-tasks', 'stage']);
    const arrived = chunks['phaser-in-tasks']?.end ?? 0;
    expect((chunks.phaser?.start ?? Infinity) - arrived, 'Phaser asked for, ms after phaser-in-tasks arrived').toBeLessThan(50);
    expect((chunks.stage?.start ?? Infinity) - arrived, 'the stage asked for, ms after phaser-in-tasks arrived').toBeLessThan(50);
    await cdp.detach();
    await close();
  }, 120_000);
});

/** Counts the Intl objects the page makes (window.__intlMade), from before any of its scripts. */
function countIntl(): void {
  const made: string[] = [];
  (window as unknown as { __intlMade: string[] }).__intlMade = made;
  for (const name of ['NumberFormat', 'PluralRules', 'DateTimeFormat', 'Collator', 'ListFormat', 'RelativeTimeFormat', 'Segmenter', 'Locale'] as const) {
    const Real = Intl[name] as unknown as new (...args: unknown[]) => object;
    const Counted = function (this: unknown, ...args: unknown[]) {
      made.push(name);
      return new Real(...args);
    };
    Object.defineProperty(Intl, name, { value: Counted, configurable: true, writable: true });
  }
}

describe('the way to the first decision', () => {
  // The first Intl object of a page loads the browser's locale data: a task of ~120-180 ms at 4x
  // CPU that cannot be split. The numbers shown before the first decision are whole numbers, which
  // the catalogues write without it (src/i18n/format.ts).
  for (const lang of ['en', 'fa']) {
    it(`makes no Intl object from the loading screen to the first decision (${lang})`, async () => {
      const { page, close } = await blankPage(site.browser, { ownContext: true, reducedMotion: 'reduce' });
      await page.addInitScript(countIntl);
      await page.addInitScript({ content: stageShowsScript });
      await page.addInitScript(firstDecisionDriver);
      await page.goto(`${site.served.url}?lang=${lang}`);
      await page.waitForFunction(() => window.__firstDecision !== undefined, undefined, { timeout: 60_000 });
      await expect(page.locator('#choices button[data-choice]').first().isVisible()).resolves.toBe(true);
      await expect(page.evaluate(() => (window as unknown as { __intlMade: string[] }).__intlMade)).resolves.toEqual([]);
      await close();
    }, 90_000);
  }
});

/** Marks (window.__tableOnScreenAt) the first animation frame after a frame drew the table's whole picture. */
function markTableOnScreen(): void {
  const w = window as unknown as { __tableOnScreenAt?: number; roundTable?: { stageOnScreen: string | null } };
  const step = () => {
    if (w.roundTable?.stageOnScreen === 'table') w.__tableOnScreenAt = performance.now();
    else requestAnimationFrame(step);
  };
  requestAnimationFrame(step);
}

describe('the sounds', () => {
  it('are fetched only once the table’s picture is on screen, not while it is still being drawn', async () => {
    const { page, close } = await blankPage(site.browser, { ownContext: true, reducedMotion: 'reduce' });
    await page.addInitScript(markTableOnScreen);
    await page.goto(site.served.url);
    // A click is the gesture the sounds wait for (with the table's picture).
    await page.locator('#screen button').filter({ hasText: 'The short table' }).first().click();
    await page.waitForFunction(() => (window as unknown as { __tableOnScreenAt?: number }).__tableOnScreenAt !== undefined, undefined, { timeout: 60_000 });
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => /\.(webm|mp3)$/.test(e.name)), undefined, { timeout: 30_000 });
    const { tableAt, firstSound } = await page.evaluate(() => ({
      tableAt: (window as unknown as { __tableOnScreenAt: number }).__tableOnScreenAt,
      firstSound: Math.min(...performance.getEntriesByType('resource').filter((e) => /\.(webm|mp3)$/.test(e.name)).map((e) => e.startTime)),
    }));
    // They used to be asked for when the table's scene took over, two frames before it was drawn:
    // inside the first decision's bytes, and the audio context's long task before its frame.
    expect(firstSound).toBeGreaterThan(tableAt);
    await close();
  }, 120_000);
});
