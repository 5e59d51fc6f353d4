// @vitest-environment happy-dom
// The page's language reaches <html lang dir> and the catalogue; a language asked for in the
// address is remembered; English for a language without a catalogue.
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryStore } from '../platform/storage.ts';
import { activeLocale, CATALOGUES, m, useLocale } from '../i18n/index.ts';
import { applyLanguage, LANGUAGE_KEY, localeInputs } from './language.ts';

afterEach(() => {
  useLocale('en');
  document.documentElement.lang = '';
  document.documentElement.dir = '';
});

describe('the page’s language', () => {
  it('sets <html lang="en" dir="ltr"> and the English catalogue for English', () => {
    const store = new MemoryStore();
    document.documentElement.dir = 'rtl';
    expect(applyLanguage(document, localeInputs('?lang=en', store, ['fa-IR']), store)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(document.documentElement.dir).toBe('ltr');
    expect(activeLocale()).toBe('en');
    expect(m().hud.menu).toBe('Menu');
  });

  it('remembers a language asked for in the address, and reads it back on the next visit', () => {
    const store = new MemoryStore();
    applyLanguage(document, localeInputs('?lang=en', store, []), store);
    expect(store.getItem(LANGUAGE_KEY)).toBe('en');
    expect(localeInputs('', store, ['de']).remembered).toBe('en');
  });

  it('falls back to English, left to right, for a language with no catalogue yet, and remembers nothing', () => {
    const store = new MemoryStore();
    const locale = applyLanguage(document, localeInputs('?lang=fa', store, ['fa-IR']), store);
    const expected = CATALOGUES.fa ? 'fa' : 'en';
    expect(locale).toBe(expected);
    expect(document.documentElement.lang).toBe(expected);
    expect(document.documentElement.dir).toBe(expected === 'fa' ? 'rtl' : 'ltr');
    expect(store.getItem(LANGUAGE_KEY)).toBe(CATALOGUES.fa ? 'fa' : null);
  });

  it('reads the browser’s languages when neither the address nor the device says', () => {
    const store = new MemoryStore();
    expect(localeInputs('?x=1', store, ['de-DE', 'en-GB'])).toEqual({ query: null, remembered: null, browser: ['de-DE', 'en-GB'] });
  });

  it('keeps going when storage cannot be read', () => {
    const broken = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('denied'); }, removeItem: () => undefined, keys: () => [], persistent: false };
    expect(localeInputs('?lang=en', broken, []).remembered).toBeNull();
    expect(applyLanguage(document, localeInputs('?lang=en', broken, []), broken)).toBe('en');
  });
});
