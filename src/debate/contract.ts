// The tag contract: the only vocabulary the story uses to talk to the code.
// story/README.md documents every tag and what it does on screen; scripts/ink/lint.ts enforces it.

export const OPPONENTS = [
  'sediqi',
  'alamolhoda',
  'saeidi',
  'laeini',
  'shariatmadari',
  'hamedani',
] as const;
export type OpponentId = (typeof OPPONENTS)[number];

/** The eight public figures: every line they speak must cite the article or say it is dramatized. */
export const FIGURES = [...OPPONENTS, 'taeb', 'abdolalizadeh'] as const;
export type FigureId = (typeof FIGURES)[number];

export const SPEAKERS = ['moderator', 'player', ...FIGURES, 'narrator'] as const;
export type SpeakerId = (typeof SPEAKERS)[number];

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
