import { describe, expect, it } from 'vitest';
import type { LineEvent } from '../debate/core/events.ts';
import { CUES } from '../platform/audio.ts';
import { cuesFor, cuesOf, GRADE_CUES } from './sound-cues.ts';

const line = (extra: Partial<LineEvent> = {}): LineEvent => ({
  type: 'line',
  speaker: 'narrator',
  text: 'The room settles.',
  sources: [],
  dramatized: true,
  ...extra,
});

const meters = (audience: number) =>
  ({ type: 'meters', meters: { audience: 50 + audience, credibility: 50 }, delta: { audience, credibility: 0 } }) as const;

describe('cuesFor', () => {
  it('gives a plain line no sound', () => {
    expect(cuesFor(line())).toEqual([]);
  });

  it("plays a line's own sound, then the stamp of its grade", () => {
    expect(cuesFor(line({ sfx: 'gavel' }))).toEqual(['gavel']);
    expect(cuesFor(line({ grade: 'strong' }))).toEqual(['stamp-strong']);
    expect(cuesFor(line({ sfx: 'murmur', grade: 'backfire' }))).toEqual(['murmur', 'buzz']);
  });

  it('stamps every grade with a cue of its own, a backfire with the buzz', () => {
    expect(GRADE_CUES).toEqual({ strong: 'stamp-strong', partial: 'stamp-partial', weak: 'stamp-weak', backfire: 'buzz' });
    for (const cue of Object.values(GRADE_CUES)) expect(CUES).toContain(cue);
  });

  it('chimes when a stance moves, not when it is first set', () => {
    expect(cuesFor({ type: 'stance', speaker: 'sediqi', stance: 'wary', previous: 'firm' })).toEqual(['chime']);
    expect(cuesFor({ type: 'stance', speaker: 'sediqi', stance: 'firm' })).toEqual([]);
  });

  it('applauds a gain of 20 or more, murmurs at any other change of the audience', () => {
    expect(cuesFor(meters(20))).toEqual(['applause']);
    expect(cuesFor(meters(35))).toEqual(['applause']);
    expect(cuesFor(meters(19))).toEqual(['murmur']);
    expect(cuesFor(meters(-1))).toEqual(['murmur']);
    expect(cuesFor(meters(-40))).toEqual(['murmur']);
    expect(cuesFor(meters(0))).toEqual([]);
  });

  it('gives progress, choices and endings no sound', () => {
    expect(cuesFor({ type: 'progress', progress: { stage: 'opponents', round: 1, rounds: 6 } })).toEqual([]);
    expect(cuesFor({ type: 'choices', decision: 0, choices: [] })).toEqual([]);
  });
});

describe('cuesOf', () => {
  it('keeps the order of a beat', () => {
    expect(cuesOf([line({ grade: 'weak' }), meters(-5), { type: 'stance', speaker: 'sediqi', stance: 'wary', previous: 'firm' }, meters(25)])).toEqual([
      'stamp-weak',
      'murmur',
      'chime',
      'applause',
    ]);
  });
});
