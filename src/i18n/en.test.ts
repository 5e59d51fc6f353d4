// The sentences made from reader reasons: plain words that say what was wrong, including which
// format a save or run file of another format holds.
import { describe, expect, it } from 'vitest';
import { decodeLink } from '../debate/persistence/link.ts';
import { parseRunFile } from '../debate/persistence/run-file.ts';
import { parseSaveText, SAVE_APP } from '../debate/persistence/save.ts';
import { m, reasonsText, reasonText } from './index.ts';

const saveError = (data: unknown) => {
  const result = parseSaveText(JSON.stringify(data));
  if (result.ok) throw new Error('expected a refusal');
  return reasonText(result.error);
};

describe('reasons in words', () => {
  it('says which format a save of another format holds, whatever its schema field is', () => {
    expect(saveError({ app: SAVE_APP, schema: 99 })).toBe('This save was made by a newer version of the game (format 99); this version reads format 1.');
    expect(saveError({ app: SAVE_APP, schema: 0 })).toBe('This save uses format 0; this version of the game reads format 1.');
    expect(saveError({ app: SAVE_APP, schema: '1' })).toBe('This save uses format "1"; this version of the game reads format 1.');
    expect(saveError({ app: SAVE_APP, schema: { toString: 1 } })).toBe('This save gives its format as an object; this version of the game reads format 1.');
    expect(saveError({ app: SAVE_APP })).toBe('This save does not say its format; this version of the game reads format 1.');
    expect(saveError([1, 2])).toBe('This is not a Round Table save.');
  });

  it('keeps the run file sentences teachers read in class results', () => {
    const result = parseRunFile({ app: SAVE_APP, kind: 'run', version: 1, storyHash: 'nope', preset: 'huge' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const words = result.errors.map(reasonText);
    expect(words).toContain('storyHash: missing or not a story build hash.');
    expect(words).toContain('preset: must be one of full, short.');
    expect(words).toContain('endedAt: must be a date and time (ISO 8601) between 1970 and 2200.');
    expect(reasonsText(result.errors)).toMatch(/^storyHash: .* meters: /);
  });

  it('says what is wrong with a replay link', () => {
    const words = (text: string) => {
      const decoded = decodeLink(text, '0123abcdef');
      return decoded.ok ? '' : reasonText(decoded.error);
    };
    expect(words('#play=v1.f.1.00000000.0')).toMatch(/different version of the debate/);
    expect(words(`#play=v1.f.1.0123abcd.${'0'.repeat(2100)}`)).toMatch(/too long/);
    expect(words('#play=v1.f.1.0123abcd.0<b>')).toMatch(/choices in this link is damaged/);
    expect(words('#play%3Dv1.f.1.0123abcd.%E0%A4%A')).toMatch(/damaged on its way/);
  });

  it('tells what Clear my data really did', () => {
    expect(m().words.cleared(7, 0, true)).toMatch(/^Deleted 7 stored items.*Nothing of this game is left/);
    expect(m().words.cleared(0, 0, true)).toMatch(/^There was nothing stored to delete/);
    expect(m().words.cleared(5, 2, true)).toMatch(/refused to delete 2 items/);
    expect(m().words.cleared(1, 0, false)).toMatch(/did not let the game reach its storage/);
  });
});
