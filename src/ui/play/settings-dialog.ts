// Settings: text size, text speed, reduced motion, high contrast, volumes and mute; and
// "Clear my data". Every control is a native form control with a visible label.
import type { Settings, TextSpeed } from '../../platform/settings.ts';
import { openDialog, type DialogHandle } from '../kit/dialogs.ts';
import { h } from '../kit/dom.ts';
import { m } from '../../i18n/index.ts';

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
  const speeds: [TextSpeed, string][] = [['slow', m().settingsDialog.slow], ['normal', m().settingsDialog.normal], ['fast', m().settingsDialog.fast], ['instant', m().settingsDialog.instant]];
  const speed = h('select', {
    id: 'setting-speed',
    on: { change: () => update({ textSpeed: speed.value as TextSpeed }) },
  });
  for (const [value, label] of speeds) speed.append(h('option', { attrs: { value, selected: value === settings.textSpeed }, text: label }));
  const pct = (v: number) => m().settingsDialog.percent(v);
  const clearButton = h('button', {
    text: m().settingsDialog.clearData,
    attrs: { type: 'button' },
    on: {
      click: () => {
        if (window.confirm(m().settingsDialog.clearConfirm)) actions.clearData();
      },
    },
  });
  return openDialog(
    m().settingsDialog.title,
    range('setting-text', m().settingsDialog.textSize, settings.textScale, 1, 2, 0.25, pct, (v) => update({ textScale: v })),
    h('div', { class: 'field' }, h('label', { attrs: { for: 'setting-speed' }, text: m().settingsDialog.textSpeed }), speed),
    check('setting-motion', m().settingsDialog.reduceMotion, settings.reducedMotion, (v) => update({ reducedMotion: v })),
    check('setting-contrast', m().settingsDialog.highContrast, settings.highContrast, (v) => update({ highContrast: v })),
    range('setting-effects', m().settingsDialog.effects, settings.effectsVolume, 0, 1, 0.1, pct, (v) => update({ effectsVolume: v })),
    range('setting-ambience', m().settingsDialog.ambience, settings.ambienceVolume, 0, 1, 0.1, pct, (v) => update({ ambienceVolume: v })),
    check('setting-mute', m().settingsDialog.mute, settings.muted, (v) => update({ muted: v })),
    h('h3', { text: m().settingsDialog.yourData }),
    h('p', {
      text: actions.persistent
        ? m().settingsDialog.dataKept
        : m().settingsDialog.dataNotKept,
    }),
    clearButton,
  );
}
