// Which language the page speaks. A language is playable when it has a message catalogue; the page
// picks one from the address (`?lang=fa`), else the player's remembered choice, else the browser's
// languages, and falls back to English. Pure: the inputs are read by the caller (src/app), so the
// choice is unit-tested in Node.

/** Every language the game knows of; a catalogue makes one playable (see src/i18n/index.ts). */
export type Locale = 'en' | 'fa';

export const FALLBACK_LOCALE: Locale = 'en';

const KNOWN: readonly Locale[] = ['en', 'fa'];

/**
 * Each language's name in itself, for the language switch: the same in every catalogue, since a
 * player who cannot read the page's language must still find their own.
 */
export const AUTONYMS: Readonly<Record<Locale, string>> = { en: 'English', fa: 'فارسی' };

/** The switch's name, in both languages for the same reason. */
export const LANGUAGE_SWITCH_LABEL = 'Language · زبان';
const RIGHT_TO_LEFT: ReadonlySet<Locale> = new Set<Locale>(['fa']);

/** The writing direction of a language, for `<html dir>`. */
export const directionOf = (locale: Locale): 'ltr' | 'rtl' => (RIGHT_TO_LEFT.has(locale) ? 'rtl' : 'ltr');

/** A language tag (`fa-IR`, `EN`, `en_GB`) as a known locale, or null. */
export function localeOf(tag: string | null | undefined): Locale | null {
  if (!tag) return null;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (KNOWN as readonly string[]).includes(primary) ? (primary as Locale) : null;
}

export interface LocaleInputs {
  /** The `lang` parameter of the address, if any. */
  readonly query: string | null;
  /** The language the player chose before, if remembered. */
  readonly remembered: string | null;
  /** The browser's languages, most preferred first (navigator.languages). */
  readonly browser: readonly string[];
}

/**
 * The language to show: the first of the address, the remembered choice and the browser's
 * languages that names a language with a catalogue; English otherwise.
 */
export function chooseLocale(inputs: LocaleInputs, playable: (locale: Locale) => boolean): Locale {
  for (const tag of [inputs.query, inputs.remembered, ...inputs.browser]) {
    const locale = localeOf(tag);
    if (locale && playable(locale)) return locale;
  }
  return FALLBACK_LOCALE;
}
