// Notices: short messages in plain words (a save set aside, sound unavailable, a broken link),
// announced politely and dismissable.
import { h, uniqueId } from './dom.ts';

export class Notices {
  private readonly shown = new Set<string>();

  /** `refocus`: where focus goes when a dismissed notice held it and no other notice is left. */
  constructor(
    private readonly root: HTMLElement,
    private readonly refocus: () => HTMLElement | null = () => null,
  ) {}

  /** Shows a notice (by default once per text); returns the element, or null if already shown. */
  show(text: string, options: { timeoutMs?: number; repeat?: boolean } = {}): HTMLElement | null {
    if (this.shown.has(text) && !options.repeat) return null;
    this.shown.add(text);
    const notice = h('div', { class: 'notice', attrs: { 'data-notice': '' } });
    const textId = uniqueId('notice');
    const close = h('button', {
      class: 'icon-button',
      text: 'Dismiss',
      attrs: { type: 'button', 'aria-describedby': textId },
      on: {
        click: () => {
          const held = notice.contains(document.activeElement);
          notice.remove();
          // Focus must not fall back to the page: the next notice, else where play goes on.
          if (held) (this.root.querySelector<HTMLElement>('[data-notice] button') ?? this.refocus())?.focus();
        },
      },
    });
    notice.append(h('p', { id: textId, text }), close);
    this.root.append(notice);
    if (options.timeoutMs) setTimeout(() => notice.remove(), options.timeoutMs);
    return notice;
  }
}
