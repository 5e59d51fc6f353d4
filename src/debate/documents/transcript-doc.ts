// The transcript as a clean document: every line with its speaker, dramatized lines marked,
// sources listed, the player's moves and their grades, the meters after each exchange, the ending
// and the debrief, then the article paragraphs the debate cited. One model (document.ts blocks)
// serves the page, the print view, the HTML file and the Markdown file.
import type { Paragraph } from '../core/article.ts';
import { speakerName, type CastSheet } from '../core/cast.ts';
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
import type { DocumentWords, TranscriptWords } from './document-words.ts';
import type { DebateEngine } from '../core/engine.ts';
import type { LineEvent, Meters } from '../core/events.ts';
import { lineParts } from '../core/tags.ts';
export interface TranscriptInput {
  engine: Pick<DebateEngine, 'history' | 'state' | 'storyHash'>;
  cast: CastSheet;
  article: ReadonlyMap<string, Paragraph>;
  /** The debrief of the same run (alternatives filled in or not). */
  debrief: Debrief;
  title: string;
  /** When the document is made (shown in its heading). */
  madeAt: Date;
  /** The student's name, when they gave one. */
  student?: string | null;
  /** The run code (src/debate/persistence/run-code.ts), which class results read like the run file. */
  runCode?: string;
  /** The document's words, from the catalogue of its language. */
  words: DocumentWords;
}

export function metersText(meters: Meters, before: Meters | undefined, words: DocumentWords): string {
  const change = before ? { audience: meters.audience - before.audience, credibility: meters.credibility - before.credibility } : undefined;
  return words.transcript.meters(meters.audience, meters.credibility, change);
}

/**
 * A line's words, with a dramatized lead-in in italics (the game's own words) before the part its
 * sources name, and the badges that say which is which.
 */
function spokenInline(w: TranscriptWords, line: Pick<ClaimLine, 'text' | 'leadIn' | 'dramatized'>): Inline[] {
  const { lead, rest } = lineParts(line);
  const words: Inline[] = lead ? [' ', { kind: 'em', text: lead }, rest] : [` ${line.text}`];
  if (line.dramatized) words.push({ kind: 'badge', text: w.dramatized, tone: 'dramatized' });
  if (lead) words.push({ kind: 'badge', text: w.leadIn, tone: 'dramatized' });
  return words;
}

/** A spoken line: the speaker, the words, then what the line is (dramatized or its sources, grade). */
function lineBlocks(w: TranscriptWords, cast: CastSheet, line: Pick<LineEvent, 'speaker' | 'text' | 'sources' | 'dramatized' | 'leadIn' | 'grade' | 'why'>): Block[] {
  const content: Inline[] = [{ kind: 'strong', text: `${speakerName(cast, line.speaker)}:` }, ...spokenInline(w, line)];
  if (line.sources.length > 0) content.push({ kind: 'badge', text: w.source(line.sources), tone: 'source' });
  if (line.grade) content.push({ kind: 'badge', text: w.grade(line.grade), tone: `grade-${line.grade}` });
  const blocks: Block[] = [{ kind: 'paragraph', role: 'line', content }];
  if (line.why) {
    blocks.push({ kind: 'paragraph', role: 'why', content: [{ kind: 'em', text: w.why }, ` ${line.why.text}${w.whySources(line.why.sources)}`] });
  }
  return blocks;
}

/** “What the choice said” (the move, and the card when the choice text does not already name it). */
export function moveText(move: Pick<MoveLabel, 'text' | 'moveName' | 'cardName'>, words: DocumentWords): string {
  const w = words.transcript;
  const kind = move.cardName && move.cardName !== move.text ? w.moveAndCard(move.moveName, move.cardName) : move.moveName;
  return w.move(move.text, kind);
}

function sectionHeading(w: TranscriptWords, cast: CastSheet, exchange: Exchange | undefined, kind: string, endingTitle?: string): string {
  if (kind === 'opening') return w.opening;
  if (kind === 'ending') return w.ending(endingTitle ?? '');
  if (kind === 'closing') return w.closing;
  const placard = exchange ? cast.speakers[exchange.speaker] : undefined;
  const who = [exchange?.name, placard?.title, placard?.city].filter((s) => !!s).join(w.listSeparator);
  return who || w.exchange;
}

const quoteBlock = (q: Quote): Block =>
  q.heading ? { kind: 'quote', id: q.id, text: q.text, heading: q.heading } : { kind: 'quote', id: q.id, text: q.text };

function principleBlocks(w: TranscriptWords, principle: Principle | undefined): Block[] {
  if (!principle) return [{ kind: 'paragraph', content: [w.noPrinciple] }];
  return [{ kind: 'paragraph', content: [principle.text] }, ...principle.sources.map(quoteBlock)];
}

function alternativeBlocks(words: DocumentWords, move: GradedMove): Block[] {
  const w = words.transcript;
  const alt: Alternative | null | undefined = move.alternative;
  if (alt === undefined) return [{ kind: 'paragraph', content: [w.notWorkedOut] }];
  if (alt === null) return [{ kind: 'paragraph', content: [w.nothingBetter] }];
  const text = moveText(alt, words);
  return [
    {
      kind: 'paragraph',
      content: [alt.better ? w.stronger(text) : w.asStrong(text), { kind: 'badge', text: w.grade(alt.grade), tone: `grade-${alt.grade}` }],
    },
    ...(alt.why ? [{ kind: 'paragraph', role: 'why', content: [{ kind: 'em', text: w.why }, ` ${alt.why.text}`] } as Block] : []),
  ];
}

const claimInline = (w: TranscriptWords, cast: CastSheet, line: ClaimLine): Inline[] => [
  { kind: 'strong', text: `${speakerName(cast, line.speaker)}:` },
  ...spokenInline(w, line),
];

/** The debrief as blocks: one titled part per exchange, then "critique the expert". */
export function debriefBlocks(cast: CastSheet, debrief: Debrief, level: 2 | 3, words: DocumentWords): Block[] {
  const w = words.transcript;
  const sub = (level + 1) as 2 | 3;
  const blocks: Block[] = [{ kind: 'heading', level, text: w.debrief }];
  for (const x of debrief.exchanges) {
    const items: { term: string; details: Block[] }[] = [];
    items.push({ term: x.kind === 'closing' ? w.question : w.claim, details: [{ kind: 'list', items: x.claim.map((l) => claimInline(w, cast, l)) }] });
    if (x.claimSources.length > 0) items.push({ term: w.fromArticle, details: x.claimSources.map(quoteBlock) });
    if (x.rhetoric) items.push({ term: w.rhetoric, details: [{ kind: 'paragraph', content: [x.rhetoric] }] });
    if (x.presses.length > 0) {
      items.push({ term: w.askedFirst, details: [{ kind: 'list', items: x.presses.map((p) => [w.asked(p.text)]) }] });
    }
    if (x.moves.length === 0) {
      items.push({ term: w.yourMove, details: [{ kind: 'paragraph', content: [w.noGradedMove] }] });
    }
    for (const m of x.moves) {
      items.push({
        term: m.move === 'concede' ? w.concession : w.yourMove,
        details: [{ kind: 'paragraph', content: [moveText(m, words), { kind: 'badge', text: w.grade(m.grade), tone: `grade-${m.grade}` }] }],
      });
      items.push({ term: w.whyGrade(m.grade), details: principleBlocks(w, m.why) });
      if (m.cardRhetoric) items.push({ term: w.cardMove(m.cardName ?? ''), details: [{ kind: 'paragraph', content: [m.cardRhetoric] }] });
      items.push({ term: w.elseTried, details: alternativeBlocks(words, m) });
    }
    if (x.kind === 'figure') {
      const stanceWord = (stance: string | undefined) => (stance ? (w.stance[stance as keyof typeof w.stance] ?? stance) : '?');
      const stance = x.stanceAfter && x.stanceBefore !== x.stanceAfter ? w.stanceMoved(x.name, stanceWord(x.stanceBefore), stanceWord(x.stanceAfter)) : '';
      items.push({ term: w.room, details: [{ kind: 'paragraph', content: [w.roomLine(metersText(x.metersAfter, x.metersBefore, words), stance)] }] });
    }
    const name = x.kind === 'closing' ? w.closingName : x.name;
    const title = x.label ? w.exchangeTitle(name, x.label) : name;
    blocks.push({ kind: 'section', label: title, blocks: [{ kind: 'heading', level: sub, text: title }, { kind: 'terms', items }] });
  }
  if (debrief.prompts.length > 0) {
    const prompts: Block[] = [
      { kind: 'heading', level: sub, text: w.critique },
      { kind: 'paragraph', content: [w.critiqueHelp] },
    ];
    for (const p of debrief.prompts) {
      prompts.push({ kind: 'paragraph', content: [{ kind: 'strong', text: p.title }] });
      prompts.push({ kind: 'paragraph', content: [p.text] });
      prompts.push(...p.sources.map(quoteBlock));
    }
    blocks.push({ kind: 'section', label: w.critique, blocks: prompts });
  }
  return blocks;
}

export function buildTranscript(input: TranscriptInput): Doc {
  const { engine, cast, article, debrief, title, madeAt, student, runCode } = input;
  const words = input.words;
  const w = words.transcript;
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: w.heading(title) },
    ...(student || runCode
      ? [
          {
            kind: 'paragraph',
            role: 'meta',
            content: [
              ...(student ? [{ kind: 'strong', text: w.student } as const, ` ${student}`] : []),
              ...(student && runCode ? [' · '] : []),
              ...(runCode ? [{ kind: 'strong', text: w.runCode } as const, ` ${runCode}`] : []),
            ],
          } satisfies Block,
        ]
      : []),
    {
      kind: 'paragraph',
      role: 'meta',
      content: [
        w.meta(w.preset[engine.state.preset], engine.state.seed, madeAt.toISOString().slice(0, 16).replace('T', ' '), engine.storyHash.slice(0, 12)),
      ],
    },
    {
      kind: 'paragraph',
      role: 'meta',
      content: [w.about],
    },
  ];
  const cited = new Set<string>();
  for (const section of splitRun(cast, engine.history)) {
    const id = section.kind === 'figure' ? section.speaker : section.kind === 'closing' ? 'closing' : undefined;
    const exchange = id ? debrief.exchanges.find((x) => x.id === id) : undefined;
    const body: Block[] = [];
    const heading = sectionHeading(w, cast, exchange, section.kind, debrief.ending?.title);
    body.push({ kind: 'heading', level: 2, text: heading });
    if (exchange?.label) body.push({ kind: 'paragraph', role: 'meta', content: [w.articleLabel(exchange.label)] });
    for (const item of section.items) {
      if (item.kind === 'choice') {
        if (item.choice.move === 'continue') continue;
        const move = moveLabel(cast, item.decision, item.choice);
        body.push({ kind: 'paragraph', role: 'choice', content: [{ kind: 'strong', text: w.yourMoveLabel }, ` ${moveText(move, words)}`] });
        continue;
      }
      const e = item.event;
      if (e.type === 'line') {
        for (const id of e.sources) cited.add(id);
        for (const id of e.why?.sources ?? []) cited.add(id);
        body.push(...lineBlocks(w, cast, e));
      } else if (e.type === 'stance' && e.previous) {
        body.push({ kind: 'paragraph', role: 'note', content: [w.stanceNow(speakerName(cast, e.speaker), w.stance[e.stance], w.stance[e.previous])] });
      }
    }
    if (exchange) {
      body.push({ kind: 'paragraph', role: 'meters', content: [w.afterExchange(metersText(exchange.metersAfter, exchange.metersBefore, words))] });
    }
    if (section.kind === 'ending') {
      body.push({ kind: 'paragraph', role: 'meters', content: [w.roomEnded(metersText(engine.state.meters, undefined, words))] });
      const stances = engine.state.seats.flatMap((id) => {
        const stance = engine.state.stances[id];
        return stance ? [[w.stanceOf(speakerName(cast, id), w.stance[stance])] as Inline[]] : [];
      });
      if (stances.length > 0) body.push({ kind: 'list', items: stances });
    }
    blocks.push({ kind: 'section', label: heading, blocks: body });
  }
  if (!engine.state.ended) {
    blocks.push({ kind: 'paragraph', role: 'note', content: [w.notEnded] });
  }

  for (const x of debrief.exchanges) for (const m of x.moves) for (const q of m.alternative?.why?.sources ?? []) cited.add(q.id);
  for (const p of debrief.prompts) for (const q of p.sources) cited.add(q.id);
  blocks.push(...debriefBlocks(cast, debrief, 2, words));

  const order = [...article.keys()];
  const sources = [...cited].sort((a, b) => rank(order, a) - rank(order, b));
  blocks.push({
    kind: 'section',
    label: w.sourcesCited,
    blocks: [
      { kind: 'heading', level: 2, text: w.sourcesCited },
      { kind: 'paragraph', role: 'meta', content: [w.sourcesHelp] },
      ...sources.map((id) => quoteBlock(quote(article, id))),
    ],
  });
  return { title: w.heading(title), lang: words.lang, blocks };
}

const rank = (order: string[], id: string) => {
  const i = order.indexOf(id);
  return i < 0 ? order.length : i;
};
