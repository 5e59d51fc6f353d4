// The hooks the composition root hands the controller for the classroom tools: "For teachers",
// the 2-minute check (title and ending screens) and the privacy statement. The check and privacy
// load on demand; if their code cannot load, the player is told instead of nothing happening.
import type { CheckWhen } from '../debate/check.ts';
import type { KeyValueStore } from '../debate/ports.ts';
import { openTeachers, type TeacherDeps } from './teachers.ts';

export interface TeacherHookDeps extends TeacherDeps {
  store: KeyValueStore;
  notify(message: string): void;
}

export function teacherHooks(deps: TeacherHookDeps) {
  const lazily = (what: string, open: () => Promise<unknown>) => {
    open().catch((error: unknown) => {
      console.error(error);
      deps.notify(`${what} could not be opened. Reload the page and try again.`);
    });
  };
  return {
    openTeachers: () => {
      openTeachers(deps);
    },
    openCheck: (when: CheckWhen) => lazily('The check', async () => (await import('./check-dialog.ts')).openCheck(when, { store: deps.store })),
    openPrivacy: () => lazily('The privacy statement', async () => (await import('./privacy.ts')).openPrivacy()),
  };
}
