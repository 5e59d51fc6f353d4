// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import articleText from '../../../story/source/article.md?raw';
import table from '../../../story/cast.json';
import { parseArticle } from '../../debate/core/article.ts';
import type { CastSheet } from '../../debate/core/cast.ts';
import type { LineEvent } from '../../debate/core/events.ts';
import { DialoguePanel } from './dialogue.ts';

const cast = table as unknown as CastSheet;
const setUp = () => {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  return { root, panel: new DialoguePanel(root, cast, parseArticle(articleText)) };
};

/**
 * happy-dom has no CSS Custom Highlight API: a registry, Highlight (a set of ranges) and StaticRange
 * (its bounds, kept) stand in, enough to read where the unrevealed highlight lies.
 */
function fakeHighlights() {
  interface Bounds {
    startContainer: Node;
    startOffset: number;
    endContainer: Node;
    endOffset: number;
  }
  const registry = new Map<string, Set<Bounds>>();
  vi.stubGlobal('Highlight', class extends Set<Bounds> {});
  vi.stubGlobal(
    'StaticRange',
    class {
      constructor(bounds: Bounds) {
        Object.assign(this, bounds);
      }
    },
  );
  // happy-dom makes a new CSS object at every read of the global: one stands in, with the registry.
  vi.stubGlobal('CSS', { highlights: registry });
  return {
    ranges: () => [...(registry.get('dialogue-unrevealed') ?? [])].map((r) => ({ ...r })),
    remove: () => vi.unstubAllGlobals(),
  };
}

describe('DialoguePanel', () => {
  it("shows a sourced line's dramatized lead-in in italics, marked, before the part its source names", async () => {
    const { root, panel } = setUp();
    const line: LineEvent = {
      type: 'line',
      speaker: 'player',
      text: 'Sitting down is not paying anything. Negotiation does not imply acceptance of the other party.',
      sources: ['m05'],
      dramatized: false,
      leadIn: 'Sitting down is not paying anything.',
    };
    await panel.show(line, Infinity, false);
    expect(root.querySelector('.dialogue__text em.line__lead-in')?.textContent).toBe('Sitting down is not paying anything.');
    expect(root.querySelector('.dialogue__text [aria-hidden="true"]')?.textContent).toBe(line.text);
    const marks = [...root.querySelectorAll('.dialogue__marks .badge, .dialogue__marks .chip')].map((m) => m.textContent);
    expect(marks).toEqual(['Lead-in dramatized', 'Source: m05']);
  });

  it('reveals a lead-in line letter by letter: both parts laid out whole, the rest under the unrevealed highlight', async () => {
    const highlights = fakeHighlights();
    const { root, panel } = setUp();
    const shown = panel.show({ type: 'line', speaker: 'sediqi', text: 'As I said: ransom.', sources: ['f-sediqi'], dramatized: false, leadIn: 'As I said:' }, 5, false);
    // Before the first frame the whole line is laid out, and all of it is under the highlight.
    const lead = root.querySelector('em.line__lead-in') as HTMLElement;
    const rest = lead.nextElementSibling as HTMLElement;
    expect([lead.textContent, rest.textContent]).toEqual(['As I said:', ' ransom.']);
    expect(root.querySelector('.dialogue__text [aria-hidden="true"]')?.textContent).toBe('As I said: ransom.');
    expect(highlights.ranges()).toEqual([{ startContainer: lead.firstChild, startOffset: 0, endContainer: rest.firstChild, endOffset: ' ransom.'.length }]);
    expect(root.querySelector('.dialogue__text')?.getAttribute('data-revealed')).toBe('false');
    panel.completeReveal();
    await shown;
    expect(highlights.ranges()).toEqual([]);
    expect(root.querySelector('.dialogue__text [aria-hidden="true"]')?.textContent).toBe('As I said: ransom.');
    expect(root.querySelector('.dialogue__text')?.getAttribute('data-revealed')).toBe('true');
    highlights.remove();
  });

  it('reveals by moving the start of the highlight, between whole characters, the text never changing', async () => {
    const highlights = fakeHighlights();
    const { root, panel } = setUp();
    // Characters outside the Basic Multilingual Plane take two UTF-16 units: the highlight never starts inside one.
    const text = 'Signatures 𝓸𝓷 paper, and nothing more.';
    const ends = [0, ...Array.from(text).map((_, i, all) => all.slice(0, i + 1).join('').length)];
    const shown = panel.show({ type: 'line', speaker: 'sediqi', text, sources: [], dramatized: true }, 40, false);
    const node = (root.querySelector('.dialogue__text [aria-hidden="true"] > span') as HTMLElement).firstChild as Text;
    const starts = new Set<number>();
    await vi.waitFor(
      () => {
        const range = highlights.ranges()[0];
        if (range) starts.add(range.startOffset);
        expect(range?.startOffset ?? 0).toBeGreaterThan(14);
      },
      { timeout: 3000, interval: 5 },
    );
    for (const start of starts) expect(ends).toContain(start);
    expect(highlights.ranges()[0]).toMatchObject({ startContainer: node, endContainer: node, endOffset: text.length });
    expect(node.data).toBe(text);
    panel.completeReveal();
    await shown;
    expect(highlights.ranges()).toEqual([]);
    expect(node.isConnected && node.data).toBe(text);
    highlights.remove();
  });

  it('shows the line at once where the browser has no highlights', async () => {
    const { root, panel } = setUp();
    await panel.show({ type: 'line', speaker: 'sediqi', text: 'Signatures on paper.', sources: [], dramatized: true }, 40, false);
    expect(panel.revealing).toBe(false);
    expect(root.querySelector('.dialogue__text [aria-hidden="true"]')?.textContent).toBe('Signatures on paper.');
    expect(root.querySelector('.dialogue__text')?.getAttribute('data-revealed')).toBe('true');
  });

  it('marks a wholly dramatized line, with no lead-in', async () => {
    const { root, panel } = setUp();
    await panel.show({ type: 'line', speaker: 'sediqi', text: 'Signatures on paper.', sources: [], dramatized: true }, Infinity, false);
    expect(root.querySelector('em.line__lead-in')).toBeNull();
    expect(root.querySelector('.badge--dramatized')?.textContent).toBe('Dramatized');
  });
});

describe('moving on from line to line', () => {
  it('keeps the focused Continue button, and its focus, from one line to the next (removing it costs the press)', async () => {
    const { root, panel } = setUp();
    await panel.show({ type: 'line', speaker: 'sediqi', text: 'First.', sources: ['f-sediqi'], dramatized: false }, Infinity, true);
    const waited = panel.waitForAdvance();
    const button = root.querySelector<HTMLButtonElement>('.dialogue__next');
    // Focus moves before the next frame is drawn (kit/focus.ts).
    await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
    expect(document.activeElement).toBe(button);
    button?.click();
    await waited;
    await panel.show({ type: 'line', speaker: 'player', text: 'Second.', sources: [], dramatized: true }, Infinity, true);
    expect(root.querySelector('.dialogue__next')).toBe(button);
    expect(document.activeElement).toBe(button);
    // The new line alone is shown: its strap, its text, its marks before the button.
    expect(root.querySelectorAll('.dialogue__text')).toHaveLength(1);
    expect(root.querySelector('.dialogue__text [aria-hidden="true"]')?.textContent).toBe('Second.');
    expect([...root.querySelectorAll('.dialogue__marks > *')].map((e) => e.className)).toEqual(['badge badge--dramatized', 'dialogue__next primary']);
    expect([...root.children].map((e) => e.className)).toEqual(['dialogue__who', 'dialogue__text', 'dialogue__marks']);
    // A line with no Continue (before a decision) drops it.
    await panel.show({ type: 'line', speaker: 'sediqi', text: 'Third.', sources: [], dramatized: false }, Infinity, false);
    expect(root.querySelector('.dialogue__next')).toBeNull();
    expect(root.querySelector('.dialogue__text [aria-hidden="true"]')?.textContent).toBe('Third.');
  });
});
