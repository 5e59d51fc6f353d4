// The student handout, printable: the six opponents' claims, each with its paragraph of the
// article; the expert's eight counterpoints with theirs; and the "sound or fallacy" sheet (the
// 2-minute check's statements with boxes to tick, no answers). Built from the content files
// (story/table.json, the article, story/check.json) into the document model, so every word of it
// comes from content, and it prints like the teacher guide.
import type { Paragraph } from './article.ts';
import type { StoryTable } from './cast.ts';
import type { CheckSheet } from './check.ts';
import { CARDS, type SpeakerId } from './contract.ts';
import type { Block, Doc } from './document.ts';

/** The handout's own words (English; a second language gives its own). */
export const HANDOUT_WORDS = {
  title: 'The Round Table: student handout',
  intro:
    'Six public figures argue against negotiating with the US; the expert Mehdi Motaharnia answers them. Each claim and each counterpoint is quoted from the article, with the id of its paragraph.',
  claims: 'The six claims',
  counterpoints: 'The eight counterpoints',
  card: (n: number, name: string) => `${n} ${name}`,
  fromArticle: 'From the article:',
  sheet: 'Sound or fallacy?',
  tick: '☐ sound   ☐ fallacy   Why? ______________________________________',
} as const;

const quote = (article: ReadonlyMap<string, Paragraph>, id: string): Block => {
  const p = article.get(id);
  return p?.heading ? { kind: 'quote', id, text: p.text, heading: p.heading } : { kind: 'quote', id, text: p?.text ?? '' };
};

export function buildHandout(cast: StoryTable, article: ReadonlyMap<string, Paragraph>, check: CheckSheet): Doc {
  const w = HANDOUT_WORDS;
  const opponents = (Object.entries(cast.speakers) as [SpeakerId, StoryTable['speakers'][SpeakerId]][]).filter(([, p]) => p.role === 'opponent');
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: w.title },
    { kind: 'paragraph', role: 'meta', content: [w.intro] },
    { kind: 'heading', level: 2, text: w.claims },
    ...opponents.flatMap(([, p]): Block[] => [
      { kind: 'heading', level: 3, text: `${p.name}, ${p.title}${p.city ? `, ${p.city}` : ''}: “${p.label ?? ''}”` },
      ...(p.source ? [quote(article, p.source)] : []),
    ]),
    { kind: 'heading', level: 2, text: w.counterpoints },
    ...CARDS.flatMap((id, i): Block[] => {
      const card = cast.cards[id];
      if (!card) return [];
      return [
        { kind: 'heading', level: 3, text: w.card(i + 1, card.name) },
        { kind: 'paragraph', content: [card.point, ` (${card.sources.join(', ')})`] },
      ];
    }),
    { kind: 'heading', level: 2, text: w.sheet },
    { kind: 'paragraph', content: [check.intro] },
    {
      kind: 'list',
      ordered: true,
      items: check.items.map((item) => [{ kind: 'strong', text: `${item.speaker} (${item.source}):` } as const, ` “${item.text}”`]),
      nested: check.items.map(() => [{ kind: 'paragraph', role: 'note', content: [w.tick] } as const]),
    },
  ];
  return { title: w.title, lang: 'en', blocks };
}
