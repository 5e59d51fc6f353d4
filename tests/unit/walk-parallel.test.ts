// The parallel walk is the sequential walk, only sooner: the same states, numbered the same, with
// the same parents, lines and problems, on a small fixture story and on the real story.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileInkFile } from '../../scripts/ink/compile.ts';
import { walkStory, type WalkGraph } from '../../scripts/ink/walk.ts';
import { sharedWalkPool, walkPresets } from '../../scripts/ink/walk-parallel.ts';

const root = path.resolve(import.meta.dirname, '../..');
const withoutTime = (g: WalkGraph) => ({ ...g, seconds: 0 });

describe('the parallel story walk', () => {
  it('returns the graph walkStory returns, on a fixture story', async () => {
    const { json } = compileInkFile(path.join(root, 'tests/fixtures/stories/good/main.ink'));
    const [parallel] = (await walkPresets(json, [undefined], 2)).graphs;
    const sequential = walkStory(json);
    expect(sequential.nodes.length).toBeGreaterThan(3);
    expect(withoutTime(parallel as WalkGraph)).toEqual(withoutTime(sequential));
  });

  it('returns the graph walkStory returns, on the short table of the real story', async () => {
    const { json } = compileInkFile(path.join(root, 'story/main.ink'));
    const seen: number[] = [];
    const walked = await walkPresets(json, ['short'], 2, (_preset, states) => seen.push(states));
    const told: number[] = [];
    const sequential = walkStory(json, { preset: 'short', onProgress: (states) => told.push(states) });
    // Both report progress as they go (the build shows it while it works out the story map).
    expect(seen.length).toBeGreaterThan(0);
    expect(told).toEqual(Array.from({ length: Math.floor(sequential.nodes.length / 250) }, (_, i) => (i + 1) * 250));
    expect(sequential.nodes.length).toBeGreaterThan(300);
    expect(walked.states).toBe(sequential.nodes.length);
    expect(withoutTime(walked.graphs[0] as WalkGraph)).toEqual(withoutTime(sequential));
  }, 120_000);

  it('keeps one pool of workers for the next walk, and a failed walk does not stop it', async () => {
    const { json } = compileInkFile(path.join(root, 'tests/fixtures/stories/good/main.ink'));
    const pool = sharedWalkPool(2);
    const first = (await walkPresets(json, [undefined], 2)).graphs[0] as WalkGraph;
    expect(sharedWalkPool(2), 'the same pool for the next walk').toBe(pool);
    await expect(walkPresets('{"not": "a story"}', [undefined], 2), 'a story inkjs cannot read').rejects.toThrow(/story walk worker failed/);
    const again = (await walkPresets(json, [undefined], 2)).graphs[0] as WalkGraph;
    expect(sharedWalkPool(2), 'still the same pool after the failure').toBe(pool);
    expect(withoutTime(again)).toEqual(withoutTime(first));
  });
});
