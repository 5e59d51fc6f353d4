// The pause menu: resume, settings, sources, the branch map, and quitting to the title.
import { openDialog, type DialogHandle } from '../kit/dialogs.ts';
import { h } from '../kit/dom.ts';
import { m } from '../../i18n/index.ts';

export interface PauseActions {
  settings(): void;
  sources(): void;
  branchMap(): void;
  /** Save to a named slot. */
  saveSlot?(): void;
  /** "Share this debate": a replay link to this point. */
  share?(): void;
  /** The transcript so far: print it or download it. */
  transcript?(): void;
  quit(): void;
}

export function openPause(actions: PauseActions): DialogHandle {
  let dialog: DialogHandle | null = null;
  const item = (label: string, run: () => void, primary = false) =>
    h('button', {
      class: primary ? 'primary' : '',
      text: label,
      attrs: { type: 'button' },
      on: {
        click: () => {
          dialog?.close();
          run();
        },
      },
    });
  dialog = openDialog(
    m().pause.paused,
    h(
      'div',
      { class: 'screen__actions' },
      item(m().pause.resume, () => undefined, true),
      item(m().pause.settings, actions.settings),
      item(m().pause.aboutSource, actions.sources),
      item(m().pause.branchMap, actions.branchMap),
      actions.saveSlot ? item(m().pause.saveSlot, actions.saveSlot) : null,
      actions.share ? item(m().pause.share, actions.share) : null,
      actions.transcript ? item(m().pause.transcript, actions.transcript) : null,
      item(m().pause.quit, actions.quit),
    ),
  );
  return dialog;
}
