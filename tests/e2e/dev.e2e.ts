// The README's play command, `npm run dev`: the dev server with the project's own vite.config.ts
// draws the table and plays a debate (the stage once worked built and was blank in dev, and no test
// saw it). Then the writer's loop: editing a figure's .ink file reloads the story and replays the
// player's choices, so they keep their place; a broken line shows in Vite's overlay with its file
// and line. Runs on a copy of story/ so the real files are never touched.
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { sharedBrowser, openPage } from './harness.ts';
import { advanceToDecision, debatePath, offeredMoves, pressMove, toFirstOpponent } from './play.ts';

let root: string;
let server: ViteDevServer;
let browser: Browser;
let url: string;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'round-table-dev-'));
  const project = path.resolve('.');
  for (const shared of ['src', 'assets', 'node_modules', 'scripts', 'docs']) {
    symlinkSync(path.join(project, shared), path.join(root, shared));
  }
  cpSync(path.join(project, 'story'), path.join(root, 'story'), { recursive: true });
  cpSync(path.join(project, 'index.html'), path.join(root, 'index.html'));
  server = await createServer({
    root,
    // The project's own config, as `npm run dev` loads it; only where it serves is changed here.
    configFile: path.join(project, 'vite.config.ts'),
    logLevel: 'silent',
    // A cache of its own: the dependency pre-bundling is part of what `npm run dev` runs.
    cacheDir: path.join(root, '.vite-cache'),
    // Keep imports on the symlinked paths, so src/ reads this copy of story/.
    resolve: { preserveSymlinks: true },
    server: { port: 0, host: '127.0.0.1', strictPort: false, hmr: { overlay: true } },
  });
  await server.listen();
  const address = server.httpServer?.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  browser = await sharedBrowser();
}, 120_000);

afterAll(async () => {
  await server?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

/** How many distinct colours the canvas shows: a blank or failed stage has one or two. */
async function canvasColours(page: Page): Promise<number> {
  const png = PNG.sync.read(await page.locator('#table canvas').screenshot());
  const colours = new Set<number>();
  for (let i = 0; i < png.data.length; i += 4 * 7) colours.add(png.data.readUInt32BE(i));
  return colours.size;
}

describe('the dev server', () => {
  it('shows the teacher guide, read from its Markdown when asked for, under the dev policy', async () => {
    const w = await openPage(browser, url);
    await w.page.getByRole('button', { name: 'For teachers' }).click({ timeout: 60_000 });
    const dialog = w.page.getByRole('dialog', { name: 'For teachers' });
    await dialog.getByRole('heading', { name: 'Learning objectives' }).waitFor({ timeout: 60_000 });
    // Every table of the Markdown (a row of dashes under each header row) is drawn as a table.
    const tables = (readFileSync('docs/teacher-guide.md', 'utf8').match(/^\|(\s*:?-{3,}:?\s*\|)+\s*$/gm) ?? []).length;
    expect(tables).toBeGreaterThan(0);
    await expect.poll(() => dialog.locator('table').count(), { timeout: 10_000 }).toBe(tables);
    expect(w.errors).toEqual([]);
    expect(w.cspViolations).toEqual([]);
    await w.close();
  });

  // One page session (a dev-server load costs far more than a built one: every module is its own
  // request): the table drawn to the first decision, then the writer's loop on that same debate:
  // an edited figure reloads and replays, then a broken line shows in the overlay. (These were three
  // tests, each loading the page.)
  it('draws the table and plays a debate to its first decision, as `npm run dev` does; reloads an edited figure and replays the choices made so far; shows a broken line in the overlay with its file and line', async () => {
    const w = await openPage(browser, url);
    await toFirstOpponent(w.page);
    // ---- draws the table: its whole picture on screen (a frame drawn counts the slices built before it too).
    await w.page.waitForFunction(() => (window as unknown as { roundTable: { stageOnScreen: string | null } }).roundTable.stageOnScreen === 'table', undefined, { timeout: 30_000 });
    expect(await canvasColours(w.page), 'colours on the canvas').toBeGreaterThan(20);
    await expect(w.page.locator('#notices').textContent(), 'a notice that the table cannot be drawn').resolves.not.toMatch(/cannot be drawn/);
    await expect.poll(() => w.page.locator('#choices button[data-choice]').count(), { timeout: 10_000, message: 'moves on offer at the first decision' }).toBeGreaterThan(3);
    expect(w.errors, 'errors up to the first decision').toEqual([]);

    // ---- an edited figure reloads, and the choices made so far are replayed.
    const offered = await offeredMoves(w.page);
    await pressMove(w.page, offered.findIndex((m) => m.move === 'press') + 1, offered); // press Sediqi
    await advanceToDecision(w.page);
    const before = await debatePath(w.page);
    expect(before, 'the path before the edit').toEqual([0, 0]);

    const figure = path.join(root, 'story/figures/sediqi.ink');
    const original = readFileSync(figure, 'utf8');
    const edited = original.replace('Instead, it demands ransom.', 'Instead, it demands ransom, and neither should you.');
    expect(edited).not.toBe(original);
    writeFileSync(figure, edited);

    await w.page.getByText(/Story reloaded; replayed 2 of 2 choices/).waitFor({ timeout: 30_000 });
    const after = await debatePath(w.page);
    expect(after, 'the path after the reload').toEqual(before);
    await expect.poll(() => w.page.locator('#transcript').textContent(), { timeout: 10_000, message: 'the edited line in the transcript' }).toContain('and neither should you.');

    // ---- a broken line shows in Vite's overlay with its file and line.
    const lines = readFileSync(figure, 'utf8').split('\n');
    const at = lines.findIndex((l) => l.startsWith('- (verdict)'));
    lines.splice(at + 1, 0, '-> nowhere_at_all');
    writeFileSync(figure, lines.join('\n'));
    const overlay = w.page.locator('vite-error-overlay');
    await overlay.waitFor({ state: 'attached', timeout: 30_000 });
    const text = await overlay.evaluate((el) => el.shadowRoot?.textContent ?? '');
    expect(text, 'the overlay').toContain(`story/figures/sediqi.ink:${at + 2}`);
    expect(text, 'the overlay').toMatch(/Divert target not found/);
    await w.close();
  });
});
