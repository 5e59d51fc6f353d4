// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import table from '../../../story/cast.json';
import type { CastSheet } from '../../debate/core/cast.ts';
import type { ChoiceView } from '../../debate/core/events.ts';
import { loadCatalogue, useLocale } from '../../i18n/index.ts';
import { ChoicesPanel } from './choices.ts';

const setUp = () => {
  document.body.replaceChildren();
  const root = document.createElement('section');
  document.body.append(root);
  return { root, panel: new ChoicesPanel(root, table as unknown as CastSheet) };
};
/** Focus moves before the next frame is drawn (kit/focus.ts). */
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

describe('ChoicesPanel', () => {
  it('shows each choice with its key by move and its card, and picks by physical key', async () => {
    const { root, panel } = setUp();
    const offered: ChoiceView[] = [
      { index: 0, text: 'Ask what he means', move: 'press', worn: false },
      { index: 1, text: 'Grant the point', move: 'concede', worn: false },
      { index: 2, text: 'Answer distrust with agreements', move: 'rebut', card: 'guarantees', worn: false },
      { index: 3, text: 'Say only the weak pay', move: 'rebut', card: 'confidence', worn: false },
      { index: 4, text: 'Tell him to leave it to diplomats', move: 'attack', worn: false },
    ];
    const picked = panel.show(offered, false);
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('button[data-choice]')];
    // The cards come first (on screen and in tab order), then press, concede and attack.
    expect(buttons.map((b) => b.querySelector('.choice__key')?.textContent)).toEqual(['1', '5', 'P', 'C', 'A']);
    expect(buttons.map((b) => b.getAttribute('aria-keyshortcuts'))).toEqual(['1', '5', 'P', 'C', 'A']);
    // A card choice shows the card's name, then what it says to this guest.
    expect(buttons[1]?.querySelector('.choice__card')?.textContent).toBe('Negotiate from confidence');
    expect(buttons[1]?.querySelector('.choice__name')?.textContent).toBe('Say only the weak pay');
    expect(panel.pickCode('Digit2')).toBe(false); // card 2 is not on offer
    expect(panel.pickCode('Digit5')).toBe(true);
    await expect(picked).resolves.toBe(3);
  });

  it('shows a digit key in the page language\'s digits (Persian), while the shortcut and the physical key stay the same', async () => {
    await loadCatalogue('fa');
    useLocale('fa');
    try {
      const { root, panel } = setUp();
      const picked = panel.show(
        [
          { index: 0, text: 'Grant the point', move: 'concede', worn: false },
          { index: 1, text: 'Say only the weak pay', move: 'rebut', card: 'confidence', worn: false },
        ],
        false,
      );
      const buttons = [...root.querySelectorAll<HTMLButtonElement>('button[data-choice]')];
      expect(buttons.map((b) => b.querySelector('.choice__key')?.textContent)).toEqual(['۵', 'C']);
      expect(buttons.map((b) => b.getAttribute('aria-keyshortcuts'))).toEqual(['5', 'C']);
      expect(panel.pickCode('Digit5')).toBe(true);
      await expect(picked).resolves.toBe(1);
    } finally {
      useLocale('en');
    }
  });

  it('picks the attack by A wherever it sits in the list', async () => {
    const { panel } = setUp();
    const picked = panel.show(
      [
        { index: 0, text: 'Answer', move: 'rebut', card: 'home-front', worn: false },
        { index: 1, text: 'Attack', move: 'attack', worn: false },
      ],
      false,
    );
    expect(panel.pickCode('KeyA')).toBe(true);
    await expect(picked).resolves.toBe(1);
  });
});

describe('focus when choices appear', () => {
  it('rests on the heading, not on a move, so Enter pressed to read on cannot make one', async () => {
    const { panel } = setUp();
    void panel.show([
      { index: 0, text: 'Ask what he means', move: 'press', worn: false },
      { index: 1, text: 'Guarantees', move: 'rebut', card: 'guarantees', worn: false },
    ]);
    await nextFrame();
    expect(document.activeElement?.id).toBe('choices-heading');
    expect(document.activeElement?.closest('button')).toBeNull();
    expect(panel.pickCode('Enter')).toBe(false);
  });

  it('goes to a lone "continue", which is not a move, and Enter takes it', async () => {
    const { panel } = setUp();
    const picked = panel.show([{ index: 0, text: 'Take your seat', move: 'continue', worn: false }]);
    await nextFrame();
    expect(document.activeElement?.getAttribute('data-move')).toBe('continue');
    expect(panel.onlyContinue).toBe(true);
    expect(panel.pickCode('Enter')).toBe(true);
    await expect(picked).resolves.toBe(0);
  });
});

describe('from one decision to the next', () => {
  it('leaves no move focused while focus waits for the next frame (an Enter held down cannot take one)', async () => {
    const { root, panel } = setUp();
    const first = panel.show([
      { index: 0, text: 'Ask what he means', move: 'press', worn: false },
      { index: 1, text: 'Guarantees', move: 'rebut', card: 'guarantees', worn: false },
    ]);
    const picked = root.querySelector<HTMLButtonElement>('button[data-choice]');
    picked?.focus();
    picked?.click();
    await first;
    void panel.show([
      { index: 0, text: 'Grant the point', move: 'concede', worn: false },
      { index: 1, text: 'Tell him to leave it to diplomats', move: 'attack', worn: false },
    ]);
    const moves = [...root.querySelectorAll<HTMLButtonElement>('button[data-choice]')];
    expect(moves).toContain(picked);
    expect(moves.some((b) => b === document.activeElement)).toBe(false);
    expect(panel.pickCode('Enter')).toBe(false);
  });

  it('fills in the same buttons again: the new moves, keys and cards, a click picks the new choice, focus on the heading', async () => {
    const { root, panel } = setUp();
    const first = panel.show([
      { index: 0, text: 'Ask what he means', move: 'press', worn: false },
      { index: 1, text: 'Answer distrust with agreements', move: 'rebut', card: 'guarantees', worn: true },
    ]);
    const before = [...root.querySelectorAll<HTMLButtonElement>('button[data-choice]')];
    before[0]?.click();
    await expect(first).resolves.toBe(1);
    expect(root.querySelector('button')).toBeNull();
    const second = panel.show([
      { index: 0, text: 'Grant the point', move: 'concede', worn: false },
      { index: 1, text: 'Tell him to leave it to diplomats', move: 'attack', worn: false },
    ]);
    const after = [...root.querySelectorAll<HTMLButtonElement>('button[data-choice]')];
    expect(after).toEqual(before);
    expect(after.map((b) => [b.dataset.move, b.dataset.card, b.className, b.textContent])).toEqual([
      ['concede', undefined, 'choice', 'CGrant the point'],
      ['attack', undefined, 'choice choice--attack', 'ATell him to leave it to diplomats'],
    ]);
    expect(after.map((b) => b.getAttribute('aria-keyshortcuts'))).toEqual(['C', 'A']);
    await nextFrame();
    expect(document.activeElement?.id).toBe('choices-heading');
    after[1]?.click();
    await expect(second).resolves.toBe(1);
  });
});
