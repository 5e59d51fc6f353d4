// The debrief: a finished (or paused) run read back exchange by exchange. For each figure: the
// claim they opened with and the paragraph it comes from, the rhetorical move at work in it, what
// the player did, the grade and the principle behind it, and the strongest move not taken.
// Pure: it reads the engine's history and previews choices on the engine's scratch story.
import type { Paragraph } from '../core/article.ts';
import { isFigure, speakerName, type CastSheet } from '../core/cast.ts';
import {
  GRADED_MOVES,
  GRADES,
  type CardId,
  type Grade,
  type Move,
  type Preset,
  type SpeakerId,
  type Stance,
} from '../core/contract.ts';
import type { DebateEngine, Step } from '../core/engine.ts';
import type { ChoiceView, DebateEvent, LineEvent, Meters } from '../core/events.ts';

/** A paragraph of the article, quoted by id. `text` is empty when the id is not in the article. */
export interface Quote {
  id: string;
  heading: string;
  text: string;
}

export interface ClaimLine {
  speaker: SpeakerId;
  text: string;
  sources: string[];
  dramatized: boolean;
  /** A sourced line's opening words written for the game (see LineEvent.leadIn). */
  leadIn?: string;
}

/** A choice described for people: what it said, the move's name, the card's name. */
export interface MoveLabel {
  decision: number;
  index: number;
  text: string;
  move: Move;
  moveName: string;
  card?: CardId;
  cardName?: string;
  /** The rhetorical move the card makes (story/cast.json): the expert's cards get labels too. */
  cardRhetoric?: string;
}

export interface Principle {
  text: string;
  sources: Quote[];
}

export interface Alternative extends MoveLabel {
  grade: Grade;
  why?: Principle;
  /** Strictly stronger than the move taken (otherwise it is an equally strong other way). */
  better: boolean;
  /** The choices that lead to the decision where this move is offered: where "Try it" jumps. */
  prefix: number[];
}

export interface GradedMove extends MoveLabel {
  grade: Grade;
  why?: Principle;
  /** The line that answered the move (the one carrying the grade). */
  response: ClaimLine;
  /**
   * The strongest other move offered at the same decision, when one is at least as strong as this
   * one; null when none is; undefined until computed (findAlternatives).
   */
  alternative?: Alternative | null;
}

export interface Exchange {
  /** 'closing' for the closing statement, otherwise the figure's speaker id. */
  id: string;
  kind: 'figure' | 'closing';
  speaker: SpeakerId;
  name: string;
  /** The article's one-line label of the figure's argument. */
  label?: string;
  /** The rhetorical move at work in the claim (story/cast.json). */
  rhetoric?: string;
  claim: ClaimLine[];
  /** The paragraphs the claim cites, quoted. */
  claimSources: Quote[];
  /** Questions the player asked before answering (ungraded). */
  presses: MoveLabel[];
  moves: GradedMove[];
  metersBefore: Meters;
  metersAfter: Meters;
  stanceBefore?: Stance;
  stanceAfter?: Stance;
}

export interface CritiquePrompt {
  title: string;
  text: string;
  sources: Quote[];
}

export interface Debrief {
  preset: Preset;
  seed: number;
  path: number[];
  exchanges: Exchange[];
  ending?: { id: string; title: string; epilogue: ClaimLine[] };
  meters: Meters;
  prompts: CritiquePrompt[];
}

/** The content file story/debrief.json: prompts that turn the debrief's lens on the expert. */
export interface DebriefContent {
  prompts: { title: string; text: string; sources: string[] }[];
}

/** strong > partial > weak > backfire. */
export const gradeRank = (grade: Grade): number => GRADES.length - GRADES.indexOf(grade);

const GRADED: ReadonlySet<Move> = new Set(GRADED_MOVES);

export function quote(article: ReadonlyMap<string, Paragraph>, id: string): Quote {
  const p = article.get(id);
  return { id, heading: p?.heading ?? '', text: p?.text ?? '' };
}

const unique = (ids: Iterable<string>) => [...new Set(ids)];

export function moveLabel(cast: CastSheet, decision: number, choice: ChoiceView): MoveLabel {
  const label: MoveLabel = {
    decision,
    index: choice.index,
    text: choice.text,
    move: choice.move,
    moveName: cast.moves[choice.move] ?? choice.move,
  };
  if (choice.card) {
    label.card = choice.card;
    label.cardName = cast.cards[choice.card]?.name ?? choice.card;
    const rhetoric = cast.cards[choice.card]?.rhetoric;
    if (rhetoric) label.cardRhetoric = rhetoric;
  }
  return label;
}

const toClaimLine = (e: LineEvent): ClaimLine => ({
  speaker: e.speaker,
  text: e.text,
  sources: [...e.sources],
  dramatized: e.dramatized,
  ...(e.leadIn !== undefined && { leadIn: e.leadIn }),
});

// ---- the run as sections ---------------------------------------------------------------------

/** One item of the run in order: an event, or the choice the player made at a decision. */
export type RunItem =
  | { kind: 'event'; event: DebateEvent; decision: number }
  | { kind: 'choice'; decision: number; choice: ChoiceView };

export interface RunSection {
  kind: 'opening' | 'figure' | 'closing' | 'ending';
  /** The figure for 'figure' sections. */
  speaker?: SpeakerId;
  items: RunItem[];
}

/** Every event of the run with the player's choices in between, in the order they happened. */
export function runItems(history: readonly Step[]): RunItem[] {
  const items: RunItem[] = [];
  history.forEach((step, decision) => {
    for (const event of step.beat.events) {
      if (event.type !== 'choices') items.push({ kind: 'event', event, decision });
    }
    const choice = step.chosen === undefined ? undefined : step.beat.choices?.choices[step.chosen];
    if (choice) items.push({ kind: 'choice', decision, choice });
  });
  return items;
}

/** The figure's own sourced line that opens its exchange (its viewpoint from the article). */
function opensExchange(cast: CastSheet, e: LineEvent): boolean {
  if (!isFigure(cast, e.speaker) || e.dramatized) return false;
  const own = cast.speakers[e.speaker]?.source ?? (e.speaker.startsWith('f-') ? e.speaker : `f-${e.speaker}`);
  return e.sources.includes(own) || e.sources.includes(`f-${e.speaker}`);
}

/**
 * Splits the run into the opening, one section per figure, the closing and the ending.
 *
 * The engine reports a variable change (a `stage` change, the meters) before the line whose logic
 * made it, so a section that starts with a stage change starts at that progress event. A figure's
 * section starts at its sourced opening line, with the moderator's lines giving the floor just
 * before it.
 */
export function splitRun(cast: CastSheet, history: readonly Step[]): RunSection[] {
  const items = runItems(history);
  const starts: { at: number; kind: RunSection['kind']; speaker?: SpeakerId }[] = [];
  let current: SpeakerId | 'closing' | 'ending' | null = null;
  items.forEach((item, i) => {
    if (item.kind !== 'event') return;
    const e = item.event;
    if (e.type === 'line' && opensExchange(cast, e) && current !== e.speaker) {
      current = e.speaker;
      starts.push({ at: floorStart(items, i), kind: 'figure', speaker: e.speaker });
    } else if (e.type === 'progress' && (e.progress.stage === 'closing' || e.progress.stage === 'ending')) {
      if (current === e.progress.stage) return;
      current = e.progress.stage;
      starts.push({ at: i, kind: e.progress.stage });
    }
  });
  const sections: RunSection[] = [];
  const firstAt = starts[0]?.at ?? items.length;
  if (firstAt > 0) sections.push({ kind: 'opening', items: items.slice(0, firstAt) });
  starts.forEach((s, n) => {
    const end = starts[n + 1]?.at ?? items.length;
    const section: RunSection = { kind: s.kind, items: items.slice(s.at, end) };
    if (s.speaker) section.speaker = s.speaker;
    sections.push(section);
  });
  return sections;
}

/**
 * The moderator's lines giving the floor belong to the figure's section, with the progress change
 * that comes with them. A meters change just before belongs to the previous exchange's verdict.
 */
function floorStart(items: RunItem[], at: number): number {
  let start = at;
  for (let i = at - 1; i >= 0; i--) {
    const item = items[i];
    if (item?.kind !== 'event') break;
    const e = item.event;
    const floorLine = e.type === 'line' && e.speaker === 'moderator' && !e.grade;
    if (e.type === 'progress' || floorLine) start = i;
    else break;
  }
  return start;
}

/** The epilogue: the lines of the ending section, the first line included. */
export function epilogueLines(cast: CastSheet, history: readonly Step[]): LineEvent[] {
  const ending = splitRun(cast, history).find((s) => s.kind === 'ending');
  return (ending?.items ?? []).flatMap((item) =>
    item.kind === 'event' && item.event.type === 'line' ? [item.event] : [],
  );
}

// ---- the debrief -----------------------------------------------------------------------------

export interface DebriefInput {
  engine: Pick<DebateEngine, 'history' | 'path' | 'state'>;
  cast: CastSheet;
  article: ReadonlyMap<string, Paragraph>;
  content?: DebriefContent;
}

/** Builds the debrief without alternatives (fast); findAlternatives fills them in. */
export function buildDebrief({ engine, cast, article, content }: DebriefInput): Debrief {
  const principle = (why: LineEvent['why']): Principle | undefined =>
    why ? { text: why.text, sources: why.sources.map((id) => quote(article, id)) } : undefined;
  const history = engine.history;
  // The table as it stood when decision k was offered (k = history.length - 1: the run's end).
  const tableAt = (k: number) => history[Math.min(k, history.length - 1)]?.table ?? engine.state;
  const exchanges: Exchange[] = [];
  let ending: Debrief['ending'];

  for (const section of splitRun(cast, history)) {
    if (section.kind === 'ending') {
      const epilogue: ClaimLine[] = [];
      let id = engine.state.ending ?? '';
      for (const item of section.items) {
        if (item.kind !== 'event') continue;
        if (item.event.type === 'line') epilogue.push(toClaimLine(item.event));
        if (item.event.type === 'ending') id = item.event.id;
      }
      ending = { id, title: cast.endings[id]?.title ?? id, epilogue };
      continue;
    }
    if (section.kind === 'opening') continue;
    const figure = section.kind === 'figure' ? section.speaker : undefined;
    const decisions = section.items.flatMap((item) => (item.kind === 'choice' ? [item.decision] : []));
    const first = decisions[0] ?? history.length - 1;
    const after = (decisions.at(-1) ?? first - 1) + 1;
    const speaker: SpeakerId = figure ?? 'moderator';
    const placard = figure ? cast.speakers[figure] : undefined;
    const exchange: Exchange = {
      id: figure ?? 'closing',
      kind: figure ? 'figure' : 'closing',
      speaker,
      name: figure ? speakerName(cast, figure) : 'Your closing statement',
      claim: [],
      claimSources: [],
      presses: [],
      moves: [],
      metersBefore: { ...tableAt(first).meters },
      metersAfter: { ...tableAt(after).meters },
    };
    if (placard?.label) exchange.label = placard.label;
    if (placard?.rhetoric) exchange.rhetoric = placard.rhetoric;
    if (figure) {
      const before = tableAt(first).stances[figure];
      const later = tableAt(after).stances[figure];
      if (before) exchange.stanceBefore = before;
      if (later) exchange.stanceAfter = later;
    }

    let decided = false;
    let pending: MoveLabel | undefined;
    for (const item of section.items) {
      if (item.kind === 'choice') {
        decided = true;
        const label = moveLabel(cast, item.decision, item.choice);
        if (item.choice.move === 'press') exchange.presses.push(label);
        pending = GRADED.has(item.choice.move) ? label : undefined;
        continue;
      }
      const e = item.event;
      if (e.type !== 'line') continue;
      if (!decided) {
        // The claim: the figure's sourced lines (and a sourced objection the moderator puts); for
        // the closing, the moderator's question.
        const sourced = !e.dramatized && e.sources.length > 0 && (e.speaker === figure || e.speaker === 'moderator');
        if (sourced || (!figure && e.speaker === 'moderator')) exchange.claim.push(toClaimLine(e));
        continue;
      }
      // Every graded move has exactly one graded line: the first answer after it.
      if (pending && e.grade && item.decision === pending.decision + 1) {
        const move: GradedMove = { ...pending, grade: e.grade, response: toClaimLine(e) };
        const why = principle(e.why);
        if (why) move.why = why;
        exchange.moves.push(move);
        pending = undefined;
      }
    }
    exchange.claimSources = unique(exchange.claim.flatMap((l) => l.sources)).map((id) => quote(article, id));
    exchanges.push(exchange);
  }

  const debrief: Debrief = {
    preset: engine.state.preset,
    seed: engine.state.seed,
    path: [...engine.path],
    exchanges,
    meters: { ...engine.state.meters },
    prompts: (content?.prompts ?? []).map((p) => ({
      title: p.title,
      text: p.text,
      sources: p.sources.map((id) => quote(article, id)),
    })),
  };
  if (ending) debrief.ending = ending;
  return debrief;
}

/**
 * The strongest other move offered at the decision where `taken` was made, previewed on the
 * engine's scratch story. A press leads back to the same menu, so it is not a move of its own here.
 * Returns null when no other move is at least as strong as the one taken.
 */
export function findAlternative(
  engine: Pick<DebateEngine, 'history' | 'preview' | 'path'>,
  cast: CastSheet,
  article: ReadonlyMap<string, Paragraph>,
  taken: Pick<GradedMove, 'decision' | 'index' | 'grade'>,
): Alternative | null {
  const choices = engine.history[taken.decision]?.beat.choices?.choices ?? [];
  let best: Alternative | null = null;
  for (const choice of choices) {
    if (choice.index === taken.index || !GRADED.has(choice.move)) continue;
    const beat = engine.preview(taken.decision, choice.index);
    const graded = beat.events.find((e): e is LineEvent => e.type === 'line' && !!e.grade);
    if (!graded?.grade) continue;
    if (best && gradeRank(graded.grade) <= gradeRank(best.grade)) continue;
    best = {
      ...moveLabel(cast, taken.decision, choice),
      grade: graded.grade,
      better: gradeRank(graded.grade) > gradeRank(taken.grade),
      prefix: engine.path.slice(0, taken.decision),
    };
    if (graded.why) best.why = { text: graded.why.text, sources: graded.why.sources.map((id) => quote(article, id)) };
  }
  return best && gradeRank(best.grade) >= gradeRank(taken.grade) ? best : null;
}

/**
 * Fills in every move's alternative, one move per step, so a view can stay responsive between
 * steps. Each yield reports how many moves are done out of how many.
 */
export function* alternativeSteps(
  engine: Pick<DebateEngine, 'history' | 'preview' | 'path'>,
  cast: CastSheet,
  article: ReadonlyMap<string, Paragraph>,
  debrief: Debrief,
): Generator<{ done: number; total: number; move: GradedMove }> {
  const moves = debrief.exchanges.flatMap((x) => x.moves);
  let done = 0;
  for (const move of moves) {
    if (move.alternative === undefined) move.alternative = findAlternative(engine, cast, article, move);
    done++;
    yield { done, total: moves.length, move };
  }
}

/** Fills in every alternative at once (tests, exports). */
export function findAlternatives(
  engine: Pick<DebateEngine, 'history' | 'preview' | 'path'>,
  cast: CastSheet,
  article: ReadonlyMap<string, Paragraph>,
  debrief: Debrief,
): Debrief {
  for (const _ of alternativeSteps(engine, cast, article, debrief)) void _;
  return debrief;
}

/** The graded moves of the run, in order, as the run file records them. */
export function runGrades(debrief: Debrief): { decision: number; speaker: SpeakerId; move: Move; card: CardId | null; grade: Grade }[] {
  return debrief.exchanges.flatMap((x) =>
    x.moves.map((m) => ({ decision: m.decision, speaker: x.speaker, move: m.move, card: m.card ?? null, grade: m.grade })),
  );
}

/** Checks story/debrief.json; returns the content and the problems found (empty when fine). */
export function parseDebriefContent(data: unknown, articleIds?: ReadonlySet<string>): { content: DebriefContent; problems: string[] } {
  const problems: string[] = [];
  const content: DebriefContent = { prompts: [] };
  const prompts = typeof data === 'object' && data !== null ? (data as { prompts?: unknown }).prompts : undefined;
  if (!Array.isArray(prompts)) return { content, problems: ['debrief.json: "prompts" must be a list'] };
  prompts.forEach((p: unknown, i) => {
    const where = `debrief.json: prompts[${i}]`;
    const f = (typeof p === 'object' && p !== null ? p : {}) as Record<string, unknown>;
    const title = typeof f.title === 'string' ? f.title.trim() : '';
    const text = typeof f.text === 'string' ? f.text.trim() : '';
    const sources = Array.isArray(f.sources) ? f.sources.filter((s): s is string => typeof s === 'string') : [];
    if (!title) problems.push(`${where}: needs a title`);
    if (!text) problems.push(`${where}: needs a text`);
    if (sources.length === 0) problems.push(`${where}: must cite at least one paragraph id`);
    for (const id of sources) {
      if (articleIds && !articleIds.has(id)) problems.push(`${where}: cites '${id}', which is not a paragraph of the article`);
    }
    if (title && text) content.prompts.push({ title, text, sources });
  });
  return { content, problems };
}
