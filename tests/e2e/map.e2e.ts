// The branch map read from the back row, and notices that never hide what they point at: after a
// whole debate at 1280x720 the map's first view shows every exchange with labels at least 12 px
// tall, nothing overlapping, all on one screen; a phone opens the map on its list; a "Try it"
// hint and a shared link's notice never cover the choice or the ending they name, nor the
// focused control.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { storyHash } from '../../story/main.ink';
import table from '../../story/cast.json';
import { buildOf, encodeLink } from '../../src/debate/persistence/link.ts';
import { builtSite, openPage } from './harness.ts';
import { advanceToDecision, firstCard, playToEnding, pressFirst, startFromTitle } from './play.ts';

const site = builtSite();

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
const overlap = (a: Rect, b: Rect) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;

/** Where the notice panel is, what it names, and what holds focus, in one round trip. */
function noticeAndTargets(page: Page, target: string) {
  return page.evaluate((selector) => {
    const box = (el: Element | null) => {
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    const panel = document.getElementById('notices');
    const focused = document.activeElement && document.activeElement !== document.body && !panel?.contains(document.activeElement) ? document.activeElement : null;
    return { notices: box(panel), count: panel?.querySelectorAll('[data-notice]').length ?? 0, target: box(document.querySelector(selector)), focused: box(focused) };
  }, target);
}

type Hook = { roundTable: { state: { seed: number }; path: number[] } };

describe('the branch map from the back row', () => {
  it('after a full debate at 1280x720, the first view shows every exchange, labels of 12 px or more, nothing overlapping, on one screen', async () => {
    const w = await openPage(site.browser, site.served.url, { viewport: { width: 1280, height: 720 } });
    await startFromTitle(w.page, 'full');
    const decisions = await playToEnding(w.page, pressFirst);
    expect(decisions).toBeGreaterThanOrEqual(15);
    await w.page.getByRole('button', { name: 'Branch map' }).click();
    const map = w.page.getByRole('dialog', { name: 'Branch map' });
    await map.waitFor();
    await expect.poll(() => map.getByRole('tab', { name: 'Overview' }).getAttribute('aria-selected'), { timeout: 10_000 }).toBe('true');
    const seen = await w.page.evaluate(() => {
      const box = (el: Element) => {
        const r = el.getBoundingClientRect();
        return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
      };
      const labels = [...document.querySelectorAll('.overview [data-label]')].map((el) => ({
        text: el.textContent ?? '',
        size: parseFloat(getComputedStyle(el).fontSize),
        box: box(el),
      }));
      return {
        labels,
        cards: [...document.querySelectorAll('.overview-card')].map(box),
        moves: document.querySelectorAll('.overview-move').length,
        headings: [...document.querySelectorAll('.overview__heading')].map((e) => e.textContent),
        viewport: { width: innerWidth, height: innerHeight },
      };
    });
    // Every decision's move is on the map, and every part of the debate has its column.
    expect(seen.moves).toBe(decisions);
    expect(seen.headings).toHaveLength(11);
    expect(seen.labels.length).toBeGreaterThan(decisions);
    for (const label of seen.labels) {
      expect(label.size, label.text).toBeGreaterThanOrEqual(12);
      // On the first screen: nothing to scroll to.
      expect(label.box.top, label.text).toBeGreaterThanOrEqual(0);
      expect(label.box.bottom, label.text).toBeLessThanOrEqual(seen.viewport.height);
      expect(label.box.right, label.text).toBeLessThanOrEqual(seen.viewport.width);
    }
    const clashes: string[] = [];
    seen.labels.forEach((a, i) => seen.labels.slice(i + 1).forEach((b) => overlap(a.box, b.box) && clashes.push(`${a.text} / ${b.text}`)));
    seen.cards.forEach((a, i) => seen.cards.slice(i + 1).forEach((b, j) => overlap(a, b) && clashes.push(`card ${i} / card ${i + j + 1}`)));
    expect(clashes).toEqual([]);

    // The endings: the one found says how often and from which run; the others give the story's
    // hint, never the path.
    await map.getByRole('tab', { name: 'Endings' }).click();
    const cards = await map.locator('.ending-card').evaluateAll((els) =>
      els.map((el) => ({ id: el.getAttribute('data-ending') ?? '', found: el.getAttribute('data-found') === 'true', text: el.textContent ?? '' })),
    );
    const endings = table.endings as Record<string, { title: string; hint: string }>;
    expect(cards.map((c) => c.id).sort()).toEqual(Object.keys(endings).sort());
    for (const card of cards) {
      if (card.found) {
        expect(card.text).toContain(endings[card.id]!.title);
        expect(card.text).toMatch(/Reached in 1 run.*From run 1 \(.+\).*See it again/);
      } else {
        expect(card.text).toContain(endings[card.id]!.hint);
        expect(card.text).not.toContain(endings[card.id]!.title);
      }
    }
    expect(cards.filter((c) => c.found)).toHaveLength(1);

    // Back on the title later: Continue says it will show the ending, and does.
    const endingTitle = endings[cards.find((c) => c.found)!.id]!.title;
    await w.page.reload();
    const resume = w.page.getByRole('button', { name: /^Continue: see the ending/ });
    await resume.waitFor({ timeout: 30_000 });
    await expect.poll(() => resume.textContent(), { timeout: 10_000 }).toContain(`it ended in “${endingTitle}”`);
    await resume.click();
    await expect.poll(() => w.page.locator('#ending-heading').textContent(), { timeout: 10_000 }).toBe(endingTitle);
    expect(w.errors).toEqual([]);
    await w.close();
  });

  it('a phone opens the map on its list', async () => {
    const w = await openPage(site.browser, site.served.url, { viewport: { width: 390, height: 844 } });
    await startFromTitle(w.page, 'short');
    await advanceToDecision(w.page);
    await w.page.locator('body').press('Escape');
    await w.page.getByRole('dialog', { name: 'Paused' }).getByRole('button', { name: /Branch map/ }).click();
    const map = w.page.getByRole('dialog', { name: 'Branch map' });
    await expect.poll(() => map.getByRole('tab', { name: 'List' }).getAttribute('aria-selected'), { timeout: 10_000 }).toBe('true');
    await expect.poll(() => map.locator('.branch-list').isVisible(), { timeout: 10_000 }).toBe(true);
    await w.close();
  });
});

describe('a jump from the map', () => {
  it('shows the decision in context: the lines that led there in the transcript, the move chosen before marked', async () => {
    const w = await openPage(site.browser, site.served.url, { viewport: { width: 1280, height: 720 } });
    await startFromTitle(w.page, 'short');
    await playToEnding(w.page, firstCard);
    const run = await w.page.evaluate(() => [...(window as unknown as Hook).roundTable.path]);
    await w.page.getByRole('button', { name: 'Branch map' }).click();
    const map = w.page.getByRole('dialog', { name: 'Branch map' });
    // The second column is the first guest's exchange: open it, pick its first decision, jump.
    const card = map.locator('.overview__column').nth(1).locator('.overview-card').first();
    await card.getByRole('button', { name: /^Decisions in the exchange/ }).click();
    const decision = card.locator('.overview-card__decision').first();
    const depth = ((await decision.getAttribute('data-decision')) ?? '').split('.').filter(Boolean).length;
    await decision.click();
    await map.getByRole('button', { name: 'Jump here and choose again' }).click();
    await map.waitFor({ state: 'detached' });
    await w.page.locator('#choices button[data-choice]').first().waitFor();
    // Exactly the move this run took here is marked, in words.
    const marked = await w.page.locator('#choices .choice--before').evaluateAll((els) => els.map((e) => ({ index: Number(e.getAttribute('data-choice')), text: e.textContent ?? '' })));
    expect(marked.map((m) => m.index)).toEqual([run[depth]]);
    expect(marked[0]!.text).toContain('chosen before');
    // The lines that led here: the transcript holds the debate up to this decision.
    const lines = await w.page.locator('#transcript [data-speaker]').count();
    expect(lines).toBeGreaterThan(depth);
    const notice = w.page.locator('[data-notice="jumped"]');
    await expect.poll(() => notice.textContent(), { timeout: 10_000 }).toMatch(/lines that led here are in the transcript/);
    await notice.getByRole('button', { name: 'Show the transcript' }).click();
    await expect.poll(() => w.page.locator('#transcript-panel').getAttribute('data-open'), { timeout: 10_000 }).toBe('true');
    // The next decision is an ordinary one again: nothing marked.
    await w.page.locator('#choices button.choice--before').click();
    await advanceToDecision(w.page);
    await expect(w.page.locator('#choices .choice--before').count()).resolves.toBe(0);
    expect(w.errors).toEqual([]);
    await w.close();
  });
});

describe('notices', () => {
  it('never cover what they name nor the focused control: "Try it" and a shared link', async () => {
    const w = await openPage(site.browser, site.served.url, { viewport: { width: 1280, height: 720 } });
    await startFromTitle(w.page, 'short');
    await playToEnding(w.page, firstCard);
    await w.page.locator('#ending-heading').waitFor();
    const run = await w.page.evaluate(() => ({ seed: (window as unknown as Hook).roundTable.state.seed, path: [...(window as unknown as Hook).roundTable.path] }));

    await w.page.getByRole('button', { name: /^Debrief/ }).click();
    await w.page.locator('dialog[open] .debrief__try').first().click({ timeout: 30_000 });
    const hint = w.page.locator('[data-notice]', { hasText: /Try: “/ });
    await hint.waitFor();
    const suggested = /Try: “(.+)”/.exec((await hint.textContent()) ?? '')![1]!;
    await w.page.locator('#choices button[data-choice]', { hasText: suggested }).waitFor();
    // Mark the suggested choice so the page can find it by a selector.
    await w.page.locator('#choices button[data-choice]', { hasText: suggested }).evaluate((b) => b.setAttribute('data-suggested', ''));
    const check = async (what: string) => {
      await expect.poll(async () => {
        const seen = await noticeAndTargets(w.page, '[data-suggested]');
        if (seen.count === 0 || !seen.notices || !seen.target) return `${what}: nothing to compare`;
        if (overlap(seen.notices, seen.target)) return `${what}: the notice covers the suggested choice`;
        if (seen.focused && overlap(seen.notices, seen.focused)) return `${what}: the notice covers the focused control`;
        return 'clear';
      }, { timeout: 3000 }).toBe('clear');
    };
    await check('1280x720');
    // Tabbing through the moves: the focused one is never under the notice.
    for (let i = 0; i < 4; i++) {
      await w.page.keyboard.press('Tab');
      await check(`1280x720, Tab ${i + 1}`);
    }
    await w.page.setViewportSize({ width: 390, height: 844 });
    // Wherever the page is scrolled, the suggested move stays clear: at the bottom, at the top.
    for (const block of ['end', 'start', 'center'] as const) {
      await w.page.locator('[data-suggested]').evaluate((b, at) => b.scrollIntoView({ block: at }), block);
      await check(`390x844, the suggestion scrolled to the ${block}`);
    }
    await w.close();

    // A shared link that reaches the ending: its notice leaves the ending's title in view.
    const link = encodeLink({ preset: 'short', seed: run.seed, build: buildOf(storyHash), path: run.path });
    const other = await openPage(site.browser, `${site.served.url}${link}`, { viewport: { width: 1280, height: 720 } });
    await other.page.locator('[data-notice]', { hasText: /Replayed a shared debate/ }).waitFor({ timeout: 30_000 });
    await other.page.locator('#ending-heading').waitFor();
    await expect.poll(async () => {
      const seen = await noticeAndTargets(other.page, '#ending-heading');
      if (!seen.notices || !seen.target) return 'nothing to compare';
      return overlap(seen.notices, seen.target) || (seen.focused && overlap(seen.notices, seen.focused)) ? 'covered' : 'clear';
    }, { timeout: 3000 }).toBe('clear');
    // Informational: it goes on its own.
    await other.page.locator('[data-notice]', { hasText: /Replayed a shared debate/ }).waitFor({ state: 'detached', timeout: 15_000 });
    expect(other.errors).toEqual([]);
    await other.close();
  });
});
