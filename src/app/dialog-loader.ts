// Dialogs load when first opened, with the catalogue's words for dialogs (src/i18n/index.ts): none
// is needed to play, so none is paid for before the first decision. A chunk that cannot arrive
// (offline before the game was kept) says so.
import type { Notices } from '../ui/kit/notices.ts';
import { m, withDialogWords } from '../i18n/index.ts';

export interface DialogLoader {
  /** A dialog on its way (even a loaded chunk arrives a task later): the debate's keys wait. */
  readonly busy: boolean;
  /** An opener: loads `load` once per press and hands the module to `use`. */
  later<M>(load: () => Promise<M>, use: (module: M) => void): () => void;
}

export function createDialogLoader(notices: Pick<Notices, 'show'>): DialogLoader {
  // While one is on its way, a second press of its key or button opens nothing more: Escape
  // pressed twice used to stack two pause menus, the second opened behind the first.
  let arriving = 0;
  return {
    get busy() {
      return arriving > 0;
    },
    later<M>(load: () => Promise<M>, use: (module: M) => void) {
      let pending = false;
      return () => {
        if (pending) return;
        pending = true;
        arriving++;
        void withDialogWords(load())
          .then(use)
          .catch((error: unknown) => notices.show(m().app.couldNotOpen(String(error)), { repeat: true }))
          .finally(() => {
            pending = false;
            arriving--;
          });
      };
    },
  };
}
