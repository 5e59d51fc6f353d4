// The dialogue panel: who speaks, their line revealed letter by letter, a source chip for sourced
// lines (focus or hover shows the quoted paragraph) and a visible mark on dramatized lines. A
// sourced line that opens with the game's own words shows that lead-in in italics, marked
// "lead-in dramatized", before the part its source chip names.
// Any key or click shows the whole line; then Continue (Enter, Space, click) moves on.
import type { Paragraph } from '../../debate/core/article.ts';
import type { CastSheet } from '../../debate/core/cast.ts';
import type { LineEvent } from '../../debate/core/events.ts';
import { lineParts } from '../../debate/core/tags.ts';
import { clear, h, uniqueId } from '../kit/dom.ts';
import { focusBeforeNextFrame } from '../kit/focus.ts';
import { m } from '../../i18n/index.ts';

export class DialoguePanel {
  private revealTimer = 0;
  private full = '';
  /** Characters of the line (code points) on screen, and in all. */
  private shown = 0;
  private total = 0;
  private textEl: HTMLElement | null = null;
  /** The line's parts on screen: the dramatized lead-in (when there is one), then the rest. */
  private parts: { el: HTMLElement; text: string }[] = [];
  /**
   * While revealing, each part's whole text as one node, with the UTF-16 offset after each of its
   * characters (code points), so the frame's count of characters maps to a place in the node.
   */
  private pieces: { node: Text; ends: number[] }[] = [];
  private nextButton: HTMLButtonElement | null = null;
  private advanceWaiter: (() => void) | null = null;
  private onRevealed: (() => void) | null = null;

  constructor(
    private readonly root: HTMLElement,
    private readonly cast: CastSheet,
    private readonly article: ReadonlyMap<string, Paragraph>,
  ) {}

  get revealing(): boolean {
    return this.shown < this.total;
  }

  clear(): void {
    this.stopReveal();
    clear(this.root);
    this.full = '';
    this.shown = 0;
    this.total = 0;
    this.textEl = null;
    this.parts = [];
    this.pieces = [];
    this.nextButton = null;
  }

  /**
   * Shows a line. `charsPerSecond` Infinity shows it whole at once. Resolves when the whole line
   * is visible (revealed or skipped).
   */
  show(line: LineEvent, charsPerSecond: number, withContinue: boolean): Promise<void> {
    // The Continue button the player just pressed stays in the page when the next line keeps one:
    // it has focus, and removing a focused element makes the browser re-check focus for the whole
    // page (~5 ms of the press at 4x CPU, against ~2 ms for the rest of the old line). The old
    // line's other nodes go; the new strap is a new element, so its wipe plays for every line.
    const kept = withContinue && this.nextButton?.isConnected ? this.nextButton : null;
    this.stopReveal();
    if (kept) {
      for (const node of [...this.root.childNodes]) if (!node.contains(kept)) node.remove();
      for (const node of [...(kept.parentElement?.childNodes ?? [])]) if (node !== kept) node.remove();
    } else this.clear();
    const placard = this.cast.speakers[line.speaker];
    // The strap sits in a window that wipes it in (play.css).
    const who = h(
      'p',
      { class: 'dialogue__who' },
      h(
        'span',
        { class: 'dialogue__wipe' },
        h(
          'span',
          { class: 'dialogue__strap' },
          h('span', { class: 'dialogue__name', text: placard?.name ?? line.speaker }),
          placard && (placard.title || placard.city)
            ? h('span', { class: 'dialogue__role', text: m().dialogue.role(placard.title, placard.city) })
            : null,
        ),
      ),
    );
    // The log announces the line to screen readers; the revealing copy is for the eyes only.
    const { lead, rest } = lineParts(line);
    this.parts = lead ? [{ el: h('em', { class: 'line__lead-in' }), text: lead }, { el: h('span'), text: rest }] : [{ el: h('span'), text: line.text }];
    this.textEl = h('span', { attrs: { 'aria-hidden': 'true' } }, ...this.parts.map((p) => p.el));
    const text = h('p', { class: 'dialogue__text' }, this.textEl, h('span', { class: 'visually-hidden', text: line.text }));
    const marks: HTMLElement[] = [];
    if (lead) {
      marks.push(
        h('span', {
          class: 'badge badge--dramatized',
          text: m().dialogue.leadIn,
          attrs: { title: m().dialogue.leadInHint },
        }),
      );
    }
    for (const id of line.sources) marks.push(this.sourceChip(id));
    if (line.dramatized) {
      marks.push(
        h('span', {
          class: 'badge badge--dramatized',
          text: m().dialogue.dramatized,
          attrs: { title: m().dialogue.dramatizedHint },
        }),
      );
    }
    if (line.grade) {
      marks.push(h('span', { class: `badge badge--grade-${line.grade}`, text: m().grades[line.grade] }));
    }
    if (kept) {
      kept.before(...marks);
      this.root.prepend(who, text);
    } else {
      this.nextButton = withContinue
        ? h('button', {
            class: 'dialogue__next primary',
            text: m().dialogue.continueLabel,
            attrs: { type: 'button', 'aria-keyshortcuts': 'Enter Space' },
            on: { click: () => this.press() },
          })
        : null;
      this.root.append(who, text, h('div', { class: 'dialogue__marks' }, ...marks, this.nextButton));
    }
    if (line.why) {
      this.root.append(h('p', { class: 'dialogue__why transcript__meta', text: m().dialogue.why(line.why.text, line.why.sources) }));
    }
    this.full = line.text;
    this.shown = 0;
    this.total = Array.from(line.text).length;
    return new Promise((resolve) => {
      this.onRevealed = resolve;
      if (!Number.isFinite(charsPerSecond)) this.completeReveal();
      else this.startReveal(charsPerSecond);
    });
  }

  /** Shows the rest of the line at once. */
  completeReveal(): void {
    this.stopReveal();
    this.shown = this.total;
    this.pieces = [];
    if (this.textEl) {
      for (const part of this.parts) if (part.el.textContent !== part.text) part.el.textContent = part.text;
      this.textEl.parentElement?.setAttribute('data-revealed', 'true');
    }
    const done = this.onRevealed;
    this.onRevealed = null;
    done?.();
  }

  /** Waits for the player to move on (Continue, Enter, Space or a click on the stage). */
  waitForAdvance(): Promise<void> {
    // Focus stays on Continue from line to line; it is moved there after the first line, or after a
    // decision, before the next frame (focusBeforeNextFrame: focusing now would lay the page out).
    if (this.nextButton && document.activeElement !== this.nextButton) focusBeforeNextFrame(this.nextButton, { preventScroll: true });
    return new Promise((resolve) => (this.advanceWaiter = resolve));
  }

  /** The single "next" gesture: finish the reveal first, then move on. */
  press(): void {
    if (this.revealing) {
      this.completeReveal();
      return;
    }
    const waiter = this.advanceWaiter;
    this.advanceWaiter = null;
    waiter?.();
  }

  get waiting(): boolean {
    return this.advanceWaiter !== null;
  }

  focusContinue(): void {
    this.nextButton?.focus({ preventScroll: true });
  }

  private startReveal(cps: number): void {
    // The whole line is laid out from the first frame, and the characters not yet shown are painted
    // transparent by a highlight (::highlight(dialogue-unrevealed) in play.css): each frame moves
    // where the highlight starts, which repaints the line but never lays it out again. Changing the
    // text itself relaid the paragraph every frame: over a 3-second line at 4x CPU, ~95 layouts and
    // 220-280 ms, against 2 and 5-9 ms now (paint grows ~140 ms; ~15% less rendering in all). The
    // panel keeps its size and line breaks stay put, since the text never changes. A browser
    // without highlights shows the line at once.
    const highlight = unrevealedHighlight();
    if (!highlight) {
      this.completeReveal();
      return;
    }
    this.pieces = this.parts.map((part) => {
      const node = document.createTextNode(part.text);
      part.el.replaceChildren(node);
      let end = 0;
      return { node, ends: [0, ...Array.from(part.text, (char) => (end += char.length))] };
    });
    this.textEl?.parentElement?.setAttribute('data-revealed', 'false');
    this.paintPieces();
    const started = performance.now();
    const step = (now: number) => {
      const target = Math.min(this.total, Math.floor(((now - started) / 1000) * cps) + 1);
      if (target > this.shown) {
        this.shown = target;
        this.paintPieces();
      }
      if (this.shown >= this.total) this.completeReveal();
      else this.revealTimer = requestAnimationFrame(step);
    };
    this.revealTimer = requestAnimationFrame(step);
  }

  /** Moves the start of the unrevealed highlight to just after the `shown` first characters. */
  private paintPieces(): void {
    const highlight = unrevealedHighlight();
    const last = this.pieces.at(-1);
    if (!highlight || !last) return;
    highlight.clear();
    let left = this.shown;
    for (const piece of this.pieces) {
      const chars = piece.ends.length - 1;
      if (left < chars) {
        highlight.add(new StaticRange({ startContainer: piece.node, startOffset: piece.ends[left] ?? 0, endContainer: last.node, endOffset: last.node.length }));
        return;
      }
      left -= chars;
    }
  }

  private stopReveal(): void {
    if (this.revealTimer) cancelAnimationFrame(this.revealTimer);
    this.revealTimer = 0;
    unrevealedHighlight()?.clear();
  }

  private sourceChip(id: string): HTMLElement {
    const paragraph = this.article.get(id);
    const popupId = uniqueId('source');
    const popup = h(
      'div',
      { class: 'source-note__popup', id: popupId, hidden: true, attrs: { role: 'tooltip' } },
      h('p', { class: 'source-note__heading', text: paragraph ? `${paragraph.heading} [${id}]` : `[${id}]` }),
      h('p', { text: paragraph?.text ?? m().dialogue.notInArticle }),
    );
    const show = () => (popup.hidden = false);
    const hide = () => (popup.hidden = true);
    const chip = h('button', {
      class: 'chip',
      text: m().dialogue.sourceChip(id),
      attrs: { type: 'button', 'aria-describedby': popupId },
      on: {
        focus: show,
        blur: hide,
        mouseenter: show,
        mouseleave: hide,
        click: () => (popup.hidden = !popup.hidden),
        keydown: (e) => {
          // Escape closes the quote only; it must not also reach the game and open the menu.
          if (e.key === 'Escape' && !popup.hidden) {
            e.stopPropagation();
            hide();
          }
        },
      },
    });
    return h('span', { class: 'source-note' }, chip, popup);
  }
}

/** The highlight that hides the characters of a line not yet revealed; null where the browser has none. */
const UNREVEALED = 'dialogue-unrevealed';
function unrevealedHighlight(): Highlight | null {
  if (typeof Highlight === 'undefined' || typeof CSS === 'undefined' || !('highlights' in CSS)) return null;
  let highlight = CSS.highlights.get(UNREVEALED);
  if (!highlight) {
    highlight = new Highlight();
    CSS.highlights.set(UNREVEALED, highlight);
  }
  return highlight;
}
