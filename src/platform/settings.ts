// Player settings, remembered across reloads in the injected store. Anything unreadable falls back
// to the defaults, so a damaged settings entry can never stop the game; the damaged copy is set
// aside (never overwritten by the next save) and the reason reported.
import { moveAside, writeOver } from '../debate/persistence/aside.ts';
import type { KeyValueStore } from '../debate/core/ports.ts';
import { guarded, isObject, ok, parseJson, refuse, type Reason } from '../debate/persistence/reasons.ts';

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

/** The settings a value holds, each wrong field repaired to its default. Never throws. */
export function normalizeSettings(data: unknown, defaults: Settings): Settings {
  try {
    return checkSettings(data, defaults).settings;
  } catch {
    return { ...defaults };
  }
}

/** The settings a value holds, each field repaired to its default when wrong; `bad` lists the wrong ones. */
function checkSettings(data: unknown, defaults: Settings): { settings: Settings; bad: string[] } {
  if (!isObject(data)) return { settings: { ...defaults }, bad: ['settings'] };
  const bad: string[] = [];
  const num = (name: keyof Settings, fallback: number, lo: number, hi: number) => {
    const v = data[name];
    if (v === undefined) return fallback;
    if (typeof v === 'number' && Number.isFinite(v)) return clamp(v, lo, hi);
    bad.push(name);
    return fallback;
  };
  const bool = (name: keyof Settings, fallback: boolean) => {
    const v = data[name];
    if (v === undefined) return fallback;
    if (typeof v === 'boolean') return v;
    bad.push(name);
    return fallback;
  };
  const speed = data.textSpeed;
  if (speed !== undefined && !(TEXT_SPEEDS as readonly unknown[]).includes(speed)) bad.push('textSpeed');
  const settings: Settings = {
    textScale: num('textScale', defaults.textScale, 1, 2),
    textSpeed: (TEXT_SPEEDS as readonly unknown[]).includes(speed) ? (speed as TextSpeed) : defaults.textSpeed,
    reducedMotion: bool('reducedMotion', defaults.reducedMotion),
    highContrast: bool('highContrast', defaults.highContrast),
    effectsVolume: num('effectsVolume', defaults.effectsVolume, 0, 1),
    ambienceVolume: num('ambienceVolume', defaults.ambienceVolume, 0, 1),
    muted: bool('muted', defaults.muted),
  };
  return { settings, bad };
}

/** Reads settings' text: the settings (defaults where damaged) and why, when any was. Never throws. */
export function parseSettings(text: string, defaults: Settings): { settings: Settings; damage?: Reason } {
  const read = guarded('settings', () => {
    const data = parseJson(text, 'settings');
    if (!data.ok) return data;
    if (!isObject(data.value)) return refuse({ code: 'not-ours', subject: 'settings' });
    return ok(checkSettings(data.value, defaults));
  });
  if (!read.ok) return { settings: { ...defaults }, damage: read.error };
  const { settings, bad } = read.value;
  return bad.length > 0 ? { settings, damage: { code: 'bad-entries', subject: 'settings', count: bad.length, of: 7 } } : { settings };
}

export interface SettingsRead {
  settings: Settings;
  /** Set when the stored settings were damaged: why, and where the stored copy was moved. */
  damage?: { reason: Reason; asideKey: string | null };
}

/** The stored settings; a damaged entry is moved aside and the defaults fill in. Never throws. */
export function readSettings(store: KeyValueStore, defaults: Settings, now: number = Date.now()): SettingsRead {
  let text: string | null;
  try {
    text = store.getItem(SETTINGS_KEY);
  } catch {
    return { settings: { ...defaults } };
  }
  if (text === null) return { settings: { ...defaults } };
  const parsed = parseSettings(text, defaults);
  if (!parsed.damage) return { settings: parsed.settings };
  return { settings: parsed.settings, damage: { reason: parsed.damage, asideKey: moveAside(store, SETTINGS_KEY, text, now) } };
}

export function loadSettings(store: KeyValueStore, defaults: Settings): Settings {
  return readSettings(store, defaults).settings;
}

/** Returns false when the store refused the write (the settings still apply for this visit). */
export function saveSettings(store: KeyValueStore, settings: Settings, now: number = Date.now()): boolean {
  const damaged = (text: string) => parseSettings(text, settings).damage !== undefined;
  return writeOver(store, SETTINGS_KEY, JSON.stringify(settings), damaged, now).ok;
}
