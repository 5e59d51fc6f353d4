// Notices: short messages in plain words (a save set aside, sound unavailable, a broken link),
// announced politely and dismissable; some offer what to do about it (download, free space).
import { h, uniqueId } from './dom.ts';
import './keeping.css';

export interface NoticeOptions {
  timeoutMs?: number;
  repeat?: boolean;
  /** Buttons beside the text: what the player can do about it. */
  actions?: { label: string; run: () => void }[];
  /**
   * A notice with a key replaces the one shown with the same key (it is announced again), so a
   * failure that happens every time is told every time without piling up.
   */
  key?: string;
}

export class Notices {
  private readonly shown = new Set<string>();

  /** `refocus`: where focus goes when a dismissed notice held it and no other notice is left. */
  constructor(
    private readonly root: HTMLElement,
    private readonly refocus: () => HTMLElement | null = () => null,
  ) {}

  /** Shows a notice (by default once per text); returns the element, or null if already shown. */
  show(text: string, options: NoticeOptions = {}): HTMLElement | null {
    if (this.shown.has(text) && !options.repeat && !options.key) return null;
    this.shown.add(text);
    const notice = h('div', { class: 'notice', attrs: { 'data-notice': options.key ?? '' } });
    const replaced = options.key ? [...this.root.querySelectorAll<HTMLElement>('[data-notice]')].find((n) => n.dataset.notice === options.key) : undefined;
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
    const paragraph = h('p', { id: textId, text });
    if (options.actions?.length) {
      const buttons = options.actions.map((action) =>
        h('button', { text: action.label, attrs: { type: 'button' }, on: { click: () => action.run() } }),
      );
      notice.append(h('div', { class: 'notice__body' }, paragraph, h('div', { class: 'notice__actions' }, ...buttons)), close);
    } else {
      notice.append(paragraph, close);
    }
    const held = replaced?.contains(document.activeElement) ?? false;
    replaced?.remove();
    this.root.append(notice);
    if (held) close.focus();
    if (options.timeoutMs) setTimeout(() => notice.remove(), options.timeoutMs);
    return notice;
  }

  /** Removes the notice shown under `key`, if any (the problem it told of is over). */
  dismiss(key: string): void {
    const notice = [...this.root.querySelectorAll<HTMLElement>('[data-notice]')].find((n) => n.dataset.notice === key);
    notice?.querySelector<HTMLButtonElement>('button.icon-button')?.click();
  }
}
