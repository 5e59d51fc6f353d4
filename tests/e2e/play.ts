// Playing the debate from a browser test, with the keyboard only, and reading what a player sees.
// Enter continues a line; a move is picked with the key its button shows. Shared by the browser
// tests, so this is the one place to adapt when keys or the screen's structure change.
import type { Page } from 'playwright-core';
import table from '../../story/cast.json';
import { captionOf, CUES } from '../../src/platform/audio.ts';

/** A move on offer, as its button shows it. */
export interface Offered {
  move: string;
  card?: string;
  text: string;
  /** The key its button shows (e.g. "1", "-"). */
  key: string;
}

/** Which move to take at a decision: its 1-based position among the buttons offered (in order). */
export type Picker = (moves: Offered[], decision: number) => number;

export const firstChoice: Picker = () => 1;

/** Press each guest first (where the move is offered), else the first move shown: a long debate. */
export const pressFirst: Picker = (moves) => {
  const press = moves.findIndex((m) => m.move === 'press');
  return (press < 0 ? 0 : press) + 1;
};

/**
 * The first card on offer (a mix of grades: some land, some do not), else the first move: a
 * whole debate past every opponent in fewer decisions than pressing first (7 against 16 on the
 * short table), for tests about what surrounds the debate rather than its paths.
 */
export const firstCard: Picker = (moves) => {
  const card = moves.findIndex((m) => m.move === 'rebut');
  return (card < 0 ? 0 : card) + 1;
};

const CHOICES = '#choices button[data-choice]';

/**
 * The moves on offer, in the order their buttons appear. Reading them also marks their buttons, so
 * that waitForMove can tell when they have gone.
 */
export function offeredMoves(page: Page): Promise<Offered[]> {
  return page.$$eval(CHOICES, (buttons) =>
    buttons.map((b) => {
      (b as unknown as { offeredBefore: boolean }).offeredBefore = true;
      return {
        move: b.getAttribute('data-move') ?? '',
        ...(b.getAttribute('data-card') ? { card: b.getAttribute('data-card') as string } : {}),
        text: b.querySelector('.choice__name')?.textContent ?? '',
        key: b.querySelector('.choice__key')?.textContent?.trim() ?? '',
      };
    }),
  );
}

/** The key press that the label a choice shows stands for ("1", "-", "P" ...). */
function keyOf(label: string): string {
  // The Persian edition shows its number keys in Persian digits; the key is the same physical one.
  const ascii = label.replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
  return /^[A-Za-z]$/.test(ascii) ? ascii.toLowerCase() : ascii;
}

/**
 * Takes the move at `position` (1-based, in button order) with the key its button shows, and
 * waits until the game has taken it: the buttons that offered it are gone. `moves` is what
 * offeredMoves just read, if the caller has it.
 */
export async function pressMove(page: Page, position: number, moves?: Offered[]): Promise<void> {
  const offered = moves ?? (await offeredMoves(page));
  const move = offered[position - 1];
  if (!move) throw new Error(`No move ${position}: ${offered.length} on offer.`);
  if (!move.key) throw new Error(`The move "${move.text}" shows no key.`);
  await page.keyboard.press(keyOf(move.key));
  await waitForMove(page);
}

/** Marks the buttons on offer now, so waitForMove can tell when they have gone. */
export function markOffered(page: Page): Promise<void> {
  return page.$$eval(CHOICES, (buttons) => buttons.forEach((b) => ((b as unknown as { offeredBefore: boolean }).offeredBefore = true)));
}

/** Waits until the buttons marked by offeredMoves or markOffered have left the screen: the move was taken. */
export async function waitForMove(page: Page, timeoutMs = 10_000): Promise<void> {
  await page.waitForFunction(
    (selector) => ![...document.querySelectorAll(selector)].some((b) => (b as unknown as { offeredBefore?: boolean }).offeredBefore),
    CHOICES,
    { timeout: timeoutMs },
  );
}

/** What the screen shows of the debate right now, in one round trip. */
function where(page: Page): Promise<'choices' | 'ending' | 'other'> {
  return page.evaluate(
    (selector) => (document.querySelector(selector) ? 'choices' : document.getElementById('ending-heading') ? 'ending' : 'other'),
    CHOICES,
  );
}

/**
 * Waits until the debate offers choices or ends; presses Enter through the lines in between. An
 * Enter more than needed is harmless: with choices on screen, focus rests on their heading.
 */
export async function advanceToDecision(page: Page, timeoutMs = 30_000): Promise<'choices' | 'ending'> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const now = await where(page);
    if (now !== 'other') return now;
    await page.keyboard.press('Enter');
  }
  throw new Error(`The debate neither offered choices nor ended in time. ${JSON.stringify(await standing(page))}`);
}

/** Where the page stood, for a failure message: focus, open dialogs, notices, the line shown. */
function standing(page: Page) {
  return page.evaluate(() => ({
    focus: document.activeElement?.outerHTML.slice(0, 160),
    dialogs: [...document.querySelectorAll('dialog[open]')].map((d) => d.querySelector('h2')?.textContent ?? '(untitled)'),
    notices: document.querySelector('#notices')?.textContent?.slice(0, 300),
    screen: document.querySelector('#screen')?.textContent?.replace(/\s+/g, ' ').slice(0, 300),
    dialogue: document.querySelector('#dialogue')?.textContent?.replace(/\s+/g, ' ').slice(0, 300),
  }));
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
    const at = await advanceToDecision(page);
    if (at === 'ending') return decision;
    const moves = await offeredMoves(page);
    await pressMove(page, pick(moves, decision), moves);
  }
  throw new Error('No ending after 200 decisions.');
}

const ENDING_TITLES = new Set(Object.values(table.endings as Record<string, { title: string }>).map((e) => e.title));

/** The ending on screen: its title, checked to be one of the story's endings; null when none is. */
export async function endingOnScreen(page: Page): Promise<string | null> {
  const heading = page.locator('#ending-heading');
  if ((await heading.count()) === 0 || !(await heading.isVisible())) return null;
  const title = ((await heading.textContent()) ?? '').trim();
  if (!ENDING_TITLES.has(title)) throw new Error(`"${title}" is on screen as the ending, but the story has no such ending.`);
  return title;
}

/** The id (story/cast.json) of an ending title shown on screen. */
export function endingId(title: string): string {
  const found = Object.entries(table.endings as Record<string, { title: string }>).find(([, e]) => e.title === title);
  if (!found) throw new Error(`No ending is titled "${title}".`);
  return found[0];
}

const SOUND_CAPTIONS = CUES.map(captionOf);

/**
 * What a player can read of the debate: the transcript (spoken lines, and the stance and meter
 * changes; not the captions of sounds, which only a live debate plays), the two meters, the
 * progress, the line in the dialogue and the moves on offer.
 */
export function screenSnapshot(page: Page) {
  return page.evaluate((sounds) => {
    const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
    return {
      transcript: [...document.querySelectorAll('#transcript > *')].map(text).filter((t) => !sounds.includes(t)),
      meters: [...document.querySelectorAll('[role="meter"]')].map((m) => `${text(document.getElementById(m.getAttribute('aria-labelledby') ?? ''))}: ${m.getAttribute('aria-valuenow')}`),
      progress: text(document.querySelector('.hud__progress')),
      line: text(document.querySelector('#dialogue .dialogue__text')),
      moves: [...document.querySelectorAll('#choices button[data-choice]')].map(text),
    };
  }, SOUND_CAPTIONS);
}

/** The player's own lines in the transcript, in order: the moves made, as the room heard them. */
export function playerLines(page: Page): Promise<string[]> {
  return page.$$eval('#transcript [data-speaker="player"]', (entries) => entries.map((e) => e.childNodes[1]?.textContent ?? ''));
}

type WithPath = { roundTable: { path: number[] } };

/**
 * The choice indices taken so far, from the page's hook: only for replaying a run in Node, where
 * nothing on screen gives the indices.
 */
export function debatePath(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as WithPath).roundTable.path);
}

/** Waits until exactly `length` choices have been taken (a loaded save or an imported file). */
export async function waitForPathLength(page: Page, length: number): Promise<void> {
  await page.waitForFunction((n) => (window as unknown as WithPath).roundTable.path.length === n, length);
}

/** Starts the short table and takes the seat: the first opponent's decision is on screen. */
export async function toFirstOpponent(page: Page): Promise<void> {
  await startFromTitle(page, 'short');
  await advanceToDecision(page);
  await pressMove(page, 1); // take your seat
  await advanceToDecision(page);
}

/** Tabs from the current focus to the button with this name and presses Enter: keyboard only. */
export async function pressButton(page: Page, name: RegExp): Promise<void> {
  for (let i = 0; i < 40; i++) {
    const label = await page.evaluate(() => (document.activeElement instanceof HTMLButtonElement ? document.activeElement.textContent ?? '' : ''));
    if (name.test(label)) {
      await page.keyboard.press('Enter');
      return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error(`No button matching ${name} could be reached with Tab.`);
}
