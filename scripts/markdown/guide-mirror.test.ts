// The Persian teacher guide (docs/teacher-guide.fa.md) mirrors the English one (docs/teacher-guide.md):
// the same sections with the same ids and levels, the same lists, tables, slots and links in each, and
// every block in Persian. Edit one guide without the other and this fails, saying where.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/debate/core/article.ts';
import { sectionOf } from '../../src/debate/documents/document.ts';
import { persianTextProblems } from '../../src/i18n/persian-check.ts';
import { latinWordsIn, mirrorProblems, textPieces } from './mirror.ts';
import { markdownToDoc } from './to-doc.ts';

const ENGLISH = 'docs/teacher-guide.md';
const PERSIAN = 'docs/teacher-guide.fa.md';
const read = (file: string, source = readFileSync(file, 'utf8')) => markdownToDoc(source, file, file.endsWith('.fa.md') ? 'fa' : 'en');

/**
 * Latin the Persian guide may show outside code: the article's paragraph ids (cited as they are in
 * every language), IRNA's and formats' names, and the move keys' letters (one letter is not a word).
 */
const ALLOWED = [...parseArticle(readFileSync('story/source/article.md', 'utf8')).keys(), 'IRNA', 'SCORM', 'CSV', 'json', 'QR'];

describe('the Persian teacher guide', () => {
  const english = read(ENGLISH);
  const persian = read(PERSIAN);

  it('has every section of the English guide, with the same ids, lists, tables, slots and links', () => {
    expect(persian.lang).toBe('fa');
    expect(mirrorProblems(english, persian)).toEqual([]);
    // The ids the game's code uses are there in Persian too.
    expect(sectionOf(persian.blocks, 'privacy-nothing-leaves-the-device').length).toBeGreaterThan(1);
    expect(persian.blocks.some((b) => b.kind === 'slot' && b.name === 'source-sheet')).toBe(true);
  });

  it('is translated: no English left in any block, Persian letters and digits throughout', () => {
    expect(latinWordsIn(persian, ALLOWED)).toEqual([]);
    const problems = textPieces(persian.blocks).flatMap((piece) => persianTextProblems(piece).map((p) => `${p}: ${piece.slice(0, 70)}`));
    expect(problems).toEqual([]);
  });

  it('fails on a guide that drifts: a section missing, a list item missing, a heading id renamed, English left in', () => {
    const source = readFileSync(PERSIAN, 'utf8');
    const withoutPrivacy = source.replace(/## حریم خصوصی[\s\S]*?(?=## برگه منبع)/, '');
    expect(mirrorProblems(english, read(PERSIAN, withoutPrivacy))).toContain('missing section: h2 #privacy-nothing-leaves-the-device');
    const lessItem = source.replace(/^- \*\*یک لحظه است[\s\S]*?(?=\n\n)/m, '');
    expect(mirrorProblems(english, read(PERSIAN, lessItem)).join('\n')).toMatch(/bulleted list of 8.*bulleted list of 7/);
    const renamed = source.replace('<!-- id: teacher-mode-the-whole-map -->', '');
    expect(mirrorProblems(english, read(PERSIAN, renamed))).toContain('missing section: h2 #teacher-mode-the-whole-map');
    const noSlot = source.replace('<!-- slot: source-sheet -->', '');
    expect(mirrorProblems(english, read(PERSIAN, noSlot)).join('\n')).toMatch(/slot source-sheet/);
    const untranslated = source.replace('هیچ چیز به جایی فرستاده نمی‌شود.', 'Nothing is sent anywhere.');
    expect(latinWordsIn(read(PERSIAN, untranslated), ALLOWED).join('\n')).toMatch(/Nothing/);
    // The English guide itself is all "untranslated".
    expect(latinWordsIn(english, ALLOWED).length).toBeGreaterThan(1000);
  });
});
