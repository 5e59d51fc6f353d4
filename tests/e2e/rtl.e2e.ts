// Right to left by switching `dir`: with the page's direction set to rtl (as a Persian catalogue
// will set it), the layout mirrors: the transcript drawer moves to the other side of the stage,
// the HUD's title to the right, the line's accent border and the choices' text to the right, and
// nothing is clipped or pushed off screen. Screenshots of both directions are kept for a look.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { builtSite, openPage } from './harness.ts';
import { toFirstOpponent } from './play.ts';

const site = builtSite();
const SHOTS = path.resolve('test-results', 'rtl');

interface Layout {
  stage: { left: number; right: number };
  drawer: { left: number; right: number } | null;
  hudTitle: { left: number; right: number };
  hudActions: { left: number; right: number };
  strap: { left: number; right: number };
  width: number;
  choiceAlign: string;
  choiceText: { left: number; right: number } | null;
  choiceBox: { left: number; right: number } | null;
  offScreen: string[];
}

function layout(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    const box = (sel: string) => {
      const el = document.querySelector(sel);
      if (!el || el.getClientRects().length === 0) return null;
      const r = el.getBoundingClientRect();
      return { left: Math.round(r.left), right: Math.round(r.right) };
    };
    const choice = document.querySelector<HTMLElement>('#choices button');
    // Where the choice's words sit inside it: a range over its text.
    let choiceText: { left: number; right: number } | null = null;
    const words = choice?.querySelector('.choice__text') ?? choice;
    if (words) {
      const range = document.createRange();
      range.selectNodeContents(words);
      const r = range.getBoundingClientRect();
      choiceText = { left: Math.round(r.left), right: Math.round(r.right) };
    }
    const offScreen: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth) offScreen.push(`page is ${document.documentElement.scrollWidth}px wide`);
    for (const el of document.querySelectorAll<HTMLElement>('#app *')) {
      if (el.closest('.visually-hidden, canvas, #table, .skip-link') || el.getClientRects().length === 0) continue;
      const r = el.getBoundingClientRect();
      if (r.width > 0 && (r.right > window.innerWidth + 1 || r.left < -1)) offScreen.push(`${el.tagName.toLowerCase()}.${el.className} spans ${Math.round(r.left)}-${Math.round(r.right)}px`);
      const style = getComputedStyle(el);
      if (style.overflowX === 'hidden' && el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1) offScreen.push(`${el.tagName.toLowerCase()}.${el.className} clips its text`);
    }
    return {
      stage: box('#stage')!,
      drawer: box('#transcript'),
      hudTitle: box('.hud__title')!,
      hudActions: box('.hud__actions')!,
      strap: box('#dialogue .dialogue__who')!,
      width: window.innerWidth,
      choiceAlign: choice ? getComputedStyle(choice).textAlign : '',
      choiceText,
      choiceBox: box('#choices button'),
      offScreen,
    };
  });
}

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  writeFileSync(path.join(SHOTS, `${name}.png`), await page.screenshot());
}

describe('right to left', () => {
  it.each([
    ['a laptop', { width: 1280, height: 720 }],
    ['a 1080p screen', { width: 1920, height: 1080 }],
    ['a phone', { width: 390, height: 844 }],
  ])('mirrors the HUD, the transcript drawer, the line and the choices on %s, clipping nothing', async (what, viewport) => {
    const w = await openPage(site.browser, site.served.url, { viewport });
    await toFirstOpponent(w.page);
    const wide = viewport.width >= 1000;
    if (wide) {
      // Open the transcript drawer, and let the stage settle beside it.
      if ((await w.page.locator('.hud__transcript[aria-expanded="true"]').count()) === 0) await w.page.locator('.hud__transcript').click();
      await w.page.waitForFunction(() => (document.querySelector('#transcript')?.getBoundingClientRect().width ?? 0) > 200);
      await w.page.waitForTimeout(500);
    }
    const ltr = await layout(w.page);
    await shot(w.page, `${viewport.width}x${viewport.height}-ltr`);
    expect(await w.page.evaluate(() => document.documentElement.dir)).toBe('ltr');

    await w.page.evaluate(() => (document.documentElement.dir = 'rtl'));
    await w.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await w.page.waitForTimeout(500);
    const rtl = await layout(w.page);
    await shot(w.page, `${viewport.width}x${viewport.height}-rtl`);

    // Nearer the left edge than the right one, and the other way round.
    const atLeft = (b: { left: number; right: number }, width: number) => b.left < width - b.right;
    // The HUD's title leads its row: at the left, then at the right; its buttons the other way.
    expect(atLeft(ltr.hudTitle, ltr.width), what).toBe(true);
    expect(atLeft(rtl.hudTitle, rtl.width), what).toBe(false);
    expect(rtl.hudTitle.right).toBe(rtl.width - ltr.hudTitle.left);
    if (wide) {
      expect(atLeft(ltr.hudActions, ltr.width)).toBe(false);
      expect(atLeft(rtl.hudActions, rtl.width)).toBe(true);
    }
    // The speaker's name strap starts the lower third: at its left, then at its right.
    expect(atLeft({ left: ltr.strap.left - ltr.stage.left, right: ltr.strap.right - ltr.stage.left }, ltr.stage.right - ltr.stage.left)).toBe(true);
    expect(atLeft({ left: rtl.strap.left - rtl.stage.left, right: rtl.strap.right - rtl.stage.left }, rtl.stage.right - rtl.stage.left)).toBe(false);
    // A choice's words start at its start side.
    expect(ltr.choiceAlign).toBe('start');
    expect(rtl.choiceAlign).toBe('start');
    expect(ltr.choiceText && ltr.choiceBox && ltr.choiceText.left - ltr.choiceBox.left).toBeLessThan(ltr.choiceBox!.right - ltr.choiceText!.right + 1);
    expect(rtl.choiceText && rtl.choiceBox && rtl.choiceBox.right - rtl.choiceText.right).toBeLessThan(rtl.choiceText!.left - rtl.choiceBox!.left + 1);
    if (wide) {
      // The transcript drawer sits at the end of the line: at the right, then at the left edge.
      expect(ltr.drawer).not.toBeNull();
      expect(rtl.drawer).not.toBeNull();
      expect(ltr.drawer!.right).toBe(ltr.width);
      expect(rtl.drawer!.left).toBe(0);
      expect(rtl.drawer!.right - rtl.drawer!.left).toBe(ltr.drawer!.right - ltr.drawer!.left);
    }
    expect(ltr.offScreen, 'ltr').toEqual([]);
    expect(rtl.offScreen, 'rtl').toEqual([]);
    expect(w.errors).toEqual([]);
    await w.close();
  });
});
