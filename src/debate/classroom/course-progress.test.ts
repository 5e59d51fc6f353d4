// What a learning platform is told: each graded move of the run with its grade, and the argument
// score, the mean grade on 0-100 (the grades judge the arguing; the ending and the meters are not in it).
import { describe, expect, it } from 'vitest';
import json, { storyHash } from '../../../story/main.ink';
import { argumentScore, courseProgress } from './course-progress.ts';
import { DebateEngine } from '../core/engine.ts';
import type { LineEvent } from '../core/events.ts';
import { decodeRunCode } from '../persistence/run-code.ts';

describe('the argument score', () => {
  it('is the mean grade on 0-100: strong 3, partial 2, weak 1, backfire 0', () => {
    expect(argumentScore([])).toBeNull();
    expect(argumentScore([{ grade: 'strong' }])).toBe(100);
    expect(argumentScore([{ grade: 'backfire' }, { grade: 'strong' }])).toBe(50);
    expect(argumentScore([{ grade: 'partial' }, { grade: 'weak' }, { grade: 'strong' }])).toBe(67);
  });
});

describe('a run as the platform records it', () => {
  const play = (pick: (texts: { move: string }[]) => number) => {
    const engine = new DebateEngine(json, storyHash);
    let beat = engine.start('short', 7);
    while (beat.choices) beat = engine.choose(pick(beat.choices.choices));
    return engine;
  };

  it('lists every graded move once, with the grade the story gave it, and resumes from its code', () => {
    const engine = play(() => 0);
    const progress = courseProgress(engine);
    const graded = engine.events.filter((e): e is LineEvent => e.type === 'line' && !!e.grade).map((e) => e.grade);
    expect(graded.length).toBeGreaterThan(0);
    expect(progress.moves.map((m) => m.grade)).toEqual(graded);
    expect(progress.ending).toBe(engine.state.ending);
    expect(progress.score).toBe(argumentScore(progress.moves));
    const code = decodeRunCode(progress.resumeData, storyHash);
    expect(code.ok && code.value.path).toEqual(engine.path);
    // Decisions count from 1 and rise; responses name the move (and the card of a rebuttal).
    const decisions = progress.moves.map((m) => m.decision);
    expect(decisions).toEqual([...decisions].sort((a, b) => a - b));
    expect(progress.moves.every((m) => /^(press|concede|rebut [a-z-]+|attack|[a-z-]+)( [a-z-]+)?$/.test(m.response))).toBe(true);
  });

  it('attacking the person wherever it is offered scores lower than answering the claims', () => {
    const attack = play((choices) => Math.max(0, choices.findIndex((c) => c.move === 'attack')));
    const answer = play((choices) => Math.max(0, choices.findIndex((c) => c.move === 'rebut')));
    const attackScore = courseProgress(attack).score ?? 0;
    expect(attackScore).toBeLessThan(courseProgress(answer).score ?? 0);
    expect(courseProgress(attack).moves.some((m) => m.grade === 'backfire')).toBe(true);
  });
});
