import { describe, expect, it } from 'vitest';
import { charactersPerSecond, defaultSettings, loadSettings, normalizeSettings, saveSettings } from './settings.ts';
import { MemoryStore } from './storage.ts';

describe('settings', () => {
  it('defaults reduced motion to the system preference', () => {
    expect(defaultSettings(true).reducedMotion).toBe(true);
    expect(defaultSettings(false).reducedMotion).toBe(false);
  });

  it('round-trips through a store', () => {
    const store = new MemoryStore();
    const chosen = { ...defaultSettings(false), textScale: 1.75, textSpeed: 'fast' as const, highContrast: true, muted: true };
    expect(saveSettings(store, chosen)).toBe(true);
    expect(loadSettings(store, defaultSettings(false))).toEqual(chosen);
  });

  it('clamps and repairs damaged values field by field', () => {
    const defaults = defaultSettings(false);
    expect(normalizeSettings({ textScale: 9, textSpeed: 'warp', effectsVolume: -2, muted: 'yes' }, defaults)).toEqual({
      ...defaults,
      textScale: 2,
      effectsVolume: 0,
    });
  });

  it('falls back to the defaults on unreadable JSON or a throwing store', () => {
    const defaults = defaultSettings(true);
    const store = new MemoryStore();
    store.setItem('settings', '{"textScale":');
    expect(loadSettings(store, defaults)).toEqual(defaults);
    const throwing = { persistent: true, getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('denied'); }, removeItem() {}, keys: () => [] };
    expect(loadSettings(throwing, defaults)).toEqual(defaults);
    expect(saveSettings(throwing, defaults)).toBe(false);
  });

  it('reveals text instantly under reduced motion or the instant speed', () => {
    const base = defaultSettings(false);
    expect(charactersPerSecond(base)).toBe(60);
    expect(charactersPerSecond({ ...base, reducedMotion: true })).toBe(Infinity);
    expect(charactersPerSecond({ ...base, textSpeed: 'instant' })).toBe(Infinity);
  });
});
