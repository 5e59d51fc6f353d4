// Words the show's own chrome uses (HUD buttons, the on-air graphics, the grade stamps), kept in
// one place so the message catalogue (and a Persian edition) can take them over in one move. Story
// words come from story/ and the cast sheet, never from here.
import type { Grade } from '../debate/contract.ts';

export const WORDS = {
  sound: 'Sound',
  soundHint: 'Sound on or off (M)',
  transcript: 'Transcript',
  transcriptHint: 'Show or hide the lines already spoken',
  /** The on-air bug in the corner of the picture. */
  live: 'Live',
  /** Over the player's cards while the others speak. */
  hand: 'Your counterpoints',
  handNote: 'Play them when it is your move.',
  soundMuted: 'Sound is off (M turns it back on).',
  soundUnmuted: 'Sound is on.',
} as const;

/** The grade a move earned, as the dialogue's badge says it. */
export const GRADE_WORDS: Record<Grade, string> = {
  strong: 'Strong answer',
  partial: 'Partial answer',
  weak: 'Weak answer',
  backfire: 'Backfired',
};

/** The grade as the stamp over the picture says it (one word, large). */
export const STAMP_WORDS: Record<Grade, string> = {
  strong: 'Strong',
  partial: 'Partial',
  weak: 'Weak',
  backfire: 'Backfired',
};
