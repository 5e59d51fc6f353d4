// Replaying branches in the browser: Continue after a reload, stepping back and choosing again,
// the branch map (jump to the first decision, reach another ending, both in the gallery), named
// save slots, and replay links (a good one reproduces the transcript; a broken one is refused with
// a notice and a fresh title).
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { storyHash } from '../../story/main.ink';
import table from '../../story/cast.json';
import { builtSite, openPage, type Watched } from './harness.ts';
import { advanceToDecision, endingId, endingOnScreen, playerLines, pressMove, screenSnapshot } from './play.ts';

const site = builtSite();

type Strategy = 'first' | 'second' | 'attack';

/** What the player sees: the transcript, the meters, the progress, the line and the moves offered. */
const snapshot = screenSnapshot;

async function ready(w: Watched): Promise<void> {
  await w.page.getByRole('heading', { name: 'The Round Table', level: 2 }).waitFor({ timeout: 30_000 });
}

/** Presses Enter until the debate offers choices or reaches its ending. */
const advance = (page: Page) => advanceToDecision(page);

/** Picks by strategy (by the choice's place in the story's menu), with the key its button shows. */
async function choose(page: Page, strategy: Strategy): Promise<void> {
  const offered = await page
    .locator('#choices button[data-choice]')
    .evaluateAll((buttons) => buttons.map((b) => ({ index: Number((b as HTMLElement).dataset.choice), move: (b as HTMLElement).dataset.move ?? '' })));
  const byIndex = [...offered].sort((a, b) => a.index - b.index);
  const attack = offered.find((c) => c.move === 'attack');
  const index =
    strategy === 'attack' && attack ? attack.index : strategy === 'second' ? byIndex[Math.min(1, byIndex.length - 1)]!.index : byIndex[0]!.index;
  await pressMove(page, offered.findIndex((c) => c.index === index) + 1);
}

/** Plays `decisions` moves (or to the ending); returns where it stopped and how many moves it made. */
async function play(page: Page, strategy: Strategy, decisions = Infinity): Promise<{ at: 'choices' | 'ending'; moves: number }> {
  let moves = 0;
  for (; moves < decisions; moves++) {
    if ((await advance(page)) === 'ending') return { at: 'ending', moves };
    await choose(page, strategy);
  }
  return { at: await advance(page), moves };
}

async function pauseMenu(page: Page, item: RegExp): Promise<void> {
  await page.locator('body').press('Escape');
  await page.getByRole('dialog', { name: 'Paused' }).waitFor();
  await page.getByRole('button', { name: item }).click();
}

function clean(w: Watched): void {
  expect(w.errors).toEqual([]);
  expect(w.foreignRequests).toEqual([]);
  expect(w.cspViolations).toEqual([]);
}

describe('replaying branches', () => {
  it('Continue after a reload restores the same transcript', async () => {
    const w = await openPage(site.browser, site.served.url);
    await ready(w);
    await w.page.getByRole('button', { name: /The short table/ }).click();
    expect((await play(w.page, 'second', 4)).moves).toBe(4);
    const before = await snapshot(w.page);
    expect(before.moves.length).toBeGreaterThan(0);
    await w.page.reload();
    await ready(w);
    await w.page.getByRole('button', { name: /Continue/ }).click();
    await w.page.locator('#choices button[data-choice]').first().waitFor();
    const after = await snapshot(w.page);
    expect(after).toEqual(before);
    // The dialogue shows the last line spoken again.
    expect(after.line.length).toBeGreaterThan(0);

    // "Clear my data" from the title: once Settings closes, Continue is gone with the save.
    await pauseMenu(w.page, /Quit to the title/);
    await w.page.getByRole('button', { name: /Continue/ }).waitFor();
    await w.page.getByRole('button', { name: 'Settings', exact: true }).click();
    w.page.once('dialog', (confirm) => void confirm.accept());
    await w.page.getByRole('button', { name: 'Clear my data' }).click();
    await w.page.keyboard.press('Escape');
    await w.page.getByRole('button', { name: /The short table/ }).waitFor();
    await expect.poll(() => w.page.getByRole('button', { name: /Continue/ }).count(), { timeout: 10_000 }).toBe(0);
    await expect.poll(() => w.page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('round-table:'))), { timeout: 10_000 }).toEqual([]);
    clean(w);
    await w.close();
  });

  it('steps back twice (button and key), restoring text, meters and stances, then chooses differently', async () => {
    const w = await openPage(site.browser, site.served.url);
    await ready(w);
    await w.page.getByRole('button', { name: /The short table/ }).click();
    const at: { screen: Awaited<ReturnType<typeof snapshot>>; lines: string[] }[] = [];
    for (let i = 0; i < 4; i++) {
      await advance(w.page);
      at.push({ screen: await snapshot(w.page), lines: await playerLines(w.page) });
      await choose(w.page, 'second');
    }
    await advance(w.page);
    // Back with the HUD button: the screen is as it was at the fourth decision...
    await w.page.getByRole('button', { name: 'Step back' }).click();
    await expect.poll(() => snapshot(w.page)).toEqual(at[3]!.screen);
    // ...and with Backspace, from the transcript (not a control), as it was at the third.
    await w.page.locator('#transcript').focus();
    await w.page.keyboard.press('Backspace');
    await expect.poll(() => snapshot(w.page)).toEqual(at[2]!.screen);
    // Choose differently this time: the same moves up to here, then another one.
    await w.page.locator('#choices button[data-choice]').first().waitFor();
    await choose(w.page, 'attack');
    await advance(w.page);
    const branched = await playerLines(w.page);
    const kept = at[2]!.lines.length;
    expect(branched.slice(0, kept)).toEqual(at[2]!.lines);
    expect(branched.length).toBe(kept + 1);
    expect(branched[kept]).not.toBe(at[3]!.lines[kept]);
    clean(w);
    await w.close();
  });

  it('opens the branch map, jumps to the first decision, reaches another ending, and shows both in the gallery', async () => {
    const w = await openPage(site.browser, site.served.url);
    await ready(w);
    await w.page.getByRole('button', { name: /The short table/ }).click();
    const firstRun = await play(w.page, 'attack');
    expect(firstRun.at).toBe('ending');
    const firstEnding = endingId((await endingOnScreen(w.page))!);

    // From the ending screen: the map (the overview first), its flowchart, the first decision.
    await w.page.getByRole('button', { name: 'Branch map' }).click();
    const map = w.page.getByRole('dialog', { name: 'Branch map' });
    await map.waitFor();
    await expect.poll(() => map.locator('.overview-move').count(), { timeout: 10_000 }).toBe(firstRun.moves);
    await map.getByRole('tab', { name: 'Flowchart' }).click();
    const root = map.locator('[data-node=""]');
    await root.waitFor();
    // Every decision of the run is a node; the path is lit.
    await expect.poll(() => map.locator('.map-node').count(), { timeout: 10_000 }).toBe(firstRun.moves + 1);
    await expect.poll(() => map.locator('.map-node--live').count(), { timeout: 10_000 }).toBe(firstRun.moves + 1);
    await expect.poll(() => map.locator('.map-lock').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    // Zoom and pan change the view.
    const zoom = async () => Number(await map.locator('.map-picture').getAttribute('data-zoom'));
    const z0 = await zoom();
    await map.getByRole('button', { name: 'Zoom in' }).click();
    expect(await zoom()).toBeGreaterThan(z0);
    // The wheel zooms around the pointer; a drag pans.
    const picture = map.locator('.map-picture');
    const box = (await picture.boundingBox())!;
    const transform = () => map.locator('.map-picture__svg > g').getAttribute('transform');
    await w.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const z1 = await zoom();
    await w.page.mouse.wheel(0, -240);
    await w.page.waitForFunction((z) => Number(document.querySelector('.map-picture')?.getAttribute('data-zoom')) > z, z1);
    const beforeDrag = await transform();
    await w.page.mouse.down();
    await w.page.mouse.move(box.x + box.width / 2 - 120, box.y + box.height / 2 + 40, { steps: 4 });
    await w.page.mouse.up();
    expect(await transform()).not.toBe(beforeDrag);
    await root.focus();
    const z2 = await zoom();
    await w.page.keyboard.press('-');
    await w.page.keyboard.press('-');
    expect(await zoom()).toBeLessThan(z2);
    await w.page.keyboard.press('Enter');
    const jump = map.getByRole('button', { name: 'Jump here and choose again' });
    await expect.poll(() => jump.evaluate((el) => el === document.activeElement), { timeout: 10_000 }).toBe(true);
    await w.page.keyboard.press('Enter');
    await map.waitFor({ state: 'detached' });
    // Back at the first decision: its moves on offer, none made yet.
    await w.page.locator('#choices button[data-choice]').first().waitFor();
    expect(await playerLines(w.page)).toEqual([]);

    expect((await play(w.page, 'second')).at).toBe('ending');
    const secondEnding = endingId((await endingOnScreen(w.page))!);
    expect(secondEnding).not.toBe(firstEnding);

    await w.page.getByRole('button', { name: 'Branch map' }).click();
    await map.waitFor();
    // Both runs share the first decision: one tree, forking under it.
    await map.getByRole('tab', { name: 'Flowchart' }).click();
    await expect.poll(() => map.locator('.map-node--here').count(), { timeout: 10_000 }).toBe(1);
    await map.getByRole('tab', { name: 'Endings' }).click();
    for (const id of [firstEnding, secondEnding]) {
      await expect.poll(() => map.locator(`[data-ending="${id}"]`).getAttribute('data-found'), { timeout: 10_000 }).toBe('true');
      await expect.poll(() => map.locator(`[data-ending="${id}"]`).textContent(), { timeout: 10_000 }).toMatch(/Reached in 1 run/);
    }
    await expect.poll(() => map.locator('[data-found="false"]').count(), { timeout: 10_000 }).toBe(Object.keys(table.endings).length - 2);

    // The list view says the same for screen readers: a branch with both choices.
    await map.getByRole('tab', { name: 'List' }).click();
    await expect.poll(() => map.locator('.branch-list__branches > li').count(), { timeout: 10_000 }).toBe(2);
    await expect.poll(() => map.getByRole('button', { name: /^Jump here: Decision 1,/ }).count(), { timeout: 10_000 }).toBe(1);

    // Comparison: this run against the previous one, first difference highlighted, one sentence.
    await map.getByRole('tab', { name: 'Compare runs' }).click();
    await map.locator('.compare__verdict').waitFor();
    await expect.poll(() => map.locator('.compare__verdict').textContent(), { timeout: 10_000 }).toMatch(/^The biggest difference to the meters came with .+: this run chose “.+”/);
    await expect.poll(() => map.locator('[data-diverge]').count(), { timeout: 10_000 }).toBe(1);
    clean(w);
    await w.close();
  });

  it('the map shows the first decision before any choice, and zooms with a two-finger pinch', async () => {
    const w = await openPage(site.browser, site.served.url);
    await ready(w);
    await w.page.getByRole('button', { name: /The short table/ }).click();
    await advance(w.page);
    await pauseMenu(w.page, /Branch map/);
    const map = w.page.getByRole('dialog', { name: 'Branch map' });
    await map.getByRole('tab', { name: 'Flowchart' }).click();
    await expect.poll(() => map.locator('.map-node--here').getAttribute('data-node'), { timeout: 10_000 }).toBe('');
    const picture = map.locator('.map-picture');
    const box = (await picture.boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    const before = Number(await picture.getAttribute('data-zoom'));
    const cdp = await w.page.context().newCDPSession(w.page);
    const fingers = (apart: number) => [
      { x: cx - apart, y: cy, id: 1 },
      { x: cx + apart, y: cy, id: 2 },
    ];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(40) });
    for (const apart of [45, 50, 55, 60]) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: fingers(apart) });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    expect(Number(await picture.getAttribute('data-zoom'))).toBeCloseTo(before * 1.5, 1);
    clean(w);
    await w.close();
  });

  it('saves to a named slot from the pause menu and loads it from the title', async () => {
    const w = await openPage(site.browser, site.served.url);
    await ready(w);
    await w.page.getByRole('button', { name: /The short table/ }).click();
    await play(w.page, 'second', 3);
    const saved = await snapshot(w.page);
    expect(saved.moves.length).toBeGreaterThan(0);
    await pauseMenu(w.page, /Save to a slot/);
    const slots = w.page.getByRole('dialog', { name: 'Save to a slot' });
    const name = slots.getByLabel('Name').nth(1);
    await name.fill('<b>Before Alamolhoda</b>');
    await name.press('Enter');
    await expect.poll(() => slots.getByRole('status').textContent(), { timeout: 10_000 }).toBe('Saved to slot 2.');
    await expect(slots.locator('b').count()).resolves.toBe(0);
    await w.page.keyboard.press('Escape');
    await play(w.page, 'second', 2);
    await pauseMenu(w.page, /Quit to the title/);
    await w.page.getByRole('button', { name: 'Saved debates' }).click();
    const load = w.page.getByRole('dialog', { name: 'Saved debates' });
    await expect.poll(() => load.textContent(), { timeout: 10_000 }).toContain('“<b>Before Alamolhoda</b>”');
    await load.getByRole('button', { name: 'Load slot 2', exact: true }).click();
    await w.page.locator('#choices button[data-choice]').first().waitFor();
    expect(await snapshot(w.page)).toEqual(saved);
    clean(w);
    await w.close();
  });

  it('a replay link reproduces the transcript of the run that made it', async () => {
    const w = await openPage(site.browser, site.served.url);
    await ready(w);
    await w.page.getByRole('button', { name: /The short table/ }).click();
    await play(w.page, 'second', 5);
    const original = await snapshot(w.page);
    await pauseMenu(w.page, /Share this debate/);
    const field = w.page.getByRole('dialog', { name: 'Share this debate' }).getByLabel('Replay link');
    const link = await field.inputValue();
    expect(link.startsWith(site.served.url)).toBe(true);
    expect(new URL(link).search).toBe('');
    expect(new URL(link).hash).toMatch(/^#play=v1\.s\.[0-9a-z]+\.[0-9a-f]{8}\.[0-9a-z]{5}$/);
    // Shown selected for copying by hand, and the status says whether the clipboard took it.
    await expect.poll(() => field.evaluate((el: HTMLInputElement) => el.selectionEnd! - el.selectionStart!), { timeout: 10_000 }).toBe(link.length);
    await expect.poll(() => w.page.getByRole('dialog', { name: 'Share this debate' }).getByRole('status').textContent(), { timeout: 10_000 }).toMatch(/copied|copy it/);
    await w.close();

    // A fresh browser (nothing stored) opens the link.
    const other = await openPage(site.browser, link);
    await other.page.locator('#choices button[data-choice]').first().waitFor({ timeout: 30_000 });
    expect(await snapshot(other.page)).toEqual(original);
    // The fragment is consumed, so a reload is an ordinary visit.
    expect(new URL(other.page.url()).hash).toBe('');
    clean(other);
    await other.close();
  });

  it('a broken link shows a notice and a fresh title; the link is never rendered as HTML', async () => {
    const w = await openPage(site.browser, `${site.served.url}#play=v1.f.1.0123abcd.0<img src=x onerror=alert(1)>`);
    await ready(w);
    await expect.poll(() => w.page.locator('[data-notice]').first().textContent(), { timeout: 10_000 }).toMatch(/replay link could not be opened\. .*damaged/);
    await expect(w.page.locator('#notices img').count()).resolves.toBe(0);
    await expect.poll(() => w.page.getByRole('button', { name: /The short table/ }).isVisible(), { timeout: 10_000 }).toBe(true);
    await expect(w.page.getByRole('button', { name: /Continue/ }).count()).resolves.toBe(0);

    // Links pasted while the game is open: another build, an oversized one, choices out of range.
    // The build a link names is the story's own hash (the test builds the same story).
    const build = storyHash.slice(0, 8);
    const cases: [string, RegExp][] = [
      ['#play=v1.s.1.00000000.0', /different version of the debate/],
      [`#play=v1.s.1.${build}.${'0'.repeat(2100)}`, /too long/],
      [`#play=v1.s.1.${build}.0z`, /do not fit this debate/],
    ];
    for (const [fragment, message] of cases) {
      await w.page.evaluate((f) => (location.hash = f), fragment);
      await w.page.locator('[data-notice]', { hasText: message }).waitFor();
      await expect.poll(() => w.page.getByRole('heading', { name: 'The Round Table', level: 2 }).isVisible(), { timeout: 10_000 }).toBe(true);
    }
    clean(w);
    await w.close();
  });
});
