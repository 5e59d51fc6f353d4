// The page's input to the controller: keys (as commands, src/app/key-commands.ts), and a click on
// the picture or the dialogue to read on. Keys wait while a dialog is open or on its way.
import { byId } from '../ui/kit/dom.ts';
import type { DebateController } from './controller.ts';
import type { DialogLoader } from './dialog-loader.ts';

export function listenForInput(controller: DebateController, loader: DialogLoader): void {
  document.addEventListener('keydown', (event) => {
    if (loader.busy || document.querySelector('dialog[open]')) return;
    if (controller.handleKey(event)) event.preventDefault();
  });
  byId('table').addEventListener('click', () => controller.handleStageClick());
  byId('dialogue').addEventListener('click', (event) => {
    if (!(event.target as HTMLElement).closest('button')) controller.handleStageClick();
  });
}
