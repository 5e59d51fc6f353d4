// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
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
    expect(root.querySelectorAll('em.line__lead-in .dialogue__char')).toHaveLength('As I said:'.length);
    panel.completeReveal();
    await shown;
    expect(root.querySelector('em.line__lead-in')?.textContent).toBe('As I said:');
    expect(root.querySelector('.dialogue__text [aria-hidden="true"]')?.textContent).toBe('As I said: ransom.');
  });

  it('marks a wholly dramatized line, with no lead-in', async () => {
    const { root, panel } = setUp();
    await panel.show({ type: 'line', speaker: 'sediqi', text: 'Signatures on paper.', sources: [], dramatized: true }, Infinity, false);
    expect(root.querySelector('em.line__lead-in')).toBeNull();
    expect(root.querySelector('.badge--dramatized')?.textContent).toBe('Dramatized');
  });
});
