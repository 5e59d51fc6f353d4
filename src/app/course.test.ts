// The learning platform's side of the wiring: the kept run resumes as a result (never a throw to
// catch), and the platform hears the debate's progress only when it changed.
import { describe, expect, it, vi } from 'vitest';
import json, { storyHash } from '../../tests/fixtures/stories/good/main.ink';
import { DebateEngine } from '../debate/core/engine.ts';
import type { CourseProgress } from '../debate/core/ports.ts';
import { runCodeOf } from '../debate/persistence/run-code.ts';
import { progressReporter, resumeFrom } from './course.ts';

describe('resuming the run the platform kept', () => {
  const played = () => {
    const engine = new DebateEngine(json, storyHash);
    engine.start('full', 1);
    engine.choose(1);
    return engine;
  };

  it('replays a good code', () => {
    const replayTo = vi.fn();
    expect(resumeFrom(runCodeOf(played()), { replayTo }, storyHash)).toEqual({ ok: true });
    expect(replayTo).toHaveBeenCalledWith('full', 1, [1]);
  });

  it('says why a code cannot be read, or cannot be replayed, without throwing', () => {
    const replayTo = vi.fn();
    const unreadable = resumeFrom('not a run code', { replayTo }, storyHash);
    expect(unreadable.ok).toBe(false);
    expect(replayTo).not.toHaveBeenCalled();
    const refused = resumeFrom(runCodeOf(played()), { replayTo: () => { throw new Error('choice 1 is not on offer'); } }, storyHash);
    expect(refused).toEqual({ ok: false, why: 'choice 1 is not on offer' });
  });
});

describe('reporting progress', () => {
  it('tells the platform once per change: a second autosave at the same point reads nothing', () => {
    const told: CourseProgress[] = [];
    const report = progressReporter((progress) => told.push(progress));
    const engine = new DebateEngine(json, storyHash);
    engine.start('full', 1);
    report(engine);
    report(engine);
    expect(told).toHaveLength(1);
    engine.choose(1);
    report(engine);
    report(engine);
    expect(told).toHaveLength(2);
    expect(told[1]?.moves.map((move) => move.grade)).toEqual(['strong']);
  });
});
