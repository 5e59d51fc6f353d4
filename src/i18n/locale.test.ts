// The page's language: the address, then the remembered choice, then the browser's languages,
// and English for any language without a catalogue.
import { describe, expect, it } from 'vitest';
import { chooseLocale, directionOf, localeOf, type Locale } from './locale.ts';

const both = (locale: Locale) => locale === 'en' || locale === 'fa';
const englishOnly = (locale: Locale) => locale === 'en';

describe('choosing the language', () => {
  it('reads language tags by their primary language', () => {
    expect(localeOf('fa-IR')).toBe('fa');
    expect(localeOf('EN_gb')).toBe('en');
    expect(localeOf(' fa ')).toBe('fa');
    expect(localeOf('de')).toBeNull();
    expect(localeOf('')).toBeNull();
    expect(localeOf(null)).toBeNull();
  });

  it('takes the address first, then the remembered choice, then the browser’s languages in order', () => {
    expect(chooseLocale({ query: 'fa', remembered: 'en', browser: ['en-US'] }, both)).toBe('fa');
    expect(chooseLocale({ query: null, remembered: 'fa', browser: ['en-US'] }, both)).toBe('fa');
    expect(chooseLocale({ query: null, remembered: null, browser: ['de-DE', 'fa-IR', 'en'] }, both)).toBe('fa');
    expect(chooseLocale({ query: 'de', remembered: null, browser: ['en-GB'] }, both)).toBe('en');
  });

  it('falls back to English for a language without a catalogue, wherever it was asked for', () => {
    expect(chooseLocale({ query: 'fa', remembered: 'fa', browser: ['fa-IR'] }, englishOnly)).toBe('en');
    expect(chooseLocale({ query: 'xx', remembered: 'yy', browser: [] }, both)).toBe('en');
  });

  it('writes Persian right to left and English left to right', () => {
    expect(directionOf('en')).toBe('ltr');
    expect(directionOf('fa')).toBe('rtl');
  });
});
