// The player's settings on the page: read once at start (a damaged copy is set aside and told),
// put on <html> (text size, contrast, motion, the stacked layout), and changed by the settings
// dialog and the Sound switch; whoever presents them (the controller, the HUD) listens.
import type { KeyValueStore } from '../debate/core/ports.ts';
import { defaultSettings, readSettings, saveSettings, type Settings } from '../platform/settings.ts';
import type { StartDamage } from './keeping.ts';
import type { Notices } from '../ui/kit/notices.ts';
import { m } from '../i18n/index.ts';

const NARROW = '(max-width: 56rem)';

/** Puts the settings on the page: text size, contrast and motion are CSS switches on <html>. */
function applyToDocument(settings: Settings): void {
  const root = document.documentElement;
  root.style.setProperty('--text-scale', String(settings.textScale));
  root.dataset.contrast = settings.highContrast ? 'high' : 'normal';
  root.dataset.motion = settings.reducedMotion ? 'reduced' : 'full';
  // Phones, and large text anywhere, get the stacked layout that scrolls (src/ui/play/play.css).
  const narrow = window.matchMedia?.(NARROW).matches ?? false;
  root.dataset.layout = narrow || settings.textScale > 1.25 ? 'stacked' : 'wide';
}

export interface PageSettings {
  readonly current: Settings;
  /** What reading them found damaged (told once the game is up). */
  readonly damage: StartDamage[];
  /** Puts `next` on the page and tells the listeners; false when it could not be kept on this device. */
  change(next: Settings): boolean;
  onChange(listener: (settings: Settings) => void): void;
}

export function createPageSettings(store: KeyValueStore): PageSettings {
  const prefersReduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  const read = readSettings(store, defaultSettings(prefersReduced));
  let current = read.settings;
  const listeners: ((settings: Settings) => void)[] = [];
  applyToDocument(current);
  window.matchMedia?.(NARROW).addEventListener?.('change', () => applyToDocument(current));
  return {
    get current() {
      return current;
    },
    damage: read.damage ? [{ what: 'settings', ...read.damage }] : [],
    change(next) {
      current = next;
      applyToDocument(next);
      for (const listener of listeners) listener(next);
      return saveSettings(store, next);
    },
    onChange: (listener) => void listeners.push(listener),
  };
}

/** Sound on or off (the HUD's button, key M), remembered on this device with the settings. */
export function soundSwitch(settings: PageSettings, notices: Pick<Notices, 'show'>): () => void {
  return () => {
    const kept = settings.change({ ...settings.current, muted: !settings.current.muted });
    notices.show(settings.current.muted ? m().words.soundMuted : m().words.soundUnmuted, {
      timeoutMs: 2000,
      repeat: true,
    });
    if (!kept) notices.show(m().start.settingsNotKept);
  };
}
