// The classroom documents in a browser: reach an ending by keyboard, read the debrief (every
// exchange with its grade and why, the strongest move not taken, "Try it"), download the transcript
// as a web page, as Markdown and as a run file and check each against the run, and print without
// the game's chrome.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import articleText from '../../story/source/article.md?raw';
import debriefJson from '../../story/debrief.json';
import json, { storyHash } from '../../story/main.ink';
import castJson from '../../story/cast.json';
import { parseArticle } from '../../src/debate/core/article.ts';
import type { CastSheet } from '../../src/debate/core/cast.ts';
import { buildDebrief, findAlternatives, parseDebriefContent, type Debrief } from '../../src/debate/documents/debrief.ts';
import { escapeHtml, escapeMarkdown } from '../../src/debate/documents/document.ts';
import { DebateEngine } from '../../src/debate/core/engine.ts';
import { runCodeOf } from '../../src/debate/persistence/run-code.ts';
import { parseRunFileText } from '../../src/debate/persistence/run-file.ts';
import { builtSite, openPage, type Watched } from './harness.ts';
import { advanceToDecision, firstCard, playToEnding, pressButton, startFromTitle, toFirstOpponent } from './play.ts';

const cast = castJson as unknown as CastSheet;
const article = parseArticle(articleText);
const content = parseDebriefContent(debriefJson).content;

const site = builtSite();

interface RoundTable {
  state: { preset: 'full' | 'short'; seed: number; ending?: string; ended: boolean };
  path: number[];
  storyHash: string;
}
const roundTable = (page: Page) => page.evaluate(() => {
  const rt = (window as unknown as { roundTable: RoundTable }).roundTable;
  return { state: { ...rt.state }, path: [...rt.path], storyHash: rt.storyHash };
});

/** Plays the short table to its ending by keyboard; returns the run, replayed in Node too. */
async function playShortTable(w: Watched): Promise<{ engine: DebateEngine; debrief: Debrief }> {
  await startFromTitle(w.page, 'short');
  await playToEnding(w.page, firstCard);
  await w.page.locator('#ending-heading').waitFor();
  const run = await roundTable(w.page);
  expect(run.storyHash).toBe(storyHash);
  const engine = new DebateEngine(json, storyHash);
  engine.replay('short', run.state.seed, run.path);
  expect(engine.state.ending).toBe(run.state.ending);
  const debrief = findAlternatives(engine, cast, article, buildDebrief({ engine, cast, article, content }));
  return { engine, debrief };
}

/** The log's lines: speaker, words, and a dramatized lead-in (shown in italics) when there is one. */
const transcriptLines = (page: Page) =>
  page.$$eval('#transcript .transcript__entry', (entries) =>
    entries.map((e) => ({
      speaker: e.querySelector('.transcript__speaker')?.textContent ?? '',
      text: e.childNodes[1]?.textContent ?? '',
      lead: e.querySelector('.line__lead-in')?.textContent ?? '',
    })),
  );

describe('the classroom documents', () => {
  it('debriefs every exchange, downloads three formats that match the run, prints without the game, and "Try it" goes back to where the stronger move was on offer', async () => {
    const w = await openPage(site.browser, site.served.url);
    const { engine, debrief } = await playShortTable(w);
    const page = w.page;

    // ---- the debrief, opened from the ending screen by keyboard
    await pressButton(page, /^Debrief/);
    const dialog = page.locator('dialog[open]');
    await dialog.getByRole('heading', { name: 'Debrief', level: 2, exact: true }).waitFor();
    await dialog.getByText('All the other moves on offer have been checked.').waitFor({ timeout: 30_000 });
    const shown = await dialog.locator('.debrief__exchange').evaluateAll((sections) =>
      sections.map((s) => ({
        id: s.getAttribute('data-exchange'),
        heading: s.querySelector('h3')?.textContent ?? '',
        terms: [...s.querySelectorAll('dt')].map((dt) => ({ term: dt.textContent ?? '', detail: dt.nextElementSibling?.textContent ?? '' })),
      })),
    );
    expect(shown.map((s) => s.id)).toEqual(debrief.exchanges.map((x) => x.id));
    expect(debrief.exchanges.length).toBe(engine.state.seats.filter((id) => cast.speakers[id]?.rhetoric).length + 1);
    for (const [i, x] of debrief.exchanges.entries()) {
      const section = shown[i]!;
      expect(section.heading).toContain(x.name);
      const detail = (term: string | RegExp) => section.terms.filter((t) => (typeof term === 'string' ? t.term === term : term.test(t.term))).map((t) => t.detail);
      if (x.kind === 'figure') {
        expect(detail('The rhetorical move at work')).toEqual([x.rhetoric]);
        expect(detail('From the article')[0]).toContain(article.get(cast.speakers[x.speaker]?.source ?? '')?.text ?? '?');
      }
      const why = detail(/^Why it was /);
      const alternatives = detail('What else could you have tried');
      expect(why).toHaveLength(x.moves.length);
      x.moves.forEach((m, k) => {
        expect(section.terms.some((t) => t.term === `Why it was ${m.grade}`)).toBe(true);
        expect(why[k]).toContain(m.why?.text ?? '?');
        if (m.alternative) expect(alternatives[k]).toContain(`“${m.alternative.text}”`);
        else expect(alternatives[k]).toContain('Nothing else on offer');
      });
    }
    // The critique prompts quote the article.
    await dialog.getByRole('heading', { name: 'Critique the expert' }).waitFor();
    for (const p of content.prompts) await dialog.getByRole('heading', { name: p.title }).waitFor();
    expect(await dialog.locator('.debrief__critique blockquote').count()).toBe(content.prompts.flatMap((p) => p.sources).length);

    // ---- the transcript, from the debrief's button
    await dialog.getByRole('button', { name: 'Print or download the transcript' }).click();
    const transcript = page.locator('dialog[open]');
    await transcript.getByRole('heading', { name: 'Transcript', level: 2, exact: true }).waitFor();
    await transcript.getByText('Ready to print or download.').waitFor({ timeout: 30_000 });
    const log = await transcriptLines(page);
    expect(log.length).toBeGreaterThan(10);
    const run = await roundTable(page);

    const download = async (name: RegExp) => {
      const [file] = await Promise.all([page.waitForEvent('download'), transcript.getByRole('button', { name }).click()]);
      const saved = await file.path();
      return { name: file.suggestedFilename(), text: readFileSync(saved, 'utf8') };
    };

    // The student's name, typed here after the debate, goes into the file names, the document and
    // the run file; it is kept on this device for next time.
    const nameField = transcript.getByLabel('Your name or initials (optional)');
    await nameField.fill('  Ana   <b>B.</b>  ');
    await nameField.press('Enter');
    await transcript.getByText('Your name, Ana <b>B.</b>, is kept on this device').waitFor();
    expect(await nameField.inputValue()).toBe('Ana <b>B.</b>');
    await transcript.locator('.document').getByText('Ana <b>B.</b>').first().waitFor();
    expect(await page.evaluate(() => localStorage.getItem('round-table:student'))).toBe('Ana <b>B.</b>');
    // The run code on the page is the one of this run.
    const code = (await transcript.locator('[data-run-code]').textContent()) ?? '';
    expect(code).toBe(runCodeOf(engine));
    // And as a QR code, drawn here (dark on light, square) when asked for.
    await transcript.getByRole('button', { name: 'Show as a QR code' }).click();
    const qr = transcript.getByRole('img', { name: `QR code of the run code ${code}` });
    await qr.waitFor();
    const drawn = await qr.evaluate((canvas) => {
      const c = canvas as HTMLCanvasElement;
      const pixels = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? new Uint8ClampedArray();
      let dark = 0;
      for (let i = 0; i < pixels.length; i += 4) if ((pixels[i] ?? 255) < 128) dark++;
      return { width: c.width, height: c.height, darkShare: dark / (c.width * c.height) };
    });
    expect(drawn.width).toBe(drawn.height);
    expect(drawn.darkShare).toBeGreaterThan(0.2);
    expect(drawn.darkShare).toBeLessThan(0.6);

    const html = await download(/web page/);
    expect(html.name).toMatch(/^round-table-ana-b-b-b-\d{4}-\d{2}-\d{2}-\d{4}\.html$/);
    expect(html.text).toContain('<strong>Student:</strong> Ana &lt;b&gt;B.&lt;/b&gt;');
    expect(html.text).toContain(`<strong>Run code:</strong> ${code}`);
    expect(html.text.startsWith('<!doctype html>')).toBe(true);
    expect(html.text).not.toMatch(/<script|<link|<img|src=/i);
    let from = 0;
    // A lead-in is in italics in the document too, before the part from the source.
    const htmlWords = (l: (typeof log)[number]) => (l.lead ? `<em>${escapeHtml(l.lead)}</em>${escapeHtml(l.text.slice(l.lead.length))}` : escapeHtml(l.text));
    const markdownWords = (l: (typeof log)[number]) => (l.lead ? `*${escapeMarkdown(l.lead)}*${escapeMarkdown(l.text.slice(l.lead.length))}` : escapeMarkdown(l.text));
    expect(log.some((l) => l.lead !== '')).toBe(true);
    for (const line of log) {
      const at = html.text.indexOf(`<strong>${escapeHtml(line.speaker.trim())}</strong> ${htmlWords(line)}`, from);
      expect(at, `HTML holds "${line.speaker}${line.text}" in order`).toBeGreaterThan(-1);
      from = at;
    }
    for (const x of debrief.exchanges) for (const m of x.moves) expect(html.text).toContain(`grade: ${m.grade}`);

    const markdown = await download(/Markdown/);
    expect(markdown.name).toMatch(/\.md$/);
    from = 0;
    for (const line of log) {
      const at = markdown.text.indexOf(`**${escapeMarkdown(line.speaker.trim())}** ${markdownWords(line)}`, from);
      expect(at, `Markdown holds "${line.speaker}${line.text}" in order`).toBeGreaterThan(-1);
      from = at;
    }
    expect(markdown.text).toContain('## Debrief');

    const runFile = await download(/run file/);
    expect(runFile.name).toMatch(/^round-table-ana-b-b-b-\d{4}-\d{2}-\d{2}-\d{4}\.json$/);
    const parsed = parseRunFileText(runFile.text);
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    expect(parsed.value).toMatchObject({ storyHash, preset: 'short', seed: run.state.seed, path: run.path, ending: run.state.ending, student: 'Ana <b>B.</b>' });
    expect(parsed.value.grades.map((g) => g.grade)).toEqual(debrief.exchanges.flatMap((x) => x.moves.map((m) => m.grade)));

    // ---- the one-page debrief sheet: printed instead of the transcript, on one page, then the
    // transcript is the print copy again
    await page.evaluate(() => {
      window.print = () => undefined;
    });
    // Printing fires "afterprint", which puts the transcript back: one click per printout.
    for (const format of ['A4', 'Letter'] as const) {
      await transcript.getByRole('button', { name: 'Print the one-page debrief sheet' }).click();
      await page.locator('.print-document--sheet').waitFor({ state: 'attached' });
      const sheetText = (await page.locator('.print-document--sheet').textContent()) ?? '';
      expect(sheetText).toContain('Name: Ana <b>B.</b>');
      expect(sheetText).toContain(code);
      for (const x of debrief.exchanges) for (const m of x.moves) if (m.alternative) expect(sheetText).toContain(m.alternative.text);
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format, printBackground: false });
      expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0, `the sheet on ${format}`).toBe(1);
      await page.emulateMedia({ media: 'screen' });
      await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
      expect(await page.locator('.print-document--sheet').count()).toBe(0);
      expect(await page.locator('.print-document').count()).toBe(1);
    }

    // ---- printing: the transcript document alone, none of the game's chrome. The dialog said how
    // many pages it takes before printing: the printed PDF has that many.
    const pagesLine = transcript.locator('[data-pages]');
    await expect.poll(() => pagesLine.getAttribute('data-pages'), { timeout: 15_000 }).toMatch(/^\d+ \d+$/);
    const [saidA4, saidLetter] = ((await pagesLine.getAttribute('data-pages')) ?? '').split(' ').map(Number);
    expect(await pagesLine.textContent()).toBe(`Printed, the full transcript takes ${saidA4} pages on A4 paper${saidLetter === saidA4 ? ' and on US Letter' : `, ${saidLetter} on US Letter`}. The one-page debrief sheet takes one.`);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => {
      const shows = (el: Element | null) => !!el && getComputedStyle(el).display !== 'none' && (el as HTMLElement).offsetParent !== null;
      return {
        document: shows(document.querySelector('.print-document h1')),
        title: document.querySelector('.print-document h1')?.textContent ?? '',
        hud: shows(document.querySelector('.hud')),
        canvas: shows(document.querySelector('#table canvas')),
        choices: shows(document.querySelector('#choices')),
        dialog: shows(document.querySelector('dialog[open]')),
        buttons: [...document.querySelectorAll('button')].filter((b) => shows(b)).length,
      };
    });
    expect(printed).toEqual({ document: true, title: 'The Round Table: transcript', hud: false, canvas: false, choices: false, dialog: false, buttons: 0 });
    for (const [format, said] of [['A4', saidA4], ['Letter', saidLetter]] as const) {
      const pdf = await page.pdf({ format, printBackground: false });
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
      expect(pages).toBeGreaterThan(3);
      expect(said, `the page count said for ${format}`).toBe(pages);
    }
    await page.emulateMedia({ media: 'screen' });

    // Closing the transcript takes the print copy away: printing the ending shows its text and log.
    await page.keyboard.press('Escape');
    await page.locator('dialog[open]').waitFor({ state: 'detached' });
    expect(await page.locator('.print-document').count()).toBe(0);
    await page.emulateMedia({ media: 'print' });
    const endingPrint = await page.evaluate(() => {
      const shows = (el: Element | null) => !!el && getComputedStyle(el).display !== 'none';
      return {
        heading: shows(document.querySelector('#ending-heading')),
        log: shows(document.querySelector('#transcript')),
        hud: shows(document.querySelector('.hud')),
        table: shows(document.querySelector('#table')),
        buttons: [...document.querySelectorAll('button')].filter((b) => shows(b)).length,
      };
    });
    expect(endingPrint).toEqual({ heading: true, log: true, hud: false, table: false, buttons: 0 });
    await page.emulateMedia({ media: 'screen' });

    // ---- "Try it" in the debrief goes back to where the stronger move was on offer. (Its own
    // test once, which played the same debate again in a page of its own.)
    const target = debrief.exchanges.flatMap((x) => x.moves).find((m) => m.alternative?.better)?.alternative;
    if (!target) throw new Error('This run has no stronger move to try; pick a weaker strategy.');
    await pressButton(page, /^Debrief/);
    const slot = page.locator('dialog[open]').locator(`.debrief__alternative[data-decision="${target.decision}"]`);
    await slot.getByRole('button', { name: /^Try it/ }).click({ timeout: 30_000 });
    await page.locator('dialog[open]').waitFor({ state: 'detached' });
    await page.locator('#choices button[data-choice]').first().waitFor();
    const tried = await roundTable(page);
    expect(tried.path, 'Try it: the path back to the decision').toEqual(target.prefix);
    expect(tried.state.ended, 'Try it: the debate goes on').toBe(false);
    await expect.poll(() => page.locator('#choices').textContent(), { timeout: 10_000, message: 'Try it: the stronger move on offer' }).toContain(target.text);
    await expect.poll(() => page.locator('#notices').textContent(), { timeout: 10_000, message: 'Try it: the hint' }).toContain(`Try: “${target.text}”`);

    expect(w.errors).toEqual([]);
    expect(w.foreignRequests).toEqual([]);
    expect(w.cspViolations).toEqual([]);
    await w.close();
  });

  it('the pause menu offers the transcript of a debate still going', async () => {
    const w = await openPage(site.browser, site.served.url);
    await toFirstOpponent(w.page);
    await w.page.keyboard.press('KeyP'); // press Sediqi
    await advanceToDecision(w.page);
    await w.page.keyboard.press('Escape');
    await w.page.locator('dialog[open]').getByRole('heading', { name: 'Paused' }).waitFor();
    await pressButton(w.page, /^Transcript: print or download/);
    const dialog = w.page.locator('dialog[open]');
    await dialog.getByText('Ready to print or download.').waitFor({ timeout: 30_000 });
    await dialog.getByText('The debate had not ended when this transcript was made.').waitFor();
    const [file] = await Promise.all([w.page.waitForEvent('download'), dialog.getByRole('button', { name: /run file/ }).click()]);
    // No name given: the date and time alone.
    expect(file.suggestedFilename()).toMatch(/^round-table-\d{4}-\d{2}-\d{2}-\d{4}\.json$/);
    const parsed = parseRunFileText(readFileSync(await file.path(), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    const run = await roundTable(w.page);
    expect(parsed.value).toMatchObject({ ending: null, path: run.path, grades: [] });
    expect(run.path).toHaveLength(2);
    expect(w.errors).toEqual([]);
    expect(w.cspViolations).toEqual([]);
    await w.close();
  });

  // The debrief at 320 px with text at 200%: table.e2e.ts checks it after its own debate at that size.
});
