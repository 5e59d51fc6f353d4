// The story check's rules for a fair fight and honest sourcing, kept apart from check.ts so that each
// can grow on its own: words read per playthrough (lines and every choice shown), random play that no
// ending dominates, every ending's "room" in story/cast.json, narrator lines about real guests marked
// dramatized, dramatized lead-ins that really open their lines, and at most eight choices at a
// decision, each with its own key.
import { ROOMS, type Room } from '../../src/debate/core/cast.ts';
import { figuresOf, isFigure } from '../../src/debate/core/cast.ts';
import { isOneOf } from '../../src/debate/core/contract.ts';
import { parseChoiceTags, parseLineTags, splitLeadIn } from '../../src/debate/core/tags.ts';
import { clashingKeys, keysFor, type Keyed } from '../../src/ui/play/move-keys.ts';
import type { LintProblem, CastSheet } from './lint.ts';
import type { RandomPlayReport } from './report.ts';
import type { WalkChoice, WalkGraph, WalkNode } from './walk.ts';

export interface FairnessOptions {
  /** No ending may be reached by more than this share of random playthroughs. */
  maxEndingShare: number;
  /** Every ending must be reached by at least this share of random playthroughs, on every table. */
  minEndingShare: number;
  /** Higher floors for particular endings (e.g. the one where the opponents carry the room). */
  endingFloors: Record<string, number>;
  /** The most words a median random playthrough may read, per table. */
  maxMedianWords: Record<string, number>;
}

export const defaultFairness: FairnessOptions = {
  maxEndingShare: 0.45,
  minEndingShare: 0.02,
  endingFloors: { 'opponents-carry-the-room': 0.08 },
  maxMedianWords: { full: 2800, short: 1400 },
};

export const countWords = (text: string): number => (text.match(/\S+/g) ?? []).length;

/** The words a player reads in the choices of one decision: every choice's text and card name. */
export function menuWords(choices: readonly Pick<WalkChoice, 'text' | 'tags'>[], table: CastSheet): number {
  let words = 0;
  for (const choice of choices) {
    words += countWords(choice.text);
    const card = parseChoiceTags(choice.tags).value.card;
    if (card) words += countWords(table.cards[card]?.name ?? '');
  }
  return words;
}

/** For randomPlay: the words shown at a decision. */
export const shownWords = (table: CastSheet) => (node: WalkNode): number => menuWords(node.choices, table);

/** Random play on one table: shares of endings against the thresholds, and the words read. */
export function checkRandomPlay(label: string, random: RandomPlayReport, endings: readonly string[], options: FairnessOptions): string[] {
  const problems: string[] = [];
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  for (const [id, share] of Object.entries(random.endings)) {
    if (share > options.maxEndingShare) {
      problems.push(`${label}: random play reaches '${id}' in ${pct(share)} of runs (at most ${pct(options.maxEndingShare)})`);
    }
  }
  for (const id of endings) {
    const share = random.endings[id] ?? 0;
    const floor = Math.max(options.minEndingShare, options.endingFloors[id] ?? 0);
    if (share < floor) problems.push(`${label}: random play reaches '${id}' in ${pct(share)} of runs (at least ${pct(floor)})`);
  }
  const limit = options.maxMedianWords[label];
  if (limit !== undefined && random.words.median > limit) {
    problems.push(`${label}: a median playthrough reads ${random.words.median} words (at most ${limit})`);
  }
  return problems;
}

/**
 * Every ending in story/cast.json says which side carried the room, and each side has one; every
 * ending has a hint for the endings gallery (how the debate went, never which choices to make).
 */
export function lintEndingRooms(table: CastSheet): string[] {
  const problems: string[] = [];
  const rooms = new Set<Room>();
  for (const [id, ending] of Object.entries(table.endings)) {
    const room = (ending as { room?: unknown }).room;
    if (typeof room !== 'string' || !isOneOf(ROOMS, room)) {
      problems.push(`cast.json: ending '${id}' needs "room": ${ROOMS.map((r) => `"${r}"`).join(', ')}`);
    } else rooms.add(room);
    const hint = (ending as { hint?: unknown }).hint;
    if (typeof hint !== 'string' || hint.trim().length < 10) problems.push(`cast.json: ending '${id}' needs a "hint" for the endings gallery`);
  }
  for (const room of ROOMS) {
    if (!rooms.has(room)) problems.push(`cast.json: no ending where the room is "${room}"`);
  }
  return problems;
}

/** A guest's surname as the narrator would use it ("Sediqi", "Hamedani"). */
function surnames(table: CastSheet): string[] {
  return figuresOf(table).map((id) => table.speakers[id]?.name.split(/\s+/).at(-1) ?? id).filter((s) => s.length > 2);
}

/**
 * Narration is the game's own voice: a narrator line that names a real guest, speaks of the guests,
 * or sets a guest's stance describes real people beyond the article, so it must say `# dramatized`.
 */
export function lintNarrators(graph: WalkGraph, table: CastSheet): LintProblem[] {
  const names = surnames(table).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const aboutGuests = new RegExp(`\\b(${[...names, 'guests?'].join('|')})\\b`, 'i');
  const problems: LintProblem[] = [];
  for (const line of graph.lines) {
    const tags = parseLineTags(line.tags).value;
    if (tags.speaker !== 'narrator' || tags.dramatized) continue;
    const stanceOfGuest = tags.stances.some((s) => isFigure(table, s.speaker));
    if (stanceOfGuest || aboutGuests.test(line.text)) {
      problems.push({ message: `a narrator line describing a real guest must be '# dramatized'`, where: line.path, text: line.text.slice(0, 80) });
    }
  }
  return problems;
}

/** `# dramatized: <lead-in>` must be how its line begins, and leave a sourced part after it. */
export function lintLeadIns(graph: WalkGraph): LintProblem[] {
  const problems: LintProblem[] = [];
  for (const line of graph.lines) {
    const tags = parseLineTags(line.tags).value;
    if (tags.leadIn === undefined) continue;
    const { problem } = splitLeadIn(line.text, tags.leadIn);
    if (problem) problems.push({ message: problem, where: line.path, text: line.text.slice(0, 80) });
  }
  return problems;
}

/** The most choices a decision may offer: a sharp choice, not a long menu. */
export const MAX_CHOICES = 8;

/**
 * Every decision offers at most MAX_CHOICES choices; every choice has a key by its move, and no two
 * choices of a decision share one.
 */
export function lintChoiceKeys(graph: WalkGraph): LintProblem[] {
  const problems: LintProblem[] = [];
  const seen = new Set<string>();
  for (const node of graph.nodes) {
    if (node.choices.length === 0 || seen.has(node.position)) continue;
    seen.add(node.position);
    const keyed: Keyed[] = node.choices.map((c) => {
      const tags = parseChoiceTags(c.tags).value;
      return { move: tags.move ?? 'continue', card: tags.card };
    });
    const where = node.position.split('|')[0] ?? node.position;
    if (node.choices.length > MAX_CHOICES) {
      problems.push({ message: `a decision offers ${node.choices.length} choices (at most ${MAX_CHOICES})`, where });
    }
    keysFor(keyed).forEach((key, i) => {
      if (!key) problems.push({ message: `a choice has no key by its move (see src/ui/play/move-keys.ts)`, where, text: node.choices[i]?.text ?? '' });
    });
    for (const label of clashingKeys(keyed)) {
      problems.push({ message: `two choices of one decision share the key '${label}'`, where });
    }
  }
  return problems;
}
