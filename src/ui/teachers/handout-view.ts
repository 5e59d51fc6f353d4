// The student handout on screen, to print (src/debate/documents/handout.ts builds it from the content).
import type { Paragraph } from '../../debate/core/article.ts';
import type { CastSheet } from '../../debate/core/cast.ts';
import { buildHandout } from '../../debate/documents/handout.ts';
import type { QuizSheet } from '../../debate/classroom/quiz.ts';
import { openDialog, type DialogHandle } from '../kit/dialogs.ts';
import { documentView } from '../documents/document-view.ts';
import { h } from '../kit/dom.ts';
import { printDialog } from '../kit/print.ts';
import { m } from '../../i18n/index.ts';

export function openHandout(cast: CastSheet, article: ReadonlyMap<string, Paragraph>, sheet: QuizSheet): DialogHandle {
  const doc = buildHandout(cast, article, sheet, m().documents);
  let dialog: DialogHandle | null = null;
  const print = h('button', { class: 'primary no-print', text: m().classroom.handoutPrint, attrs: { type: 'button' }, on: { click: () => dialog && printDialog(dialog.element) } });
  const view = documentView(doc.blocks, 1);
  view.classList.add('prose', 'handout');
  dialog = openDialog(m().classroom.handoutTitle, h('p', { class: 'no-print', text: m().classroom.handoutHelp }), print, view);
  dialog.element.classList.add('dialog--wide');
  return dialog;
}
