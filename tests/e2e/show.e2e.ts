// The show's layout holds on every screen the issue names: the picture keeps its size while the
// player decides; every move of a decision is on screen without scrolling at 1280x720, 1366x768 and
// 1920x1080, and reachable on a phone; each line is on screen once (the transcript is a drawer of
// the lines already read, open by default only from 1600 px); the ending's title, verdict and next
// steps fit the first screen; sound has a button and the key M, remembered on the device; a graded
// move lands with its stamp and its captioned sound. And a screenshot of the first decision at each
// of the four sizes, compared with its baseline, so the layout cannot break unseen.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { builtSite, openPage } from './harness.ts';
import { advanceToDecision, debatePath, playToEnding, pressMove, startFromTitle } from './play.ts';
import { stageAtRest } from './checks.ts';
import { compareScreenshot } from './screenshots.ts';

const site = builtSite();

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
  { width: 390, height: 844 },
] as const;

/** The full table's first real decision: Sediqi has had the floor. */
async function firstDecision(page: Page): Promise<void> {
  await startFromTitle(page, 'full');
  await advanceToDecision(page); // "Take your seat"
  await pressMove(page, 1); // take your seat
  await advanceToDecision(page);
}

/** Where each choice is, against the window and the panel that holds them. */
function choiceBoxes(): { text: string; inWindow: boolean; inPanel: boolean }[] {
  const panel = document.querySelector('#choices')!.getBoundingClientRect();
  return [...document.querySelectorAll<HTMLElement>('#choices button[data-choice]')].map((b) => {
    const r = b.getBoundingClientRect();
    return {
      text: b.textContent ?? '',
      inWindow: r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight + 0.5 && r.right <= window.innerWidth + 0.5,
      inPanel: r.top >= panel.top - 0.5 && r.bottom <= panel.bottom + 0.5,
    };
  });
}

const pictureBox = (page: Page) =>
  page.evaluate(() => {
    const r = document.querySelector('#table')!.getBoundingClientRect();
    return { top: r.top, width: r.width, height: r.height };
  });

describe('the show on every screen', () => {
  // One page session per size, to the full table's first decision: the picture's size during a
  // line, the screenshot at rest, then what the player can reach and read from there. (These were
  // separate tests, each loading the page and walking to the same decision.)
  for (const size of SIZES) {
    const phone = size.width < 1280;
    const drawer = size.width === 1920 ? { open: true } : size.width === 1280 ? { open: false } : null;
    const what = [
      'looks as it should at the first decision',
      phone ? 'every move can be reached on a phone and the picture keeps its size' : 'shows every move without scrolling and the picture keeps its size',
      ...(drawer ? ['puts each line on screen once (the drawer holds only the lines already read)'] : []),
    ];
    it(`${what.join('; ')}, at ${size.width}x${size.height}`, async () => {
      const w = await openPage(site.browser, site.served.url, { viewport: size });
      await startFromTitle(w.page, 'full');
      // A line is on screen: the picture's size then...
      await w.page.locator('#dialogue .dialogue__text').waitFor();
      const during = await pictureBox(w.page);
      await advanceToDecision(w.page); // "Take your seat"
      await pressMove(w.page, 1); // take your seat
      await advanceToDecision(w.page);

      // ---- looks as it should: the first decision compared with its baseline.
      await stageAtRest(w.page);
      const shot = await w.page.screenshot();
      const result = compareScreenshot(`show-${size.width}x${size.height}`, shot);
      expect(result.sizeMatches, 'screenshot: its size').toBe(true);
      // A few anti-aliased pixels may differ between runs; a layout change moves thousands.
      expect(result.diffRatio, 'screenshot: share of pixels that differ').toBeLessThan(0.01);

      if (!phone) {
        // ---- every move without scrolling; ...and while the player decides, the picture's size is the same.
        expect(await pictureBox(w.page), 'the picture keeps its size').toEqual(during);
        const boxes = await w.page.evaluate(choiceBoxes);
        expect(boxes.length, 'moves offered').toBeGreaterThanOrEqual(5);
        expect(boxes.length, 'moves offered').toBeLessThanOrEqual(8);
        expect(boxes.filter((b) => !b.inWindow || !b.inPanel).map((b) => b.text), 'moves outside the window or the panel').toEqual([]);
        expect(await w.page.evaluate(() => document.scrollingElement!.scrollHeight <= window.innerHeight), 'the page needs no scrolling').toBe(true);
        expect(await w.page.evaluate(() => document.querySelector('#choices')!.scrollHeight <= document.querySelector('#choices')!.clientHeight + 1), 'the choices need no scrolling').toBe(true);
      } else {
        // ---- on a phone, every move can be reached and the picture keeps its size.
        expect((await pictureBox(w.page)).height, 'the picture keeps its height').toBe(during.height);
        const buttons = w.page.locator('#choices button[data-choice]');
        const count = await buttons.count();
        expect(count, 'moves offered').toBeGreaterThanOrEqual(5);
        for (let i = 0; i < count; i++) {
          const button = buttons.nth(i);
          await button.scrollIntoViewIfNeeded();
          const box = await button.boundingBox();
          expect(box, `choice ${i + 1}`).not.toBeNull();
          expect(box!.x, `choice ${i + 1}`).toBeGreaterThanOrEqual(0);
          expect(box!.x + box!.width, `choice ${i + 1}`).toBeLessThanOrEqual(390.5);
          expect(box!.y, `choice ${i + 1}`).toBeGreaterThanOrEqual(0);
          expect(box!.y + box!.height, `choice ${i + 1}`).toBeLessThanOrEqual(844.5);
        }
        expect(await w.page.evaluate(() => document.documentElement.scrollWidth), 'the page is no wider than the phone').toBeLessThanOrEqual(390);
      }

      if (drawer) {
        // ---- each line on screen once: the drawer (open by default only from 1600 px) holds only the lines already read.
        const toggle = w.page.getByRole('button', { name: 'Transcript' });
        await expect.poll(() => toggle.getAttribute('aria-expanded'), { timeout: 10_000, message: 'the drawer open by default or not' }).toBe(String(drawer.open));
        const shown = async () => ((await w.page.locator('#transcript-panel').boundingBox())?.width ?? 0) > 100;
        if (!drawer.open) {
          await expect.poll(() => shown(), { timeout: 10_000, message: 'the drawer hidden' }).toBe(false);
          await toggle.click();
          await expect.poll(() => toggle.getAttribute('aria-expanded'), { timeout: 10_000, message: 'the drawer opened' }).toBe('true');
        }
        await expect.poll(() => shown(), { timeout: 10_000, message: 'the drawer shown' }).toBe(true);
        const current = (await w.page.locator('#dialogue .dialogue__text .visually-hidden').textContent()) ?? '';
        expect(current.length, 'the line in the dialogue').toBeGreaterThan(10);
        // The line in the dialogue is in the log (read out), but not shown there a second time.
        const visible = await w.page.$$eval('#transcript .transcript__entry', (entries) =>
          entries.filter((e) => e.getBoundingClientRect().height > 2).map((e) => e.textContent ?? ''),
        );
        expect(visible.length, 'lines shown in the drawer').toBeGreaterThan(3);
        expect(visible.filter((t) => t.includes(current)), 'the current line shown in the drawer too').toEqual([]);
        await expect.poll(() => w.page.locator('#transcript').textContent(), { timeout: 10_000, message: 'the current line in the log' }).toContain(current);
      }
      expect(w.errors).toEqual([]);
      await w.close();
    });
  }

  it("fits the ending's title, verdict and next steps in the first screen at 1280x720", async () => {
    const w = await openPage(site.browser, site.served.url, { viewport: { width: 1280, height: 720 } });
    await startFromTitle(w.page, 'short');
    await playToEnding(w.page);
    await w.page.locator('#ending-heading').waitFor();
    const inFirstScreen = (selector: string) =>
      w.page.evaluate((s) => {
        const el = document.querySelector(s);
        if (!el) return `${s} is missing`;
        const r = el.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0 ? true : `${s} spans ${Math.round(r.top)}-${Math.round(r.bottom)}`;
      }, selector);
    expect(await inFirstScreen('#ending-heading')).toBe(true);
    expect(await inFirstScreen('.ending__verdict p')).toBe(true);
    for (const name of [/^Debrief/, /^Play again$/, /^Branch map$/]) {
      const box = await w.page.getByRole('button', { name }).boundingBox();
      expect(box, String(name)).not.toBeNull();
      expect(box!.y + box!.height, String(name)).toBeLessThanOrEqual(720);
      expect(box!.y, String(name)).toBeGreaterThanOrEqual(0);
    }
    // Nothing was scrolled to get there.
    expect(await w.page.evaluate(() => document.querySelector('#screen')!.scrollTop)).toBe(0);
    await w.close();
  });

  it('turns sound off and on with the HUD button and the key M, and remembers it on this device', async () => {
    const w = await openPage(site.browser, site.served.url);
    await startFromTitle(w.page, 'short');
    await w.page.locator('#dialogue .dialogue__text').waitFor();
    const sound = w.page.getByRole('button', { name: 'Sound', exact: true });
    await expect.poll(() => sound.getAttribute('aria-pressed'), { timeout: 10_000 }).toBe('true');
    await w.page.keyboard.press('m');
    await expect.poll(() => sound.getAttribute('aria-pressed'), { timeout: 10_000 }).toBe('false');
    const stored = () => w.page.evaluate(() => JSON.parse(localStorage.getItem('round-table:settings') ?? '{}').muted as boolean);
    await expect.poll(() => stored(), { timeout: 10_000 }).toBe(true);
    // M made no move and did not advance the debate.
    await expect.poll(() => debatePath(w.page), { timeout: 10_000 }).toEqual([]);
    await w.page.reload();
    await w.page.getByRole('button', { name: /The short table/ }).waitFor();
    await expect.poll(() => w.page.getByRole('button', { name: 'Sound', exact: true }).getAttribute('aria-pressed'), { timeout: 10_000 }).toBe('false');
    await w.page.getByRole('button', { name: 'Sound', exact: true }).click();
    await expect.poll(() => w.page.getByRole('button', { name: 'Sound', exact: true }).getAttribute('aria-pressed'), { timeout: 10_000 }).toBe('true');
    await expect.poll(() => stored(), { timeout: 10_000 }).toBe(false);
    expect(w.errors).toEqual([]);
    await w.close();
  });

  it('lands a graded move with its stamp over the picture and its captioned sound', async () => {
    const w = await openPage(site.browser, site.served.url, { reducedMotion: 'no-preference' });
    await firstDecision(w.page);
    // Sediqi: "Guarantees, not trust" answers his claim.
    await w.page.locator('#choices button[data-card="guarantees"]').click();
    const stamp = w.page.locator('#broadcast .stamp');
    // The player says their piece; the grade lands with the answer to it.
    for (let i = 0; i < 20 && (await stamp.count()) === 0; i++) {
      await w.page.keyboard.press('Enter');
      await w.page.waitForTimeout(150);
    }
    await expect.poll(() => stamp.getAttribute('class'), { timeout: 10_000 }).toContain('stamp--strong');
    await expect.poll(() => w.page.locator('#broadcast').getAttribute('aria-hidden'), { timeout: 10_000 }).toBe('true');
    await expect.poll(() => w.page.locator('#dialogue .badge--grade-strong').count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => w.page.locator('#transcript').textContent(), { timeout: 10_000 }).toContain('[a bright rising chime: strong]');
    // The meters show their change, when the room has taken it in: the one that moved says so.
    const moved = w.page.locator('.meter__delta--up');
    for (let i = 0; i < 20 && (await moved.count()) === 0; i++) {
      await w.page.keyboard.press('Enter');
      await w.page.waitForTimeout(150);
    }
    await expect.poll(() => moved.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(w.errors).toEqual([]);
    await w.close();
  });
});
