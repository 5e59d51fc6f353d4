// Draws a document (src/debate/documents/document.ts blocks) as DOM: the transcript (the same content the
// HTML and Markdown files hold) and the teacher guide (made from its Markdown at build time). Text
// only ever becomes text nodes; links go only to headings of the same document.
import type { Block, Inline } from '../../debate/documents/document.ts';
import type { Quote } from '../../debate/documents/debrief.ts';
import { h, type Child } from '../kit/dom.ts';
import { m } from '../../i18n/index.ts';

type Level = 1 | 2 | 3 | 4 | 5 | 6;

export interface DocumentOptions {
  /** Lowers every heading: 1 makes a level-1 heading an h2 (a document under a dialog's title). */
  shift?: number;
  /** Put in front of every heading id and link, so a document's ids cannot clash with the page's. */
  idPrefix?: string;
  /** Live content for slot blocks; a slot without content draws nothing. */
  slots?: Record<string, () => Node>;
}

/** An article paragraph, quoted with its id and heading. */
export function quoteView(q: Pick<Quote, 'id' | 'text' | 'heading'>): HTMLElement {
  return h(
    'blockquote',
    // The article is IRNA's English edition in every language: a quote of it says so, for screen
    // readers (and the Persian edition's checks) to tell it from the page's own words.
    { class: 'quote', attrs: { cite: `#source-${q.id}`, lang: q.text ? 'en' : undefined } },
    h('p', {}, h('span', { class: 'article-paragraph__id', text: `[${q.id}]` }), q.text || m().documentView.notInArticle),
    q.heading ? h('footer', { class: 'quote__where', text: q.heading }) : null,
  );
}

/** The blocks as a document element. */
export function documentView(blocks: readonly Block[], options: DocumentOptions | number = {}): HTMLElement {
  const { shift = 0, idPrefix = '', slots = {} } = typeof options === 'number' ? { shift: options } : options;
  const root = h('div', { class: 'document' });

  const link = (text: string, target: string) =>
    h('a', {
      text,
      attrs: { href: `#${idPrefix}${target}` },
      on: {
        // Move within the document (which may sit in a dialog) without touching the page's address.
        click: (event) => {
          const heading = [...root.querySelectorAll<HTMLElement>('[id]')].find((el) => el.id === `${idPrefix}${target}`);
          if (!heading) return;
          event.preventDefault();
          heading.scrollIntoView({ block: 'start' });
          heading.focus({ preventScroll: true });
        },
      },
    });

  const inline = (content: readonly Inline[]): Child[] =>
    content.flatMap((part): Child[] => {
      if (typeof part === 'string') return [part];
      if (part.kind === 'strong') return [h('strong', { text: part.text })];
      if (part.kind === 'em') return [h('em', { text: part.text })];
      if (part.kind === 'code') return [h('code', { text: part.text })];
      if (part.kind === 'link') return [part.target ? link(part.text, part.target) : part.text];
      // The space keeps the badge a separate word when copied or read aloud.
      return [' ', h('span', { class: `badge${part.tone ? ` badge--${part.tone}` : ''}`, text: part.text })];
    });

  const blockView = (block: Block): Node | null => {
    switch (block.kind) {
      case 'heading':
        return h(`h${Math.min(6, block.level + shift) as Level}`, {
          text: block.text,
          ...(block.id && { id: `${idPrefix}${block.id}`, attrs: { tabindex: -1 } }),
        });
      case 'paragraph':
        return h('p', { class: block.role ? `doc__${block.role}` : '' }, ...inline(block.content));
      case 'quote':
        return quoteView({ id: block.id, text: block.text, heading: block.heading ?? '' });
      case 'terms': {
        const dl = h('dl', { class: 'terms' });
        for (const item of block.items) dl.append(h('dt', { text: item.term }), h('dd', {}, ...item.details.map(blockView)));
        return dl;
      }
      case 'list': {
        const items = block.items.map((item, i) => h('li', {}, ...inline(item), ...(block.nested?.[i] ?? []).map(blockView)));
        return block.ordered
          ? h('ol', { attrs: { start: block.start !== undefined && block.start !== 1 ? block.start : undefined } }, ...items)
          : h('ul', {}, ...items);
      }
      case 'table': {
        const cell = (tag: 'th' | 'td', content: Inline[], c: number) => {
          const align = block.align?.[c];
          return h(tag, { ...(align && { class: `align-${align}` }), ...(tag === 'th' && { attrs: { scope: 'col' } }) }, ...inline(content));
        };
        // A wide table scrolls sideways in its own box on a phone: the box takes the focus, so the
        // keyboard can scroll it too, and names itself by the table's column headings.
        const columns = block.head.map((c) => c.map((part) => (typeof part === 'string' ? part : part.text)).join('')).join(' · ');
        return h(
          'div',
          { class: 'markdown__table', attrs: { tabindex: 0, role: 'region', 'aria-label': columns } },
          h(
            'table',
            {},
            h('thead', {}, h('tr', {}, ...block.head.map((c, i) => cell('th', c, i)))),
            h('tbody', {}, ...block.rows.map((row) => h('tr', {}, ...row.map((c, i) => cell('td', c, i))))),
          ),
        );
      }
      case 'section':
        return h('section', { attrs: { 'aria-label': block.label } }, ...block.blocks.map(blockView));
      case 'slot':
        return slots[block.name]?.() ?? null;
    }
  };

  for (const block of blocks) {
    const node = blockView(block);
    if (node) root.append(node);
  }
  return root;
}
