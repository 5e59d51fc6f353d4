// The story map: every decision of the debate and where each choice leads, for teacher mode and for
// labelling the class results. Built at build time from the exhaustive walk (scripts/ink/story-map.ts,
// served as `virtual:story-map`); this module holds its types and the few rules both sides share.
//
// A decision's *position* is its place in the story: the source paths of the choices it offers,
// joined with '|' (as scripts/ink/walk.ts writes it). Many story states share a position (the same
// menu reached with different meters); the map collapses them into one decision.
import type { Story } from 'inkjs';
import { isSpeakerId, type CardId, type Grade, type Move, type Preset, type SpeakerId } from './contract.ts';

/** Bumped when the map's shape or the way it is computed changes, so cached maps are rebuilt. */
export const STORY_MAP_FORMAT = 2;

export interface MapLine {
  speaker: string;
  text: string;
  sources: string[];
  dramatized: boolean;
}

export interface MapChoice {
  index: number;
  text: string;
  move: Move;
  card?: CardId;
  /** Grades this choice earns, over every state it is offered in (a worn card earns less). */
  grades: Grade[];
  /** Decisions this choice can lead to (ids of MapDecision). */
  leadsTo: string[];
  /** Endings this choice reaches at once (the debate ends right after it). */
  ends: string[];
  /** Every ending still reachable after this choice. */
  reachable: string[];
}

export interface MapDecision {
  /** Short id, unique in its preset's map: 'd0', 'd1', ... in story order. */
  id: string;
  position: string;
  /** The knot the decision sits in, e.g. 'sediqi_exchange', 'closing_statement'. */
  section: string;
  /** The figure whose exchange this is, when the section is one. */
  figure?: SpeakerId;
  /** The move that led here from earlier in the same section (press, concede); absent for the first. */
  after?: Move;
  /** The last lines spoken in this section before the decision (who said what). */
  leadIn: MapLine[];
  /** How many distinct story states are at this decision. */
  states: number;
  choices: MapChoice[];
  /** Every ending reachable from this decision. */
  reachable: string[];
  /**
   * How to bring back the words shown here in another language (build time only: the game's map
   * leaves it out). A translation is the same program with other words, so the same choices from
   * the start reach the same places: `choices` reaches a state at this decision; `leadIn.path`
   * ends with the run that speaks the lead-in, and `leadIn.lines` picks its lines (indices among
   * the lines that run speaks).
   */
  replay?: { choices: number[]; leadIn: { path: number[]; lines: number[] } };
}

export interface MapEnding {
  id: string;
  /** How many distinct end states reach this ending. */
  states: number;
  /** The choices that end the debate here. */
  from: { decision: string; choice: number }[];
}

export interface PresetMap {
  preset: Preset;
  /** The first decision. */
  start: string;
  decisions: MapDecision[];
  endings: MapEnding[];
  states: number;
}

export interface StoryMap {
  format: number;
  storyHash: string;
  presets: PresetMap[];
}

/** The knot a position sits in: the first segment of its first choice's source path. */
export function sectionOfPosition(position: string): string {
  return position.split('|')[0]?.split('.')[0] ?? '';
}

/** 'sediqi_exchange' -> 'sediqi'; undefined for sections that are not an exchange with a figure. */
export function figureOfSection(section: string): SpeakerId | undefined {
  const m = /^(.+)_exchange$/.exec(section);
  return m && isSpeakerId(m[1] as string) ? (m[1] as SpeakerId) : undefined;
}

/**
 * The position of the decision a saved story state waits at, read through inkjs's own API so it
 * matches the walk's positions exactly. `story` is a scratch Story of the same build.
 */
export function decisionPosition(story: Story, stateJson: string): string {
  story.state.LoadJson(stateJson);
  return story.currentChoices.map((c) => c.sourcePath).join('|');
}

/** Orders items so that every "a comes before b" seen holds where it can; ties keep `rank` order. */
export function storyOrder<T>(items: readonly T[], before: ReadonlyMap<T, ReadonlySet<T>>, rank: (item: T) => number): T[] {
  const incoming = new Map<T, number>(items.map((i) => [i, 0]));
  for (const [a, bs] of before) {
    if (!incoming.has(a)) continue;
    for (const b of bs) if (incoming.has(b) && b !== a) incoming.set(b, (incoming.get(b) ?? 0) + 1);
  }
  const done: T[] = [];
  const left = new Set(items);
  while (left.size > 0) {
    const ready = [...left].filter((i) => (incoming.get(i) ?? 0) === 0);
    // A cycle cannot come from a story that moves forward, but must not hang: take the earliest.
    const pool = ready.length > 0 ? ready : [...left];
    const next = pool.reduce((best, i) => (rank(i) < rank(best) ? i : best));
    done.push(next);
    left.delete(next);
    for (const b of before.get(next) ?? []) if (left.has(b)) incoming.set(b, (incoming.get(b) ?? 0) - 1);
  }
  return done;
}
