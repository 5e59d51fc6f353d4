// The engine hands inkjs the story as an object parsed without inkjs's reviver; floats written
// `3.0` must stay floats, and nothing else may change.
import { Story } from 'inkjs';
import { Compiler } from 'inkjs/full';
import { describe, expect, it } from 'vitest';
import json from '../../../story/main.ink';
import { storyObject, storyOf } from './engine.ts';

// inkjs's compiler writes 3.0 as 3; inklecate writes 3.0, which inkjs reads as a float. Written by
// hand: a float, a float-looking string and tag, and a number that is not a whole float.
const INK = `
VAR whole = 3.0
VAR count = 3
Floats {whole / 2} and {2.5 * 2}, an integer {count / 2}.
The text "3.0" stays text. #tag 3.0
- -> END
`;
const withFloats = () => {
  const compiled = new Compiler(INK).Compile().ToJson() as string;
  // The compiler lost the float: put it back as inklecate writes it.
  const json = compiled.replace('"ev",3,{"VAR=":"whole"}', '"ev",3.0,{"VAR=":"whole"}');
  expect(json).not.toBe(compiled);
  return json;
};

const play = (story: Story) => {
  const out: string[] = [];
  while (story.canContinue) out.push(`${story.Continue()}|${(story.currentTags ?? []).join(',')}`);
  return out;
};

describe('storyObject', () => {
  it('keeps floats written 3.0 as floats, and everything else as inkjs reads it', () => {
    const fast = play(new Story(storyObject(withFloats())));
    expect(fast).toEqual(['Floats 1.5 and 5, an integer 1.\n|', 'The text "3.0" stays text.\n|tag 3.0']);
  });

  it('gives the game story the same runtime as inkjs parsing its text', () => {
    const a = new Story(storyObject(json));
    const b = new Story(json);
    expect(a.ToJson()).toBe(b.ToJson());
  });
});

describe('storyOf', () => {
  /** The story's output and state along `picks`, from a fixed seed. */
  const walk = (story: Story, picks: number[]) => {
    story.state.storySeed = 5;
    story.state.previousRandom = 0;
    const out = play(story);
    for (const pick of picks) {
      story.ChooseChoiceIndex(pick);
      out.push(...play(story));
    }
    return [...out, story.currentChoices.map((c) => c.text).join(' | '), story.state.ToJson()];
  };
  const parsed = (picks: number[]) => walk(new Story(json), picks);

  it('gives every Story its own state over one parse of the content, playing as a new parse plays', () => {
    const first = storyOf(json);
    const second = storyOf(json);
    expect(second).not.toBe(first);
    expect(walk(first, [0, 2, 3])).toEqual(parsed([0, 2, 3]));
    // Made before the first one played: untouched by it.
    expect(walk(second, [0, 5, 1])).toEqual(parsed([0, 5, 1]));
    // Made after both played: starts where a new parse starts.
    expect(walk(storyOf(json), [])).toEqual(parsed([]));
  });
});
