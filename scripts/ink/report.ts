// Figures drawn from a walk graph: endings, speakers, how each card grades, and seeded random play.
import { parseChoiceTags, parseLineTags } from '../../src/debate/core/tags.ts';
import type { WalkGraph, WalkNode } from './walk.ts';

export type GradeCounts = { strong: number; partial: number; weak: number; backfire: number };

export interface WalkSummary {
  states: number;
  decisions: number;
  endings: Record<string, number>;
  deadEnds: number;
  speakers: string[];
  /** For each card, against how many of the six opponents it earns each grade somewhere. */
  cards: Record<string, GradeCounts>;
}

/** `opponents`: the cast sheet's opponents (src/debate/core/cast.ts opponentsOf), whose graded answers are tallied per card. */
export function summarize(graph: WalkGraph, opponents: ReadonlySet<string>): WalkSummary {
  const endings: Record<string, number> = {};
  let deadEnds = 0;
  let decisions = 0;
  for (const node of graph.nodes) {
    if (!node.end) decisions++;
    else if (node.ending) endings[node.ending] = (endings[node.ending] ?? 0) + 1;
    else deadEnds++;
  }
  const speakers = new Set<string>();
  for (const line of graph.lines) {
    const speaker = parseLineTags(line.tags).value.speaker;
    if (speaker && line.text !== '') speakers.add(speaker);
  }
  const pairs = new Map<string, Set<string>>();
  for (const node of graph.nodes) {
    for (const choice of node.choices) {
      const card = parseChoiceTags(choice.tags).value.card;
      if (!card) continue;
      for (const id of choice.lines) {
        const tags = parseLineTags(graph.lines[id]?.tags).value;
        if (!tags.grade || !tags.speaker || !opponents.has(tags.speaker)) continue;
        const key = `${card}\u0000${tags.grade}`;
        if (!pairs.has(key)) pairs.set(key, new Set());
        pairs.get(key)?.add(tags.speaker);
      }
    }
  }
  const cards: Record<string, GradeCounts> = {};
  for (const [key, who] of pairs) {
    const [card = '', grade = ''] = key.split('\u0000');
    cards[card] ??= { strong: 0, partial: 0, weak: 0, backfire: 0 };
    (cards[card] as Record<string, number>)[grade] = who.size;
  }
  return {
    states: graph.nodes.length,
    decisions,
    endings,
    deadEnds,
    speakers: [...speakers].sort(),
    cards,
  };
}

/** mulberry32: a small seeded generator, so the random-play report is the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface RandomPlayReport {
  runs: number;
  /** Share of runs reaching each ending, 0-1. */
  endings: Record<string, number>;
  /** Words read along a run: every line, and every choice shown at each decision. */
  words: { median: number; p90: number };
  decisions: { median: number; p90: number };
}

/**
 * Plays `runs` seeded random games on the walk graph: at each decision every offered choice is
 * equally likely. The graph holds every transition, so this costs microseconds a game. Words read
 * are the lines spoken, plus `shown(node)` at each decision: the choices the player reads there.
 */
export function randomPlay(graph: WalkGraph, runs: number, seed = 1, shown: (node: WalkNode) => number = () => 0): RandomPlayReport {
  const random = seededRandom(seed);
  const counts: Record<string, number> = {};
  const words: number[] = [];
  const decisions: number[] = [];
  for (let run = 0; run < runs; run++) {
    let node = graph.nodes[0];
    let total = graph.openingWords;
    let taken = 0;
    while (node && !node.end) {
      total += shown(node);
      const choice = node.choices[Math.floor(random() * node.choices.length)];
      if (!choice || choice.target < 0) break;
      total += choice.words;
      taken++;
      node = graph.nodes[choice.target];
    }
    const ending = node?.ending ?? '(none)';
    counts[ending] = (counts[ending] ?? 0) + 1;
    words.push(total);
    decisions.push(taken);
  }
  const endings: Record<string, number> = {};
  for (const [id, n] of Object.entries(counts)) endings[id] = n / runs;
  return { runs, endings, words: quantiles(words), decisions: quantiles(decisions) };
}

function quantiles(values: number[]): { median: number; p90: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { median: at(0.5), p90: at(0.9) };
}
