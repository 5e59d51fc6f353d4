// "About the source": who published the article, when, its loaded terms as they stand and what it
// leaves out (story/about-source.md, content like every word of the debate), then the article itself,
// every paragraph with the id the game cites. Opened from the title, the pause menu and the debrief;
// loaded on demand, so the Markdown renderer never delays the first screen.
import aboutText from '../../story/about-source.md?raw';
import type { Paragraph } from '../debate/article.ts';
import { openDialog, type DialogHandle } from './dialogs.ts';
import { h } from './dom.ts';
import { parseMarkdown, plainText, renderMarkdown } from './markdown.ts';
import { sourceSheet } from './sources.ts';

export function openAboutSource(article: ReadonlyMap<string, Paragraph>): DialogHandle {
  const blocks = parseMarkdown(aboutText);
  const top = blocks[0];
  // The dialog takes the document's own title; the rest renders under it.
  const title = top?.type === 'heading' && top.level === 1 ? plainText(top.children) : 'About the source';
  const body = top?.type === 'heading' && top.level === 1 ? blocks.slice(1) : blocks;
  const dialog = openDialog(
    title,
    h('div', { class: 'prose' }, renderMarkdown(body, { idPrefix: 'about-', headingShift: 1 })),
    h('h3', { text: 'The article' }),
    sourceSheet(article),
  );
  dialog.element.classList.add('dialog--document');
  return dialog;
}
