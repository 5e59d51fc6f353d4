// Draws a document (src/debate/document.ts blocks) as DOM, the same content the HTML and Markdown
// files hold. Text only ever becomes text nodes.
import type { Block, Inline } from '../debate/document.ts';
import type { Quote } from '../debate/debrief.ts';
import { h, type Child } from './dom.ts';

type Level = 1 | 2 | 3 | 4 | 5 | 6;

function inline(content: readonly Inline[]): Child[] {
  return content.flatMap((part): Child[] => {
    if (typeof part === 'string') return [part];
    if (part.kind === 'strong') return [h('strong', { text: part.text })];
    if (part.kind === 'em') return [h('em', { text: part.text })];
    // The space keeps the badge a separate word when copied or read aloud.
    return [' ', h('span', { class: `badge${part.tone ? ` badge--${part.tone}` : ''}`, text: part.text })];
  });
}

/** An article paragraph, quoted with its id and heading. */
export function quoteView(q: Pick<Quote, 'id' | 'text' | 'heading'>): HTMLElement {
  return h(
    'blockquote',
    { class: 'quote', attrs: { cite: `#source-${q.id}` } },
    h('p', {}, h('span', { class: 'article-paragraph__id', text: `[${q.id}]` }), q.text || '(This paragraph is not in the article.)'),
    q.heading ? h('footer', { class: 'quote__where', text: q.heading }) : null,
  );
}

function blockView(block: Block, shift: number): HTMLElement {
  switch (block.kind) {
    case 'heading':
      return h(`h${Math.min(6, block.level + shift) as Level}`, { text: block.text });
    case 'paragraph':
      return h('p', { class: block.role ? `doc__${block.role}` : '' }, ...inline(block.content));
    case 'quote':
      return quoteView({ id: block.id, text: block.text, heading: block.heading ?? '' });
    case 'terms': {
      const dl = h('dl', { class: 'terms' });
      for (const item of block.items) {
        dl.append(h('dt', { text: item.term }), h('dd', {}, ...item.details.map((d) => blockView(d, shift))));
      }
      return dl;
    }
    case 'list':
      return h('ul', {}, ...block.items.map((item) => h('li', {}, ...inline(item))));
    case 'section':
      return h('section', { attrs: { 'aria-label': block.label } }, ...block.blocks.map((b) => blockView(b, shift)));
  }
}

/** The blocks as a document element; `shift` lowers every heading (h1 becomes h2 with 1). */
export function documentView(blocks: readonly Block[], shift = 0): HTMLElement {
  return h('div', { class: 'document' }, ...blocks.map((b) => blockView(b, shift)));
}
