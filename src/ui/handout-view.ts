// The student handout on screen, to print (src/debate/handout.ts builds it from the content).
import type { Paragraph } from '../debate/article.ts';
import type { StoryTable } from '../debate/cast.ts';
import { buildHandout } from '../debate/handout.ts';
import type { CheckSheet } from '../debate/check.ts';
import { openDialog, type DialogHandle } from './dialogs.ts';
import { documentView } from './document-view.ts';
import { h } from './dom.ts';
import { printDialog } from './print.ts';
import { m } from '../i18n/index.ts';

export function openHandout(cast: StoryTable, article: ReadonlyMap<string, Paragraph>, sheet: CheckSheet): DialogHandle {
  const doc = buildHandout(cast, article, sheet, m().documents);
  let dialog: DialogHandle | null = null;
  const print = h('button', { class: 'primary no-print', text: m().classroom.handoutPrint, attrs: { type: 'button' }, on: { click: () => dialog && printDialog(dialog.element) } });
  const view = documentView(doc.blocks, 1);
  view.classList.add('prose', 'handout');
  dialog = openDialog(m().classroom.handoutTitle, h('p', { class: 'no-print', text: m().classroom.handoutHelp }), print, view);
  dialog.element.classList.add('dialog--wide');
  return dialog;
}
