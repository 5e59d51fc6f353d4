// The teacher guide as the game shows it: docs/teacher-guide.md itself (docs/teacher-guide.fa.md in
// the Persian edition), made into the game's document model at build time (scripts/markdown/to-doc.ts)
// and drawn like the transcript, as text-only DOM. Each language's guide is a chunk of its own,
// loaded when first opened (the title screen never waits for it, and the English edition never
// fetches the Persian one). Both guides have the same heading ids (the Persian file names the English
// ids), so the privacy section and the links work in either.
import type { Doc } from '../../debate/documents/document.ts';
import { sectionOf } from '../../debate/documents/document.ts';
import type { Paragraph } from '../../debate/core/article.ts';
import { documentView } from '../documents/document-view.ts';
import { sourceSheet } from '../play/sources.ts';
import { m } from '../../i18n/index.ts';

export const PRIVACY_SECTION = 'privacy-nothing-leaves-the-device';

/** How each language's guide arrives, by language code; a language without one reads the English guide. */
const GUIDES: Readonly<Record<string, () => Promise<{ default: Doc }>>> = {
  en: () => import('../../../docs/teacher-guide.md?doc'),
  fa: () => import('../../../docs/teacher-guide.fa.md?doc'),
};

/**
 * The guide in the language `lang` (the page's: `m().documents.lang`, which the views already
 * import, so the title's chunk gains no export), or in English when that language has none.
 */
export async function loadGuide(lang: string): Promise<Doc> {
  const load = GUIDES[lang] ?? GUIDES['en'];
  if (!load) throw new Error('No teacher guide is registered.');
  return (await load()).default;
}

/** The whole guide, without its title (the dialog has its own), with live slots filled. */
export function renderGuide(guide: Doc, slots: Record<string, () => Node>): HTMLElement {
  const view = documentView(guide.blocks, { shift: 1, idPrefix: 'guide-', slots });
  view.classList.add('markdown');
  return view;
}

/** Puts the guide, in the page's language and with the article in its slot, into `holder`. */
export async function showGuide(holder: HTMLElement, article: ReadonlyMap<string, Paragraph>): Promise<void> {
  const rendered = renderGuide(await loadGuide(m().documents.lang), { 'source-sheet': () => sourceSheet(article) });
  rendered.classList.add('prose', 'guide');
  holder.replaceChildren(rendered);
}

/** One section of the guide without its heading, e.g. the privacy statement. */
export function renderGuideSection(guide: Doc, id: string): HTMLElement {
  const view = documentView(sectionOf(guide.blocks, id).slice(1), { shift: 1, idPrefix: `guide-${id}-` });
  view.classList.add('markdown');
  return view;
}
