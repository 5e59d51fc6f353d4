// @vitest-environment happy-dom
// The page's language reaches <html lang dir> and the catalogue; a language asked for in the
// address is remembered; English for a language without a catalogue.
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryStore } from '../platform/storage.ts';
import { activeLocale, CATALOGUES, m, useLocale } from '../i18n/index.ts';
import { applyLanguage, LANGUAGE_KEY, localeInputs, switchLanguage } from './language.ts';

afterEach(() => {
  useLocale('en');
  document.documentElement.lang = '';
  document.documentElement.dir = '';
});

describe('the page’s language', async () => {
  it('sets <html lang="en" dir="ltr"> and the English catalogue for English', async () => {
    const store = new MemoryStore();
    document.documentElement.dir = 'rtl';
    expect(await applyLanguage(document, localeInputs('?lang=en', store, ['fa-IR']), store)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(document.documentElement.dir).toBe('ltr');
    expect(activeLocale()).toBe('en');
    expect(m().hud.menu).toBe('Menu');
  });

  it('remembers a language asked for in the address, and reads it back on the next visit', async () => {
    const store = new MemoryStore();
    await applyLanguage(document, localeInputs('?lang=en', store, []), store);
    expect(store.getItem(LANGUAGE_KEY)).toBe('en');
    expect(localeInputs('', store, ['de']).remembered).toBe('en');
  });

  it('loads the Persian catalogue for ?lang=fa, sets <html lang="fa" dir="rtl">, and remembers it', async () => {
    const store = new MemoryStore();
    const locale = await applyLanguage(document, localeInputs('?lang=fa', store, ['en-GB']), store);
    expect(locale).toBe('fa');
    expect(CATALOGUES.fa).toBeDefined();
    expect(document.documentElement.lang).toBe('fa');
    expect(document.documentElement.dir).toBe('rtl');
    expect(m().hud.menu).toBe(CATALOGUES.fa?.hud.menu);
    expect(m().hud.menu).not.toBe('Menu');
    expect(store.getItem(LANGUAGE_KEY)).toBe('fa');
  });

  it('puts the page’s own words (index.html’s, in English) in the page’s language', async () => {
    const skip = document.createElement('a');
    skip.className = 'skip-link';
    skip.textContent = 'Skip to your move';
    const dialogue = document.createElement('section');
    dialogue.id = 'dialogue';
    dialogue.setAttribute('aria-label', 'Now speaking');
    const heading = document.createElement('h2');
    heading.id = 'transcript-heading';
    heading.textContent = 'Transcript';
    document.body.replaceChildren(skip, dialogue, heading);
    const store = new MemoryStore();
    await applyLanguage(document, localeInputs('?lang=fa', store, []), store);
    const fa = CATALOGUES.fa;
    expect(document.querySelector('.skip-link')?.textContent).toBe(fa?.start.skipToMove);
    expect(document.querySelector('#dialogue')?.getAttribute('aria-label')).toBe(fa?.start.nowSpeaking);
    expect(document.querySelector('#transcript-heading')?.textContent).toBe(fa?.words.transcript);
    expect(document.title).toBe(fa?.start.gameTitle);
    expect(document.body.textContent).toMatch(/^[^A-Za-z]*$/);
    await applyLanguage(document, localeInputs('?lang=en', store, []), store);
    expect(document.querySelector('.skip-link')?.textContent).toBe('Skip to your move');
    expect(document.title).toBe('The Round Table');
  });

  it('falls back to English, left to right, for a language the game does not speak, and remembers nothing', async () => {
    const store = new MemoryStore();
    expect(await applyLanguage(document, localeInputs('?lang=de', store, ['de-DE']), store)).toBe('en');
    expect(document.documentElement.dir).toBe('ltr');
    expect(store.getItem(LANGUAGE_KEY)).toBeNull();
  });

  it('reads the browser’s languages when neither the address nor the device says', async () => {
    const store = new MemoryStore();
    expect(localeInputs('?x=1', store, ['de-DE', 'en-GB'])).toEqual({ query: null, remembered: null, browser: ['de-DE', 'en-GB'] });
  });

  it('keeps going when storage cannot be read', async () => {
    const broken = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('denied'); }, removeItem: () => undefined, keys: () => [], persistent: false };
    expect(localeInputs('?lang=en', broken, []).remembered).toBeNull();
    expect(await applyLanguage(document, localeInputs('?lang=en', broken, []), broken)).toBe('en');
  });
});

describe('the language switch', () => {
  it('remembers the chosen language and gives the address to reload at, keeping the rest of it', async () => {
    const store = new MemoryStore();
    const next = switchLanguage('https://example.test/play/?lang=en&x=1#r=abc', store, 'fa');
    expect(store.getItem(LANGUAGE_KEY)).toBe('fa');
    const url = new URL(next);
    expect(url.pathname).toBe('/play/');
    expect(url.searchParams.get('lang')).toBe('fa');
    expect(url.searchParams.get('x')).toBe('1');
    expect(url.hash).toBe('#r=abc');
    // The next visit speaks it, from the address or from the store alone.
    expect(await applyLanguage(document, localeInputs(url.search, store, ['en-US']), store)).toBe('fa');
    expect(await applyLanguage(document, localeInputs('', store, ['en-US']), store)).toBe('fa');
  });
});
