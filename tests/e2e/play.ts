// Playing the debate from a browser test, with the keyboard only: Enter continues a line, each move
// takes its own key (P, C, 1-8 for the cards, 9, A; src/ui/move-keys.ts), pressed by physical code.
// Shared by the browser tests that need to reach a point of the debate.
import type { Page } from 'playwright-core';

/** Which move to make at a decision (1-based, in the order offered), given the moves on offer. */
export type Picker = (moves: { move: string; card?: string; text: string; key: string }[], decision: number) => number;

export const firstChoice: Picker = () => 1;

/** Waits until the debate offers choices or ends; presses Enter through the lines in between. */
export async function advanceToDecision(page: Page, timeoutMs = 30_000): Promise<'choices' | 'ending'> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if ((await page.locator('#choices button[data-choice]').count()) > 0) return 'choices';
    if ((await page.locator('#ending-heading').count()) > 0) return 'ending';
    await page.keyboard.press('Enter');
    await page.waitForTimeout(25);
  }
  throw new Error('The debate neither offered choices nor ended in time.');
}

export async function startFromTitle(page: Page, preset: 'full' | 'short'): Promise<void> {
  await page.getByRole('button', { name: preset === 'full' ? /The full table/ : /The short table/ }).waitFor({ timeout: 30_000 });
  // Keyboard only: focus lands on the first menu button; Tab to the short table if asked.
  const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
  if (preset === 'short' && !/short table/i.test(focused)) {
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      const now = await page.evaluate(() => document.activeElement?.textContent ?? '');
      if (/short table/i.test(now)) break;
    }
  } else if (preset === 'full' && !/full table/i.test(focused)) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
}

/** Plays from the current point to an ending; returns how many decisions were taken. */
export async function playToEnding(page: Page, pick: Picker = firstChoice): Promise<number> {
  for (let decision = 0; decision < 200; decision++) {
    const where = await advanceToDecision(page);
    if (where === 'ending') return decision;
    const moves = await offeredMoves(page);
    const chosen = moves[pick(moves, decision) - 1] ?? moves[0];
    if (!chosen) throw new Error('No move on offer.');
    await page.keyboard.press(chosen.key);
  }
  throw new Error('No ending after 200 decisions.');
}

/** The moves on offer, in order, each with the physical key (KeyboardEvent.code) that picks it. */
export function offeredMoves(page: Page): Promise<{ move: string; card?: string; text: string; key: string; index: number }[]> {
  return page.$$eval('#choices button[data-choice]', (buttons) =>
    buttons
      .map((b) => ({
        move: b.getAttribute('data-move') ?? '',
        card: b.getAttribute('data-card') ?? undefined,
        text: b.querySelector('.choice__name')?.textContent ?? '',
        key: b.getAttribute('data-key') ?? '',
        index: Number(b.getAttribute('data-choice')),
      }))
      .sort((a, b) => a.index - b.index),
  );
}

type WithPath = { roundTable: { path: number[] } };

/** The choices taken so far (the page's test hook). */
export function debatePath(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as WithPath).roundTable.path);
}

/** Waits until exactly `length` choices have been taken. */
export async function waitForPathLength(page: Page, length: number): Promise<void> {
  await page.waitForFunction((n) => (window as unknown as WithPath).roundTable.path.length === n, length);
}

/** Starts the short table and takes the seat: the first opponent's decision is on screen. */
export async function toFirstOpponent(page: Page): Promise<void> {
  await startFromTitle(page, 'short');
  await advanceToDecision(page);
  await page.keyboard.press('Enter'); // take your seat (not a move: Enter takes it)
  await advanceToDecision(page);
}
