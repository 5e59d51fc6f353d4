// Words for the teacher pages: what to call a place in the story (an exchange, the closing) and a
// decision within it. Shared by teacher mode and class results so both say the same thing.
import type { CastSheet } from '../../debate/core/cast.ts';
import { speakerName } from '../../debate/core/cast.ts';
import type { Grade, Move, Preset, SpeakerId } from '../../debate/core/contract.ts';
import { m } from '../../i18n/index.ts';

/** "Exchange with Kazem Sediqi", "Closing statement", "Opening remarks". */
export function sectionTitle(cast: CastSheet, section: string, figure?: SpeakerId): string {
  if (figure) return m().teacherLabels.exchangeWith(speakerName(cast, figure));
  if (/^\d+$/.test(section)) return m().teacherLabels.mainThread;
  const named = m().teacherLabels.sections[section];
  if (named) return named;
  const words = section.replace(/_/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Where in its section a decision comes: the first move, or after a press or a concession. */
export function afterLabel(cast: CastSheet, after?: Move): string {
  if (!after) return m().teacherLabels.firstMove;
  if (after === 'press') return m().teacherLabels.afterPressing;
  if (after === 'concede') return m().teacherLabels.afterConceding;
  return m().teacherLabels.afterMove(cast.moves[after] ?? after);
}

export function moveName(cast: CastSheet, move: Move): string {
  return cast.moves[move] ?? move;
}

export function endingTitle(cast: CastSheet, id: string): string {
  return cast.endings[id]?.title ?? id;
}

export function presetTitle(preset: Preset): string {
  return preset === 'full' ? m().teacherLabels.fullTable : m().teacherLabels.shortTable;
}

/** A grade in words, with a shape so it does not rest on colour. */
export const gradeWord = (grade: Grade): string => m().teacherLabels.grade[grade];

export const percent = (share: number): string => m().teacherLabels.percent(share);
