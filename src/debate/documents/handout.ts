// The student handout, printable: the six opponents' claims, each with its paragraph of the
// article; the expert's eight counterpoints with theirs; and the "sound or fallacy" sheet (the
// 2-minute check's statements with boxes to tick, no answers). Built from the content files
// (story/cast.json, the article, story/quiz.json) into the document model, so every word of it
// comes from content, and it prints like the teacher guide.
import type { Paragraph } from '../core/article.ts';
import type { CastSheet } from '../core/cast.ts';
import type { QuizSheet } from '../classroom/quiz.ts';
import { CARDS, type SpeakerId } from '../core/contract.ts';
import type { Block, Doc } from './document.ts';
import type { DocumentWords } from './document-words.ts';

const quote = (article: ReadonlyMap<string, Paragraph>, id: string): Block => {
  const p = article.get(id);
  return p?.heading ? { kind: 'quote', id, text: p.text, heading: p.heading } : { kind: 'quote', id, text: p?.text ?? '' };
};

export function buildHandout(cast: CastSheet, article: ReadonlyMap<string, Paragraph>, check: QuizSheet, words: DocumentWords): Doc {
  const w = words.handout;
  const opponents = (Object.entries(cast.speakers) as [SpeakerId, CastSheet['speakers'][SpeakerId]][]).filter(([, p]) => p.role === 'opponent');
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: w.title },
    { kind: 'paragraph', role: 'meta', content: [w.intro] },
    { kind: 'heading', level: 2, text: w.claims },
    ...opponents.flatMap(([, p]): Block[] => [
      { kind: 'heading', level: 3, text: w.claimHeading(p.name, p.title, p.city, p.label ?? '') },
      ...(p.source ? [quote(article, p.source)] : []),
    ]),
    { kind: 'heading', level: 2, text: w.counterpoints },
    ...CARDS.flatMap((id, i): Block[] => {
      const card = cast.cards[id];
      if (!card) return [];
      return [
        { kind: 'heading', level: 3, text: w.card(i + 1, card.name) },
        { kind: 'paragraph', content: [card.point, w.cardSources(card.sources)] },
      ];
    }),
    { kind: 'heading', level: 2, text: w.sheet },
    { kind: 'paragraph', content: [check.intro] },
    {
      kind: 'list',
      ordered: true,
      items: check.items.map((item) => [{ kind: 'strong', text: w.statement(item.speaker, item.source) } as const, w.quoted(item.text)]),
      nested: check.items.map(() => [{ kind: 'paragraph', role: 'note', content: [w.tick] } as const]),
    },
  ];
  return { title: w.title, lang: words.lang, blocks };
}
