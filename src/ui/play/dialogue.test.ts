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

  it('reveals a lead-in line letter by letter into the same two parts', async () => {
    const { root, panel } = setUp();
    const shown = panel.show({ type: 'line', speaker: 'sediqi', text: 'As I said: ransom.', sources: ['f-sediqi'], dramatized: false, leadIn: 'As I said:' }, 5, false);
    // Before the first frame the whole line is laid out, invisibly, in one span per part.
    expect(root.querySelectorAll('.dialogue__text .dialogue__char')).toHaveLength(2);
    expect(root.querySelector('em.line__lead-in .dialogue__char')?.textContent).toBe('As I said:');
    expect(root.querySelector('.dialogue__text [aria-hidden="true"]')?.textContent).toBe('As I said: ransom.');
    panel.completeReveal();
    await shown;
    expect(root.querySelector('em.line__lead-in')?.textContent).toBe('As I said:');
    expect(root.querySelector('.dialogue__text [aria-hidden="true"]')?.textContent).toBe('As I said: ransom.');
  });

  it('reveals by moving characters from the hidden rest to the shown text, the line laid out whole throughout', async () => {
    const { root, panel } = setUp();
    const text = 'Signatures on paper, and nothing more.';
    const shown = panel.show({ type: 'line', speaker: 'sediqi', text, sources: [], dramatized: true }, 40, false);
    const part = root.querySelector('.dialogue__text [aria-hidden="true"] > span') as HTMLElement;
    const hidden = part.querySelector('.dialogue__char') as HTMLElement;
    await vi.waitFor(() => expect((part.firstChild as Text).data.length).toBeGreaterThan(2), { timeout: 2000, interval: 10 });
    const visible = (part.firstChild as Text).data;
    expect(text.startsWith(visible)).toBe(true);
    expect(hidden.textContent).toBe(text.slice(visible.length));
    expect(part.textContent).toBe(text);
    expect(root.querySelectorAll('.dialogue__char')).toHaveLength(1);
    panel.completeReveal();
    await shown;
    expect(part.textContent).toBe(text);
    expect(root.querySelector('.dialogue__char')).toBeNull();
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
