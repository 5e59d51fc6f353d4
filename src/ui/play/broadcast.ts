// The broadcast graphics over the picture: the on-air bug in the corner and the stamp a graded
// move lands with. Decoration for the eyes (aria-hidden): the dialogue's grade badge and the
// transcript say the same in words. Animated by CSS alone, so the stamp costs the page no frames;
// reduced motion shows it still.
import type { Grade } from '../../debate/core/contract.ts';
import { clear, h } from '../kit/dom.ts';
import { m } from '../../i18n/index.ts';

/** How long a stamp stays up. */
export const STAMP_MS = 1600;

export class Broadcast {
  private readonly stampEl: HTMLElement;
  private timer = 0;

  constructor(
    private readonly root: HTMLElement,
    title: string,
  ) {
    root.setAttribute('aria-hidden', 'true');
    this.stampEl = h('div', { class: 'stamp-slot', hidden: true });
    clear(root);
    root.append(
      h('div', { class: 'on-air' }, h('span', { class: 'on-air__live', text: m().words.live }), h('span', { class: 'on-air__title', text: title })),
      this.stampEl,
    );
  }

  /** The stamp for a graded move: its word, in its colour and shape, for a moment. */
  stamp(grade: Grade): void {
    window.clearTimeout(this.timer);
    // A fresh element restarts the CSS animation even when the same grade comes twice.
    const fresh = h('div', { class: `stamp stamp--${grade}` }, h('span', { class: 'stamp__word', text: m().stamps[grade] }));
    this.stampEl.replaceChildren(fresh);
    this.stampEl.hidden = false;
    this.timer = window.setTimeout(() => this.clear(), STAMP_MS);
  }

  clear(): void {
    window.clearTimeout(this.timer);
    this.stampEl.hidden = true;
    this.stampEl.replaceChildren();
  }

  /** The stamp on screen now, if any (tests). */
  get stamped(): Grade | null {
    const el = this.stampEl.querySelector<HTMLElement>('.stamp');
    const grade = el?.className.match(/stamp--(\w+)/)?.[1];
    return this.stampEl.hidden || !grade ? null : (grade as Grade);
  }
}
