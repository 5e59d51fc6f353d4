import { describe, expect, it } from 'vitest';
import json, { storyHash } from '../../../tests/fixtures/stories/good/main.ink';
import { buildBranchTrees, fillBranchTree, groupBranchTrees, nodeAt, tallyEndings, walkNodes, type DetailsCache } from './branches.ts';
import castJson from '../../../story/cast.json';
import { figuresOf, type CastSheet } from '../core/cast.ts';
import { DebateEngine } from '../core/engine.ts';
import type { RunRecord } from '../persistence/runs.ts';

const engine = () => new DebateEngine(json, storyHash);
const figures = new Set(figuresOf(castJson as unknown as CastSheet));
let id = 0;
const run = (path: number[], extra: Partial<RunRecord> = {}): RunRecord => {
  id++;
  return { id: `r${id}`, preset: 'full', seed: 3, storyHash, path, startedAt: id, updatedAt: id, ...extra };
};

describe('branch map model', () => {
  it('shares the nodes of a common prefix (a trie), one node per decision reached', () => {
    const runs = [run([1, 0], { ending: 'mandate' }), run([1, 2], { ending: 'deadlock' }), run([0, 0, 2], { ending: 'deadlock' })];
    const [tree, ...others] = buildBranchTrees(runs, engine(), figures);
    expect(others).toEqual([]);
    expect(tree?.runs).toHaveLength(3);
    const nodes = [...walkNodes(tree!.root)].map((n) => n.path.join(''));
    // The start, [1], its two endings, [0], [0,0] and its ending: shared prefixes appear once.
    expect(nodes.sort()).toEqual(['', '0', '00', '002', '1', '10', '12']);
    expect(tree!.root.runs).toBe(3);
    expect(nodeAt(tree!, [1])?.runs).toBe(2);
  });

  it('fills each node in from the story: who had the floor, meters, choices offered, endings', () => {
    const [tree] = buildBranchTrees([run([1, 0], { ending: 'mandate' }), run([2])], engine(), figures);
    const root = tree!.root;
    expect(root.figure).toBe('sediqi');
    expect(root.progress).toMatchObject({ stage: 'opponents', round: 1 });
    expect(root.choices.map((c) => c.move)).toEqual(['press', 'rebut', 'attack']);
    // Two of three choices taken; the press is still locked.
    expect([...root.children.keys()].sort()).toEqual([1, 2]);
    const closing = nodeAt(tree!, [1])!;
    expect(closing.meters).toEqual({ audience: 70, credibility: 50 });
    expect(closing.choices).toHaveLength(3);
    expect(nodeAt(tree!, [2])!.meters).toEqual({ audience: 50, credibility: 20 });
    const end = nodeAt(tree!, [1, 0])!;
    expect(end.ending).toBe('mandate');
    expect(end.choices).toEqual([]);
  });

  it('keeps tables apart, most recently played first, and marks the live path and position', () => {
    const runs = [run([1, 0], { seed: 1 }), run([2], { seed: 2 })];
    const trees = buildBranchTrees(runs, engine(), figures, { preset: 'full', seed: 1, storyHash, path: [1] });
    expect(trees.map((t) => t.seed)).toEqual([1, 2]);
    const live = trees[0]!;
    expect(live.root.live).toBe(true);
    expect(nodeAt(live, [1])).toMatchObject({ live: true, here: true });
    expect(nodeAt(live, [1, 0])).toMatchObject({ live: false, here: false });
    // A live position not yet recorded still gets its own tree.
    const fresh = buildBranchTrees([], engine(), figures, { preset: 'short', seed: 9, storyHash, path: [] });
    expect(fresh).toHaveLength(1);
    expect(fresh[0]!.root).toMatchObject({ here: true, figure: 'sediqi' });
  });

  it('leaves out runs of other builds and branches that no longer fit the story', () => {
    const runs = [run([1, 0]), run([0, 5]), run([1], { storyHash: 'ffff0000' })];
    const [tree, ...others] = buildBranchTrees(runs, engine(), figures);
    expect(others).toEqual([]);
    expect(tree!.unreadable).toBe(1);
    expect([...walkNodes(tree!.root)].map((n) => n.path.join('')).sort()).toEqual(['', '0', '1', '10']);
  });

  it('replays only decisions not seen before when given the cache of an earlier opening', () => {
    const counting = () => {
      const e = engine();
      const calls = { choose: 0, replay: 0 };
      const choose = e.choose.bind(e);
      const replay = e.replay.bind(e);
      e.choose = (i) => (calls.choose++, choose(i));
      e.replay = (p, s, path) => (calls.replay++, replay(p, s, path));
      return { e, calls };
    };
    const cache: DetailsCache = new Map();
    const runs = [run([1, 0], { ending: 'mandate' }), run([1, 2], { ending: 'deadlock' })];
    const first = counting();
    const [fresh] = groupBranchTrees(runs, storyHash).map((t) => fillBranchTree(t, first.e, figures, cache));
    expect(first.calls.choose).toBe(3);
    const again = counting();
    const [cached] = groupBranchTrees(runs, storyHash).map((t) => fillBranchTree(t, again.e, figures, cache));
    expect(again.calls).toEqual({ choose: 0, replay: 0 });
    const shape = (t: typeof fresh) => [...walkNodes(t!.root)].map((n) => [n.path.join(''), n.meters, n.choices.length, n.ending, n.figure]);
    expect(shape(cached)).toEqual(shape(fresh));
    // One more run: only its new decisions are played (from a replay of the shared prefix).
    const more = counting();
    groupBranchTrees([...runs, run([0, 0, 2])], storyHash).map((t) => fillBranchTree(t, more.e, figures, cache));
    expect(more.calls.choose).toBe(3);
  });

  it('tallies every ending, found or not, by the runs of this build that reached it', () => {
    const endings = { mandate: { title: 'A mandate' }, deadlock: { title: 'Deadlock' }, walkout: { title: 'Walkout' } };
    const runs = [
      run([1, 0], { ending: 'mandate' }),
      run([1, 2], { ending: 'deadlock' }),
      run([0, 0, 2], { ending: 'deadlock' }),
      run([2, 0], { ending: 'walkout', storyHash: 'ffff0000' }),
      run([2]),
    ];
    expect(tallyEndings(endings, runs, storyHash)).toEqual([
      { id: 'mandate', title: 'A mandate', runs: 1 },
      { id: 'deadlock', title: 'Deadlock', runs: 2 },
      { id: 'walkout', title: 'Walkout', runs: 0 },
    ]);
  });
});
