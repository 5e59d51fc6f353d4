// The documents in Persian: the transcript (with its debrief), the one-page debrief sheet and the
// handout, built from the Persian story and cast sheet with the Persian catalogue's words, hold no
// English of their own. The article's paragraphs are quoted as the article has them (only its
// English edition exists), so quotes are left out of the check; everything else must read as Persian.
import { describe, expect, it } from 'vitest';
import articleText from '../../../story/source/article.md?raw';
import quizJson from '../../../story/fa/quiz.json';
import debriefJson from '../../../story/fa/debrief.json';
import json, { storyHash } from '../../../story/fa/main.ink';
import castJson from '../../../story/fa/cast.json';
import { en, fa } from '../../i18n/all.ts';
import { persianTextProblems } from '../../i18n/persian-check.ts';
import { parseArticle } from '../core/article.ts';
import type { CastSheet } from '../core/cast.ts';
import { parseQuizSheet } from '../classroom/quiz.ts';
import { buildDebrief, findAlternatives, parseDebriefContent } from './debrief.ts';
import { buildDebriefSheet } from './debrief-sheet.ts';
import { toHtml, toMarkdown, type Block, type Doc, type Inline } from './document.ts';
import { DebateEngine } from '../core/engine.ts';
import { buildHandout } from './handout.ts';
import { buildTranscript } from './transcript-doc.ts';
import { ENGLISH_DOCUMENTS } from './english-documents.ts';

const cast = castJson as unknown as CastSheet;
const article = parseArticle(articleText);
const content = parseDebriefContent(debriefJson).content;
const madeAt = new Date('2026-03-02T10:15:00Z');

/** Every piece of text a reader sees outside the article's quotes, one string per paragraph, heading, item or cell. */
function textsOf(blocks: readonly Block[]): string[] {
  const inline = (parts: readonly Inline[]) => parts.map((p) => (typeof p === 'string' ? p : p.text)).join('');
  return blocks.flatMap((b): string[] => {
    switch (b.kind) {
      case 'heading':
        return [b.text];
      case 'paragraph':
        return [inline(b.content)];
      case 'list':
        return [...b.items.map(inline), ...(b.nested ?? []).flatMap((n) => textsOf(n))];
      case 'terms':
        return b.items.flatMap((i) => [i.term, ...textsOf(i.details)]);
      case 'table':
        return [...b.head, ...b.rows.flat()].map(inline);
      case 'section':
        return [b.label, ...textsOf(b.blocks)];
      case 'quote':
        return [];
      default:
        return [];
    }
  });
}

function problemsOf(doc: Doc, ids: readonly string[] = []): string[] {
  // Ids (the story build, a run code) are ids in any language.
  const withoutIds = (text: string) => ids.reduce((t, id) => t.replaceAll(id, '◇'), text);
  return textsOf(doc.blocks).flatMap((text) => persianTextProblems(withoutIds(text)).map((p) => `${p}: ${text.slice(0, 120)}`));
}

function playedToTheEnd(seed: number): DebateEngine {
  const engine = new DebateEngine(json, storyHash);
  let beat = engine.start('full', seed);
  while (beat.choices) beat = engine.choose(beat.choices.decision % beat.choices.choices.length);
  return engine;
}

describe('the documents in Persian', () => {
  const engine = playedToTheEnd(7);
  const debrief = findAlternatives(engine, cast, article, buildDebrief({ engine, cast, article, content }));

  it('the transcript and its debrief read as Persian, in Persian digits, marked lang="fa"', () => {
    const doc = buildTranscript({ engine, cast, article, debrief, title: fa.start.gameTitle, madeAt, student: 'سارا', runCode: 'RT1-ABCD', words: fa.documents });
    expect(doc.lang).toBe('fa');
    expect(toHtml(doc)).toContain('<html lang="fa"');
    expect(problemsOf(doc, [engine.storyHash.slice(0, 12), 'RT1-ABCD'])).toEqual([]);
    const markdown = toMarkdown(doc);
    expect(markdown).toContain('## مرور بحث');
    expect(markdown).toContain('۲۰۲۶-۰۳-۰۲ ۱۰:۱۵');
    for (const words of ['Debrief', 'Sources cited', 'Your move', 'grade:', 'audience', 'Why:']) expect(markdown).not.toContain(words);
  });

  it('the same run in English keeps the English words', () => {
    const doc = buildTranscript({ engine, cast, article, debrief, title: 'The Round Table', madeAt, words: ENGLISH_DOCUMENTS });
    expect(doc.lang).toBe('en');
    expect(toMarkdown(doc)).toContain(`## ${en.documents.transcript.debrief}`);
  });

  it('the one-page sheet reads as Persian', () => {
    const sheet = buildDebriefSheet({ debrief, title: fa.start.gameTitle, madeAt: new Date(2026, 2, 2), student: null, words: fa.documents });
    expect(sheet.lang).toBe('fa');
    expect(problemsOf(sheet)).toEqual([]);
    // Dated in the Persian calendar: 2 March 2026 is 11 Esfand 1404.
    expect(toMarkdown(sheet)).toContain('۱۴۰۴/۱۲/۱۱');
  });

  it('the handout reads as Persian', () => {
    const handout = buildHandout(cast, article, parseQuizSheet(quizJson), fa.documents);
    expect(handout.lang).toBe('fa');
    expect(problemsOf(handout)).toEqual([]);
  });

  it('would find English words left in a Persian document', () => {
    const planted = buildHandout(cast, article, parseQuizSheet(quizJson), { ...fa.documents, handout: { ...fa.documents.handout, claims: 'The six claims' } });
    expect(problemsOf(planted)).toContain('English words: "The six": The six claims');
  });
});
