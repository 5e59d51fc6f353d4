// Markdown to the game's document model (src/debate/documents/document.ts), at build time: the teacher guide
// (docs/teacher-guide.md) is read by `marked`'s lexer here, and the game ships only the blocks, drawn
// by the same view as the transcript (src/ui/documents/document-view.ts). No Markdown parser reaches the
// browser, and every piece of text stays text.
//
// What the game's documents may use: headings (# to ####, each with a GitHub-style id, or the one an
// `<!-- id: name -->` comment in the heading gives: a translation keeps the English ids), paragraphs,
// bullet and numbered lists (one level of nesting), pipe tables, **bold**, *italic*, `code`, links
// to headings of the same document ([x](#id)); HTML comments vanish, and `<!-- slot: name -->`
// marks where the game puts live content. Links elsewhere keep their text only (nothing leaves the
// machine); raw HTML stays text. Anything else fails the build with the file and what was found.
import { Lexer, type Token, type Tokens } from 'marked';
import type { Block, Doc, Inline, Mark } from '../../src/debate/documents/document.ts';

export class DocError extends Error {}

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

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Markdown text keeps entities as written; the document holds the characters they stand for. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[name.toLowerCase()] ?? whole;
  });
}

/** Soft line breaks become spaces, as a browser would show them. */
const flow = (text: string) => decodeEntities(text).replace(/[ \t]*\n[ \t]*/g, ' ');

interface Context {
  file: string;
  ids: Map<string, number>;
}

function fail(ctx: Context, what: string, raw: string): never {
  const snippet = raw.trim().split('\n')[0]?.slice(0, 60) ?? '';
  throw new DocError(
    `${ctx.file}: ${what} is not supported in the game's documents ("${snippet}"). Use headings, paragraphs, lists, tables, **bold**, *italic*, \`code\` and links to headings on the same page.`,
  );
}

/** The plain text of inline tokens (inside a mark, or for a heading). */
function textOf(tokens: readonly Token[], ctx: Context): string {
  return tokens
    .map((t) => {
      switch (t.type) {
        case 'text':
          return 'tokens' in t && t.tokens?.length ? textOf(t.tokens, ctx) : flow(t.text);
        case 'escape':
        case 'codespan':
          return t.type === 'codespan' ? decodeEntities(t.text) : t.text;
        case 'html':
          return /^<!--/.test(t.text) ? '' : t.text;
        case 'br':
          return ' ';
        case 'strong':
        case 'em':
        case 'del':
        case 'link':
          return fail(ctx, `${t.type} inside another mark`, t.raw);
        default:
          return fail(ctx, `"${t.type}"`, t.raw);
      }
    })
    .join('');
}

function inlines(tokens: readonly Token[], ctx: Context): Inline[] {
  const out: Inline[] = [];
  const push = (part: Inline) => {
    const last = out.at(-1);
    if (typeof part === 'string' && typeof last === 'string') out[out.length - 1] = last + part;
    else if (part !== '') out.push(part);
  };
  for (const t of tokens) {
    switch (t.type) {
      case 'text':
        if ('tokens' in t && t.tokens?.length) for (const part of inlines(t.tokens, ctx)) push(part);
        else push(flow(t.text));
        break;
      case 'escape':
        push(t.text);
        break;
      case 'br':
        push(' ');
        break;
      case 'html':
        // Comments are for whoever edits the file; any other HTML stays as the text it is.
        if (!/^<!--/.test(t.text)) push(t.text);
        break;
      case 'del':
        push(textOf((t as Tokens.Del).tokens, ctx));
        break;
      case 'strong':
      case 'em':
        push({ kind: t.type, text: textOf((t as Tokens.Strong | Tokens.Em).tokens, ctx) });
        break;
      case 'codespan':
        push({ kind: 'code', text: decodeEntities(t.text) });
        break;
      case 'link': {
        const link = t as Tokens.Link;
        const text = textOf(link.tokens, ctx);
        const target = /^#([\p{L}\p{N}_-]+)$/u.exec(link.href.trim())?.[1];
        push(target ? ({ kind: 'link', text, target } satisfies Mark) : text);
        break;
      }
      default:
        fail(ctx, `"${t.type}"`, t.raw);
    }
  }
  return out;
}

function listBlock(list: Tokens.List, ctx: Context, depth: number): Block {
  const items: Inline[][] = [];
  const nested: Block[][] = [];
  for (const item of list.items) {
    const content: Inline[] = [];
    const blocks: Block[] = [];
    for (const t of item.tokens) {
      if (t.type === 'text' || (t.type === 'paragraph' && content.length === 0)) {
        content.push(...inlines((t as Tokens.Text).tokens ?? [{ type: 'text', raw: t.raw, text: (t as Tokens.Text).text }], ctx));
      } else if (t.type === 'list') {
        if (depth > 0) fail(ctx, 'a list nested more than one level', t.raw);
        blocks.push(listBlock(t as Tokens.List, ctx, depth + 1));
      } else if (t.type === 'paragraph') {
        blocks.push({ kind: 'paragraph', content: inlines((t as Tokens.Paragraph).tokens, ctx) });
      } else if (t.type !== 'space') {
        fail(ctx, `"${t.type}" in a list item`, t.raw);
      }
    }
    items.push(content);
    nested.push(blocks);
  }
  const start = typeof list.start === 'number' ? list.start : 1;
  return {
    kind: 'list',
    items,
    ...(list.ordered && { ordered: true, ...(start !== 1 && { start }) }),
    ...(nested.some((b) => b.length > 0) && { nested }),
  };
}

/** A heading's own id, `## Privacy <!-- id: privacy -->`: stable across languages, unlike a slug. */
const HEADING_ID = /<!--\s*id:\s*([\p{L}\p{N}_-]+)\s*-->/u;

function claimId(id: string, ctx: Context, raw: string): string {
  if (ctx.ids.has(id)) fail(ctx, `a second heading with the id "${id}"`, raw);
  ctx.ids.set(id, 0);
  return id;
}

function blocks(tokens: readonly Token[], ctx: Context): Block[] {
  const out: Block[] = [];
  for (const t of tokens) {
    switch (t.type) {
      case 'space':
        break;
      case 'heading': {
        const h = t as Tokens.Heading;
        if (h.depth > 4) fail(ctx, `a level-${h.depth} heading`, t.raw);
        const text = textOf(h.tokens, ctx).trim();
        const given = HEADING_ID.exec(h.raw)?.[1];
        out.push({ kind: 'heading', level: h.depth as 1 | 2 | 3 | 4, text, id: given ? claimId(given, ctx, h.raw) : slugify(text, ctx.ids) });
        break;
      }
      case 'paragraph':
        out.push({ kind: 'paragraph', content: inlines((t as Tokens.Paragraph).tokens, ctx) });
        break;
      case 'list':
        out.push(listBlock(t as Tokens.List, ctx, 0));
        break;
      case 'table': {
        const table = t as Tokens.Table;
        out.push({
          kind: 'table',
          head: table.header.map((cell) => inlines(cell.tokens, ctx)),
          rows: table.rows.map((row) => row.map((cell) => inlines(cell.tokens, ctx))),
          align: table.align.map((a) => a ?? null),
        });
        break;
      }
      case 'html': {
        const slot = /^\s*<!--\s*slot:\s*([\w-]+)\s*-->\s*$/.exec(t.raw);
        if (slot) out.push({ kind: 'slot', name: slot[1] as string });
        else if (!/^\s*<!--[\s\S]*-->\s*$/.test(t.raw)) fail(ctx, 'HTML', t.raw);
        break;
      }
      default:
        fail(ctx, `"${t.type}"`, t.raw);
    }
  }
  return out;
}

/** A Markdown file as a document: its first level-1 heading is the title. Throws DocError. */
export function markdownToDoc(source: string, file: string, lang = 'en'): Doc {
  const ctx: Context = { file, ids: new Map() };
  const all = blocks(new Lexer({ gfm: true }).lex(source.replace(/\r\n?/g, '\n')), ctx);
  const first = all[0];
  const title = first?.kind === 'heading' && first.level === 1 ? first.text : file;
  return { title, lang, blocks: first?.kind === 'heading' && first.level === 1 ? all.slice(1) : all };
}
