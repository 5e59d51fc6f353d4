// Notices: short messages in plain words (a save set aside, sound unavailable, a broken link),
// announced politely and dismissable.
import { h } from './dom.ts';

export class Notices {
  private readonly shown = new Set<string>();

  constructor(private readonly root: HTMLElement) {}

  /** Shows a notice (by default once per text); returns the element, or null if already shown. */
  show(text: string, options: { timeoutMs?: number; repeat?: boolean } = {}): HTMLElement | null {
    if (this.shown.has(text) && !options.repeat) return null;
    this.shown.add(text);
    const notice = h('div', { class: 'notice', attrs: { 'data-notice': '' } });
    const close = h('button', {
      class: 'icon-button',
      text: 'Dismiss',
      attrs: { type: 'button' },
      on: { click: () => notice.remove() },
    });
    notice.append(h('p', { text }), close);
    this.root.append(notice);
    if (options.timeoutMs) setTimeout(() => notice.remove(), options.timeoutMs);
    return notice;
  }
}
