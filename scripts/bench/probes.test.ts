// The bench's rule for "the stage has drawn" the table at the first decision: the table's whole
// picture on screen, not only some drawing done (slices of a picture are built off screen first).
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { stageShows, stageShowsScript, type StageSeen } from './probes.ts';

const onScreen = (over: Partial<StageSeen> = {}): StageSeen => ({
  onScreen: 'table',
  canvas: { left: 0, top: 48, width: 1280, height: 520 },
  canvasVisible: true,
  viewport: { width: 1280, height: 800 },
  ...over,
});

describe('stageShows', () => {
  it("holds when the canvas last drew the table's whole picture and the canvas is on screen", () => {
    expect(stageShows('table', onScreen())).toBe(true);
  });

  it('does not hold while the table is still being built off screen (the title, or nothing, shown)', () => {
    expect(stageShows('table', onScreen({ onScreen: 'title' }))).toBe(false);
    expect(stageShows('table', onScreen({ onScreen: null }))).toBe(false);
    expect(stageShows('title', onScreen({ onScreen: 'title' }))).toBe(true);
  });

  it('does not hold when the canvas is not on screen: missing, hidden, empty or outside the viewport', () => {
    expect(stageShows('table', onScreen({ canvas: null }))).toBe(false);
    expect(stageShows('table', onScreen({ canvasVisible: false }))).toBe(false);
    expect(stageShows('table', onScreen({ canvas: { left: 0, top: 48, width: 0, height: 520 } }))).toBe(false);
    expect(stageShows('table', onScreen({ canvas: { left: 0, top: 900, width: 1280, height: 520 } }))).toBe(false);
    expect(stageShows('table', onScreen({ canvas: { left: -1280, top: 48, width: 1280, height: 520 } }))).toBe(false);
    // Partly in view is on screen (a phone scrolled, a picture taller than the window).
    expect(stageShows('table', onScreen({ canvas: { left: 0, top: 700, width: 1280, height: 520 } }))).toBe(true);
  });

  it('reaches the page as the same function (an init script defining window.__stageShows)', () => {
    const page: { __stageShows?: typeof stageShows } = {};
    runInNewContext(stageShowsScript, { window: page });
    expect(page.__stageShows?.('table', onScreen())).toBe(true);
    expect(page.__stageShows?.('table', onScreen({ onScreen: 'title' }))).toBe(false);
  });
});
