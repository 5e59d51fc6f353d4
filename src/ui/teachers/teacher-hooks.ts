// The hooks the composition root hands the controller for the classroom tools: "For teachers",
// the 2-minute check (title and ending screens) and the privacy statement. All three load on
// demand; if their code cannot load, the player is told instead of nothing happening.
import type { QuizWhen } from '../../debate/classroom/quiz.ts';
import type { KeyValueStore } from '../../debate/core/ports.ts';
import type { TeacherDeps } from './teachers.ts';
import { m, withDialogWords } from '../../i18n/index.ts';

export interface TeacherHookDeps extends TeacherDeps {
  store: KeyValueStore;
  notify(message: string): void;
}

export function teacherHooks(deps: TeacherHookDeps) {
  const lazily = (what: string, open: () => Promise<unknown>) => {
    open().catch((error: unknown) => {
      console.error(error);
      deps.notify(m().teacherHooks.failed(what));
    });
  };
  return {
    // On demand too: in the game's chunk, its stylesheet (teachers.css) was one the boot module had
    // to insert with script while the title loads.
    openTeachers: () => lazily(m().teachers.title, async () => (await import('./teachers.ts')).openTeachers(deps)),
    openQuiz: (when: QuizWhen) => lazily(m().teacherHooks.check, async () => (await withDialogWords(import('./quiz-dialog.ts'))).openQuiz(when, { store: deps.store, sheet: await deps.quizSheet() })),
    openPrivacy: () => lazily(m().teacherHooks.privacy, async () => (await withDialogWords(import('./privacy.ts'))).openPrivacy()),
  };
}
