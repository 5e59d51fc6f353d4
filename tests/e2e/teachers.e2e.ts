// The classroom tools in the built game: the teacher guide (docs/teacher-guide.md rendered as
// text-only DOM, with the source sheet), teacher mode listing every ending the story walk finds on
// both tables, class results from three run files (two replayed here in Node, one damaged), the
// 2-minute check scored as hits minus false alarms, the privacy statement, and not one request to
// another origin along the way.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import quizJson from '../../story/quiz.json';
import storyJson, { storyHash } from '../../story/main.ink';
import castJson from '../../story/cast.json';
import type { Preset } from '../../src/debate/core/contract.ts';
import { DebateEngine } from '../../src/debate/core/engine.ts';
import { encodeRunCode } from '../../src/debate/persistence/run-code.ts';
import type { RunFile } from '../../src/debate/persistence/run-file.ts';
import { builtSite, openPage, type Watched } from './harness.ts';

const site = builtSite();

/** Plays a table in Node, taking at each decision the first choice with the preferred move. */
function play(preset: Preset, seed: number, prefer: string): { run: RunFile; path: number[] } {
  const engine = new DebateEngine(storyJson, storyHash);
  let beat = engine.start(preset, seed);
  while (beat.choices) {
    const moves = beat.choices.choices.map((c) => c.move);
    beat = engine.choose(Math.max(0, moves.indexOf(prefer as (typeof moves)[number])));
  }
  return {
    path: engine.path,
    run: {
      app: 'the-round-table',
      kind: 'run',
      version: 1,
      storyHash,
      preset,
      seed,
      path: engine.path,
      grades: [],
      ending: engine.state.ending ?? null,
      meters: { ...engine.state.meters },
      endedAt: `2026-03-02T10:0${seed % 10}:00Z`,
    },
  };
}

async function openTitle(): Promise<Watched> {
  const w = await openPage(site.browser, site.served.url);
  await w.page.getByRole('heading', { name: 'The Round Table', level: 2 }).waitFor({ timeout: 60_000 });
  return w;
}

async function openForTeachers(page: Page) {
  await page.getByRole('button', { name: 'For teachers' }).click();
  const dialog = page.getByRole('dialog', { name: 'For teachers' });
  await dialog.getByRole('heading', { name: 'Learning objectives' }).waitFor();
  return dialog;
}

function expectClean(w: Watched): void {
  expect(w.errors).toEqual([]);
  expect(w.foreignRequests).toEqual([]);
  expect(w.cspViolations).toEqual([]);
}

describe('for teachers', () => {
  it('shows the guide from docs/teacher-guide.md, as text, with the source sheet in place; then says what stays on the device, from the title screen, and asks nothing of another origin', async () => {
    const w = await openTitle();
    const dialog = await openForTeachers(w.page);
    for (const name of ['A 5-minute warm-up', 'A 25-minute lesson: the full table', 'A 15-minute lesson: the short table', 'A 45-minute lesson: one class period', 'A rubric for the transcript', 'Privacy: nothing leaves the device']) {
      await expect.poll(() => dialog.getByRole('heading', { name }).count(), { timeout: 10_000 }).toBe(1);
    }
    // A question for every figure and every card.
    await expect.poll(() => dialog.locator('h4').count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(16);
    // The source sheet fills its slot: every paragraph id of the article.
    await expect.poll(() => dialog.locator('#source-m09').textContent(), { timeout: 10_000 }).toContain('memorandums of understanding');
    await expect(dialog.locator('script, iframe, img').count()).resolves.toBe(0);
    // The contents links move within the dialog.
    await dialog.getByRole('link', { name: 'Rubric' }).click();
    await expect.poll(() => w.page.evaluate(() => document.activeElement?.textContent), { timeout: 10_000 }).toBe('A rubric for the transcript');
    await expect(w.page.evaluate(() => location.hash)).resolves.toBe('');
    // The student handout: six claims with their paragraphs, eight counterpoints, the sheet.
    await dialog.getByRole('button', { name: /Student handout/ }).click();
    const handout = w.page.getByRole('dialog', { name: 'Student handout' });
    await handout.getByRole('heading', { name: 'The six claims' }).waitFor();
    await expect.poll(() => handout.locator('blockquote').count(), { timeout: 10_000 }).toBe(6);
    await expect.poll(() => handout.getByRole('heading', { name: /^\d / }).count(), { timeout: 10_000 }).toBe(8);
    await expect.poll(() => handout.getByRole('heading', { name: 'Sound or fallacy?' }).count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => handout.getByRole('button', { name: 'Print the handout' }).isEnabled(), { timeout: 10_000 }).toBe(true);

    // ---- the privacy statement, from the title screen of the same visit (its own test once).
    const openDialogs = () => w.page.locator('dialog[open]').count();
    for (let i = 0; i < 4 && (await openDialogs()) > 0; i++) await w.page.keyboard.press('Escape');
    await expect.poll(() => openDialogs(), { timeout: 10_000, message: 'the dialogs closed, back on the title' }).toBe(0);
    await w.page.getByRole('button', { name: 'Privacy' }).click();
    const privacy = w.page.getByRole('dialog', { name: 'Privacy' });
    await expect.poll(() => privacy.textContent(), { timeout: 10_000, message: 'privacy: Clear my data' }).toMatch(/Clear my data/);
    await expect.poll(() => privacy.textContent(), { timeout: 10_000, message: 'privacy: no cookies' }).toMatch(/no cookies/);
    await privacy.getByRole('button', { name: 'Close' }).click();
    await expect(w.page.evaluate(() => document.cookie), 'privacy: no cookie').resolves.toBe('');
    expectClean(w);
    await w.close();
  });

  it('teacher mode lists every ending the story walk reaches, on both tables', async () => {
    const w = await openTitle();
    const dialog = await openForTeachers(w.page);
    await dialog.getByRole('button', { name: /Teacher mode/ }).click();
    const map = w.page.getByRole('dialog', { name: 'Teacher mode: the whole map' });
    await map.locator('[data-preset="full"]').waitFor({ timeout: 30_000 });
    const shown: Record<string, string[]> = {};
    for (const preset of ['full', 'short'] as const) {
      await map.getByRole('radio', { name: preset === 'full' ? 'The full table' : 'The short table' }).check();
      const view = map.locator(`[data-preset="${preset}"]`);
      await view.waitFor();
      shown[preset] = (await view.locator('[data-ending]').evaluateAll((els) => els.map((e) => e.getAttribute('data-ending') ?? ''))).sort();
      // Every decision lists its choices, and the first one opens onto the map.
      await expect.poll(() => view.locator('[data-decision]').count(), { timeout: 10_000 }).toBeGreaterThan(10);
      await expect.poll(() => view.locator('svg .tmap__node').count(), { timeout: 10_000 }).toBeGreaterThan(10);
    }
    // Every ending the cast sheet lists: the story check (npm test runs it first) walks every state
    // and fails unless each one is reached on both tables (and by at least 2% of random play).
    const endings = Object.keys(castJson.endings).sort();
    expect(endings.length).toBeGreaterThanOrEqual(5);
    for (const preset of ['full', 'short'] as const) expect(shown[preset], `${preset} table`).toEqual(endings);
    // A link from an ending to a decision that leads there opens it and moves focus to it.
    const walkout = map.locator('[data-preset="short"] [data-ending="walkout"]');
    await walkout.locator('summary').click();
    await walkout.getByRole('link').first().click();
    await expect.poll(() => w.page.evaluate(() => document.activeElement?.getAttribute('data-decision')), { timeout: 10_000 }).toMatch(/^d\d+$/);
    expectClean(w);
    await w.close();
  }, 600_000);

  it('class results: shares per decision from two replayed runs, and the damaged file with its reason', async () => {
    const carder = play('short', 11, 'rebut');
    const attacker = play('short', 12, 'attack');
    carder.run.quiz = { before: { hits: 2, falseAlarms: 1, score: 1 }, after: { hits: 4, falseAlarms: 0, score: 4 } };
    const damaged = { ...carder.run, seed: 13, path: [0, 0, 0, 77] };
    const w = await openTitle();
    const dialog = await openForTeachers(w.page);
    await dialog.getByRole('button', { name: /Class results/ }).click();
    const results = w.page.getByRole('dialog', { name: 'Class results' });
    await results.getByLabel(/Choose run files/).setInputFiles([
      { name: 'ana.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(carder.run)) },
      { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(damaged)) },
    ]);
    // The third file arrives by drag and drop.
    const transfer = await w.page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'ben.json', { type: 'application/json' }));
      return dt;
    }, JSON.stringify(attacker.run));
    await results.locator('[data-dropzone]').dispatchEvent('drop', { dataTransfer: transfer });
    await results.locator('[data-summary]').filter({ hasText: '3 files read' }).waitFor();
    await expect.poll(() => results.locator('[data-summary]').textContent(), { timeout: 10_000 }).toBe('3 files read: 2 runs counted (2 on the short table); 1 left out.');
    await expect.poll(() => results.locator('[data-file="broken.json"]').textContent(), { timeout: 10_000 }).toMatch(/damaged path.*Step 4 of the path picks choice 77/);
    // Sediqi's first move: one student answered with a card, the other attacked.
    const sediqi = results.locator('.results__decision').first();
    await expect.poll(() => sediqi.locator('h4').textContent(), { timeout: 10_000 }).toBe('Exchange with Kazem Sediqi: first move');
    const row = (name: string) => sediqi.locator('tr', { hasText: name }).locator('.share__text').textContent();
    await expect.poll(() => row('Answer distrust with binding agreements (Guarantees, not trust)'), { timeout: 10_000 }).toBe('50% (1 of 2)');
    await expect.poll(() => row('Tell him to leave diplomacy to diplomats'), { timeout: 10_000 }).toBe('50% (1 of 2)');
    await expect.poll(() => row('Ask what "ransom" means here'), { timeout: 10_000 }).toBe('0% (0 of 2)');
    // Endings: each run's own ending, as the engine replays it.
    const endings = await results.locator('td[data-ending]').evaluateAll((els) => els.map((e) => e.getAttribute('data-ending')));
    expect(endings.sort()).toEqual([...new Set([carder.run.ending, attacker.run.ending])].sort());
    // The check: one student, before and after.
    await expect.poll(() => results.getByRole('row', { name: /before the debate/ }).textContent(), { timeout: 10_000 }).toBe('before the debate121+1');
    await expect.poll(() => results.locator('[data-paired]').textContent(), { timeout: 10_000 }).toBe('1 student took both: mean change +3 points.');
    await expect.poll(() => results.getByRole('table', { name: /Weak and backfiring moves/ }).textContent(), { timeout: 10_000 }).toContain('Tell him to leave diplomacy to diplomats');
    expectClean(w);
    await w.close();
  });

  it('class results: one row per student from files and pasted codes, sortable, CSV; bad codes listed with their reason', async () => {
    const carder = play('short', 21, 'rebut');
    const attacker = play('short', 22, 'attack');
    const presser = play('short', 23, 'press');
    const build = storyHash.slice(0, 8);
    const code = (p: ReturnType<typeof play>) => encodeRunCode({ preset: 'short', seed: p.run.seed, build, path: p.path });
    const typo = code(presser).slice(0, -1) + (code(presser).endsWith('A') ? 'B' : 'A');
    const w = await openTitle();
    const dialog = await openForTeachers(w.page);
    await dialog.getByRole('button', { name: /Class results/ }).click();
    const results = w.page.getByRole('dialog', { name: 'Class results' });
    await results.getByLabel(/Choose run files/).setInputFiles([
      { name: 'ana.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...carder.run, student: 'Ana', quiz: { before: { hits: 2, falseAlarms: 1, score: 1 }, after: { hits: 4, falseAlarms: 0, score: 4 } } })) },
    ]);
    await results.locator('[data-summary]').filter({ hasText: '1 file read' }).waitFor();
    await results
      .getByLabel(/paste run codes/)
      .fill(
        [`<img src=x onerror="window.hacked=1">: ${code(attacker)}`, '', `${typo} Dee`, `Ed ${encodeRunCode({ preset: 'short', seed: 5, build: 'deadbeef', path: attacker.path })}`, 'hello', `${code(presser)} (Cy)`, `Ana again: ${code(carder)}`].join('\n'),
      );
    await results.getByRole('button', { name: 'Add these codes' }).click();
    await results.locator('[data-summary]').filter({ hasText: '7 files read' }).waitFor();
    await expect.poll(() => results.locator('[data-summary]').textContent(), { timeout: 10_000 }).toBe('7 files read: 3 runs counted (3 on the short table); 4 left out.');
    // Each bad line is listed with its reason; the markup in a name stays text.
    const left = await results.locator('.results__invalid li').evaluateAll((items) => items.map((li) => li.textContent ?? ''));
    expect(left).toEqual([
      expect.stringMatching(/^Line 3 \(Dee\): This run code does not add up/),
      expect.stringMatching(/^Line 4 \(Ed\): This run code was made with another version or another story/),
      expect.stringMatching(/^Line 5: There is no run code on this line/),
      expect.stringMatching(/^Line 7 \(Ana again\): It is the same run as ana\.json/),
    ]);
    expect(await w.page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
    // One row per student, with its ending as the story replays it. (The pasted name loses the
    // brackets at its edges, taken for separators like the colon; the rest is text.)
    const injected = 'img src=x onerror="window.hacked=1';
    const table = results.getByRole('table', { name: /One row per run/ });
    const rows = () => table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')));
    const shown = await rows();
    expect(shown.map((r) => r[0])).toEqual(['Ana', injected, 'Cy']);
    expect(shown.map((r) => r[1])).toEqual(['file: ana.json', `code: Line 1 (${injected})`, 'code: Line 6 (Cy)']);
    const endingTitles = JSON.parse(readFileSync('story/cast.json', 'utf8')).endings as Record<string, { title: string }>;
    expect(shown.map((r) => r[3])).toEqual([carder, attacker, presser].map((p) => endingTitles[p.run.ending ?? '']?.title));
    expect(shown[0]?.slice(-2)).toEqual(['+1', '+4']);
    expect(shown[1]?.[4]).toMatch(/backfire/);
    // Sorting by a column, then the other way.
    await table.getByRole('button', { name: 'student' }).click();
    expect((await rows()).map((r) => r[0])).toEqual(['Ana', 'Cy', injected]);
    await table.getByRole('button', { name: 'student' }).click();
    expect((await rows()).map((r) => r[0])).toEqual([injected, 'Cy', 'Ana']);
    await expect.poll(() => table.locator('th[aria-sort="descending"]').textContent(), { timeout: 10_000 }).toBe('student');
    // The CSV for a gradebook: the same rows.
    const [download] = await Promise.all([w.page.waitForEvent('download'), results.getByRole('button', { name: /Download as CSV/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/^round-table-class-results-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(csv).toHaveLength(4);
    expect(csv[1]).toMatch(/^"Ana","file","ana.json","short",/);
    expect(csv[2]).toMatch(/^"img src=x onerror=""window.hacked=1","code","Line 1/);
    expectClean(w);
    await w.close();
  });

  it('the check scores hits minus false alarms, before and after the debate, and the run file carries the scores', async () => {
    const items = quizJson.items;
    const w = await openTitle();
    await w.page.getByRole('button', { name: /Take the 2-minute check first/ }).click();
    const before = w.page.getByRole('dialog', { name: /Before the debate/ });
    // Leaving statements open is refused with a clear message.
    await before.getByRole('button', { name: 'Score my answers' }).click();
    await expect.poll(() => w.page.getByRole('status').filter({ hasText: 'still open' }).count(), { timeout: 10_000 }).toBe(1);
    // Mark everything "fallacy": every fallacy is a hit, every sound statement a false alarm.
    for (const item of items) await before.locator(`fieldset[data-item="${item.id}"] input[data-verdict="fallacy"]`).check();
    await before.getByRole('button', { name: 'Score my answers' }).click();
    const fallacies = items.filter((i) => i.kind === 'fallacy').length;
    const sound = items.length - fallacies;
    await expect.poll(() => before.locator('[data-score-text]').textContent(), { timeout: 10_000 }).toBe(
      `You caught ${fallacies} of ${fallacies} fallacies and marked ${sound} of ${sound} sound statements as fallacies. Score: ${fallacies} − ${sound} = ${fallacies - sound} (from −${sound} to ${fallacies}).`,
    );
    // Before the debate, no answers are given away.
    await expect(before.locator('.check__answers').count()).resolves.toBe(0);
    await before.getByRole('button', { name: 'Close' }).click();

    // Jump to an ending (the benchmark hook replays a path) and take the check after.
    const { path } = play('short', 5, 'rebut');
    await w.page.evaluate((p) => (window as unknown as { roundTable: { replay(preset: string, seed: number, path: number[]): void } }).roundTable.replay('short', 5, p), path);
    await w.page.getByRole('button', { name: 'The 2-minute check, after' }).click();
    const after = w.page.getByRole('dialog', { name: /After the debate/ });
    const wrongOn = items.find((i) => i.kind === 'sound')?.id;
    for (const item of items) {
      const verdict = item.id === wrongOn ? 'fallacy' : item.kind;
      await after.locator(`fieldset[data-item="${item.id}"] input[data-verdict="${verdict}"]`).check();
    }
    await after.getByRole('button', { name: 'Score my answers' }).click();
    await expect.poll(() => after.locator('[data-score]').getAttribute('data-score'), { timeout: 10_000 }).toBe(String(fallacies - 1));
    await expect.poll(() => after.locator('[data-change]').getAttribute('data-change'), { timeout: 10_000 }).toBe(String(fallacies - 1 - (fallacies - sound)));
    await expect.poll(() => after.locator('.check__answers li').count(), { timeout: 10_000 }).toBe(items.length);
    await expect.poll(() => after.locator(`.check__answers li[data-item="${wrongOn}"]`).getAttribute('data-right'), { timeout: 10_000 }).toBe('false');
    const stored = await w.page.evaluate(() => JSON.parse(localStorage.getItem('round-table:check') ?? 'null'));
    expect(stored.before).toMatchObject({ hits: fallacies, falseAlarms: sound, score: fallacies - sound });
    expect(stored.after).toMatchObject({ hits: fallacies, falseAlarms: 1, score: fallacies - 1 });
    // The run file the student hands in carries both scores (and never the answers).
    await after.getByRole('button', { name: 'Close', exact: true }).click();
    await w.page.getByRole('button', { name: 'Print or download the transcript' }).click();
    const [download] = await Promise.all([
      w.page.waitForEvent('download'),
      w.page.getByRole('button', { name: 'Download the run file (.json)' }).click(),
    ]);
    const run = JSON.parse(readFileSync((await download.path()) as string, 'utf8')) as RunFile;
    expect(run.quiz).toEqual({
      before: { hits: fallacies, falseAlarms: sound, score: fallacies - sound },
      after: { hits: fallacies, falseAlarms: 1, score: fallacies - 1 },
    });
    expect(JSON.stringify(run)).not.toContain('answers');
    expectClean(w);
    await w.close();
  });
});
