// Dates in the branch map, the save slots and set-aside copies follow the page's language, not the
// browser's: the test runs with Node's own locale (English), so a Persian date shows it was asked for.
import { describe, expect, it } from 'vitest';
import table from '../../../../story/cast.json';
import type { BranchNode } from '../../../debate/branches/branches.ts';
import type { CastSheet } from '../../../debate/core/cast.ts';
import { loadCatalogue, loadDialogWords, useLocale } from '../../../i18n/index.ts';
import { formatTime, MapWords } from './words.ts';

const WHEN = Date.UTC(2026, 2, 2, 9, 5);

describe('formatTime', () => {
  it('writes a Persian page’s dates in Persian digits and the Persian calendar', () => {
    const fa = formatTime(WHEN, 'fa');
    expect(fa).toMatch(/[۰-۹]/);
    expect(fa).not.toMatch(/[0-9]/);
    expect(fa).toContain('۱۴۰۴'); // 2 March 2026 falls in the Persian year 1404
  });

  it('writes an English page’s dates in English', () => {
    expect(formatTime(WHEN, 'en')).toMatch(/2026/);
  });
});

describe('a map node’s label', () => {
  // A decision with one of its two choices tried, on the live path: four parts in one phrase.
  const node = (): BranchNode => ({
    path: [0],
    figure: 'sediqi',
    progress: { stage: 'opponent', round: 1, rounds: 3 } as BranchNode['progress'],
    meters: { audience: 55, credibility: 50 },
    choices: [{}, {}] as BranchNode['choices'],
    children: new Map([[0, {} as BranchNode]]),
    runs: 1,
    live: true,
    here: false,
  });

  it('joins its parts with the page language’s semicolon', async () => {
    const words = new MapWords(table as unknown as CastSheet);
    expect(words.nodeLabel(node()).split('; ')).toHaveLength(4);
    await loadCatalogue('fa');
    useLocale('fa');
    try {
      await loadDialogWords();
      const label = words.nodeLabel(node());
      expect(label.split('؛ ')).toHaveLength(4);
      expect(label).not.toContain(';');
    } finally {
      useLocale('en');
    }
  });
});

describe('quoted words', () => {
  it('quote a choice and a save’s name with the page language’s quotation marks', async () => {
    const { describeSlot } = await import('../slots.ts');
    const words = new MapWords(table as unknown as CastSheet);
    const choice = { text: 'متن', move: 'press' } as Parameters<MapWords['choiceLong']>[0];
    const slot = { slot: 'slot-1', name: 'کلاس', savedAt: null, preset: 'short', decisions: 3, damaged: false } as const;
    await loadCatalogue('en');
    await loadDialogWords();
    expect(words.choiceLong(choice)).toMatch(/^“متن” \(/);
    expect(describeSlot(slot)).toMatch(/^“کلاس” · /);
    await loadCatalogue('fa');
    useLocale('fa');
    try {
      await loadDialogWords();
      expect(words.choiceLong(choice)).toMatch(/^«متن» \(/);
      expect(describeSlot(slot)).toMatch(/^«کلاس» · /);
      expect(describeSlot(slot)).not.toMatch(/[“”]/);
    } finally {
      useLocale('en');
    }
  });
});
