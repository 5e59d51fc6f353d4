// Notices: short messages in plain words (a save set aside, sound unavailable, a broken link),
// announced politely and dismissable; some offer what to do about it (download, free space).
// They stack into one panel, and the panel is placed where it covers neither what a notice is
// about (the card a "Try it" suggests, the line a replay link reached) nor the focused control.
// An informational notice goes away on its own, but not while the pointer or focus is on it.
import { h, uniqueId } from './dom.ts';
import { m } from '../../i18n/index.ts';
// Its look (keeping.css) is in the page's stylesheet (play.css imports it): imported here, it made a
// stylesheet of the game's chunk that the boot module had to insert with script.

export interface NoticeOptions {
  /** Goes away on its own after this long (informational notices; paused while hovered or focused). */
  timeoutMs?: number;
  repeat?: boolean;
  /** Buttons beside the text: what the player can do about it. */
  actions?: { label: string; run: () => void }[];
  /**
   * A notice with a key replaces the one shown with the same key (it is announced again), so a
   * failure that happens every time is told every time without piling up.
   */
  key?: string;
  /** What the notice points at: the panel never covers it while it is on screen. */
  about?: () => Element | null;
}

/** Where the panel can sit, in order of preference (the first that covers nothing wins). */
export const PLACES = ['bottom', 'top', 'bottom-end', 'top-end', 'bottom-start', 'top-start'] as const;
export type Place = (typeof PLACES)[number];

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Area of the overlap of two boxes (0 when they do not touch). */
export function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const hgt = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return w > 0 && hgt > 0 ? w * hgt : 0;
}

/** What a notice covers only as a last resort (what it names, the focused control) outweighs the rest. */
const MUST = 1000;

/**
 * The place whose box covers the least of what must stay visible (the first of equals): `avoid`
 * must never be covered while any place leaves it clear; `rather` (the moves, the line) is kept
 * clear when it costs nothing more.
 */
export function bestPlace(boxes: ReadonlyMap<Place, Box>, avoid: readonly Box[], rather: readonly Box[] = []): Place {
  let best: Place = PLACES[0];
  let bestCost = Infinity;
  for (const place of PLACES) {
    const box = boxes.get(place);
    if (!box) continue;
    const cost = avoid.reduce((sum, a) => sum + MUST * overlapArea(box, a), 0) + rather.reduce((sum, a) => sum + overlapArea(box, a), 0);
    if (cost < bestCost) {
      best = place;
      bestCost = cost;
    }
  }
  return best;
}

const REPLACE_EVERY_MS = 300;

export class Notices {
  private readonly shown = new Set<string>();
  private readonly abouts = new Map<HTMLElement, () => Element | null>();
  private watch: ReturnType<typeof setInterval> | null = null;

  /**
   * `refocus`: where focus goes when a dismissed notice held it and no other notice is left.
   * `rather`: what the panel should rather not cover either (the moves on offer, the line).
   */
  constructor(
    private readonly root: HTMLElement,
    private readonly refocus: () => HTMLElement | null = () => null,
    private readonly rather: () => Element[] = () => [],
  ) {
    root.classList.add('notices');
    // The focused control stays visible: the panel moves when focus moves under it.
    root.ownerDocument.addEventListener('focusin', () => this.place());
    root.ownerDocument.defaultView?.addEventListener('resize', () => this.place());
  }

  /** Shows a notice (by default once per text); returns the element, or null if already shown. */
  show(text: string, options: NoticeOptions = {}): HTMLElement | null {
    if (this.shown.has(text) && !options.repeat && !options.key) return null;
    this.shown.add(text);
    const notice = h('div', { class: 'notice', attrs: { 'data-notice': options.key ?? '' } });
    const replaced = options.key ? this.find(options.key) : undefined;
    const textId = uniqueId('notice');
    const close = h('button', {
      class: 'icon-button',
      text: m().words.dismiss,
      attrs: { type: 'button', 'aria-describedby': textId },
      on: { click: () => this.remove(notice) },
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
    if (replaced) this.forget(replaced);
    replaced?.remove();
    // Newest first: one panel, the latest word on top.
    this.root.prepend(notice);
    if (options.about) this.abouts.set(notice, options.about);
    if (held) close.focus();
    if (options.timeoutMs) this.expire(notice, options.timeoutMs);
    this.place();
    return notice;
  }

  /** Removes the notice shown under `key`, if any (the problem it told of is over). */
  dismiss(key: string): void {
    const notice = this.find(key);
    if (notice) this.remove(notice);
  }

  /** Works out where the panel covers the least of what it must not cover, and puts it there. */
  place(): void {
    const notices = [...this.root.querySelectorAll<HTMLElement>('[data-notice]')];
    if (notices.length === 0) {
      this.stopWatching();
      return;
    }
    const avoid: Box[] = [];
    for (const notice of notices) {
      const target = this.abouts.get(notice)?.();
      if (target && !this.root.contains(target)) avoid.push(target.getBoundingClientRect());
    }
    const focused = document.activeElement;
    if (focused && focused !== document.body && !this.root.contains(focused)) avoid.push(focused.getBoundingClientRect());
    const rather = this.rather().map((el) => el.getBoundingClientRect());
    let place: Place = PLACES[0];
    if ([...avoid, ...rather].some((a) => a.right > a.left && a.bottom > a.top)) {
      const boxes = new Map<Place, Box>();
      for (const candidate of PLACES) {
        this.root.dataset.place = candidate;
        boxes.set(candidate, this.root.getBoundingClientRect());
      }
      place = bestPlace(boxes, avoid, rather);
    }
    this.root.dataset.place = place;
    // What a notice points at may arrive or move after it (the decision a "Try it" goes back
    // to is shown once its lines are read): look again while notices are up.
    if (this.abouts.size > 0 && this.watch === null) this.watch = setInterval(() => this.place(), REPLACE_EVERY_MS);
    if (this.abouts.size === 0) this.stopWatching();
  }

  private find(key: string): HTMLElement | undefined {
    return [...this.root.querySelectorAll<HTMLElement>('[data-notice]')].find((n) => n.dataset.notice === key);
  }

  private remove(notice: HTMLElement): void {
    if (!notice.isConnected) return;
    const held = notice.contains(document.activeElement);
    this.forget(notice);
    notice.remove();
    // Focus must not fall back to the page: the next notice, else where play goes on.
    if (held) (this.root.querySelector<HTMLElement>('[data-notice] button') ?? this.refocus())?.focus();
    this.place();
  }

  private forget(notice: HTMLElement): void {
    this.abouts.delete(notice);
  }

  /** Removes the notice after `ms`, counting only the time nobody is reading or using it. */
  private expire(notice: HTMLElement, ms: number): void {
    let timer: ReturnType<typeof setTimeout> | null = null;
    let hovered = false;
    const start = () => {
      if (timer === null && !hovered && !notice.contains(document.activeElement)) timer = setTimeout(() => this.remove(notice), ms);
    };
    const pause = () => {
      if (timer !== null) clearTimeout(timer);
      timer = null;
    };
    notice.addEventListener('mouseenter', () => ((hovered = true), pause()));
    notice.addEventListener('mouseleave', () => ((hovered = false), start()));
    notice.addEventListener('focusin', pause);
    notice.addEventListener('focusout', (event) => {
      if (!notice.contains(event.relatedTarget as Node | null)) setTimeout(start, 0);
    });
    start();
  }

  private stopWatching(): void {
    if (this.watch !== null) clearInterval(this.watch);
    this.watch = null;
  }
}
