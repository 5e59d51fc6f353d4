// The source sheet: the article the debate is staged from, every paragraph with its id, so any
// line's source chip can be checked against the text.
import type { Paragraph } from '../../debate/core/article.ts';
import type { Doc } from '../../debate/documents/document.ts';
import { openDialog, type DialogHandle } from '../kit/dialogs.ts';
import { h } from '../kit/dom.ts';
import { m } from '../../i18n/index.ts';

export function sourceSheet(article: ReadonlyMap<string, Paragraph>): HTMLElement {
  const root = h('div', { class: 'prose' });
  root.append(
    h('p', {
      text: m().sources.intro,
    }),
  );
  // The article is IRNA's English edition in every language: marked as English, left to right, so
  // a Persian page shows it the right way round and a screen reader reads it in English.
  const text = h('div', { attrs: { lang: 'en', dir: 'ltr' } });
  let heading = '';
  for (const p of article.values()) {
    if (p.heading !== heading) {
      heading = p.heading;
      text.append(h('h3', { text: heading }));
    }
    text.append(h('p', { class: 'article-paragraph', id: `source-${p.id}` }, h('span', { class: 'article-paragraph__id', text: `[${p.id}]` }), p.text));
  }
  root.append(text);
  return root;
}

/** "About the source" (src/ui/play/about-source.ts, and the edition's text `about`), loaded on demand; the sheet alone if that fails. */
export function openSources(article: ReadonlyMap<string, Paragraph>, about: () => Promise<Doc>): Promise<DialogHandle> {
  return Promise.all([import('./about-source.ts'), about()]).then(
    ([view, doc]) => view.openAboutSource(article, doc),
    () => openDialog(m().sources.title, sourceSheet(article)),
  );
}
