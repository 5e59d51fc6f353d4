// Checks shared by the browser tests: axe-core's WCAG 2.2 A/AA violations, what the layout clips,
// a canvas at rest for a screenshot (moved here from a11y, table and show so that the Persian
// edition's test runs the very same checks), and the fonts Chromium drew text with.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** axe's WCAG 2.2 A/AA violations on the page as it is now (open dialogs included). */
export async function violations(page: Page): Promise<Violation[]> {
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

export async function expectClean(page: Page, where: string): Promise<void> {
  expect({ where, violations: await violations(page) }).toEqual({ where, violations: [] });
}

export type WithStage = { roundTable: { framesDrawn: number } };

/** Waits until the canvas has drawn and then stayed still (the loop asleep) for a while. */
export async function stageAtRest(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as WithStage).roundTable.framesDrawn > 0, undefined, { timeout: 30_000 });
  let last = -1;
  for (let i = 0; i < 40; i++) {
    const now = await page.evaluate(() => (window as unknown as WithStage).roundTable.framesDrawn);
    if (now === last) return;
    last = now;
    await page.waitForTimeout(700);
  }
  throw new Error('The stage never came to rest.');
}

/**
 * Runs in the page: what sticks out of the window sideways, clips its text, or sits in a panel
 * taller than the window above where its scroller can reach (a centred or bottom-aligned overflow).
 */
export function clipped(): string[] {
  const offenders: string[] = [];
  const name = (el: Element) =>
    `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent?.slice(0, 40)}`;
  if (document.documentElement.scrollWidth > window.innerWidth) {
    offenders.push(`page is ${document.documentElement.scrollWidth}px wide`);
  }
  for (const el of document.querySelectorAll<HTMLElement>('#app *')) {
    if (el.closest('.visually-hidden, canvas, #table') || el.getClientRects().length === 0)
      continue;
    const style = getComputedStyle(el);
    if (style.overflowX === 'auto' || style.overflowX === 'scroll') continue;
    if (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0 && style.overflowX === 'hidden') {
      offenders.push(`${name(el)} clips its text`);
    }
    const rect = el.getBoundingClientRect();
    if (rect.width > 0 && (rect.right > window.innerWidth + 1 || rect.left < -1)) {
      offenders.push(`${name(el)} spans ${Math.round(rect.left)}-${Math.round(rect.right)}px`);
    }
  }
  // The panels of the stage stack without overlapping, each tall enough for its own text.
  const panels = ['#table', '#dialogue', '#choices']
    .map((id) => document.querySelector<HTMLElement>(id))
    .filter((el): el is HTMLElement => !!el && el.getClientRects().length > 0);
  for (const [i, el] of panels.entries()) {
    if (getComputedStyle(el).overflowY === 'visible' && el.scrollHeight > el.clientHeight + 1) {
      offenders.push(`#${el.id}'s text runs ${el.scrollHeight - el.clientHeight}px out of its box`);
    }
    const next = panels[i + 1];
    if (next && next.getBoundingClientRect().top < el.getBoundingClientRect().bottom - 1) {
      offenders.push(`#${next.id} overlaps #${el.id}`);
    }
  }
  const screen = document.querySelector<HTMLElement>('#screen:not([hidden])');
  const panel = screen?.firstElementChild;
  if (screen && panel) {
    screen.scrollTop = 0;
    const top = panel.getBoundingClientRect().top - screen.getBoundingClientRect().top;
    if (top < -1)
      offenders.push(`the panel's top is ${Math.round(-top)}px above where its screen scrolls to`);
  }
  return offenders;
}

/**
 * Runs in the page: every move's key badge with less than 4 px between its label and its border,
 * or less than 5 px between the badge and the move's text, on the side the text is (either side,
 * so it holds in a right-to-left page too).
 */
export function crowdedKeys(): string[] {
  const offenders: string[] = [];
  for (const badge of document.querySelectorAll<HTMLElement>('#choices .choice__key')) {
    if (!badge.textContent) continue;
    const range = document.createRange();
    range.selectNodeContents(badge);
    const text = range.getBoundingClientRect();
    const box = badge.getBoundingClientRect();
    const inside = Math.min(text.left - box.left, box.right - text.right);
    if (inside < 4) offenders.push(`"${badge.textContent}" has ${inside.toFixed(1)} px inside its badge`);
    const name = badge.parentElement?.querySelector<HTMLElement>('.choice__name, .choice__card')?.getBoundingClientRect();
    if (!name) continue;
    const gap = name.left >= box.right ? name.left - box.right : box.left - name.right;
    if (gap < 5) offenders.push(`"${badge.textContent}" is ${gap.toFixed(1)} px from its move's text`);
  }
  return offenders;
}

/**
 * Runs in the page: the Latin words (two letters or more) a player sees under `selector`, except
 * those in `allowed` (names meant in Latin, key names, paragraph ids), run codes and hashes, the
 * text of elements that hold codes (`[data-run-code]`, `code`, `kbd`), and text marked as another
 * language than the page's (`lang="en"` on a quote of the English article, the language switch's
 * "English"). Text that is hidden, or in a closed `<details>`, is not on screen and is left out.
 * For "no silent English" in another edition.
 */
export function latinWordsShown({ selector, allowed }: { selector: string; allowed: string[] }): string[] {
  const ok = new Set(allowed.map((w) => w.toLowerCase()));
  const pageLang = document.documentElement.lang;
  const found = new Map<string, string>();
  for (const root of document.querySelectorAll(selector)) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || el.closest('[data-run-code], code, kbd, script, style, .visually-hidden, [hidden], details:not([open]) > :not(summary)')) continue;
      if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: false })) continue;
      if ((el.closest('[lang]')?.getAttribute('lang') ?? pageLang) !== pageLang) continue;
      for (const word of node.textContent?.match(/[A-Za-z][A-Za-z0-9'’-]*[A-Za-z0-9]/g) ?? []) {
        // Hashes, run codes (RT1-S-…) and words with digits (A4) are codes, not English.
        if (ok.has(word.toLowerCase()) || /^[0-9a-f]{8,}$/i.test(word) || /^RT\d/.test(word) || /^[a-z]*[0-9][a-z0-9]*$/i.test(word)) continue;
        if (!found.has(word)) found.set(word, `${word} (in ${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''}: "${node.textContent?.trim().slice(0, 60)}")`);
      }
    }
  }
  return [...found.values()];
}

/** The fonts Chromium drew the elements matching `selector` with; any system font by name, marked. */
export async function platformFonts(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = (await cdp.send('DOM.getDocument', { depth: 0 })) as { root: { nodeId: number } };
  const { nodeIds } = (await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector })) as { nodeIds: number[] };
  const fonts = new Set<string>();
  for (const nodeId of nodeIds) {
    const { fonts: used } = (await cdp.send('CSS.getPlatformFontsForNode', { nodeId })) as { fonts: { familyName: string; isCustomFont: boolean }[] };
    for (const f of used) fonts.add(f.isCustomFont ? f.familyName : `system: ${f.familyName}`);
  }
  await cdp.detach();
  return [...fonts].sort();
}
