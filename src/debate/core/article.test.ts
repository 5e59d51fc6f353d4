import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from './article.ts';

const article = parseArticle(readFileSync('story/source/article.md', 'utf8'));

describe('parseArticle (the project copy of the article)', () => {
  it('finds every paragraph id the story may cite', () => {
    const ids = [...article.keys()];
    for (const id of ['intro', 'taeb', 'abdolalizadeh', 'context', 'm00', 'm19', 'credit']) {
      expect(ids).toContain(id);
    }
    expect(ids.filter((id) => id.startsWith('f-'))).toHaveLength(6);
    expect(ids.filter((id) => /^m\d\d$/.test(id))).toHaveLength(20);
  });

  it('keeps the text and the heading each paragraph sits under', () => {
    expect(article.get('f-sediqi')).toEqual({
      id: 'f-sediqi',
      heading: 'Kazem Sediqi, Tehran’s Friday Prayer Leader',
      text: 'Viewpoint: The US has lost its negotiating credentials and instead, it demands ransom.',
    });
    expect(article.get('m16')?.heading).toBe('But are Russia, China, UK, and Saudi Arabia trustworthy?');
  });
});
