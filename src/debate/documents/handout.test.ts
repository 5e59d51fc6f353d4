// The student handout: every opponent's claim with its paragraph, the eight counterpoints in key
// order with their paragraph ids, and every statement of the check, without its answer.
import { describe, expect, it } from 'vitest';
import articleText from '../../../story/source/article.md?raw';
import quizJson from '../../../story/quiz.json';
import castJson from '../../../story/cast.json';
import { parseArticle } from '../core/article.ts';
import type { CastSheet } from '../core/cast.ts';
import { parseQuizSheet } from '../classroom/quiz.ts';
import { toMarkdown } from './document.ts';
import { buildHandout } from './handout.ts';
import { ENGLISH_DOCUMENTS } from './english-documents.ts';

const cast = castJson as unknown as CastSheet;
const article = parseArticle(articleText);

describe('the student handout', () => {
  it('holds the six claims, the eight counterpoints and the check without its answers', () => {
    const check = parseQuizSheet(quizJson);
    const doc = buildHandout(cast, article, check, ENGLISH_DOCUMENTS);
    const headings = doc.blocks.filter((b) => b.kind === 'heading' && b.level === 3).map((b) => (b.kind === 'heading' ? b.text : ''));
    const opponents = Object.values(cast.speakers).filter((p) => p.role === 'opponent');
    expect(opponents).toHaveLength(6);
    for (const p of opponents) expect(headings.some((h) => h.startsWith(p.name) && h.includes(p.label ?? '?'))).toBe(true);
    expect(headings.filter((h) => /^\d /.test(h))).toEqual(Object.values(cast.cards).map((c, i) => `${i + 1} ${c.name}`));
    const quoted = doc.blocks.filter((b) => b.kind === 'quote').map((b) => (b.kind === 'quote' ? b.id : ''));
    expect(quoted).toEqual(opponents.map((p) => p.source));
    for (const id of quoted) expect(article.get(id)?.text).toBeTruthy();
    const markdown = toMarkdown(doc);
    for (const item of check.items) {
      expect(markdown).toContain(item.text.slice(0, 30).replace(/[*_[\]]/g, ''));
      // No answer and no explanation given away.
      expect(markdown).not.toContain(item.explanation.slice(0, 40));
    }
  });
});
