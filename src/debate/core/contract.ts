// The tag contract: the only vocabulary the story uses to talk to the code.
// story/README.md documents every tag and what it does on screen; scripts/ink/lint.ts enforces it.

// Who speaks is the cast sheet's to say (story/cast.json, src/debate/core/cast.ts): adding a figure is a
// story and cast-sheet change, never a code change. The contract only fixes how a speaker id is
// written; the story check reports a speaker tag the cast sheet does not name.

/** A speaker's id as tags write it (`# speaker: sediqi`): lower case, digits, '-' and '_'. */
export type SpeakerId = string;
/** A public figure's speaker id (role `opponent` or `voice` in the cast sheet). */
export type FigureId = SpeakerId;
/** An opponent's speaker id (role `opponent` in the cast sheet). */
export type OpponentId = FigureId;

const SPEAKER_ID = /^[a-z][a-z0-9_-]{0,39}$/;

/** Whether `text` is written as a speaker id (not whether the cast sheet names it). */
export const isSpeakerId = (text: string): boolean => SPEAKER_ID.test(text);

/** Who speaks a line that names no speaker: the game's own narration. */
export const NARRATOR: SpeakerId = 'narrator';

export const CARDS = [
  'guarantees',
  'relative-trust',
  'talk-is-not-accept',
  'home-front',
  'confidence',
  'cost-of-war',
  'take-the-wheel',
  'know-the-concepts',
] as const;
export type CardId = (typeof CARDS)[number];

export const GRADES = ['strong', 'partial', 'weak', 'backfire'] as const;
export type Grade = (typeof GRADES)[number];

export const STANCES = ['firm', 'wary', 'open'] as const;
export type Stance = (typeof STANCES)[number];

/**
 * What a choice does. `rebut` answers with one of the expert's eight cards; `argue` is another
 * argument (the player's own, or the article's, such as IRNA's comparison with Hamas), graded the
 * same way but never one of the expert's cards.
 */
export const MOVES = ['press', 'concede', 'rebut', 'argue', 'attack', 'closing', 'continue'] as const;
export type Move = (typeof MOVES)[number];

/** Moves that earn a grade: each is answered by exactly one graded line. */
export const GRADED_MOVES: readonly Move[] = ['concede', 'rebut', 'argue', 'attack', 'closing'];

/** Sound cues a line may ask for; each has a caption for when sound is off or fails. */
export const SFX = ['gavel', 'murmur', 'applause', 'chime', 'buzz'] as const;
export type SfxId = (typeof SFX)[number];

export const PRESETS = ['full', 'short'] as const;
export type Preset = (typeof PRESETS)[number];

/** Ink identifiers cannot hold '-', so the story's LISTs spell card ids with '_'. */
export function cardFromInkName(name: string): CardId | undefined {
  const id = name.replace(/_/g, '-');
  return (CARDS as readonly string[]).includes(id) ? (id as CardId) : undefined;
}

export function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}
