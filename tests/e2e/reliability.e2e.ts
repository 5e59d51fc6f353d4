// Reliability and security of the built game: a strict policy with nothing inline and nothing
// eval-like in the bundle; a whole debate, its branch map and its debrief without a policy
// violation, a request to another origin or a console error; ten thousand random inputs that leave
// it working; and the faults a school browser throws at it (no storage, no sound files, no WebGL,
// a resize mid-line, a hidden tab), each still playing to an ending, with a notice where it matters.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../scripts/ink/report.ts';
import { builtSite, DIST, launch, blankPage, openPage, type Watched } from './harness.ts';
import { advanceToDecision, endingOnScreen, firstCard, playToEnding, startFromTitle } from './play.ts';

const site = builtSite();

const title = (page: Page) => page.getByRole('button', { name: /The short table/ }).waitFor({ timeout: 30_000 });
const framesDrawn = (page: Page) =>
  page.evaluate(() => (window as unknown as { roundTable: { framesDrawn: number } }).roundTable.framesDrawn);
const noticeText = (page: Page) => page.locator('#notices').innerText();
/** The ending's title, read from the screen (and checked to be one of the story's endings). */
const ending = endingOnScreen;

/**
 * Runs in the page: why the player could not go on from here, or null when they can. With a modal
 * dialog open, only that dialog can be used (the page behind it is inert, its buttons are not a
 * way on); without one, the game must offer its next step: a preset on the title, a line to read
 * on, a move to make, or the ending's buttons.
 */
function stuck(): string | null {
  const usable = (el: Element) =>
    el instanceof HTMLElement && el.checkVisibility() && !(el as HTMLButtonElement).disabled && !el.closest('[inert]');
  const controls = (root: ParentNode) => [...root.querySelectorAll('button, a[href], input, select, textarea, summary, [tabindex="0"]')].filter(usable);
  const dialogs = [...document.querySelectorAll<HTMLDialogElement>('dialog[open]')];
  const top = dialogs.at(-1);
  if (top) {
    const name = top.querySelector('h2')?.textContent ?? '(untitled)';
    if (!top.matches(':modal')) return `the dialog "${name}" is open but not modal`;
    return controls(top).length > 0 ? null : `the dialog "${name}" has nothing to press`;
  }
  const screen = document.querySelector<HTMLElement>('#screen:not([hidden])');
  if (screen) return controls(screen).length > 0 ? null : 'the title or ending screen has no button';
  if (controls(document.getElementById('choices') ?? document.body).some((b) => b.matches('[data-choice]'))) return null;
  if (document.querySelector('#dialogue .dialogue__text[data-revealed="false"]')) return null;
  const next = document.querySelector('#dialogue .dialogue__next');
  if (next && usable(next)) return null;
  return `nothing to do: dialogue "${document.getElementById('dialogue')?.textContent?.slice(0, 60) ?? ''}", no move, no screen`;
}

/** How many distinct colours the table's canvas shows: a blank or failed stage has one or two. */
async function canvasColours(page: Page): Promise<number> {
  const png = PNG.sync.read(await page.locator('#table canvas').screenshot());
  const colours = new Set<number>();
  for (let i = 0; i < png.data.length; i += 4 * 7) colours.add(png.data.readUInt32BE(i));
  return colours.size;
}

/**
 * Reads the table's canvas in every frame from now on, and notes each frame in which it held no
 * picture (every sampled pixel alike: cleared, or one flat colour).
 */
async function watchForBlankFrames(page: Page): Promise<void> {
  await page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('#table canvas');
    const ctx = canvas?.getContext('2d');
    const watch = { frames: 0, blank: [] as string[], sizes: new Set<string>(), on: true, firstTable: null as string | null };
    (window as unknown as { blankWatch: typeof watch }).blankWatch = watch;
    const look = () => {
      if (canvas && ctx && canvas.width > 0 && canvas.height > 0) {
        const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
        const pixel = (i: number) => (data[i]! << 24) | (data[i + 1]! << 16) | (data[i + 2]! << 8) | data[i + 3]!;
        let alike = true;
        for (let i = 0; i < data.length && alike; i += 4 * 331) alike = pixel(i) === pixel(0);
        watch.frames++;
        const onScreen = (window as unknown as { roundTable: { stageOnScreen: string | null } }).roundTable.stageOnScreen;
        if (onScreen === 'table') watch.firstTable ??= `${canvas.width}x${canvas.height}`;
        watch.sizes.add(`${canvas.width}x${canvas.height}`);
        if (alike) watch.blank.push(`frame ${watch.frames} at ${canvas.width}x${canvas.height}`);
      }
      if (watch.on) requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
}

/** Runs in the page: the canvas is shown at its box's size (its layout size: the camera's push-in is a transform on top). */
function canvasFitsItsBox(): boolean {
  const box = document.getElementById('table')?.getBoundingClientRect();
  const canvas = document.querySelector<HTMLCanvasElement>('#table canvas');
  return !!box && !!canvas && Math.abs(box.width - canvas.offsetWidth) <= 1 && Math.abs(box.height - canvas.offsetHeight) <= 1;
}

/** Stops the watch: what it saw. */
async function blankFrames(page: Page): Promise<{ frames: number; blank: string[]; resized: boolean }> {
  return page.evaluate(() => {
    const watch = (window as unknown as { blankWatch: { frames: number; blank: string[]; sizes: Set<string>; on: boolean } }).blankWatch;
    watch.on = false;
    return { frames: watch.frames, blank: watch.blank.slice(0, 10), resized: watch.sizes.size > 1 };
  });
}

function clean(w: Watched, allowedErrors: RegExp[] = []): void {
  expect(w.errors.filter((e) => !allowedErrors.some((re) => re.test(e)))).toEqual([]);
  expect(w.foreignRequests).toEqual([]);
  expect(w.cspViolations).toEqual([]);
}

describe('what the build ships', () => {
  it('a Content-Security-Policy without unsafe-eval, and no inline script', () => {
    const html = readFileSync(path.join(DIST, 'index.html'), 'utf8');
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    const directive = (name: string) => csp.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${name} `)) ?? '';
    expect(directive('default-src')).toBe("default-src 'self'");
    expect(directive('script-src')).toBe("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("object-src 'none'");
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/\bsrc="/);
      expect(body?.trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+="/i); // no inline event handlers either
  });

  it('no eval( or new Function( anywhere in the bundle or the service worker', () => {
    const files = [
      ...readdirSync(path.join(DIST, 'assets'))
        .filter((f) => f.endsWith('.js'))
        .map((f) => path.join(DIST, 'assets', f)),
      path.join(DIST, 'sw.js'),
    ];
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      const js = readFileSync(file, 'utf8');
      expect({ file, evalCall: /(^|[^\w$.])eval\s*\(/.test(js) }).toEqual({ file, evalCall: false });
      expect({ file, newFunction: /new\s+Function\s*\(/.test(js) }).toEqual({ file, newFunction: false });
      expect({ file, stringTimer: /set(Timeout|Interval)\s*\(\s*["'`]/.test(js) }).toEqual({ file, stringTimer: false });
    }
  });
});

describe('a whole visit', () => {
  // One page session: the keyboard's way through the ending (a11y.e2e.ts's test once, which played
  // the same debate again in a page of its own), then the map and the debrief, all without a fault.
  it('a debate by keyboard alone, its branch map and its debrief: the ending focused, no policy violation, no other origin, no error', async () => {
    const w = await openPage(site.browser, site.served.url);
    await title(w.page);
    await startFromTitle(w.page, 'short');
    await playToEnding(w.page, firstCard);
    await w.page.locator('#ending-heading').waitFor();
    expect(await ending(w.page)).toBeTruthy();
    // ---- keyboard alone: focus lands on the ending, so a screen reader hears the verdict first.
    await expect.poll(() => w.page.evaluate(() => document.activeElement?.id), { timeout: 10_000, message: 'focus at the ending' }).toBe('ending-heading');
    // From there, Tab reaches the debrief and Enter opens it.
    let reached = false;
    for (let i = 0; i < 10 && !reached; i++) {
      await w.page.keyboard.press('Tab');
      reached = /Debrief/.test(await w.page.evaluate(() => document.activeElement?.textContent ?? ''));
    }
    expect(reached, 'Tab reaches the debrief').toBe(true);
    await w.page.keyboard.press('Enter');
    const debrief = w.page.locator('dialog[open]');
    await debrief.waitFor();
    await expect.poll(async () => (await debrief.innerText()).length, { timeout: 10_000, message: 'the debrief filled in' }).toBeGreaterThan(200);
    await w.page.keyboard.press('Escape');
    await debrief.waitFor({ state: 'detached' });
    // ---- the branch map.
    await w.page.getByRole('button', { name: 'Branch map' }).click();
    await w.page.getByRole('dialog', { name: 'Branch map' }).waitFor();
    await w.page.keyboard.press('Escape');
    clean(w);
    await w.close();
  });
});

describe('ten thousand random inputs', () => {
  it('leave no error and no stuck state, and the debate still reaches an ending', async () => {
    const w = await openPage(site.browser, site.served.url, { reducedMotion: 'no-preference' });
    await title(w.page);
    // The title's language switch reloads the page in Persian (tests/e2e/persian.e2e.ts plays that
    // edition); a reload mid-batch is not a stuck state, and the labels this test reads are English.
    // (A rule through the CSSOM: the policy refuses a <style> element.)
    await w.page.evaluate(() => document.styleSheets[0]?.insertRule('.screen__languages { display: none !important; }', document.styleSheets[0].cssRules.length));
    // MONKEY_SEED=n runs another sequence (to hunt for bugs); the suite's is fixed.
    const random = seededRandom(Number(process.env.MONKEY_SEED ?? 20261127));
    // The move keys too: p, c and a (by physical key, KeyP, KeyC, KeyA) and the digits.
    const keys = ['Enter', ' ', 'Enter', ' ', 'Backspace', 'Escape', 'Tab', 'Shift+Tab', 'ArrowRight', 'ArrowDown', 'ArrowUp', 'Home', 'x', 'p', 'c', 'a', ...'123456789'];
    const sizes = [
      { width: 320, height: 640 },
      { width: 800, height: 600 },
      { width: 1280, height: 800 },
      { width: 1600, height: 900 },
    ];
    const pick = <T,>(xs: T[]): T => xs[Math.floor(random() * xs.length)] as T;
    let inputs = 0;
    let size = { width: 1280, height: 800 };
    // Inputs go out in pipelined batches, sent without waiting for each round trip, as a student
    // mashing keys would: presses overlap (a key goes down before the one before it is up).
    const batch = async (count: number) => {
      let sends: (() => Promise<void>)[] = [];
      const flush = async () => {
        await Promise.all(sends.map((send) => send()));
        sends = [];
      };
      for (let i = 0; i < count; i++, inputs++) {
        const r = random();
        if (r < 0.005) {
          await flush();
          size = pick(sizes);
          await w.page.setViewportSize(size);
        } else if (r < 0.3) {
          // Clicks land anywhere; downloads, print and "Clear my data" are all fair game.
          const [x, y] = [Math.floor(random() * size.width), Math.floor(random() * size.height)];
          sends.push(() => w.page.mouse.click(x, y));
        } else if (r < 0.35) {
          const key = pick(keys);
          for (let k = 0; k < 5; k++) sends.push(() => w.page.keyboard.press(key)); // rapid repeats
          inputs += 4;
          i += 4;
        } else {
          const key = pick(keys);
          sends.push(() => w.page.keyboard.press(key));
        }
      }
      await flush();
    };
    while (inputs < 10_000) {
      await batch(250);
      // Never stuck: the player can always go on from what is on screen.
      expect({ inputs, stuck: await w.page.evaluate(stuck) }).toEqual({ inputs, stuck: null });
    }

    // Back to a known place as a player gets there, without reloading: Escape closes whatever
    // dialog is open (one Escape may first close a source quote inside it), a click on the page's
    // heading lets go of the control the monkey left focused (Enter on a source chip toggles it,
    // not the line), then play on.
    await w.page.setViewportSize({ width: 1280, height: 800 });
    const openDialogs = () => w.page.$$eval('dialog[open]', (ds) => ds.map((d) => d.querySelector('h2')?.textContent ?? '(untitled)'));
    for (let i = 0; i < 8 && (await openDialogs()).length > 0; i++) await w.page.keyboard.press('Escape');
    expect(await openDialogs(), 'dialogs that Escape did not close').toEqual([]);
    // A click on the bar's heading or its empty space, as a player lets go of a control: a focused
    // skip link may cover the whole heading, so look along the bar for a spot no control covers.
    // The page may have been left scrolled (a narrow window stacks it), so scroll back up first.
    await w.page.evaluate(() => window.scrollTo(0, 0));
    // The title or the ending (#screen) needs no letting go: the next step clicks its own buttons.
    // In the stacked layout (text at 200% is fair game for the monkey) it is fixed over the whole
    // page, top bar included.
    const screenUp = (await w.page.locator('#screen:not([hidden])').count()) > 0;
    const spot = await w.page.evaluate((screenUp) => {
      if (screenUp) return { x: 0, y: 0, screen: true };
      const bar = document.querySelector('#hud')!;
      const heading = bar.querySelector('h1')!;
      const box = bar.getBoundingClientRect();
      const y = heading.getBoundingClientRect().top + heading.getBoundingClientRect().height / 2;
      for (let x = box.left + 4; x < box.right; x += 8) {
        const at = document.elementFromPoint(x, y);
        if (at === bar || (at !== null && heading.contains(at))) return { x, y };
      }
      const over = document.elementFromPoint(box.left + 4, y);
      return { x: -1, y: -1, over: over ? `${over.tagName}#${over.id}.${over.className}` : 'nothing' };
    }, screenUp);
    expect(spot.x, `the page's top bar is covered: ${JSON.stringify(spot)}`).toBeGreaterThanOrEqual(0);
    if (!screenUp) await w.page.mouse.click(spot.x, spot.y);
    if ((await w.page.locator('#ending-heading').count()) > 0) {
      await w.page.getByRole('button', { name: 'Play again' }).click();
    } else if ((await w.page.getByRole('button', { name: /The short table/ }).count()) > 0) {
      await w.page.getByRole('button', { name: /The short table/ }).click();
    }
    await playToEnding(w.page, firstCard);
    expect(await ending(w.page)).toBeTruthy();
    // Downloads and the print preview are not errors; anything else is.
    clean(w);
    await w.close();
  }, 300_000);
});

describe('when the browser gets in the way', () => {
  it('storage that throws: a notice, and the debate plays to its end', async () => {
    for (const block of [
      () => {
        const no = () => {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        };
        for (const m of ['getItem', 'setItem', 'removeItem', 'key', 'clear'] as const) Storage.prototype[m] = no as never;
      },
      () => {
        Object.defineProperty(window, 'localStorage', {
          configurable: true,
          get() {
            throw new DOMException('Access is denied for this document.', 'SecurityError');
          },
        });
      },
    ]) {
      const { page, close } = await blankPage(site.browser, { viewport: { width: 1280, height: 800 } });
      await page.addInitScript(block);
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('console', (m) => (m.type() === 'error' ? errors.push(m.text()) : undefined));
      await page.goto(site.served.url);
      await title(page);
      expect(await noticeText(page)).toMatch(/not letting the game store anything/);
      await startFromTitle(page, 'short');
      await playToEnding(page, firstCard);
      expect(await ending(page)).toBeTruthy();
      expect(errors).toEqual([]);
      await close();
    }
  });

  it('sound files missing or blocked: a notice, captions, and the debate plays to its end', async () => {
    for (const fault of ['missing', 'blocked'] as const) {
      // The sound files fail from the first load on.
      const w = await openPage(site.browser, site.served.url, {
        beforeLoad: (page) =>
          page.route(/\.(webm|mp3)(\?|$)/, (route) => (fault === 'missing' ? route.fulfill({ status: 404, body: 'not found' }) : route.abort('blockedbyclient'))),
      });
      await title(w.page);
      await startFromTitle(w.page, 'short');
      await w.page.getByText(/Sound effects could not be loaded|background room sound could not be loaded/).first().waitFor();
      await playToEnding(w.page, firstCard);
      expect(await ending(w.page)).toBeTruthy();
      // Captions stand in for every cue.
      expect(await w.page.locator('#transcript').innerText()).toMatch(/\[(the gavel falls|applause|the audience murmurs|a soft chime|a dull buzz)\]/);
      clean(w, [/HTTP 404 .*\.(webm|mp3)$/, /Failed to load resource/, /ERR_BLOCKED_BY_CLIENT/]);
      await w.close();
    }
  });

  it('no WebGL: Phaser falls back to Canvas and the table is still drawn', async () => {
    const noGl = await launch(['--disable-webgl', '--disable-3d-apis']);
    try {
      const w = await openPage(noGl, site.served.url);
      await title(w.page);
      await startFromTitle(w.page, 'short');
      await advanceToDecision(w.page);
      // The table's whole picture on screen (a frame drawn counts the slices built before it too).
      await w.page.waitForFunction(() => (window as unknown as { roundTable: { stageOnScreen: string | null } }).roundTable.stageOnScreen === 'table', undefined, { timeout: 30_000 });
      // Read until drawn: once in CI it read one colour just after the table was on screen (cause not
      // found; a canvas resize clears it until the next frame is one guess), so a single read flaked.
      const read = () => w.page.evaluate(() => {
        const canvas = document.querySelector<HTMLCanvasElement>('#table canvas');
        const ctx = canvas?.getContext('2d');
        if (!canvas || !ctx) return { canvas2d: false, colours: 0 };
        const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
        const colours = new Set<number>();
        for (let i = 0; i < data.length; i += 4 * 97) colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
        return { canvas2d: true, colours: colours.size };
      });
      await expect.poll(async () => (await read()).colours, { timeout: 10_000, message: 'colours on the table' }).toBeGreaterThan(8);
      expect((await read()).canvas2d).toBe(true);
      await playToEnding(w.page, firstCard);
      expect(await ending(w.page)).toBeTruthy();
      clean(w);
      await w.close();
    } finally {
      await noGl.close();
    }
  });

  it('the table drawn once for its box, then a resize mid-line: the line finishes, the canvas fits, play goes on, no frame blank', async () => {
    const w = await openPage(site.browser, site.served.url, { reducedMotion: 'no-preference' });
    await title(w.page);
    await w.page.waitForFunction(() => (window as unknown as { roundTable: { stageOnScreen: string | null } }).roundTable.stageOnScreen === 'title', undefined, { timeout: 30_000 });
    await watchForBlankFrames(w.page);
    await startFromTitle(w.page, 'short');
    await w.page.locator('#dialogue .dialogue__text[data-revealed="false"]').waitFor();
    await w.page.waitForFunction(() => (window as unknown as { roundTable: { stageOnScreen: string | null } }).roundTable.stageOnScreen === 'table', undefined, { timeout: 30_000 });
    // The table's box is smaller than the title's: its first picture is drawn for it, not drawn for
    // the title's box, shown squeezed, and drawn again once the size settles.
    await w.page.waitForFunction(canvasFitsItsBox);
    const drawnFor = await w.page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('#table canvas');
      const watch = (window as unknown as { blankWatch: { firstTable: string | null } }).blankWatch;
      return { first: watch.firstTable, now: canvas ? `${canvas.width}x${canvas.height}` : null };
    });
    expect(drawnFor.first, 'the canvas size when the table first showed, and once settled').toBe(drawnFor.now);
    for (const size of [{ width: 420, height: 760 }, { width: 1000, height: 700 }]) {
      await w.page.setViewportSize(size);
      await w.page.locator('#dialogue .dialogue__text[data-revealed="true"]').waitFor();
      // Once the size settles, the canvas matches its box again (its layout size: the camera may
      // be pushed in on the speaker, a transform on top of it).
      await w.page.waitForFunction(canvasFitsItsBox);
      await w.page.keyboard.press('Enter');
    }
    // A new canvas size clears the canvas: the picture is drawn again before the next frame shows.
    const watched = await blankFrames(w.page);
    expect(watched.resized, 'the canvas took a new size').toBe(true);
    expect(watched.frames, 'frames watched').toBeGreaterThan(10);
    expect(watched.blank, 'frames that showed the table blank').toEqual([]);
    await playToEnding(w.page, firstCard);
    expect(await ending(w.page)).toBeTruthy();
    clean(w);
    await w.close();
  });

  it('a tab hidden and shown again mid-line: the line resumes, and the idle table draws nothing', async () => {
    const w = await openPage(site.browser, site.served.url, { reducedMotion: 'no-preference' });
    await title(w.page);
    await startFromTitle(w.page, 'short');
    await w.page.locator('#dialogue .dialogue__text[data-revealed="false"]').waitFor();
    const cdp = await w.context.newCDPSession(w.page);
    const setVisibility = (state: 'hidden' | 'visible') =>
      w.page.evaluate((s) => {
        Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => s });
        Object.defineProperty(document, 'hidden', { configurable: true, get: () => s === 'hidden' });
        document.dispatchEvent(new Event('visibilitychange'));
      }, state);
    await setVisibility('hidden');
    await cdp.send('Page.setWebLifecycleState', { state: 'frozen' });
    await w.page.waitForTimeout(500);
    await cdp.send('Page.setWebLifecycleState', { state: 'active' });
    await setVisibility('visible');
    await w.page.locator('#dialogue .dialogue__text[data-revealed="true"]').waitFor();
    // The stage has booted and drawn the table: an idle count means nothing from a stage that
    // never started.
    await w.page.waitForFunction(() => (window as unknown as { roundTable: { framesDrawn: number } }).roundTable.framesDrawn > 0);
    expect(await canvasColours(w.page)).toBeGreaterThan(20);
    // Waiting for the player again: the loop goes back to sleep.
    await w.page.waitForTimeout(1000);
    const before = await framesDrawn(w.page);
    await w.page.waitForTimeout(1500);
    expect(await framesDrawn(w.page)).toBe(before);
    // And it wakes: the next line lights its speaker, which takes frames.
    await w.page.keyboard.press('Enter');
    await w.page.waitForFunction(
      (n) => (window as unknown as { roundTable: { framesDrawn: number } }).roundTable.framesDrawn > n,
      before,
      { timeout: 10_000 },
    );
    await playToEnding(w.page, firstCard);
    expect(await ending(w.page)).toBeTruthy();
    clean(w);
    await w.close();
  });
});
