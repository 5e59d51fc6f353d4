// The key-press figure's frames come from the clock, not from counting animation frames.
import { describe, expect, it } from 'vitest';
import { framesOf } from './measure.ts';

describe('framesOf', () => {
  const frame = 1000 / 60;
  it('counts the display frames a wait spans, a partial frame as a whole one', () => {
    expect(framesOf(5, frame)).toBe(1);
    expect(framesOf(frame, frame)).toBe(1);
    expect(framesOf(frame + 0.5, frame)).toBe(2);
    expect(framesOf(33.3, frame)).toBe(2);
    expect(framesOf(34, frame)).toBe(3);
  });
  it('gives a 150 ms press nine frames, however few animation frames began meanwhile', () => {
    expect(framesOf(150, frame)).toBe(9);
  });
});
