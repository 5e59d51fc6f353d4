import { describe, expect, it } from 'vitest';
import { CARDS } from '../../debate/core/contract.ts';
import { choiceForCode, clashingKeys, keyFor, keysFor, type Keyed } from './move-keys.ts';

const opponent: Keyed[] = [
  { move: 'press' },
  { move: 'concede' },
  { move: 'rebut', card: 'guarantees' },
  { move: 'rebut', card: 'home-front' },
  { move: 'rebut', card: 'know-the-concepts' },
  { move: 'attack' },
];

describe('keys by move', () => {
  it('give each card its number in the contract order, wherever it is offered', () => {
    for (const [i, card] of CARDS.entries()) {
      expect(keyFor({ move: 'rebut', card })).toEqual({ label: String(i + 1), codes: [`Digit${i + 1}`, `Numpad${i + 1}`] });
    }
    // The same card keeps its key at a decision that offers fewer cards, in another order.
    const labels = keysFor([{ move: 'rebut', card: 'home-front' }, { move: 'attack' }]).map((k) => k?.label);
    expect(labels).toEqual(['4', 'A']);
  });

  it('read the physical key, so a layout that types other letters still picks the same move', () => {
    // On a Persian or AZERTY layout the key in the P position types another character, but its
    // code is still KeyP: press.
    expect(choiceForCode('KeyP', opponent)).toBe(0);
    expect(choiceForCode('KeyC', opponent)).toBe(1);
    expect(choiceForCode('Digit4', opponent)).toBe(3);
    expect(choiceForCode('Numpad8', opponent)).toBe(4);
    expect(choiceForCode('KeyA', opponent)).toBe(5);
    // Card 2 is not on offer here, and Enter and Space never pick a move.
    expect(choiceForCode('Digit2', opponent)).toBeUndefined();
    expect(choiceForCode('Enter', opponent)).toBeUndefined();
    expect(choiceForCode('Space', opponent)).toBeUndefined();
    expect(choiceForCode('KeyQ', opponent)).toBeUndefined();
  });

  it('give another argument 9, the closing statements 1-3 in order, and continue Enter', () => {
    expect(keyFor({ move: 'argue' })?.label).toBe('9');
    const closing = keysFor([{ move: 'closing' }, { move: 'closing' }, { move: 'closing' }]);
    expect(closing.map((k) => k?.label)).toEqual(['1', '2', '3']);
    expect(choiceForCode('Digit3', [{ move: 'closing' }, { move: 'closing' }, { move: 'closing' }])).toBe(2);
    expect(keyFor({ move: 'continue' })?.codes).toContain('Enter');
    expect(choiceForCode('Enter', [{ move: 'continue' }])).toBe(0);
  });

  it('report keys that two choices of one decision would share', () => {
    expect(clashingKeys(opponent)).toEqual([]);
    expect(clashingKeys([{ move: 'attack' }, { move: 'attack' }, { move: 'press' }])).toEqual(['A']);
    expect(clashingKeys([{ move: 'rebut', card: 'guarantees' }, { move: 'closing' }])).toEqual(['1']);
  });
});
