// The game's one document model and its two text renderings (self-contained HTML and Markdown).
// The transcript is built as blocks here; the teacher guide becomes blocks at build time
// (scripts/markdown/to-doc.ts); the page draws both with src/ui/documents/document-view.ts. Every piece of
// text is escaped on the way out: none of it is ever markup.

export interface Mark {
  kind: 'strong' | 'em' | 'badge' | 'code' | 'link';
  text: string;
  /** For badges: what they mark, e.g. 'dramatized', 'grade-strong'; becomes a CSS class. */
  tone?: string;
  /** For links: the id of a heading in the same document (links go nowhere else). */
  target?: string;
}

export type Inline = string | Mark;

export type Align = 'left' | 'center' | 'right' | null;

export type Block =
  /** `id`: a target for links within the document. */
  | { kind: 'heading'; level: 1 | 2 | 3 | 4; text: string; id?: string }
  | { kind: 'paragraph'; content: Inline[]; role?: 'line' | 'choice' | 'note' | 'meters' | 'meta' | 'why' }
  /** A paragraph of the article, quoted with its id. */
  | { kind: 'quote'; id: string; text: string; heading?: string }
  | { kind: 'terms'; items: { term: string; details: Block[] }[] }
  /** `nested[i]`: blocks inside item i (a list within the list). */
  | { kind: 'list'; items: Inline[][]; ordered?: boolean; start?: number; nested?: Block[][] }
  | { kind: 'table'; head: Inline[][]; rows: Inline[][][]; align?: Align[] }
  | { kind: 'section'; label: string; blocks: Block[] }
  /** Where the page puts live content (the article, in the teacher guide); files leave it out. */
  | { kind: 'slot'; name: string };

export interface Doc {
  title: string;
  lang: string;
  blocks: Block[];
}

// ---- escaping ----------------------------------------------------------------------------------

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/**
 * Text for Markdown: the marks Markdown reads as syntax anywhere in a line (emphasis, code, links,
 * raw HTML, entities, tables, strikethrough) get a backslash, and a leading heading, list or
 * number marker is defused, so the text reads back as itself. Brackets are escaped, so no
 * parenthesis can become a link.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~&]/g, '\\$&')
    .replace(/^(\s*)([-+=#])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2')
    .replace(/\r?\n/g, ' ');
}

// ---- HTML ----------------------------------------------------------------------------------------

const toClass = (tone: string) => tone.replace(/[^a-z0-9-]/gi, '');

function inlineHtml(content: readonly Inline[]): string {
  return content
    .map((part) => {
      if (typeof part === 'string') return escapeHtml(part);
      const text = escapeHtml(part.text);
      if (part.kind === 'strong') return `<strong>${text}</strong>`;
      if (part.kind === 'em') return `<em>${text}</em>`;
      if (part.kind === 'code') return `<code>${text}</code>`;
      if (part.kind === 'link') return part.target ? `<a href="#${escapeHtml(part.target)}">${text}</a>` : text;
      // The space keeps the badge a separate word when the text is copied or read aloud.
      return ` <span class="badge${part.tone ? ` badge--${toClass(part.tone)}` : ''}">${text}</span>`;
    })
    .join('');
}

function blockHtml(block: Block, indent: string): string {
  switch (block.kind) {
    case 'heading':
      return `${indent}<h${block.level}${block.id ? ` id="${escapeHtml(block.id)}"` : ''}>${escapeHtml(block.text)}</h${block.level}>`;
    case 'paragraph':
      return `${indent}<p${block.role ? ` class="${block.role}"` : ''}>${inlineHtml(block.content)}</p>`;
    case 'quote': {
      const text = block.text === '' ? '(This paragraph is not in the article.)' : block.text;
      const where = block.heading ? `<footer>${escapeHtml(block.heading)}</footer>` : '';
      return `${indent}<blockquote${block.text === '' ? '' : ' lang="en"'}><p><span class="source-id">[${escapeHtml(block.id)}]</span> ${escapeHtml(text)}</p>${where}</blockquote>`;
    }
    case 'terms':
      return [
        `${indent}<dl>`,
        ...block.items.flatMap((item) => [
          `${indent}  <dt>${escapeHtml(item.term)}</dt>`,
          `${indent}  <dd>`,
          ...item.details.map((d) => blockHtml(d, `${indent}    `)),
          `${indent}  </dd>`,
        ]),
        `${indent}</dl>`,
      ].join('\n');
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      const start = block.ordered && block.start !== undefined && block.start !== 1 ? ` start="${Math.floor(block.start)}"` : '';
      const item = (content: Inline[], i: number) => {
        const inner = (block.nested?.[i] ?? []).map((b) => blockHtml(b, `${indent}    `));
        return inner.length === 0 ? `${indent}  <li>${inlineHtml(content)}</li>` : [`${indent}  <li>${inlineHtml(content)}`, ...inner, `${indent}  </li>`].join('\n');
      };
      return [`${indent}<${tag}${start}>`, ...block.items.map(item), `${indent}</${tag}>`].join('\n');
    }
    case 'table': {
      const cell = (tag: 'th' | 'td', content: Inline[], c: number) => {
        const align = block.align?.[c];
        return `<${tag}${align ? ` class="align-${align}"` : ''}>${inlineHtml(content)}</${tag}>`;
      };
      return [
        `${indent}<table>`,
        `${indent}  <thead><tr>${block.head.map((c, i) => cell('th', c, i)).join('')}</tr></thead>`,
        `${indent}  <tbody>`,
        ...block.rows.map((row) => `${indent}    <tr>${row.map((c, i) => cell('td', c, i)).join('')}</tr>`),
        `${indent}  </tbody>`,
        `${indent}</table>`,
      ].join('\n');
    }
    case 'section':
      return [
        `${indent}<section aria-label="${escapeHtml(block.label)}">`,
        ...block.blocks.map((b) => blockHtml(b, `${indent}  `)),
        `${indent}</section>`,
      ].join('\n');
    case 'slot':
      return '';
  }
}

/** Readable on screen and on paper (A4 or Letter), with no scripts and nothing fetched. */
const DOCUMENT_STYLE = `
  :root { color-scheme: light; }
  body { font-family: "Atkinson Hyperlegible", "Noto Sans", system-ui, sans-serif; line-height: 1.5;
    max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #1b1b1b; background: #fff; }
  h1 { font-size: 1.8rem; margin-bottom: 0.25rem; }
  h2 { font-size: 1.35rem; margin-top: 2rem; border-bottom: 1px solid #999; break-after: avoid; }
  h3 { font-size: 1.1rem; margin-top: 1.5rem; break-after: avoid; }
  p { margin: 0.4rem 0; }
  p.choice { margin: 0.8rem 0; padding: 0.3rem 0.6rem; border-left: 4px solid #1d4e89; background: #eef3fa; }
  p.note, p.meta { color: #444; font-style: italic; }
  p.meters { font-weight: bold; border-top: 1px dashed #999; padding-top: 0.3rem; }
  p.why { margin-left: 1.5rem; }
  .badge { display: inline-block; font-size: 0.8em; font-weight: bold; padding: 0 0.35em; 
    border: 1px solid currentColor; border-radius: 0.25em; white-space: nowrap; }
  .badge--dramatized { color: #6b3d00; }
  .badge--grade-strong { color: #0b5a23; }
  .badge--grade-partial { color: #5a4a00; }
  .badge--grade-weak { color: #6b3d00; }
  .badge--grade-backfire { color: #8f1010; }
  blockquote { margin: 0.4rem 0 0.8rem 0; padding: 0.2rem 0.8rem; border-left: 3px solid #888; color: #333; }
  blockquote footer { font-size: 0.85em; color: #555; }
  .source-id { font-weight: bold; }
  dt { font-weight: bold; margin-top: 0.6rem; }
  dd { margin-left: 1rem; }
  section { break-inside: auto; }
  table { border-collapse: collapse; margin: 0.6rem 0; }
  th, td { border: 1px solid #999; padding: 0.2rem 0.5rem; text-align: left; vertical-align: top; }
  .align-center { text-align: center; }
  .align-right { text-align: right; }
  @page { size: auto; margin: 18mm 16mm; }
  @media print {
    body { margin: 0; max-width: none; font-size: 11pt; }
    p.choice { background: none; }
    blockquote, dt, p.choice { break-inside: avoid; }
  }
`;

/** A self-contained HTML file: inline style, no scripts, every text escaped. */
export function toHtml(doc: Doc): string {
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(doc.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    // Opened from disk, the file may load nothing and run nothing.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(doc.title)}</title>`,
    `<style>${DOCUMENT_STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    ...doc.blocks.map((b) => blockHtml(b, '')),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

// ---- Markdown ----------------------------------------------------------------------------------

function inlineMarkdown(content: readonly Inline[]): string {
  return content
    .map((part) => {
      if (typeof part === 'string') return escapeMarkdown(part);
      const text = escapeMarkdown(part.text);
      if (part.kind === 'strong') return `**${text}**`;
      if (part.kind === 'em') return `*${text}*`;
      if (part.kind === 'code') return `\`${part.text.replace(/`/g, "'")}\``;
      if (part.kind === 'link') return part.target ? `[${text}](#${part.target.replace(/[^\p{L}\p{N}_-]/gu, '')})` : text;
      return ` \\[${text}\\]`;
    })
    .join('');
}

function blockMarkdown(block: Block): string[] {
  switch (block.kind) {
    case 'heading':
      return [`${'#'.repeat(block.level)} ${escapeMarkdown(block.text)}`];
    case 'paragraph': {
      const text = inlineMarkdown(block.content);
      if (block.role === 'choice') return [`> **▶** ${text}`];
      return [text];
    }
    case 'quote': {
      const text = block.text === '' ? '(This paragraph is not in the article.)' : block.text;
      return [`> **\\[${escapeMarkdown(block.id)}\\]** ${escapeMarkdown(text)}`];
    }
    case 'terms':
      return block.items.flatMap((item) => [
        `**${escapeMarkdown(item.term)}**`,
        ...item.details.flatMap((d) => blockMarkdown(d)),
      ]);
    case 'list': {
      const marker = (i: number) => (block.ordered ? `${(block.start ?? 1) + i}.` : '-');
      return [
        block.items
          .map((item, i) => {
            const inner = (block.nested?.[i] ?? []).flatMap((b) => blockMarkdown(b)).map((text) => text.replace(/^/gm, '   '));
            return [`${marker(i)} ${inlineMarkdown(item)}`, ...inner].join('\n');
          })
          .join('\n'),
      ];
    }
    case 'table': {
      const row = (cells: Inline[][]) => `| ${cells.map((c) => inlineMarkdown(c)).join(' | ')} |`;
      const rules: Record<string, string> = { left: ':--', center: ':-:', right: '--:' };
      const rule = block.head.map((_, c) => rules[block.align?.[c] ?? ''] ?? '---');
      return [[row(block.head), `| ${rule.join(' | ')} |`, ...block.rows.map(row)].join('\n')];
    }
    case 'section':
      return block.blocks.flatMap((b) => blockMarkdown(b));
    case 'slot':
      return [];
  }
}

export function toMarkdown(doc: Doc): string {
  return `${doc.blocks.flatMap((b) => blockMarkdown(b)).join('\n\n')}\n`;
}

/**
 * The blocks of one section: the heading with this id and everything up to the next heading of
 * the same or a higher level (the privacy statement is one section of the teacher guide).
 */
export function sectionOf(blocks: readonly Block[], id: string): Block[] {
  const start = blocks.findIndex((b) => b.kind === 'heading' && b.id === id);
  const heading = blocks[start];
  if (!heading || heading.kind !== 'heading') return [];
  const end = blocks.findIndex((b, i) => i > start && b.kind === 'heading' && b.level <= heading.level);
  return blocks.slice(start, end < 0 ? undefined : end);
}

/** How plainText reads a mark by default: a badge is spaced off from the words before it. */
const markText = (mark: Mark): string => (mark.kind === 'badge' ? ` ${mark.text}` : mark.text);

/**
 * All the text of a document, in order: for tests and for checking a rendering lost nothing.
 * `readMark` changes how marks read (the guide's translation check skips code, for one).
 */
export function plainText(blocks: readonly Block[], readMark: (mark: Mark) => string = markText): string[] {
  const text = (content: readonly Inline[]) => content.map((c) => (typeof c === 'string' ? c : readMark(c))).join('');
  return blocks.flatMap((block): string[] => {
    switch (block.kind) {
      case 'heading':
        return [block.text];
      case 'paragraph':
        return [text(block.content)];
      case 'quote':
        return [block.text];
      case 'terms':
        return block.items.flatMap((i) => [i.term, ...plainText(i.details)]);
      case 'list':
        return block.items.flatMap((item, i) => [text(item), ...plainText(block.nested?.[i] ?? [], readMark)]);
      case 'table':
        return [...block.head, ...block.rows.flat()].map(text);
      case 'section':
        return plainText(block.blocks, readMark);
      case 'slot':
        return [];
    }
  });
}
