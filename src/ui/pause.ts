// The pause menu: resume, settings, sources, the branch map, and quitting to the title.
import { openDialog, type DialogHandle } from './dialogs.ts';
import { h } from './dom.ts';

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
    'Paused',
    h(
      'div',
      { class: 'screen__actions' },
      item('Resume', () => undefined, true),
      item('Settings', actions.settings),
      item('About the source', actions.sources),
      item('Branch map: replay other choices', actions.branchMap),
      actions.saveSlot ? item('Save to a slot', actions.saveSlot) : null,
      actions.share ? item('Share this debate', actions.share) : null,
      actions.transcript ? item('Transcript: print or download', actions.transcript) : null,
      item('Quit to the title', actions.quit),
    ),
  );
  return dialog;
}
