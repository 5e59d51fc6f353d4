// Dates in the branch map, the save slots and set-aside copies follow the page's language, not the
// browser's: the test runs with Node's own locale (English), so a Persian date shows it was asked for.
import { describe, expect, it } from 'vitest';
import { formatTime } from './words.ts';

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
