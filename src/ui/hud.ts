// The heads-up display: where the debate stands (round), the two meters (label, number and a bar,
// announced as meters) and the buttons for the menu and stepping back.
import type { Meters, Progress } from '../debate/events.ts';
import { h } from './dom.ts';

export interface HudActions {
  menu(): void;
  stepBack(): void;
}

export class Hud {
  private readonly progress: HTMLElement;
  private readonly meters: Record<keyof Meters, { root: HTMLElement; value: HTMLElement; fill: HTMLElement; delta: HTMLElement }>;
  private readonly backButton: HTMLButtonElement;
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
        h('span', {}, value, delta),
        h('div', { class: 'meter__bar', attrs: { 'aria-hidden': 'true' } }, fill),
      );
      return { root, value, fill, delta };
    };
    this.meters = { audience: meter('audience', 'Audience'), credibility: meter('credibility', 'Your credibility') };
    this.backButton = h('button', {
      class: 'icon-button',
      text: 'Step back',
      attrs: { type: 'button', 'aria-keyshortcuts': 'Backspace', title: 'Step back one decision (Backspace)' },
      on: { click: () => actions.stepBack() },
    });
    const menu = h('button', {
      class: 'icon-button',
      text: 'Menu',
      attrs: { type: 'button', 'aria-keyshortcuts': 'Escape', title: 'Pause menu (Esc)' },
      on: { click: () => actions.menu() },
    });
    const actionsEl = h('div', { class: 'hud__actions' }, this.backButton, menu);
    this.gameParts = [this.progress, this.meters.audience.root, this.meters.credibility.root, this.backButton, menu];
    root.append(h('h1', { class: 'hud__title', text: title }), this.progress, this.meters.audience.root, this.meters.credibility.root, actionsEl);
    this.showGame(false);
  }

  /** Hides the debate's readouts on the title screen (and, through CSS, the empty transcript). */
  showGame(visible: boolean): void {
    for (const el of this.gameParts) el.hidden = !visible;
    this.root.closest('.app')?.setAttribute('data-mode', visible ? 'debate' : 'title');
  }

  setProgress(progress: Progress): void {
    const { stage, round, rounds } = progress;
    this.progress.textContent =
      stage === 'opponents' && round > 0
        ? `Opponent ${round} of ${rounds}`
        : stage === 'voices'
          ? 'Two more voices'
          : stage === 'closing'
            ? 'Closing statements'
            : stage === 'ending'
              ? 'The verdict'
              : 'Opening';
  }

  setMeters(meters: Meters, delta?: Meters): void {
    for (const key of ['audience', 'credibility'] as const) {
      const m = this.meters[key];
      const value = meters[key];
      m.value.textContent = String(value);
      m.fill.style.width = `${value}%`;
      m.root.setAttribute('aria-valuenow', String(value));
      m.root.setAttribute('aria-valuetext', `${value} of 100, ${describe(value)}`);
      const d = delta?.[key] ?? 0;
      m.delta.textContent = d === 0 ? '' : d > 0 ? `▲ +${d}` : `▼ ${d}`;
      m.delta.className = `meter__delta ${d > 0 ? 'meter__delta--up' : d < 0 ? 'meter__delta--down' : ''}`;
    }
  }

  setCanStepBack(can: boolean): void {
    this.backButton.disabled = !can;
  }
}

function describe(value: number): string {
  if (value >= 80) return 'very high';
  if (value >= 60) return 'high';
  if (value >= 40) return 'middling';
  if (value >= 20) return 'low';
  return 'very low';
}
