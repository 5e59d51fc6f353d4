// The pause menu (Escape, or the HUD's Menu button): resume, settings, sources, the branch map,
// a save slot, sharing, the transcript, quitting to the title. Its dialog (src/ui/play/pause.ts)
// loads when first opened.
import type { PauseActions } from '../ui/play/pause.ts';
import type { DialogLoader } from './dialog-loader.ts';

/** The opener of the pause menu; `actions` is read when it opens. */
export function pauseMenu(loader: DialogLoader, actions: () => PauseActions): () => void {
  return loader.later(
    () => import('../ui/play/pause.ts'),
    ({ openPause }) => openPause(actions()),
  );
}
