// The heads-up display: where the debate stands (round), the two meters (label, number and a bar,
// announced as meters, animating their change), and the buttons for sound (M), the transcript
// drawer, stepping back and the menu.
import type { Meters, Progress } from '../../debate/core/events.ts';
import { h } from '../kit/dom.ts';
import { m } from '../../i18n/index.ts';

export interface HudActions {
  menu(): void;
  stepBack(): void;
  toggleSound(): void;
  toggleTranscript(): void;
}

/** How long a meter stays highlighted after it moves. */
const MOVED_MS = 1200;

export class Hud {
  private readonly progress: HTMLElement;
  private readonly meters: Record<keyof Meters, { root: HTMLElement; value: HTMLElement; fill: HTMLElement; delta: HTMLElement; timer: number }>;
  private readonly backButton: HTMLButtonElement;
  private readonly soundButton: HTMLButtonElement;
  private readonly transcriptButton: HTMLButtonElement;
  private readonly gameParts: HTMLElement[];
  private readonly root: HTMLElement;

  constructor(root: HTMLElement, title: string, actions: HudActions) {
    this.root = root;
    this.progress = h('p', { class: 'hud__progress', attrs: { 'aria-live': 'off' } });
    const meter = (key: keyof Meters, label: string) => {
      const value = h('span', { class: 'meter__value' });
      const fill = h('div', { class: 'meter__fill' });
      const delta = h('span', { class: 'meter__delta' });
      const labelId = `meter-${key}`;
      const root = h(
        'div',
        { class: 'meter', attrs: { role: 'meter', 'aria-labelledby': labelId, 'aria-valuemin': 0, 'aria-valuemax': 100 } },
        h('span', { class: 'meter__label', id: labelId, text: label }),
        h('span', { class: 'meter__reading' }, value, delta),
        h('div', { class: 'meter__bar', attrs: { 'aria-hidden': 'true' } }, fill),
      );
      return { root, value, fill, delta, timer: 0 };
    };
    this.meters = { audience: meter('audience', m().hud.audience), credibility: meter('credibility', m().hud.credibility) };
    this.soundButton = h('button', {
      class: 'icon-button hud__sound',
      text: m().words.sound,
      attrs: { type: 'button', 'aria-pressed': 'true', 'aria-keyshortcuts': 'M', title: m().words.soundHint },
      on: { click: () => actions.toggleSound() },
    });
    this.transcriptButton = h('button', {
      class: 'icon-button hud__transcript',
      text: m().words.transcript,
      attrs: { type: 'button', 'aria-expanded': 'false', 'aria-controls': 'transcript-panel', title: m().words.transcriptHint },
      on: { click: () => actions.toggleTranscript() },
    });
    this.backButton = h('button', {
      class: 'icon-button',
      text: m().hud.stepBack,
      attrs: { type: 'button', 'aria-keyshortcuts': 'Backspace', title: m().hud.stepBackHint },
      on: { click: () => actions.stepBack() },
    });
    const menu = h('button', {
      class: 'icon-button',
      text: m().hud.menu,
      attrs: { type: 'button', 'aria-keyshortcuts': 'Escape', title: m().hud.menuHint },
      on: { click: () => actions.menu() },
    });
    const actionsEl = h('div', { class: 'hud__actions' }, this.soundButton, this.transcriptButton, this.backButton, menu);
    this.gameParts = [this.progress, this.meters.audience.root, this.meters.credibility.root, this.transcriptButton, this.backButton, menu];
    root.append(h('h1', { class: 'hud__title', text: title }), this.progress, this.meters.audience.root, this.meters.credibility.root, actionsEl);
    this.showGame(false);
  }

  /** Hides the debate's readouts on the title screen (and, through CSS, the empty transcript). */
  showGame(visible: boolean): void {
    for (const el of this.gameParts) el.hidden = !visible;
    this.root.closest('.app')?.setAttribute('data-mode', visible ? 'debate' : 'title');
  }

  /** Shows whether sound is on: the button is pressed while sound plays. */
  setSound(on: boolean): void {
    this.soundButton.setAttribute('aria-pressed', String(on));
    this.soundButton.dataset.on = String(on);
  }

  setTranscriptOpen(open: boolean): void {
    this.transcriptButton.setAttribute('aria-expanded', String(open));
  }

  setProgress(progress: Progress): void {
    const { stage, round, rounds } = progress;
    this.progress.textContent =
      stage === 'opponents' && round > 0
        ? m().hud.opponent(round, rounds)
        : stage === 'voices'
          ? m().hud.voices
          : stage === 'closing'
            ? m().hud.closing
            : stage === 'ending'
              ? m().hud.verdict
              : m().hud.opening;
  }

  setMeters(meters: Meters, delta?: Meters): void {
    for (const key of ['audience', 'credibility'] as const) {
      const meter = this.meters[key];
      const value = meters[key];
      meter.value.textContent = m().hud.meterValue(value);
      // A transform, not a width: the bar's change animates on the compositor, with no layout.
      meter.fill.style.transform = `scaleX(${Math.max(0, Math.min(100, value)) / 100})`;
      meter.root.setAttribute('aria-valuenow', String(value));
      meter.root.setAttribute('aria-valuetext', m().hud.meterValueText(value, describe(value)));
      const d = delta?.[key] ?? 0;
      meter.delta.textContent = d === 0 ? '' : m().hud.meterDelta(d);
      meter.delta.className = `meter__delta ${d > 0 ? 'meter__delta--up' : d < 0 ? 'meter__delta--down' : ''}`;
      window.clearTimeout(meter.timer);
      if (d === 0) {
        delete meter.root.dataset.moved;
        continue;
      }
      // The meter lights up in the direction it moved, for a moment.
      meter.root.dataset.moved = d > 0 ? 'up' : 'down';
      meter.timer = window.setTimeout(() => delete meter.root.dataset.moved, MOVED_MS);
    }
  }

  setCanStepBack(can: boolean): void {
    this.backButton.disabled = !can;
  }
}

function describe(value: number): string {
  if (value >= 80) return m().hud.veryHigh;
  if (value >= 60) return m().hud.high;
  if (value >= 40) return m().hud.middling;
  if (value >= 20) return m().hud.low;
  return m().hud.veryLow;
}
