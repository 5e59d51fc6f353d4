// The story check's fairness rules on small made-up walks: each rule passes what it should and
// refuses what it should, so a story that breaks one cannot pass the check.
import { describe, expect, it } from 'vitest';
import castJson from '../../story/cast.json';
import {
  checkRandomPlay,
  defaultFairness,
  lintChoiceKeys,
  lintEndingRooms,
  lintLeadIns,
  lintNarrators,
  menuWords,
} from './fairness.ts';
import type { CastSheet } from './lint.ts';
import type { RandomPlayReport } from './report.ts';
import type { WalkGraph, WalkNode } from './walk.ts';

const table = castJson as unknown as CastSheet;

function graph(lines: { text: string; tags: string[] }[], nodes: WalkNode[] = []): WalkGraph {
  return {
    preset: 'short',
    nodes,
    lines: lines.map((l, i) => ({ ...l, path: `knot.${i}` })),
    openingWords: 0,
    openingLines: [],
    problems: [],
    seconds: 0,
  };
}

const node = (choices: { text: string; tags: string[] }[]): WalkNode => ({
  id: 0,
  position: 'sediqi_exchange.0.menu.c-0',
  end: false,
  choices: choices.map((c, index) => ({ index, ...c, target: 1, lines: [], words: 0 })),
});

describe('narrator lines about a guest', () => {
  it('must be marked dramatized when they name a guest, speak of the guests or set a stance', () => {
    const g = graph([
      { text: 'Sediqi nods slowly.', tags: ['speaker: narrator'] },
      { text: 'The guests rise.', tags: ['speaker: narrator'] },
      { text: 'The point lands.', tags: ['speaker: narrator', 'stance: laeini=open'] },
      { text: 'Hosseini Hamedani listens.', tags: ['speaker: narrator', 'dramatized'] },
      { text: 'The studio applauds.', tags: ['speaker: narrator'] },
      { text: 'Sediqi said so.', tags: ['speaker: moderator', 'dramatized'] },
    ]);
    expect(lintNarrators(g, table).map((p) => p.text)).toEqual(['Sediqi nods slowly.', 'The guests rise.', 'The point lands.']);
  });
});

describe('dramatized lead-ins', () => {
  it('must be how their line begins, and leave a sourced part', () => {
    const g = graph([
      { text: 'As I said: talks are futile.', tags: ['speaker: laeini', 'dramatized: As I said:', 'source: f-laeini'] },
      { text: 'Talks are futile, as I said.', tags: ['speaker: laeini', 'dramatized: as I said.', 'source: f-laeini'] },
      { text: 'As I said.', tags: ['speaker: laeini', 'dramatized: As I said.', 'source: f-laeini'] },
    ]);
    expect(lintLeadIns(g).map((p) => p.message)).toEqual([
      expect.stringMatching(/not how the line begins/),
      expect.stringMatching(/nothing is left/),
    ]);
  });
});

describe('keys at a decision', () => {
  it('refuse two choices on one key, and a choice with none', () => {
    const fine = node([
      { text: 'Press', tags: ['move: press'] },
      { text: 'A card', tags: ['move: rebut', 'card: guarantees'] },
      { text: 'Attack', tags: ['move: attack'] },
    ]);
    expect(lintChoiceKeys(graph([], [fine]))).toEqual([]);
    const clash = node([
      { text: 'Attack', tags: ['move: attack'] },
      { text: 'Attack again', tags: ['move: attack'] },
      { text: 'Close 1', tags: ['move: closing'] },
      { text: 'Close 2', tags: ['move: closing'] },
      { text: 'Close 3', tags: ['move: closing'] },
      { text: 'Close 4', tags: ['move: closing'] },
    ]);
    const messages = lintChoiceKeys(graph([], [clash])).map((p) => p.message);
    expect(messages).toContainEqual(expect.stringMatching(/share the key 'A'/));
    expect(messages).toContainEqual(expect.stringMatching(/no key/));
  });

  it('refuse a decision with more than eight choices', () => {
    const cards = ['guarantees', 'relative-trust', 'talk-is-not-accept', 'home-front', 'confidence', 'cost-of-war', 'take-the-wheel', 'know-the-concepts'];
    const long = node([{ text: 'Press', tags: ['move: press'] }, ...cards.map((card) => ({ text: card, tags: ['move: rebut', `card: ${card}`] }))]);
    expect(lintChoiceKeys(graph([], [long])).map((p) => p.message)).toEqual(['a decision offers 9 choices (at most 8)']);
  });
});

describe('words read', () => {
  it("count every choice's text and its card's name", () => {
    const words = menuWords(
      [
        { text: 'Ask what he means', tags: ['move: press'] },
        { text: 'Answer distrust', tags: ['move: rebut', 'card: guarantees'] },
      ],
      table,
    );
    // 4 + 2, and the card's name, "Guarantees, not trust": 3.
    expect(words).toBe(9);
  });
});

describe('random play', () => {
  const report = (endings: Record<string, number>, median: number): RandomPlayReport => ({
    runs: 10_000,
    endings,
    words: { median, p90: median },
    decisions: { median: 10, p90: 12 },
  });
  const endings = ['a', 'b', 'opponents-carry-the-room'];

  it('passes a spread of endings within the words', () => {
    expect(checkRandomPlay('short', report({ a: 0.45, b: 0.3, 'opponents-carry-the-room': 0.25 }, 1400), endings, defaultFairness)).toEqual([]);
  });

  it('refuses an ending above 45%, one below 2%, the guests carrying the room below 8%, and too many words', () => {
    const problems = checkRandomPlay('full', report({ a: 0.91, b: 0.01, 'opponents-carry-the-room': 0.079 }, 2801), endings, defaultFairness);
    expect(problems).toEqual([
      expect.stringMatching(/'a' in 91\.0% of runs \(at most 45\.0%\)/),
      expect.stringMatching(/'b' in 1\.0% of runs \(at least 2\.0%\)/),
      expect.stringMatching(/'opponents-carry-the-room' in 7\.9% of runs \(at least 8\.0%\)/),
      expect.stringMatching(/reads 2801 words \(at most 2800\)/),
    ]);
    // An ending listed in cast.json that random play never reaches is refused too.
    expect(checkRandomPlay('short', report({ a: 0.5, b: 0.5 }, 100), endings, defaultFairness)).toContainEqual(
      expect.stringMatching(/'opponents-carry-the-room' in 0\.0%/),
    );
  });
});

describe("endings' rooms and hints in cast.json", () => {
  it('pass the real table, and refuse a missing room or hint, or a side with no ending', () => {
    expect(lintEndingRooms(table)).toEqual([]);
    const hint = 'An ending for a debate where something happens.';
    const bad = { ...table, endings: { one: { title: 'One', hint }, two: { title: 'Two', room: 'player' }, three: { title: 'Three', room: 'everyone', hint } } };
    expect(lintEndingRooms(bad as CastSheet)).toEqual([
      expect.stringMatching(/'one' needs "room"/),
      expect.stringMatching(/'two' needs a "hint"/),
      expect.stringMatching(/'three' needs "room"/),
      'cast.json: no ending where the room is "opponents"',
      'cast.json: no ending where the room is "split"',
    ]);
  });
});
