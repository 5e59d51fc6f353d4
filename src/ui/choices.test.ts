// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import table from '../../story/table.json';
import type { StoryTable } from '../debate/cast.ts';
import { CARDS } from '../debate/contract.ts';
import type { ChoiceView } from '../debate/events.ts';
import { ChoicesPanel, choiceForKey, choiceKey } from './choices.ts';

describe('choice keys', () => {
  it('give each of up to twelve choices its own key along the top row, both ways', () => {
    const keys = Array.from({ length: 12 }, (_, i) => choiceKey(i + 1));
    expect(keys).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '0', '-', '=']);
    for (const [i, key] of keys.entries()) expect(choiceForKey(key!)).toBe(i + 1);
    expect(choiceKey(13)).toBeUndefined();
    expect(choiceForKey('a')).toBeUndefined();
    expect(choiceForKey('Enter')).toBeUndefined();
  });
});

describe('ChoicesPanel', () => {
  it('shows every choice of a full opponent menu with its key, and picks the last by its key', async () => {
    document.body.replaceChildren();
    const root = document.createElement('section');
    document.body.append(root);
    const panel = new ChoicesPanel(root, table as unknown as StoryTable);
    const offered: ChoiceView[] = [
      { index: 0, text: 'Ask what he means', move: 'press', worn: false },
      { index: 1, text: 'Grant the point', move: 'concede', worn: false },
      ...CARDS.map((card, i): ChoiceView => ({ index: 2 + i, text: `Answer ${card}`, move: 'rebut', card, worn: false })),
      { index: 10, text: 'Attack the person', move: 'attack', worn: false },
    ];
    const picked = panel.show(offered, false);
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('button[data-choice]')];
    expect(buttons).toHaveLength(11);
    const attack = root.querySelector<HTMLButtonElement>('button[data-choice="10"]')!;
    expect(attack.getAttribute('aria-keyshortcuts')).toBe('-');
    expect(attack.querySelector('.choice__key')?.textContent).toBe('-');
    expect(panel.pickNumber(choiceForKey('-')!)).toBe(true);
    await expect(picked).resolves.toBe(10);
  });
});

describe('focus when choices appear', () => {
  const setUp = () => {
    document.body.replaceChildren();
    const root = document.createElement('section');
    document.body.append(root);
    return new ChoicesPanel(root, table as unknown as StoryTable);
  };

  it('rests on the heading, not on a move, so Enter pressed to read on cannot make one', () => {
    const panel = setUp();
    void panel.show([
      { index: 0, text: 'Ask what he means', move: 'press', worn: false },
      { index: 1, text: 'Guarantees', move: 'rebut', card: 'guarantees', worn: false },
    ]);
    expect(document.activeElement?.id).toBe('choices-heading');
    expect(document.activeElement?.closest('button')).toBeNull();
  });

  it('goes to a lone "continue", which is not a move', () => {
    const panel = setUp();
    void panel.show([{ index: 0, text: 'Take your seat', move: 'continue', worn: false }]);
    expect(document.activeElement?.getAttribute('data-move')).toBe('continue');
  });
});
