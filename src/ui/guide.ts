// The teacher guide as the game shows it: docs/teacher-guide.md itself, rendered as text-only DOM.
// Loaded on demand (the title screen never waits for it).
import guideText from '../../docs/teacher-guide.md?raw';
import { parseMarkdown, renderMarkdown, sectionOf, type Block } from './markdown.ts';

export const PRIVACY_SECTION = 'privacy-nothing-leaves-the-device';

let parsed: Block[] | null = null;
const blocks = () => (parsed ??= parseMarkdown(guideText));

/** The whole guide, without its top heading (the dialog has its own), with live slots filled. */
export function renderGuide(slots: Record<string, () => Node>): HTMLElement {
  const all = blocks();
  const body = all[0]?.type === 'heading' && all[0].level === 1 ? all.slice(1) : all;
  return renderMarkdown(body, { idPrefix: 'guide-', headingShift: 1, slots });
}

/** One section of the guide without its heading, e.g. the privacy statement. */
export function renderGuideSection(id: string): HTMLElement {
  return renderMarkdown(sectionOf(blocks(), id).slice(1), { idPrefix: `guide-${id}-`, headingShift: 1 });
}
