// Settings: text size, text speed, reduced motion, high contrast, volumes and mute; and
// "Clear my data". Every control is a native form control with a visible label.
import type { Settings, TextSpeed } from '../platform/settings.ts';
import { openDialog, type DialogHandle } from './dialogs.ts';
import { h } from './dom.ts';

export interface SettingsActions {
  change(settings: Settings): void;
  clearData(): void;
  /** Whether saves reach lasting storage, so the dialog can say so. */
  persistent: boolean;
}

export function openSettings(current: Settings, actions: SettingsActions): DialogHandle {
  let settings = { ...current };
  const update = (patch: Partial<Settings>) => {
    settings = { ...settings, ...patch };
    actions.change(settings);
  };
  const range = (id: string, label: string, value: number, min: number, max: number, step: number, format: (v: number) => string, onInput: (v: number) => void) => {
    const output = h('output', { attrs: { for: id }, text: format(value) });
    const input = h('input', {
      id,
      attrs: { type: 'range', min, max, step, value, 'aria-valuetext': format(value) },
      on: {
        input: () => {
          const v = Number(input.value);
          output.textContent = format(v);
          input.setAttribute('aria-valuetext', format(v));
          onInput(v);
        },
      },
    });
    return h('div', { class: 'field' }, h('label', { attrs: { for: id } }, `${label}: `, output), input);
  };
  const check = (id: string, label: string, checked: boolean, onChange: (v: boolean) => void) => {
    const input = h('input', { id, attrs: { type: 'checkbox', checked }, on: { change: () => onChange(input.checked) } });
    return h('div', { class: 'field field--row' }, input, h('label', { attrs: { for: id }, text: label }));
  };
  const speeds: [TextSpeed, string][] = [['slow', 'Slow'], ['normal', 'Normal'], ['fast', 'Fast'], ['instant', 'Instant']];
  const speed = h('select', {
    id: 'setting-speed',
    on: { change: () => update({ textSpeed: speed.value as TextSpeed }) },
  });
  for (const [value, label] of speeds) speed.append(h('option', { attrs: { value, selected: value === settings.textSpeed }, text: label }));
  const pct = (v: number) => `${Math.round(v * 100)}%`;
  const clearButton = h('button', {
    text: 'Clear my data',
    attrs: { type: 'button' },
    on: {
      click: () => {
        if (window.confirm('Delete every save, setting and record of past debates this game keeps in this browser?')) actions.clearData();
      },
    },
  });
  return openDialog(
    'Settings',
    range('setting-text', 'Text size', settings.textScale, 1, 2, 0.25, pct, (v) => update({ textScale: v })),
    h('div', { class: 'field' }, h('label', { attrs: { for: 'setting-speed' }, text: 'Text speed' }), speed),
    check('setting-motion', 'Reduce motion (show lines whole, no animation)', settings.reducedMotion, (v) => update({ reducedMotion: v })),
    check('setting-contrast', 'High contrast', settings.highContrast, (v) => update({ highContrast: v })),
    range('setting-effects', 'Sound effects volume', settings.effectsVolume, 0, 1, 0.1, pct, (v) => update({ effectsVolume: v })),
    range('setting-ambience', 'Room ambience volume', settings.ambienceVolume, 0, 1, 0.1, pct, (v) => update({ ambienceVolume: v })),
    check('setting-mute', 'Mute all sound', settings.muted, (v) => update({ muted: v })),
    h('h3', { text: 'Your data' }),
    h('p', {
      text: actions.persistent
        ? 'Saves, settings and the record of your past debates stay in this browser only. Nothing is sent anywhere.'
        : 'This browser is not letting the game store anything, so saves are off: the debate lives in memory until you close the page. Nothing is sent anywhere.',
    }),
    clearButton,
  );
}
