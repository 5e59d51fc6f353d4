// Whether a translated document mirrors its original (docs/teacher-guide.fa.md against
// docs/teacher-guide.md): the same sections in the same order (heading ids and levels), and in each
// the same blocks (paragraphs, lists with as many items, nested lists, tables with as many rows and
// columns, the same slots and the same links), so the game's section ids, slots and links work in both
// languages and nothing is left out. And whether every block of the translation is translated: no
// Latin word outside code and a short list of names (the Latin-words idea of tests/e2e/checks.ts).
import { plainText, type Block, type Doc, type Inline } from '../../src/debate/documents/document.ts';

/** One block's shape: what must match between languages, never its words. */
function shapeOf(block: Block): string {
  const links = (content: readonly Inline[]) => content.flatMap((c) => (typeof c !== 'string' && c.kind === 'link' ? [`#${c.target ?? ''}`] : []));
  const withLinks = (name: string, content: readonly Inline[]) => {
    const targets = links(content);
    return targets.length ? `${name} → ${targets.join(' ')}` : name;
  };
  switch (block.kind) {
    case 'heading':
      return `h${block.level} #${block.id ?? ''}`;
    case 'paragraph':
      return withLinks('paragraph', block.content);
    case 'list': {
      const nested = block.nested?.map((blocks, i) => (blocks.length ? ` [item ${i + 1}: ${blocks.map(shapeOf).join('; ')}]` : '')).join('') ?? '';
      return withLinks(`${block.ordered ? 'numbered' : 'bulleted'} list of ${block.items.length}${block.start ? ` from ${block.start}` : ''}${nested}`, block.items.flat());
    }
    case 'table':
      return withLinks(`table of ${block.head.length} columns and ${block.rows.length} rows`, [...block.head, ...block.rows.flat()].flat());
    case 'slot':
      return `slot ${block.name}`;
    default:
      return block.kind;
  }
}

/** Each section's shape, as lines: a heading, then its blocks, each under the id of the section it is in. */
export function docShape(doc: Doc): string[] {
  let section = '(before the first heading)';
  return doc.blocks.map((block) => {
    if (block.kind === 'heading') section = `#${block.id ?? ''}`;
    return block.kind === 'heading' ? shapeOf(block) : `  in ${section}: ${shapeOf(block)}`;
  });
}

/**
 * Where `translation` does not mirror `original`, as readable lines (empty when it does): the first
 * line that differs, and any section one has and the other lacks.
 */
export function mirrorProblems(original: Doc, translation: Doc): string[] {
  const want = docShape(original);
  const have = docShape(translation);
  const problems: string[] = [];
  const sections = (shape: string[]) => shape.filter((line) => line.startsWith('h'));
  const [wantSections, haveSections] = [sections(want), sections(have)];
  for (const s of wantSections) if (!haveSections.includes(s)) problems.push(`missing section: ${s}`);
  for (const s of haveSections) if (!wantSections.includes(s)) problems.push(`a section the original does not have: ${s}`);
  const first = want.findIndex((line, i) => line !== have[i]);
  if (first >= 0 || want.length !== have.length) {
    const at = first >= 0 ? first : Math.min(want.length, have.length);
    problems.push(`block ${at + 1} differs: the original has "${want[at] ?? '(nothing)'}", the translation "${have[at] ?? '(nothing)'}"`);
  }
  return problems;
}

/** Every piece of text a reader sees (headings, paragraphs, list items, table cells and the rest), without code. */
export const textPieces = (blocks: readonly Block[]): string[] => plainText(blocks, (mark) => (mark.kind === 'code' ? ' ' : mark.text));

/**
 * The Latin words (two letters or more) in a translation's text, outside code and the names in
 * `allowed` (compared without case), each with the text it is in: English left untranslated.
 */
export function latinWordsIn(doc: Doc, allowed: readonly string[]): string[] {
  const ok = new Set(allowed.map((w) => w.toLowerCase()));
  const found: string[] = [];
  for (const piece of textPieces(doc.blocks)) {
    for (const word of piece.match(/[A-Za-z][A-Za-z0-9'’-]*[A-Za-z0-9]/g) ?? []) {
      if (!ok.has(word.toLowerCase())) found.push(`${word} (in "${piece.trim().slice(0, 70)}")`);
    }
  }
  return found;
}
