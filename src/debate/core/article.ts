// The source article, parsed from the project's copy (story/source/article.md): every paragraph by
// its stable id, with the heading it sits under. Source chips, the debrief and the checks read this.

export interface Paragraph {
  id: string;
  text: string;
  /** The nearest heading above the paragraph, e.g. the figure's name and title. */
  heading: string;
}

const PARAGRAPH = /^\[([a-z0-9-]+)\]\s+(.+)$/;
const HEADING = /^#{2,3}\s+(.+)$/;

export function parseArticle(markdown: string): Map<string, Paragraph> {
  const paragraphs = new Map<string, Paragraph>();
  let heading = '';
  for (const raw of markdown.split(/\r?\n/)) {
    const line = raw.trim();
    const h = HEADING.exec(line);
    if (h) {
      heading = h[1] ?? '';
      continue;
    }
    const p = PARAGRAPH.exec(line);
    if (p && p[1] && p[2]) paragraphs.set(p[1], { id: p[1], text: p[2], heading });
  }
  return paragraphs;
}
