// "About the source": who published the article, when, its loaded terms as they stand and what it
// leaves out (story/about-source.md, content like every word of the debate), then the article itself,
// every paragraph with the id the game cites. Opened from the title, the pause menu and the debrief;
// the Markdown (the edition's, passed in) is read at build time (scripts/markdown/to-doc.ts) and this module loads on demand.
import type { Paragraph } from '../../debate/core/article.ts';
import type { Doc } from '../../debate/documents/document.ts';
import { openDialog, type DialogHandle } from '../kit/dialogs.ts';
import { h } from '../kit/dom.ts';
import { documentView } from '../documents/document-view.ts';
import { sourceSheet } from './sources.ts';
import { m } from '../../i18n/index.ts';

export function openAboutSource(article: ReadonlyMap<string, Paragraph>, about: Doc): DialogHandle {
  const body = documentView(about.blocks, { shift: 1, idPrefix: 'about-' });
  body.classList.add('prose', 'markdown');
  const dialog = openDialog(about.title, body, h('h3', { text: m().words.theArticle }), sourceSheet(article));
  dialog.element.classList.add('dialog--document');
  return dialog;
}
