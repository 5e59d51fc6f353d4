// The story read a piece at a time is the story inkjs reads whole: the same runtime objects
// (written back to JSON) and the same debate, played to its end along many seeded paths.
import { Story } from 'inkjs';
import { describe, expect, it } from 'vitest';
import english from '../../../story/main.ink';
import persian from '../../../story/fa/main.ink';
import good from '../../../tests/fixtures/stories/good/main.ink';
import { DebateEngine, storyObject } from './engine.ts';
import { storyInPieces } from './story-pieces.ts';

function inPieces(json: string): { story: Story; pieces: number } {
  const steps = storyInPieces(storyObject(json));
  let pieces = 0;
  for (;;) {
    const next = steps.next();
    if (next.done) return { story: next.value, pieces };
    pieces++;
  }
}

/** Plays a story to its end (or 400 steps), picking choices by a seeded generator: its transcript. */
function play(story: Story, seed: number): string[] {
  story.state.storySeed = seed;
  story.state.previousRandom = 0;
  if (story.variablesState.GlobalVariableExistsWithName('preset')) story.variablesState.$('preset', seed % 2 === 0 ? 'short' : 'full');
  let s = seed;
  const random = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const out: string[] = [];
  for (let i = 0; i < 400; i++) {
    while (story.canContinue) out.push(story.Continue() ?? '', (story.currentTags ?? []).join('|'));
    const choices = story.currentChoices;
    if (choices.length === 0) break;
    out.push(choices.map((c) => c.text).join(' / '));
    story.ChooseChoiceIndex(Math.floor(random() * choices.length));
  }
  out.push(story.state.ToJson());
  return out;
}

describe('storyInPieces', () => {
  for (const [name, json] of [['the English story', english], ['the Persian story', persian], ['a fixture story', good]] as const) {
    it(`reads ${name} into the same runtime objects as new Story(json), in pieces`, () => {
      const whole = new Story(storyObject(json));
      const { story, pieces } = inPieces(json);
      expect(JSON.parse(story.ToJson() ?? '')).toEqual(JSON.parse(whole.ToJson() ?? ''));
      // (The fresh state's random seed is picked at random: set it alike.)
      story.state.storySeed = whole.state.storySeed;
      expect(story.state.ToJson()).toBe(whole.state.ToJson());
      expect(pieces).toBeGreaterThan(1);
    });

    it(`plays ${name} as new Story(json) does, along seeded paths to the end`, () => {
      for (const seed of [1, 2, 7, 42, 1234]) {
        const whole = play(new Story(storyObject(json)), seed);
        expect(whole.length).toBeGreaterThan(10); // played past the opening
        expect(play(inPieces(json).story, seed)).toEqual(whole);
      }
    });
  }

  it('yields a piece per knot, none larger than the largest knot', () => {
    const object = storyObject(english);
    const root = object.root as unknown[];
    const named = root.at(-1) as Record<string, unknown>;
    const knots = Object.entries(named).filter(([k, v]) => !k.startsWith('#') && Array.isArray(v));
    const steps = storyInPieces(object);
    const sizes: number[] = [];
    for (let next = steps.next(); !next.done; next = steps.next()) sizes.push(next.value);
    // (the native functions' table, each knot, the root)
    expect(sizes.length).toBe(knots.length + 2);
    expect(Math.max(...sizes)).toBeLessThan(JSON.stringify(object).length / 5);
  });

  it("gives the engine's prepareSteps a story that plays as a freshly parsed one, and a start() midway parses it whole", () => {
    const debate = (engine: DebateEngine) => {
      const beats = [engine.start('short', 5)];
      const offered = () => beats.at(-1)?.choices?.choices.length ?? 0;
      for (let i = 0; i < 30 && offered() > 0; i++) beats.push(engine.choose(i % offered()));
      expect(beats.length).toBeGreaterThan(5);
      return JSON.stringify(beats);
    };
    const prepared = new DebateEngine(english, 'h');
    let steps = 0;
    for (const _ of prepared.prepareSteps()) steps++;
    expect(steps).toBeGreaterThan(10);
    const expected = debate(new DebateEngine(english, 'h'));
    expect(debate(prepared)).toBe(expected);
    // Chosen while the parse is under way: the rest of the steps stop, the debate is the same.
    const midway = new DebateEngine(english, 'h');
    const pending = midway.prepareSteps();
    pending.next();
    pending.next();
    expect(debate(midway)).toBe(expected);
    expect(pending.next().done).toBe(true);
  });
});
