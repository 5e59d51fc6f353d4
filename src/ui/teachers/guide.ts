// The teacher guide as the game shows it: docs/teacher-guide.md itself, made into the game's
// document model at build time (scripts/markdown/to-doc.ts) and drawn like the transcript, as
// text-only DOM. Loaded on demand (the title screen never waits for it).
import guide from '../../../docs/teacher-guide.md?doc';
import { sectionOf } from '../../debate/documents/document.ts';
import { documentView } from '../documents/document-view.ts';

export const PRIVACY_SECTION = 'privacy-nothing-leaves-the-device';

/** The whole guide, without its title (the dialog has its own), with live slots filled. */
export function renderGuide(slots: Record<string, () => Node>): HTMLElement {
  const view = documentView(guide.blocks, { shift: 1, idPrefix: 'guide-', slots });
  view.classList.add('markdown');
  return view;
}

/** One section of the guide without its heading, e.g. the privacy statement. */
export function renderGuideSection(id: string): HTMLElement {
  const view = documentView(sectionOf(guide.blocks, id).slice(1), { shift: 1, idPrefix: `guide-${id}-` });
  view.classList.add('markdown');
  return view;
}
