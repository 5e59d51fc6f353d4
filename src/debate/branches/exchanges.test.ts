import { describe, expect, it } from 'vitest';
import json, { storyHash } from '../../../story/main.ink';
import { buildBranchTrees, type LivePosition } from './branches.ts';
import castJson from '../../../story/cast.json';
import { figuresOf, type CastSheet } from '../core/cast.ts';
import { DebateEngine } from '../core/engine.ts';
import { exchangeColumns, exchangeTree, walkExchanges } from './exchanges.ts';
import type { RunRecord } from '../persistence/runs.ts';

/** Plays the full table, taking the choice `pick` names at each decision (default the first). */
function play(pick: (decision: number) => number = () => 0): RunRecord {
  const engine = new DebateEngine(json, storyHash);
  engine.start('full', 1);
  while (engine.current?.choices) {
    const offered = engine.current.choices.choices;
    engine.choose(offered[Math.min(pick(engine.path.length), offered.length - 1)]!.index);
  }
  return { id: `r${Math.random()}`, preset: 'full', seed: 1, storyHash, path: [...engine.path], ending: engine.state.ending, startedAt: 1, updatedAt: 1 };
}

const treeOf = (runs: RunRecord[], live?: LivePosition) => buildBranchTrees(runs, new DebateEngine(json, storyHash), new Set(figuresOf(castJson as unknown as CastSheet)), live)[0]!;

// Each test replays whole debates of the real story: seconds on a busy machine.
describe('the branch map by exchange', { timeout: 30_000 }, () => {
  it('reads one debate as one exchange per part, in the order of the debate, every move once', () => {
    const run = play();
    const tree = treeOf([run]);
    const columns = exchangeColumns(exchangeTree(tree));
    expect(columns.map((c) => c.group)).toEqual([
      'opening', 'sediqi', 'alamolhoda', 'saeidi', 'laeini', 'shariatmadari', 'hamedani', 'taeb', 'abdolalizadeh', 'closing', 'ending',
    ]);
    expect(columns.every((c) => c.exchanges.length === 1)).toBe(true);
    const all = [...walkExchanges(exchangeTree(tree))];
    // Every decision of the run sits in exactly one exchange, and every move taken shows once.
    expect(all.flatMap((x) => x.decisions.map((d) => d.node.path.length)).sort((a, b) => a - b)).toEqual([...Array(run.path.length + 1).keys()]);
    expect(all.flatMap((x) => x.decisions.flatMap((d) => d.taken)).length).toBe(run.path.length);
    // Graded moves carry their grade; the seat taken has none.
    const sediqi = columns[1]!.exchanges[0]!;
    expect(sediqi.decisions.map((d) => d.taken.map((m) => m.choice.move))).toEqual([['press'], ['rebut']]);
    expect(sediqi.decisions[1]!.taken[0]!.grade).toMatch(/strong|partial|weak|backfire/);
    expect(columns[0]!.exchanges[0]!.decisions[0]!.taken[0]!.grade).toBeUndefined();
    // What was never tried is counted: at Sediqi, everything offered but the two moves taken.
    const offered = sediqi.decisions.reduce((n, d) => n + d.node.choices.length, 0);
    expect(sediqi.untried).toBe(offered - 2);
  });

  it('sets the branches taken side by side: two moves at one decision, two exchanges after it', () => {
    // Pressing Sediqi, then (another run) granting his true point first.
    const pressed = play();
    const answered = play((d) => (d === 1 ? 1 : 0));
    const tree = treeOf([answered, pressed], { preset: 'full', seed: 1, storyHash, path: pressed.path });
    const columns = exchangeColumns(exchangeTree(tree));
    const sediqi = columns.find((c) => c.group === 'sediqi')!;
    expect(sediqi.exchanges).toHaveLength(1);
    expect(sediqi.exchanges[0]!.decisions[0]!.taken.map((m) => m.choice.move)).toEqual(['press', 'concede']);
    // Each branch reaches Alamolhoda on its own: two exchanges, the live one first.
    const alamolhoda = columns.find((c) => c.group === 'alamolhoda')!;
    expect(alamolhoda.exchanges).toHaveLength(2);
    expect(alamolhoda.exchanges.map((x) => x.live)).toEqual([true, false]);
    // Each says which move led into it.
    for (const x of alamolhoda.exchanges) expect(x.after?.to).toBe(x.first);
    // The ending both runs may share is still one column, after the closing.
    expect(columns.at(-1)!.group).toBe('ending');
    expect(columns.at(-2)!.group).toBe('closing');
    expect([...walkExchanges(exchangeTree(tree))].filter((x) => x.here)).toHaveLength(1);
  });
});
