import { describe, expect, it } from 'vitest';
import { charactersPerSecond, defaultSettings, loadSettings, normalizeSettings, readSettings, saveSettings, SETTINGS_KEY } from './settings.ts';
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

  it('sets damaged settings aside with the reason, and saving later does not overwrite the copy', () => {
    const defaults = defaultSettings(false);
    const store = new MemoryStore();
    store.setItem(SETTINGS_KEY, '{"textScale":"big","muted":true}');
    const read = readSettings(store, defaults, 50);
    expect(read.settings).toEqual({ ...defaults, muted: true });
    expect(read.damage).toEqual({ reason: { code: 'bad-entries', subject: 'settings', count: 1, of: 7 }, asideKey: 'aside:settings:50' });
    expect(saveSettings(store, read.settings, 51)).toBe(true);
    expect(store.getItem('aside:settings:50')).toBe('{"textScale":"big","muted":true}');
    // Settings a newer version wrote with a field this one lacks are not damage.
    store.setItem(SETTINGS_KEY, '{"textScale":1.5}');
    expect(readSettings(store, defaults).damage).toBeUndefined();
  });

  it('reveals text instantly under reduced motion or the instant speed', () => {
    const base = defaultSettings(false);
    expect(charactersPerSecond(base)).toBe(60);
    expect(charactersPerSecond({ ...base, reducedMotion: true })).toBe(Infinity);
    expect(charactersPerSecond({ ...base, textSpeed: 'instant' })).toBe(Infinity);
  });
});
