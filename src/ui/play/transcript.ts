// The transcript: every spoken line, mirrored into a live log so screen readers hear the debate,
// each entry starting with the speaker's name. Sound cues, stance and meter changes appear as
// captions. Text only ever becomes text nodes.
// On screen it is a drawer of the lines already read: the line being spoken is in the dialogue, so
// its entry stays out of sight (still in the log, so it is announced) until the next one comes.
import type { CastSheet } from '../../debate/core/cast.ts';
import { speakerName } from '../../debate/core/cast.ts';
import type { DebateEvent, LineEvent } from '../../debate/core/events.ts';
import { lineParts } from '../../debate/core/tags.ts';
import { STANCE_LOOK } from '../../game/presenter.ts';
import { h } from '../kit/dom.ts';
import { m } from '../../i18n/index.ts';

export class Transcript {
  constructor(
    private readonly log: HTMLElement,
    private readonly cast: CastSheet,
  ) {}

  private current: HTMLElement | null = null;

  clear(): void {
    this.log.replaceChildren();
    this.current = null;
  }

  /** The line on screen in the dialogue is no longer there: show its entry in the drawer too. */
  settle(): void {
    this.current?.classList.remove('transcript__entry--current', 'visually-hidden');
    this.current = null;
  }

  private markCurrent(entry: HTMLElement | null): void {
    this.settle();
    this.current = entry;
    // Out of sight but read out: the log still announces it.
    entry?.classList.add('transcript__entry--current', 'visually-hidden');
  }

  /**
   * Rebuilds the whole log at once (after a load or a rewind), without announcing each line.
   * `lastShown`: the last line is on screen in the dialogue (its entry stays out of sight).
   */
  rebuild(events: readonly DebateEvent[], caption: (event: DebateEvent) => string | null, lastShown = true): void {
    this.log.setAttribute('aria-live', 'off');
    this.clear();
    for (const event of events) {
      if (event.type === 'line') this.addLine(event);
      const text = caption(event);
      if (text) this.addCaption(text);
    }
    if (!lastShown) this.settle();
    this.scrollToEnd();
    // Re-enable announcements only after the browser has drawn the rebuilt log (two frames): its
    // accessibility tree is updated with a frame, and a region that is polite by then would read
    // the whole debate out again. A hidden tab draws no frames, hence the timer as a backstop.
    const generation = ++this.rebuilds;
    const enable = () => {
      if (generation === this.rebuilds) this.log.setAttribute('aria-live', 'polite');
    };
    requestAnimationFrame(() => requestAnimationFrame(enable));
    setTimeout(enable, 1000);
  }

  private rebuilds = 0;

  addLine(line: LineEvent): HTMLElement {
    const meta: string[] = [];
    const { lead, rest } = lineParts(line);
    if (line.dramatized) meta.push(m().transcript.dramatized);
    // A dramatized lead-in (in italics) opens a line whose rest is from its source.
    if (lead) meta.push(m().transcript.leadIn);
    if (line.sources.length > 0) meta.push(m().transcript.sources(line.sources));
    if (line.grade) meta.push(m().transcript.grade(line.grade));
    const entry = h(
      'p',
      { class: 'transcript__entry', attrs: { 'data-speaker': line.speaker } },
      h('span', { class: 'transcript__speaker', text: `${speakerName(this.cast, line.speaker)}: ` }),
      h('span', { class: 'transcript__text' }, lead ? h('em', { class: 'line__lead-in', text: lead }) : null, rest),
      meta.length > 0 ? h('span', { class: 'transcript__meta', text: m().transcript.notes(meta) }) : null,
    );
    this.log.append(entry);
    this.markCurrent(entry);
    this.scrollToEnd();
    return entry;
  }

  addCaption(text: string): void {
    this.log.append(h('p', { class: 'transcript__caption', text }));
    this.scrollToEnd();
  }

  private scrollPending = false;

  /**
   * Scrolls to the newest entry once per frame. Reading scrollHeight lays the page out at once, so
   * doing it per entry laid the page out inside every key press, and once per line in a rebuild.
   */
  private scrollToEnd(): void {
    if (this.scrollPending) return;
    this.scrollPending = true;
    requestAnimationFrame(() => {
      this.scrollPending = false;
      this.log.scrollTop = this.log.scrollHeight;
    });
  }
}

/** The caption for a non-line event, or null when it needs none. */
export function captionFor(cast: CastSheet, event: DebateEvent): string | null {
  switch (event.type) {
    case 'stance': {
      if (!event.previous) return null;
      return m().transcript.stanceNow(speakerName(cast, event.speaker), STANCE_LOOK[event.stance].word);
    }
    case 'meters': {
      const parts: string[] = [];
      const { audience, credibility } = event.delta;
      if (audience !== 0) parts.push(m().transcript.audienceMoved(signed(audience), event.meters.audience));
      if (credibility !== 0) parts.push(m().transcript.credibilityMoved(signed(credibility), event.meters.credibility));
      return parts.length > 0 ? m().transcript.captionParts(parts) : null;
    }
    default:
      return null;
  }
}

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/**
 * The transcript as a drawer: open beside the stage on a wide screen (1600 px and more), closed
 * below that, and toggled from the HUD. Closed, it is out of sight but stays in the page's
 * accessibility tree, so its live log keeps announcing every line to screen readers.
 */
export class TranscriptDrawer {
  private open: boolean;

  constructor(
    private readonly panel: HTMLElement,
    private readonly log: HTMLElement,
    private readonly onChange: (open: boolean) => void,
    wide = window.matchMedia?.('(min-width: 1600px)').matches ?? false,
  ) {
    this.open = wide;
    this.apply();
  }

  get isOpen(): boolean {
    return this.open;
  }

  toggle(): void {
    this.set(!this.open);
  }

  set(open: boolean): void {
    this.open = open;
    this.apply();
  }

  private apply(): void {
    this.panel.dataset.open = String(this.open);
    this.panel.classList.toggle('visually-hidden', !this.open);
    // Closed, the log cannot be scrolled or reached with Tab; it still speaks.
    if (this.open) this.log.setAttribute('tabindex', '0');
    else this.log.removeAttribute('tabindex');
    this.onChange(this.open);
  }
}
