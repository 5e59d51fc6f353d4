// A tiny Markdown renderer for the project's own documents (docs/teacher-guide.md), so the game shows
// the very file teachers read on disk. It builds DOM nodes directly and never parses HTML: every
// piece of text, including any HTML written in the Markdown, becomes a text node.
//
// Supported: ATX headings (# to ######, with GitHub-style ids), paragraphs, bullet and numbered
// lists (nested by indentation), **bold**, *italic* / _italic_, `code`, fenced code blocks,
// block quotes, pipe tables, horizontal rules, and links to anchors on the same page ([x](#id)).
// Links anywhere else show their text only. A line `<!-- slot: name -->` marks a place where the
// caller inserts live content (the game puts the source sheet there); other HTML comments vanish.
import { h } from './dom.ts';

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'code'; text: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'em'; children: Inline[] }
  /** `anchor` is the target heading's id without '#'; set only for same-page links. */
  | { type: 'link'; anchor: string | null; children: Inline[] };

export interface ListItem {
  children: Inline[];
  /** Lists nested inside this item. */
  blocks: Block[];
}

export type Align = 'left' | 'center' | 'right' | null;

export type Block =
  | { type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; id: string; children: Inline[] }
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'list'; ordered: boolean; start: number; items: ListItem[] }
  | { type: 'quote'; blocks: Block[] }
  | { type: 'code'; text: string }
  | { type: 'table'; align: Align[]; head: Inline[][]; rows: Inline[][][] }
  | { type: 'rule' }
  | { type: 'slot'; name: string };

// ---- parsing ------------------------------------------------------------------------------------

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const LIST_ITEM = /^(\s*)([-*+]|\d{1,9}[.)])\s+(.*)$/;
const FENCE = /^\s*(```|~~~)/;
const RULE = /^\s*([-*_])(\s*\1){2,}\s*$/;
const SLOT = /^\s*<!--\s*slot:\s*([\w-]+)\s*-->\s*$/;
const COMMENT_START = /^\s*<!--/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-{1,}:?\s*(\|\s*:?-{1,}:?\s*)*\|?\s*$/;

const indentOf = (line: string) => (/^\s*/.exec(line)?.[0] ?? '').replace(/\t/g, '    ').length;
const isBlank = (line: string) => line.trim() === '';

/** GitHub's heading ids: lower case, punctuation dropped, spaces to hyphens; repeats get -1, -2. */
export function slugify(text: string, taken?: Map<string, number>): string {
  const base = text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
  if (!taken) return base;
  const seen = taken.get(base);
  taken.set(base, (seen ?? -1) + 1);
  return seen === undefined ? base : `${base}-${seen + 1}`;
}

/** The plain text of inline content (for heading ids and labels). */
export function plainText(inlines: readonly Inline[]): string {
  return inlines.map((i) => (i.type === 'text' || i.type === 'code' ? i.text : plainText(i.children))).join('');
}

export function parseMarkdown(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  return parseBlocks(lines, new Map());
}

function parseBlocks(lines: string[], ids: Map<string, number>): Block[] {
  const blocks: Block[] = [];
  let i = 0;
  const startsBlock = (line: string, next: string | undefined) =>
    HEADING.test(line) ||
    LIST_ITEM.test(line) ||
    FENCE.test(line) ||
    RULE.test(line) ||
    COMMENT_START.test(line) ||
    /^\s*>/.test(line) ||
    (line.includes('|') && next !== undefined && TABLE_SEPARATOR.test(next) && next.includes('-'));

  while (i < lines.length) {
    const line = lines[i] as string;
    if (isBlank(line)) {
      i++;
      continue;
    }
    const slot = SLOT.exec(line);
    if (slot) {
      blocks.push({ type: 'slot', name: slot[1] as string });
      i++;
      continue;
    }
    if (COMMENT_START.test(line)) {
      // A comment is for whoever edits the file: skip to its end.
      while (i < lines.length && !(lines[i] as string).includes('-->')) i++;
      i++;
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      const children = parseInline(heading[2] as string);
      blocks.push({
        type: 'heading',
        level: (heading[1] as string).length as 1 | 2 | 3 | 4 | 5 | 6,
        id: slugify(plainText(children), ids),
        children,
      });
      i++;
      continue;
    }
    if (FENCE.test(line)) {
      const fence = (FENCE.exec(line) as RegExpExecArray)[1] as string;
      const body: string[] = [];
      i++;
      while (i < lines.length && !(lines[i] as string).trim().startsWith(fence)) body.push(lines[i++] as string);
      i++;
      blocks.push({ type: 'code', text: body.join('\n') });
      continue;
    }
    if (RULE.test(line)) {
      blocks.push({ type: 'rule' });
      i++;
      continue;
    }
    if (/^\s*>/.test(line)) {
      const inner: string[] = [];
      while (i < lines.length && /^\s*>/.test(lines[i] as string)) inner.push((lines[i++] as string).replace(/^\s*>\s?/, ''));
      blocks.push({ type: 'quote', blocks: parseBlocks(inner, ids) });
      continue;
    }
    const next = lines[i + 1];
    if (line.includes('|') && next !== undefined && TABLE_SEPARATOR.test(next) && next.includes('-')) {
      const head = splitRow(line);
      const align = splitRow(next).map((cell): Align => {
        const left = cell.startsWith(':');
        const right = cell.endsWith(':');
        return left && right ? 'center' : right ? 'right' : left ? 'left' : null;
      });
      i += 2;
      const rows: Inline[][][] = [];
      while (i < lines.length && !isBlank(lines[i] as string) && (lines[i] as string).includes('|')) {
        const cells = splitRow(lines[i++] as string);
        rows.push(head.map((_, c) => parseInline(cells[c] ?? '')));
      }
      blocks.push({ type: 'table', align, head: head.map((cell) => parseInline(cell)), rows });
      continue;
    }
    if (LIST_ITEM.test(line)) {
      const end = listEnd(lines, i);
      blocks.push(parseList(lines.slice(i, end), ids));
      i = end;
      continue;
    }
    // A paragraph runs until a blank line or the start of another block.
    const text: string[] = [line.trim()];
    i++;
    while (i < lines.length && !isBlank(lines[i] as string) && !startsBlock(lines[i] as string, lines[i + 1])) {
      text.push((lines[i++] as string).trim());
    }
    blocks.push({ type: 'paragraph', children: parseInline(text.join(' ')) });
  }
  return blocks;
}

function splitRow(line: string): string[] {
  let row = line.trim();
  if (row.startsWith('|')) row = row.slice(1);
  if (row.endsWith('|') && !row.endsWith('\\|')) row = row.slice(0, -1);
  const cells: string[] = [];
  let cell = '';
  for (let i = 0; i < row.length; i++) {
    const ch = row[i] as string;
    if (ch === '\\' && row[i + 1] === '|') {
      cell += '|';
      i++;
    } else if (ch === '|') {
      cells.push(cell.trim());
      cell = '';
    } else {
      cell += ch;
    }
  }
  cells.push(cell.trim());
  return cells;
}

/** Where a list that starts at `start` ends: at a blank line followed by something not indented. */
function listEnd(lines: string[], start: number): number {
  const baseIndent = indentOf(lines[start] as string);
  const kind = listKind(lines[start] as string);
  const sameList = (line: string) => listKind(line) === kind && indentOf(line) <= baseIndent + 1;
  let i = start + 1;
  while (i < lines.length) {
    const line = lines[i] as string;
    if (LIST_ITEM.test(line) && indentOf(line) <= baseIndent + 1 && !sameList(line)) return i;
    if (isBlank(line)) {
      const next = lines[i + 1];
      if (next === undefined || isBlank(next)) return i;
      if (indentOf(next) > baseIndent + 1 || (LIST_ITEM.test(next) && sameList(next))) {
        i++;
        continue;
      }
      return i;
    }
    if (indentOf(line) <= baseIndent && !LIST_ITEM.test(line)) {
      // A line at the list's own indent that is not an item continues the item's paragraph
      // (lazy continuation) unless it starts another block.
      if (HEADING.test(line) || FENCE.test(line) || COMMENT_START.test(line) || /^\s*>/.test(line) || line.includes('|')) {
        return i;
      }
    }
    i++;
  }
  return i;
}

/** Bullets and numbers make different lists: a switch from one to the other starts a new list. */
function listKind(line: string): 'ol' | 'ul' | null {
  const item = LIST_ITEM.exec(line);
  if (!item) return null;
  return /\d/.test(item[2] as string) ? 'ol' : 'ul';
}

function parseList(lines: string[], ids: Map<string, number>): Block {
  const first = LIST_ITEM.exec(lines[0] as string) as RegExpExecArray;
  const baseIndent = indentOf(lines[0] as string);
  const ordered = /\d/.test(first[2] as string);
  const items: ListItem[] = [];
  let current: { text: string[]; nested: string[] } | null = null;
  const flush = () => {
    if (!current) return;
    items.push({
      children: parseInline(current.text.join(' ')),
      blocks: current.nested.some((l) => !isBlank(l)) ? parseBlocks(dedent(current.nested), ids) : [],
    });
  };
  for (const line of lines) {
    const item = LIST_ITEM.exec(line);
    if (item && indentOf(line) <= baseIndent + 1) {
      flush();
      current = { text: [(item[3] as string).trim()], nested: [] };
    } else if (current) {
      if (current.nested.length === 0 && !isBlank(line) && !LIST_ITEM.test(line)) current.text.push(line.trim());
      else current.nested.push(line);
    }
  }
  flush();
  return { type: 'list', ordered, start: ordered ? Number.parseInt(first[2] as string, 10) : 1, items };
}

function dedent(lines: string[]): string[] {
  const indents = lines.filter((l) => !isBlank(l)).map(indentOf);
  const cut = Math.min(...indents);
  return lines.map((l) => l.replace(/\t/g, '    ').slice(cut));
}

/** Inline Markdown to a tree. Unmatched delimiters stay as the characters they are. */
export function parseInline(source: string): Inline[] {
  const out: Inline[] = [];
  let text = '';
  const pushText = () => {
    if (text) out.push({ type: 'text', text });
    text = '';
  };
  let i = 0;
  while (i < source.length) {
    const ch = source[i] as string;
    if (ch === '\\' && i + 1 < source.length && /[\\`*_[\]()#+\-.!|<>~]/.test(source[i + 1] as string)) {
      text += source[i + 1];
      i += 2;
      continue;
    }
    if (ch === '`') {
      const close = source.indexOf('`', i + 1);
      if (close > i) {
        pushText();
        out.push({ type: 'code', text: source.slice(i + 1, close) });
        i = close + 1;
        continue;
      }
    }
    if (source.startsWith('**', i) || source.startsWith('__', i)) {
      const mark = source.slice(i, i + 2);
      const close = source.indexOf(mark, i + 2);
      if (close > i + 2) {
        pushText();
        out.push({ type: 'strong', children: parseInline(source.slice(i + 2, close)) });
        i = close + 2;
        continue;
      }
    }
    if ((ch === '*' || ch === '_') && source[i + 1] !== ch && source[i + 1] !== ' ') {
      // `_` only counts at a word boundary, so snake_case words stay as they are.
      const opensWord = ch === '*' || i === 0 || !/[\p{L}\p{N}]/u.test(source[i - 1] as string);
      const close = findEmphasisClose(source, i + 1, ch);
      if (opensWord && close > i + 1) {
        pushText();
        out.push({ type: 'em', children: parseInline(source.slice(i + 1, close)) });
        i = close + 1;
        continue;
      }
    }
    if (ch === '[') {
      const link = matchLink(source, i);
      if (link) {
        pushText();
        const href = link.href.trim();
        out.push({
          type: 'link',
          anchor: /^#[\p{L}\p{N}_-]+$/u.test(href) ? href.slice(1) : null,
          children: parseInline(link.label),
        });
        i = link.end;
        continue;
      }
    }
    text += ch;
    i++;
  }
  pushText();
  return out;
}

function findEmphasisClose(source: string, from: number, mark: string): number {
  for (let j = from; j < source.length; j++) {
    if (source[j] === '\\') {
      j++;
      continue;
    }
    if (source[j] !== mark) continue;
    if (source[j + 1] === mark) {
      j++;
      continue;
    }
    if (source[j - 1] === ' ') continue;
    if (mark === '_' && j + 1 < source.length && /[\p{L}\p{N}]/u.test(source[j + 1] as string)) continue;
    return j;
  }
  return -1;
}

function matchLink(source: string, start: number): { label: string; href: string; end: number } | null {
  let depth = 0;
  for (let j = start; j < source.length; j++) {
    const c = source[j];
    if (c === '\\') {
      j++;
      continue;
    }
    if (c === '[') depth++;
    else if (c === ']') {
      depth--;
      if (depth === 0) {
        if (source[j + 1] !== '(') return null;
        const close = source.indexOf(')', j + 2);
        if (close < 0) return null;
        return { label: source.slice(start + 1, j), href: source.slice(j + 2, close), end: close + 1 };
      }
    }
  }
  return null;
}

// ---- rendering ----------------------------------------------------------------------------------

export interface RenderOptions {
  /** Put in front of every heading id and anchor, so the document's ids cannot clash with the page's. */
  idPrefix?: string;
  /** Live content for `<!-- slot: name -->` lines; a slot without content renders nothing. */
  slots?: Record<string, () => Node>;
  /** Shift heading levels (a `#` becomes h(1 + shift)), so a document fits under a dialog's h2. */
  headingShift?: number;
}

/** Renders Markdown (or already parsed blocks) into a container element. Text stays text. */
export function renderMarkdown(source: string | Block[], options: RenderOptions = {}): HTMLElement {
  const blocks = typeof source === 'string' ? parseMarkdown(source) : source;
  const root = h('div', { class: 'markdown' });
  const prefix = options.idPrefix ?? '';
  const renderInlines = (inlines: readonly Inline[], parent: HTMLElement): HTMLElement => {
    for (const inline of inlines) parent.append(renderInline(inline, prefix, root));
    return parent;
  };
  const renderBlock = (block: Block): Node | null => {
    switch (block.type) {
      case 'heading': {
        const level = Math.min(6, block.level + (options.headingShift ?? 0));
        const tag = `h${level}` as 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
        return renderInlines(block.children, h(tag, { id: prefix + block.id, attrs: { tabindex: -1 } }));
      }
      case 'paragraph':
        return renderInlines(block.children, h('p'));
      case 'list': {
        const list = block.ordered
          ? h('ol', { attrs: { start: block.start === 1 ? undefined : block.start } })
          : h('ul');
        for (const item of block.items) {
          const li = renderInlines(item.children, h('li'));
          for (const nested of item.blocks) {
            const node = renderBlock(nested);
            if (node) li.append(node);
          }
          list.append(li);
        }
        return list;
      }
      case 'quote': {
        const quote = h('blockquote');
        for (const nested of block.blocks) {
          const node = renderBlock(nested);
          if (node) quote.append(node);
        }
        return quote;
      }
      case 'code':
        return h('pre', {}, h('code', { text: block.text }));
      case 'table': {
        const align = (c: number) => (block.align[c] ? `text-align: ${block.align[c]}` : undefined);
        const head = h('tr');
        block.head.forEach((cell, c) => head.append(renderInlines(cell, h('th', { attrs: { scope: 'col', style: align(c) } }))));
        const body = h('tbody');
        for (const row of block.rows) {
          const tr = h('tr');
          row.forEach((cell, c) => tr.append(renderInlines(cell, h('td', { attrs: { style: align(c) } }))));
          body.append(tr);
        }
        return h('div', { class: 'markdown__table' }, h('table', {}, h('thead', {}, head), body));
      }
      case 'rule':
        return h('hr');
      case 'slot':
        return options.slots?.[block.name]?.() ?? null;
    }
  };
  for (const block of blocks) {
    const node = renderBlock(block);
    if (node) root.append(node);
  }
  return root;
}

function renderInline(inline: Inline, prefix: string, root: HTMLElement): Node {
  switch (inline.type) {
    case 'text':
      return document.createTextNode(inline.text);
    case 'code':
      return h('code', { text: inline.text });
    case 'strong':
      return appendAll(h('strong'), inline.children, prefix, root);
    case 'em':
      return appendAll(h('em'), inline.children, prefix, root);
    case 'link': {
      if (inline.anchor === null) return appendAll(h('span'), inline.children, prefix, root);
      const id = prefix + inline.anchor;
      const link = h('a', {
        attrs: { href: `#${id}` },
        on: {
          // Move within the document (which may sit in a dialog) without touching the page's URL.
          click: (event) => {
            const target = [...root.querySelectorAll<HTMLElement>('[id]')].find((el) => el.id === id);
            if (!target) return;
            event.preventDefault();
            target.scrollIntoView({ block: 'start' });
            target.focus({ preventScroll: true });
          },
        },
      });
      return appendAll(link, inline.children, prefix, root);
    }
  }
}

function appendAll(parent: HTMLElement, inlines: readonly Inline[], prefix: string, root: HTMLElement): HTMLElement {
  for (const child of inlines) parent.append(renderInline(child, prefix, root));
  return parent;
}

/** The blocks of one section: the heading with this id and everything up to the next heading of
 *  the same or a higher level. Lets the game show one part of a document (the privacy statement). */
export function sectionOf(blocks: readonly Block[], id: string): Block[] {
  const start = blocks.findIndex((b) => b.type === 'heading' && b.id === id);
  if (start < 0) return [];
  const level = (blocks[start] as Extract<Block, { type: 'heading' }>).level;
  const end = blocks.findIndex((b, i) => i > start && b.type === 'heading' && b.level <= level);
  return blocks.slice(start, end < 0 ? undefined : end);
}
