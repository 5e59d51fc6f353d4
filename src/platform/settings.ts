// Player settings, remembered across reloads in the injected store. Anything unreadable falls back
// to the defaults, so a damaged settings entry can never stop the game.
import type { KeyValueStore } from './storage.ts';

export const TEXT_SPEEDS = ['slow', 'normal', 'fast', 'instant'] as const;
export type TextSpeed = (typeof TEXT_SPEEDS)[number];

export interface Settings {
  /** 1 to 2: scales page text and canvas text alike. */
  textScale: number;
  textSpeed: TextSpeed;
  reducedMotion: boolean;
  highContrast: boolean;
  effectsVolume: number;
  ambienceVolume: number;
  muted: boolean;
}

export const SETTINGS_KEY = 'settings';

/** Characters revealed per second; Infinity shows the whole line at once. */
export function charactersPerSecond(settings: Settings): number {
  if (settings.reducedMotion) return Infinity;
  return { slow: 30, normal: 60, fast: 120, instant: Infinity }[settings.textSpeed];
}

export function defaultSettings(prefersReducedMotion: boolean): Settings {
  return {
    textScale: 1,
    textSpeed: 'normal',
    reducedMotion: prefersReducedMotion,
    highContrast: false,
    effectsVolume: 0.8,
    ambienceVolume: 0.3,
    muted: false,
  };
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

export function normalizeSettings(data: unknown, defaults: Settings): Settings {
  if (typeof data !== 'object' || data === null) return { ...defaults };
  const d = data as Record<string, unknown>;
  const num = (v: unknown, fallback: number, lo: number, hi: number) =>
    typeof v === 'number' && Number.isFinite(v) ? clamp(v, lo, hi) : fallback;
  const bool = (v: unknown, fallback: boolean) => (typeof v === 'boolean' ? v : fallback);
  return {
    textScale: num(d.textScale, defaults.textScale, 1, 2),
    textSpeed: (TEXT_SPEEDS as readonly unknown[]).includes(d.textSpeed)
      ? (d.textSpeed as TextSpeed)
      : defaults.textSpeed,
    reducedMotion: bool(d.reducedMotion, defaults.reducedMotion),
    highContrast: bool(d.highContrast, defaults.highContrast),
    effectsVolume: num(d.effectsVolume, defaults.effectsVolume, 0, 1),
    ambienceVolume: num(d.ambienceVolume, defaults.ambienceVolume, 0, 1),
    muted: bool(d.muted, defaults.muted),
  };
}

export function loadSettings(store: KeyValueStore, defaults: Settings): Settings {
  try {
    const text = store.getItem(SETTINGS_KEY);
    return text === null ? { ...defaults } : normalizeSettings(JSON.parse(text), defaults);
  } catch {
    return { ...defaults };
  }
}

/** Returns false when the store refused the write (the settings still apply for this visit). */
export function saveSettings(store: KeyValueStore, settings: Settings): boolean {
  try {
    store.setItem(SETTINGS_KEY, JSON.stringify(settings));
    return true;
  } catch {
    return false;
  }
}
