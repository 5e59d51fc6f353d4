// Which sounds the debate's events ask for: a pure function of the event, so what the room sounds
// like is decided in one place and tested without a speaker. The controller plays each cue and
// writes its caption in the transcript (sound is never the only carrier).
import type { Grade } from '../debate/core/contract.ts';
import type { DebateEvent } from '../debate/core/events.ts';
import type { Cue } from '../platform/audio.ts';

/** The sound each grade's stamp lands with (a backfire keeps its dull buzz). */
export const GRADE_CUES: Record<Grade, Cue> = {
  strong: 'stamp-strong',
  partial: 'stamp-partial',
  weak: 'stamp-weak',
  backfire: 'buzz',
};

/** A gain of the audience this large (points) draws applause; a smaller change, a murmur. */
export const APPLAUSE_SWING = 20;

/**
 * The cues an event asks for, in the order they play: a line's own sound effect, then the stamp of
 * the grade it carries; a chime when a figure's stance moves (not when it is first set); applause
 * for a big gain of the audience, a murmur for any other change of it.
 */
export function cuesFor(event: DebateEvent): Cue[] {
  switch (event.type) {
    case 'line': {
      const cues: Cue[] = [];
      if (event.sfx) cues.push(event.sfx);
      if (event.grade) cues.push(GRADE_CUES[event.grade]);
      return cues;
    }
    case 'stance':
      return event.previous ? ['chime'] : [];
    case 'meters':
      if (event.delta.audience >= APPLAUSE_SWING) return ['applause'];
      return event.delta.audience !== 0 ? ['murmur'] : [];
    default:
      return [];
  }
}

/** The cues of a run of events, in order (a whole beat). */
export function cuesOf(events: readonly DebateEvent[]): Cue[] {
  return events.flatMap(cuesFor);
}
