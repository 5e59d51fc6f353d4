// The round table in a browser: a whole short-table debate by keyboard alone, its transcript
// checked against the engine; and the narrowest phone at the largest text size clips nothing.
// (Screenshots of the show at four sizes are in show.e2e.ts.)
import { describe, expect, it } from 'vitest';
import json, { storyHash } from '../../story/main.ink';
import table from '../../story/cast.json';
import { DebateEngine } from '../../src/debate/core/engine.ts';
import type { LineEvent } from '../../src/debate/core/events.ts';
import { clipped } from './checks.ts';
import { builtSite, blankPage, openPage } from './harness.ts';
import {
  advanceToDecision,
  firstCard,
  markOffered,
  offeredMoves,
  playerLines,
  playToEnding,
  pressButton,
  screenSnapshot,
  startFromTitle,
  toFirstOpponent,
  waitForMove,
} from './play.ts';

const names = table.speakers as Record<string, { name: string }>;

const site = builtSite();

describe('the round table', () => {
  it('plays a whole short-table debate by keyboard alone, and the transcript holds every line', async () => {
    const w = await openPage(site.browser, site.served.url);
    await startFromTitle(w.page, 'short');
    // Always the last move offered that is not an attack, for variety: a card, another argument, ...
    const decisions = await playToEnding(w.page, (moves) => moves.findLastIndex((m) => m.move !== 'attack') + 1);
    expect(decisions).toBeGreaterThan(3);
    await w.page.locator('#ending-heading').waitFor();
    const {
      seed,
      path: choices,
      ending,
    } = await w.page.evaluate(() => {
      const rt = (
        window as unknown as {
          roundTable: { state: { seed: number; ending: string }; path: number[] };
        }
      ).roundTable;
      return { seed: rt.state.seed, path: rt.path, ending: rt.state.ending };
    });
    const engine = new DebateEngine(json, storyHash);
    engine.replay('short', seed, choices);
    expect(engine.state.ending).toBe(ending);
    const expected = engine.events
      .filter((e): e is LineEvent => e.type === 'line')
      .map((l) => ({
        speaker: l.speaker,
        text: `${names[l.speaker]?.name ?? l.speaker}: ${l.text}`,
      }));
    const shown = await w.page.$$eval('#transcript .transcript__entry', (entries) =>
      entries.map((e) => ({
        speaker: e.getAttribute('data-speaker') ?? '',
        text: (e.firstChild?.textContent ?? '') + (e.childNodes[1]?.textContent ?? ''),
      })),
    );
    expect(shown).toEqual(expected);
    expect(w.errors).toEqual([]);
    expect(w.foreignRequests).toEqual([]);
    expect(w.cspViolations).toEqual([]);
    await w.close();
  });

  it('Enter and Space pressed to read on never make a move, through a whole debate', async () => {
    const w = await openPage(site.browser, site.served.url, { reducedMotion: 'no-preference' });
    await startFromTitle(w.page, 'short');
    const keys = ['Enter', ' '];
    let presses = 0;
    let moves = 0;
    for (let decision = 0; decision < 60; decision++) {
      // Read on with Enter and Space only, through the lines and well past the choices appearing.
      let offered = 0;
      for (let i = 0; i < 400 && offered === 0; i++) {
        if ((await w.page.locator('#ending-heading').count()) > 0) break;
        await w.page.keyboard.press(keys[presses++ % 2]!);
        offered = await w.page.locator('#choices button[data-choice]').count();
      }
      if ((await w.page.locator('#ending-heading').count()) > 0) break;
      expect(offered).toBeGreaterThan(0);
      const offeredMovesNow = await offeredMoves(w.page);
      if (offeredMovesNow.length === 1 && offeredMovesNow[0]?.move === 'continue') {
        // "Take your seat" is no move: Enter takes it.
        await markOffered(w.page);
        await w.page.keyboard.press('Enter');
        await waitForMove(w.page);
        continue;
      }
      // What the player sees before and after a dozen presses: the same moves on offer, the same
      // transcript (a move taken would close the choices and add the player's line).
      const before = await screenSnapshot(w.page);
      for (let i = 0; i < 12; i++) await w.page.keyboard.press(keys[i % 2]!);
      expect(await screenSnapshot(w.page)).toEqual(before);
      // The move itself takes a deliberate click: the last one offered that is not an attack.
      await markOffered(w.page);
      await w.page.locator('#choices button[data-choice]:not([data-move="attack"])').last().click();
      await waitForMove(w.page);
      moves++;
    }
    await w.page.locator('#ending-heading').waitFor();
    expect(presses).toBeGreaterThan(40);
    expect(moves).toBeGreaterThan(3);
    expect(w.errors).toEqual([]);
    await w.close();
  });

  it('every move has its key by move, the same at every decision, read by physical key', async () => {
    const w = await openPage(site.browser, site.served.url);
    await toFirstOpponent(w.page);
    const moves = await offeredMoves(w.page);
    expect(moves.length).toBeLessThanOrEqual(8);
    // Every move shows a key of its own, by move: P presses, C grants, the cards keep their digit.
    expect(new Set(moves.map((m) => m.key)).size).toBe(moves.length);
    const shown = moves.map((m) => [m.move, m.card ?? null, m.key]);
    expect(shown).toContainEqual(['press', null, 'P']);
    expect(shown).toContainEqual(['concede', null, 'C']);
    expect(shown).toContainEqual(['rebut', 'guarantees', '1']);
    expect(shown).toContainEqual(['rebut', 'relative-trust', '2']);
    expect(shown).toContainEqual(['attack', null, 'A']);
    // The key in the A position picks the attack, whatever letter the layout types there.
    const before = await playerLines(w.page);
    await w.page.keyboard.press('KeyA');
    // The room heard the attack: the player's new line answers it, and it backfired.
    await advanceToDecision(w.page);
    const after = await playerLines(w.page);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.length).toBe(before.length + 1);
    await expect.poll(() => w.page.locator('#transcript .transcript__entry', { hasText: 'grade: backfire' }).count(), { timeout: 10_000 }).toBe(1);
    expect(w.errors).toEqual([]);
    await w.close();
  });

  it('Escape closes a source quote without opening the pause menu', async () => {
    const w = await openPage(site.browser, site.served.url);
    await startFromTitle(w.page, 'short');
    const chip = w.page.locator('#dialogue .source-note button').first();
    for (let i = 0; i < 40 && (await chip.count()) === 0; i++) await w.page.keyboard.press('Enter');
    await chip.focus();
    const quote = w.page.locator('#dialogue .source-note__popup').first();
    await expect.poll(() => quote.isVisible(), { timeout: 10_000 }).toBe(true);
    await w.page.keyboard.press('Escape');
    await expect.poll(() => quote.isVisible(), { timeout: 10_000 }).toBe(false);
    await expect.poll(() => w.page.getByRole('dialog', { name: 'Paused' }).count(), { timeout: 10_000 }).toBe(0);
    // A second Escape, with the quote closed, is the game's again.
    await w.page.keyboard.press('Escape');
    await w.page.getByRole('dialog', { name: 'Paused' }).waitFor();
    expect(w.errors).toEqual([]);
    await w.close();
  });

  // One page session: the title, the table and the ending, then the debrief opened by keyboard.
  // (The debrief's check was classroom.e2e's own test, which played the same debate at this size.)
  it('clips nothing at 320 px wide with text at 200%: title, table, ending, and the debrief', async () => {
    const { page, close } = await blankPage(site.browser, { viewport: { width: 320, height: 640 } });
    await page.addInitScript(() => {
      localStorage.setItem('round-table:settings', JSON.stringify({ textScale: 2 }));
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(site.served.url);
    await page.getByRole('button', { name: /The short table/ }).waitFor();
    expect(await page.evaluate(clipped), 'title').toEqual([]);
    await startFromTitle(page, 'short');
    await advanceToDecision(page);
    await page.keyboard.press('Enter');
    await advanceToDecision(page);
    expect(await page.evaluate(clipped), 'mid-debate').toEqual([]);
    await playToEnding(page, firstCard);
    await page.getByRole('button', { name: /Debrief/ }).waitFor();
    expect(await page.evaluate(clipped), 'ending').toEqual([]);
    const fontSize = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    expect(fontSize).toBe('32px');

    // ---- the debrief, from the ending by keyboard: nothing runs past the dialog's right edge.
    await page.locator('#ending-heading').waitFor();
    await pressButton(page, /^Debrief/);
    const dialog = page.locator('dialog[open]');
    await dialog.getByText('All the other moves on offer have been checked.').waitFor({ timeout: 30_000 });
    const overflow = await page.evaluate(() => {
      const dialogEl = document.querySelector('dialog[open]') as HTMLElement;
      const box = dialogEl.getBoundingClientRect();
      const offenders: string[] = [];
      if (box.right > window.innerWidth + 1) offenders.push(`the dialog ends at ${Math.round(box.right)}px`);
      for (const el of dialogEl.querySelectorAll<HTMLElement>('*')) {
        const rect = el.getBoundingClientRect();
        if (rect.width > 0 && rect.right > box.right + 1) offenders.push(`${el.tagName.toLowerCase()}.${el.className} ends at ${Math.round(rect.right)}px`);
      }
      return offenders;
    });
    expect(overflow, 'the debrief').toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it('clips nothing on a 720p projector with text at 200%', async () => {
    const { page, close } = await blankPage(site.browser, { viewport: { width: 1280, height: 720 } });
    await page.addInitScript(() => {
      localStorage.setItem('round-table:settings', JSON.stringify({ textScale: 2 }));
    });
    await page.goto(site.served.url);
    await startFromTitle(page, 'short');
    await advanceToDecision(page);
    expect(await page.evaluate(clipped)).toEqual([]);
    await close();
  });
});
