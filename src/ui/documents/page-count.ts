// How many pages a printed document takes, measured before printing: the document is laid out in a
// hidden frame as wide as the printed page's text area, under the page's own print rules (every
// `@media print` rule of its stylesheets, applied there as if printing), and its blocks are placed
// on pages of the printed height the way the browser breaks them: a block that must not be split
// (print.css: quotes, lines, choices) moves whole to the next page, a heading stays with what
// follows it, a paragraph breaks between lines. Nothing is guessed from a word count.

export interface Paper {
  name: 'A4' | 'Letter';
  widthMm: number;
  heightMm: number;
}

export const PAPERS: readonly Paper[] = [
  { name: 'A4', widthMm: 210, heightMm: 297 },
  { name: 'Letter', widthMm: 215.9, heightMm: 279.4 },
];

/** The @page margins of src/ui/documents/print.css, in millimetres (top, right, bottom, left). */
export const PAGE_MARGINS_MM = { top: 18, right: 16, bottom: 20, left: 16 } as const;

const PX_PER_MM = 96 / 25.4;

/** A block as laid out: where it starts and ends, and how it may break. */
export interface LaidBlock {
  top: number;
  bottom: number;
  /** Must not be split (break-inside: avoid, or a line of text too short to split). */
  whole: boolean;
  /** Stays on the page of the block after it (break-after: avoid: headings). */
  keepWithNext: boolean;
  /** The height of one line, for splitting a paragraph between lines. */
  lineHeight: number;
}

/**
 * Places laid-out blocks on pages `pageHeight` tall and counts them. Pure: the measuring is in
 * measurePages; this is the breaking, unit-tested.
 */
export function paginate(blocks: readonly LaidBlock[], pageHeight: number): number {
  if (blocks.length === 0) return 1;
  let pages = 1;
  let pageTop = blocks[0]?.top ?? 0;
  const fits = (bottom: number) => bottom - pageTop <= pageHeight + 0.5;
  blocks.forEach((block, i) => {
    let top = block.top;
    for (let guard = 0; !fits(block.bottom) && guard < 10_000; guard++) {
      const atPageTop = top - pageTop < 1;
      const lines = block.lineHeight > 0 ? Math.round((block.bottom - top) / block.lineHeight) : 1;
      const linesThatFit = block.lineHeight > 0 ? Math.floor((pageTop + pageHeight - top) / block.lineHeight) : 0;
      if (!block.whole && linesThatFit >= 2 && lines - linesThatFit >= 2) {
        // Break the paragraph between lines (two lines at least on each side: orphans and widows).
        top += linesThatFit * block.lineHeight;
        pages++;
        pageTop = top;
      } else if (atPageTop) {
        // Taller than a page even at its top: the browser splits it anyway.
        top = pageTop + pageHeight;
        pages++;
        pageTop = top;
      } else {
        // The whole block moves on, and a heading just before it moves with it.
        const previous = blocks[i - 1];
        const withHeading = previous?.keepWithNext && previous.top - pageTop >= 1 ? previous.top : top;
        pages++;
        pageTop = withHeading;
      }
    }
  });
  return pages;
}

/** The frame could not lay the document out: the page is being printed. Measure again afterwards. */
export class NotLaidOut extends Error {
  constructor() {
    super('The document is not laid out while the page prints.');
    this.name = 'NotLaidOut';
  }
}

/** The print rules of the page's stylesheets, as plain rules (the `@media print` wrappers removed). */
function printRules(): string {
  const out: string[] = [];
  const absolute = (text: string, base: string) =>
    text.replace(/url\((["']?)([^"')]+)\1\)/g, (whole, quote: string, url: string) => {
      if (/^(data|blob):/.test(url)) return whole;
      try {
        return `url(${quote}${new URL(url, base).href}${quote})`;
      } catch {
        return whole;
      }
    });
  const visit = (rules: CSSRuleList, base: string) => {
    for (const rule of rules) {
      if (rule instanceof CSSImportRule) {
        if (rule.styleSheet) visit(rule.styleSheet.cssRules, rule.styleSheet.href ?? base);
      } else if (rule instanceof CSSMediaRule) {
        const media = rule.media.mediaText;
        if (/\bprint\b/.test(media)) visit(rule.cssRules, base);
        else if (!/\bscreen\b/.test(media)) out.push(absolute(rule.cssText, base));
      } else if (!(rule instanceof CSSPageRule)) {
        out.push(absolute(rule.cssText, base));
      }
    }
  };
  for (const sheet of document.styleSheets) {
    try {
      visit(sheet.cssRules, sheet.href ?? document.baseURI);
    } catch {
      // A sheet the page cannot read (none of the game's): left out.
    }
  }
  return out.join('\n');
}

/** The blocks of `root` as the browser would break them, in document order. */
function layBlocks(root: Element, view: Window): LaidBlock[] {
  const blocks: LaidBlock[] = [];
  const origin = root.getBoundingClientRect().top;
  const visit = (el: Element) => {
    for (const child of el.children) {
      const style = view.getComputedStyle(child);
      if (style.display === 'none') continue;
      const blockChildren = [...child.children].some((c) => !/^inline/.test(view.getComputedStyle(c).display));
      const avoid = style.breakInside === 'avoid' || style.breakInside === 'avoid-page';
      const isRowGroup = /^table-(row-group|header-group|footer-group)$|^table$/.test(style.display);
      if (!avoid && (blockChildren || isRowGroup) && style.display !== 'table-row') {
        visit(child);
        continue;
      }
      const rect = child.getBoundingClientRect();
      const lineHeight = Number.parseFloat(style.lineHeight) || Number.parseFloat(style.fontSize) * 1.2 || 0;
      blocks.push({
        top: rect.top - origin,
        bottom: rect.bottom - origin,
        whole: avoid || style.display === 'table-row' || /^H[1-6]$/.test(child.tagName),
        keepWithNext: style.breakAfter === 'avoid' || style.breakAfter === 'avoid-page',
        lineHeight,
      });
    }
  };
  visit(root);
  return blocks;
}

/**
 * How many pages `content` (the element printing would show) takes on each paper. Resolves once
 * the frame's fonts are in; the frame is gone afterwards.
 */
export async function measurePages(content: Element): Promise<Record<Paper['name'], number>> {
  const frame = document.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.style.cssText = 'position: fixed; left: -10000px; top: 0; height: 10px; border: 0; visibility: hidden;';
  document.body.append(frame);
  try {
    const view = frame.contentWindow;
    const doc = frame.contentDocument;
    if (!view || !doc) throw new Error('No frame to measure in.');
    const sheet = new (view as unknown as typeof globalThis).CSSStyleSheet();
    sheet.replaceSync(`${printRules()}\nhtml, body { margin: 0 !important; padding: 0 !important; }`);
    doc.adoptedStyleSheets = [sheet];
    // The page's own switches (text size, contrast, language and direction) hold in the frame too.
    // (The style attribute goes property by property: the policy refuses style attributes, not CSSOM.)
    const root = document.documentElement;
    for (const { name, value } of root.attributes) if (name !== 'style') doc.documentElement.setAttribute(name, value);
    for (const property of root.style) doc.documentElement.style.setProperty(property, root.style.getPropertyValue(property));
    const copy = doc.importNode(content, true);
    doc.body.append(copy);
    const result = {} as Record<Paper['name'], number>;
    for (const paper of PAPERS) {
      frame.style.width = `${(paper.widthMm - PAGE_MARGINS_MM.left - PAGE_MARGINS_MM.right) * PX_PER_MM}px`;
      // Laying out asks for the fonts the text uses; the count waits until they are in.
      copy.getBoundingClientRect();
      await doc.fonts.ready;
      const height = (paper.heightMm - PAGE_MARGINS_MM.top - PAGE_MARGINS_MM.bottom) * PX_PER_MM;
      // Printing (or print preview) hides everything but the print copy, this frame too.
      if (copy.getBoundingClientRect().height === 0) throw new NotLaidOut();
      result[paper.name] = paginate(layBlocks(copy, view), height);
    }
    return result;
  } finally {
    frame.remove();
  }
}
