// What a learning platform records of a debate (src/debate/core/ports.ts, LearningPlatform): the run code
// to resume from, the ending, every graded move, and the argument score.
//
// The score measures the arguing, not the side the room ends up on: it is the mean grade of the
// moves the story graded (strong 3, partial 2, weak 1, backfire 0, the same points class results
// use), scaled to 0-100. A grade says whether a move answered the claim in front of it (a sound
// counterpoint, a fair concession, a question that finds the assumption) or dodged it (beside the
// point, an attack on the person), so an ending where the opponents carry the room on the merits
// can score as high as one where the player does. The meters and the ending are not in it.
import type { Grade } from '../core/contract.ts';
import type { Step } from '../core/engine.ts';
import type { LineEvent } from '../core/events.ts';
import type { CourseMove, CourseProgress } from '../core/ports.ts';
import { runCodeOf } from '../persistence/run-code.ts';
import type { Preset } from '../core/contract.ts';

export const GRADE_POINTS: Record<Grade, number> = { strong: 3, partial: 2, weak: 1, backfire: 0 };

/** The graded moves of a run: a choice's grade is on the first graded line after it. */
export function gradedMoves(history: readonly Step[]): CourseMove[] {
  const moves: CourseMove[] = [];
  let decision = 0;
  history.forEach((step, k) => {
    if (step.chosen === undefined) return;
    decision++;
    const graded = history[k + 1]?.beat.events.find((e): e is LineEvent => e.type === 'line' && !!e.grade);
    const choice = step.beat.choices?.choices.find((c) => c.index === step.chosen);
    if (!graded?.grade || !choice) return;
    moves.push({
      decision,
      figure: graded.speaker,
      response: choice.card ? `${choice.move} ${choice.card}` : choice.move,
      grade: graded.grade,
    });
  });
  return moves;
}

/** The mean grade, 0 to 100 (rounded); null when no move was graded. */
export function argumentScore(moves: readonly Pick<CourseMove, 'grade'>[]): number | null {
  if (moves.length === 0) return null;
  const points = moves.reduce((sum, m) => sum + GRADE_POINTS[m.grade], 0);
  return Math.round((100 * points) / (3 * moves.length));
}

export function courseProgress(engine: {
  storyHash: string;
  path: readonly number[];
  history: readonly Step[];
  state: { preset: Preset; seed: number; ending?: string | undefined };
}): CourseProgress {
  const moves = gradedMoves(engine.history);
  return { resumeData: runCodeOf(engine), ending: engine.state.ending ?? null, score: argumentScore(moves), moves };
}
