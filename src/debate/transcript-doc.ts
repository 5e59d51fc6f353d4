// The transcript as a clean document: every line with its speaker, dramatized lines marked,
// sources listed, the player's moves and their grades, the meters after each exchange, the ending
// and the debrief, then the article paragraphs the debate cited. One model (document.ts blocks)
// serves the page, the print view, the HTML file and the Markdown file.
import type { Paragraph } from './article.ts';
import { speakerName, type StoryTable } from './cast.ts';
import type { Preset } from './contract.ts';
import {
  moveLabel,
  quote,
  splitRun,
  type Alternative,
  type ClaimLine,
  type Debrief,
  type Exchange,
  type GradedMove,
  type MoveLabel,
  type Principle,
  type Quote,
} from './debrief.ts';
import type { Block, Doc, Inline } from './document.ts';
import type { DebateEngine } from './engine.ts';
import type { LineEvent, Meters } from './events.ts';
import { lineParts } from './tags.ts';

export interface TranscriptInput {
  engine: Pick<DebateEngine, 'history' | 'state' | 'storyHash'>;
  cast: StoryTable;
  article: ReadonlyMap<string, Paragraph>;
  /** The debrief of the same run (alternatives filled in or not). */
  debrief: Debrief;
  title: string;
  /** When the document is made (shown in its heading). */
  madeAt: Date;
  /** The student's name, when they gave one. */
  student?: string | null;
  /** The run code (src/debate/run-code.ts), which class results read like the run file. */
  runCode?: string;
}

const PRESET_NAMES: Record<Preset, string> = {
  full: 'The full table (six opponents)',
  short: 'The short table (three opponents)',
};

const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '±0');

export function metersText(meters: Meters, before?: Meters): string {
  const change = (now: number, was?: number) => (was === undefined ? '' : ` (${signed(now - was)})`);
  return `audience ${meters.audience} of 100${change(meters.audience, before?.audience)}, your credibility ${meters.credibility} of 100${change(meters.credibility, before?.credibility)}`;
}

/**
 * A line's words, with a dramatized lead-in in italics (the game's own words) before the part its
 * sources name, and the badges that say which is which.
 */
function spokenInline(line: Pick<ClaimLine, 'text' | 'leadIn' | 'dramatized'>): Inline[] {
  const { lead, rest } = lineParts(line);
  const words: Inline[] = lead ? [' ', { kind: 'em', text: lead }, rest] : [` ${line.text}`];
  if (line.dramatized) words.push({ kind: 'badge', text: 'dramatized', tone: 'dramatized' });
  if (lead) words.push({ kind: 'badge', text: 'lead-in dramatized', tone: 'dramatized' });
  return words;
}

/** A spoken line: the speaker, the words, then what the line is (dramatized or its sources, grade). */
function lineBlocks(cast: StoryTable, line: Pick<LineEvent, 'speaker' | 'text' | 'sources' | 'dramatized' | 'leadIn' | 'grade' | 'why'>): Block[] {
  const content: Inline[] = [{ kind: 'strong', text: `${speakerName(cast, line.speaker)}:` }, ...spokenInline(line)];
  if (line.sources.length > 0) content.push({ kind: 'badge', text: `source: ${line.sources.join(', ')}`, tone: 'source' });
  if (line.grade) content.push({ kind: 'badge', text: `grade: ${line.grade}`, tone: `grade-${line.grade}` });
  const blocks: Block[] = [{ kind: 'paragraph', role: 'line', content }];
  if (line.why) {
    blocks.push({ kind: 'paragraph', role: 'why', content: [{ kind: 'em', text: 'Why:' }, ` ${line.why.text} (${line.why.sources.join(', ')})`] });
  }
  return blocks;
}

/** “What the choice said” (the move, and the card when the choice text does not already name it). */
export function moveText(move: Pick<MoveLabel, 'text' | 'moveName' | 'cardName'>): string {
  const kind = move.cardName && move.cardName !== move.text ? `${move.moveName}: ${move.cardName}` : move.moveName;
  return `“${move.text}” (${kind})`;
}

function sectionHeading(cast: StoryTable, exchange: Exchange | undefined, kind: string, endingTitle?: string): string {
  if (kind === 'opening') return 'Opening';
  if (kind === 'ending') return `Ending: ${endingTitle ?? ''}`.trim();
  if (kind === 'closing') return 'Closing statement';
  const placard = exchange ? cast.speakers[exchange.speaker] : undefined;
  const who = [exchange?.name, placard?.title, placard?.city].filter((s) => !!s).join(', ');
  return who || 'Exchange';
}

const quoteBlock = (q: Quote): Block =>
  q.heading ? { kind: 'quote', id: q.id, text: q.text, heading: q.heading } : { kind: 'quote', id: q.id, text: q.text };

function principleBlocks(principle: Principle | undefined): Block[] {
  if (!principle) return [{ kind: 'paragraph', content: ['(No principle recorded for this move.)'] }];
  return [{ kind: 'paragraph', content: [principle.text] }, ...principle.sources.map(quoteBlock)];
}

function alternativeBlocks(move: GradedMove): Block[] {
  const alt: Alternative | null | undefined = move.alternative;
  if (alt === undefined) return [{ kind: 'paragraph', content: ['(Not worked out.)'] }];
  if (alt === null) return [{ kind: 'paragraph', content: ['Nothing on offer here would have graded as well as your move.'] }];
  const lead = alt.better ? 'A stronger move here' : 'Another move as strong';
  return [
    {
      kind: 'paragraph',
      content: [`${lead}: ${moveText(alt)}`, { kind: 'badge', text: `grade: ${alt.grade}`, tone: `grade-${alt.grade}` }],
    },
    ...(alt.why ? [{ kind: 'paragraph', role: 'why', content: [{ kind: 'em', text: 'Why:' }, ` ${alt.why.text}`] } as Block] : []),
  ];
}

const claimInline = (cast: StoryTable, line: ClaimLine): Inline[] => [
  { kind: 'strong', text: `${speakerName(cast, line.speaker)}:` },
  ...spokenInline(line),
];

/** The debrief as blocks: one titled part per exchange, then "critique the expert". */
export function debriefBlocks(cast: StoryTable, debrief: Debrief, level: 2 | 3 = 2): Block[] {
  const sub = (level + 1) as 2 | 3;
  const blocks: Block[] = [{ kind: 'heading', level, text: 'Debrief' }];
  for (const x of debrief.exchanges) {
    const items: { term: string; details: Block[] }[] = [];
    items.push({ term: x.kind === 'closing' ? 'The question' : 'The claim', details: [{ kind: 'list', items: x.claim.map((l) => claimInline(cast, l)) }] });
    if (x.claimSources.length > 0) items.push({ term: 'From the article', details: x.claimSources.map(quoteBlock) });
    if (x.rhetoric) items.push({ term: 'The rhetorical move at work', details: [{ kind: 'paragraph', content: [x.rhetoric] }] });
    if (x.presses.length > 0) {
      items.push({ term: 'You asked first', details: [{ kind: 'list', items: x.presses.map((p) => [`“${p.text}”`]) }] });
    }
    if (x.moves.length === 0) {
      items.push({ term: 'Your move', details: [{ kind: 'paragraph', content: ['No graded move was made in this exchange.'] }] });
    }
    for (const m of x.moves) {
      items.push({
        term: m.move === 'concede' ? 'Your concession' : 'Your move',
        details: [{ kind: 'paragraph', content: [moveText(m), { kind: 'badge', text: `grade: ${m.grade}`, tone: `grade-${m.grade}` }] }],
      });
      items.push({ term: `Why it was ${m.grade}`, details: principleBlocks(m.why) });
      if (m.cardRhetoric) items.push({ term: `The card's own move: ${m.cardName ?? ''}`, details: [{ kind: 'paragraph', content: [m.cardRhetoric] }] });
      items.push({ term: 'What else could you have tried', details: alternativeBlocks(m) });
    }
    if (x.kind === 'figure') {
      const stance = x.stanceAfter && x.stanceBefore !== x.stanceAfter ? `; ${x.name} went from ${x.stanceBefore ?? '?'} to ${x.stanceAfter}` : '';
      items.push({ term: 'The room', details: [{ kind: 'paragraph', content: [`${metersText(x.metersAfter, x.metersBefore)}${stance}.`] }] });
    }
    const title = x.label ? `${x.name}: “${x.label}”` : x.name;
    blocks.push({ kind: 'section', label: title, blocks: [{ kind: 'heading', level: sub, text: title }, { kind: 'terms', items }] });
  }
  if (debrief.prompts.length > 0) {
    const prompts: Block[] = [
      { kind: 'heading', level: sub, text: 'Critique the expert' },
      {
        kind: 'paragraph',
        content: ['The same lens applies to Mehdi Motaharnia, whose counterpoints you held. Discuss:'],
      },
    ];
    for (const p of debrief.prompts) {
      prompts.push({ kind: 'paragraph', content: [{ kind: 'strong', text: p.title }] });
      prompts.push({ kind: 'paragraph', content: [p.text] });
      prompts.push(...p.sources.map(quoteBlock));
    }
    blocks.push({ kind: 'section', label: 'Critique the expert', blocks: prompts });
  }
  return blocks;
}

export function buildTranscript(input: TranscriptInput): Doc {
  const { engine, cast, article, debrief, title, madeAt, student, runCode } = input;
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: `${title}: transcript` },
    ...(student || runCode
      ? [
          {
            kind: 'paragraph',
            role: 'meta',
            content: [
              ...(student ? [{ kind: 'strong', text: 'Student:' } as const, ` ${student}`] : []),
              ...(student && runCode ? [' · '] : []),
              ...(runCode ? [{ kind: 'strong', text: 'Run code:' } as const, ` ${runCode}`] : []),
            ],
          } satisfies Block,
        ]
      : []),
    {
      kind: 'paragraph',
      role: 'meta',
      content: [
        `${PRESET_NAMES[engine.state.preset]} · seed ${engine.state.seed} · made ${madeAt.toISOString().slice(0, 16).replace('T', ' ')} UTC · story build ${engine.storyHash.slice(0, 12)}`,
      ],
    },
    {
      kind: 'paragraph',
      role: 'meta',
      content: [
        'Staged from “Why negotiate with the US again”, an article provided by the Persian service of the Islamic Republic News Agency (IRNA). Lines marked “dramatized” go beyond the article; source ids name its paragraphs, quoted at the end. In a line marked “lead-in dramatized”, the words in italics are the game’s own and the rest is quoted or closely paraphrased from its source. The moderator is invented for the game.',
      ],
    },
  ];
  const cited = new Set<string>();
  for (const section of splitRun(cast, engine.history)) {
    const id = section.kind === 'figure' ? section.speaker : section.kind === 'closing' ? 'closing' : undefined;
    const exchange = id ? debrief.exchanges.find((x) => x.id === id) : undefined;
    const body: Block[] = [];
    const heading = sectionHeading(cast, exchange, section.kind, debrief.ending?.title);
    body.push({ kind: 'heading', level: 2, text: heading });
    if (exchange?.label) body.push({ kind: 'paragraph', role: 'meta', content: [`The article's label: “${exchange.label}”`] });
    for (const item of section.items) {
      if (item.kind === 'choice') {
        if (item.choice.move === 'continue') continue;
        const move = moveLabel(cast, item.decision, item.choice);
        body.push({ kind: 'paragraph', role: 'choice', content: [{ kind: 'strong', text: 'Your move:' }, ` ${moveText(move)}`] });
        continue;
      }
      const e = item.event;
      if (e.type === 'line') {
        for (const id of e.sources) cited.add(id);
        for (const id of e.why?.sources ?? []) cited.add(id);
        body.push(...lineBlocks(cast, e));
      } else if (e.type === 'stance' && e.previous) {
        body.push({ kind: 'paragraph', role: 'note', content: [`${speakerName(cast, e.speaker)} is now ${e.stance} (was ${e.previous}).`] });
      }
    }
    if (exchange) {
      body.push({ kind: 'paragraph', role: 'meters', content: [`After this exchange: ${metersText(exchange.metersAfter, exchange.metersBefore)}.`] });
    }
    if (section.kind === 'ending') {
      body.push({ kind: 'paragraph', role: 'meters', content: [`Where the room ended: ${metersText(engine.state.meters)}.`] });
      const stances = engine.state.seats.flatMap((id) => {
        const stance = engine.state.stances[id];
        return stance ? [[`${speakerName(cast, id)}: ${stance}`] as Inline[]] : [];
      });
      if (stances.length > 0) body.push({ kind: 'list', items: stances });
    }
    blocks.push({ kind: 'section', label: heading, blocks: body });
  }
  if (!engine.state.ended) {
    blocks.push({ kind: 'paragraph', role: 'note', content: ['The debate had not ended when this transcript was made.'] });
  }

  for (const x of debrief.exchanges) for (const m of x.moves) for (const q of m.alternative?.why?.sources ?? []) cited.add(q.id);
  for (const p of debrief.prompts) for (const q of p.sources) cited.add(q.id);
  blocks.push(...debriefBlocks(cast, debrief));

  const order = [...article.keys()];
  const sources = [...cited].sort((a, b) => rank(order, a) - rank(order, b));
  blocks.push({
    kind: 'section',
    label: 'Sources cited',
    blocks: [
      { kind: 'heading', level: 2, text: 'Sources cited' },
      { kind: 'paragraph', role: 'meta', content: ['Every paragraph of the article this debate cited, in the article’s order.'] },
      ...sources.map((id) => quoteBlock(quote(article, id))),
    ],
  });
  return { title: `${title}: transcript`, lang: 'en', blocks };
}

const rank = (order: string[], id: string) => {
  const i = order.indexOf(id);
  return i < 0 ? order.length : i;
};
