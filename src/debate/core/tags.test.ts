import { describe, expect, it } from 'vitest';
import { parseChoiceTags, parseGlobalTags, parseLineTags, splitLeadIn } from './tags.ts';

describe('parseLineTags', () => {
  it('reads every line tag of the contract', () => {
    const { value, problems } = parseLineTags([
      'speaker: laeini',
      'source: f-laeini, m16',
      'grade: partial',
      'why: Trust is relative, and built (m10, m16)',
      'stance: laeini=wary',
      'stance: taeb=open',
      'sfx: murmur',
      'ending: deadlock',
    ]);
    expect(problems).toEqual([]);
    expect(value).toEqual({
      speaker: 'laeini',
      sources: ['f-laeini', 'm16'],
      dramatized: false,
      grade: 'partial',
      why: { text: 'Trust is relative, and built', sources: ['m10', 'm16'] },
      stances: [
        { speaker: 'laeini', stance: 'wary' },
        { speaker: 'taeb', stance: 'open' },
      ],
      sfx: 'murmur',
      ending: 'deadlock',
    });
  });

  it('tolerates spacing and case in keys', () => {
    expect(parseLineTags(['  Speaker :  moderator ', 'dramatized']).value).toMatchObject({
      speaker: 'moderator',
      dramatized: true,
    });
  });

  it.each([
    // Whether the cast sheet names a speaker is the story check's question (scripts/ink/lint.ts).
    [['speaker: Trump!'], /malformed speaker id 'Trump!'/],
    [['source:'], /names no paragraph id/],
    [['source: M07'], /malformed source id 'M07'/],
    [['dramatized: As I said:'], /belongs on a sourced line/],
    [['grade: excellent'], /unknown grade 'excellent'/],
    [['why: no sources here'], /source ids in brackets/],
    [['stance: sediqi=angry'], /unknown stance 'angry'/],
    [['stance: no body=open'], /malformed speaker id 'no body'/],
    [['sfx: explosion'], /unknown sfx 'explosion'/],
    [['ending: Big End'], /malformed ending id/],
    [['mood: grim'], /unknown line tag 'mood: grim'/],
    [['source: m01', 'dramatized'], /either sourced or dramatized/],
  ])('reports %j as a problem', (tags, problem) => {
    const { problems } = parseLineTags(tags);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(problem);
  });
});

describe('a sourced line with a dramatized lead-in', () => {
  it('reads the lead-in apart from the sources', () => {
    const { value, problems } = parseLineTags(['speaker: player', 'dramatized: Sitting down is not paying anything.', 'source: m05']);
    expect(problems).toEqual([]);
    expect(value).toMatchObject({ sources: ['m05'], dramatized: false, leadIn: 'Sitting down is not paying anything.' });
  });

  it('splits the line into the lead-in and the sourced part, and says when the lead-in does not open it', () => {
    const text = 'Sitting down is not paying anything. Negotiation does not imply acceptance of the other party.';
    expect(splitLeadIn(text, 'Sitting down is not paying anything.')).toEqual({
      leadIn: 'Sitting down is not paying anything.',
      quoted: 'Negotiation does not imply acceptance of the other party.',
    });
    expect(splitLeadIn(text, undefined)).toEqual({ leadIn: '', quoted: text });
    expect(splitLeadIn(text, 'Negotiation does not imply').problem).toMatch(/not how the line begins/);
    expect(splitLeadIn('Only this.', 'Only this.').problem).toMatch(/nothing is left for the source/);
  });
});

describe('parseChoiceTags', () => {
  it('reads move and card', () => {
    expect(parseChoiceTags(['move: rebut', 'card: relative-trust'])).toEqual({
      value: { move: 'rebut', card: 'relative-trust' },
      problems: [],
    });
  });

  it.each([
    [[], /no '# move:'/],
    [['move: dance'], /unknown move 'dance'/],
    [['move: rebut'], /needs '# card:'/],
    [['move: press', 'card: guarantees'], /rebuttals only/],
    [['move: rebut', 'card: charm'], /unknown card 'charm'/],
    [['move: press', 'tone: soft'], /unknown choice tag/],
    [['move: argue', 'card: cost-of-war'], /rebuttals only/],
  ])('reports %j', (tags, problem) => {
    expect(parseChoiceTags(tags).problems.join('\n')).toMatch(problem);
  });
});

describe('parseGlobalTags', () => {
  it('reads title and version and flags anything else', () => {
    expect(parseGlobalTags(['title: The Round Table', 'version: 1.2', 'author: x'])).toEqual({
      value: { title: 'The Round Table', version: '1.2' },
      problems: ["unknown global tag 'author: x'"],
    });
  });
});
