// The message catalogues: every word of the game's own chrome (not the story's, which comes from
// story/ and the cast sheet) in one typed catalogue per language. `m()` is the active language's
// catalogue; views read their words from it when they build, so the words follow the language the
// page was started in. English (`en.ts`) is the reference: every other catalogue has its keys
// (the type says so, and src/i18n/catalogue.test.ts checks it at run time). Each catalogue, English
// too, is a chunk of its own fetched for the page's language only: a Persian page never downloads the
// English words (src/app/language.ts loads one before any view reads `m()`).
import type { en } from './en.ts';
import { FALLBACK_LOCALE, type Locale } from './locale.ts';
import type { Reason } from '../debate/persistence/reasons.ts';

export { AUTONYMS, chooseLocale, directionOf, LANGUAGE_SWITCH_LABEL, localeOf, FALLBACK_LOCALE, type Locale, type LocaleInputs } from './locale.ts';

/** The languages a player can choose, in the switch's order. */
export const LOCALES: readonly Locale[] = ['en', 'fa'];

/** A catalogue's shape: English's keys and message signatures, with any words. */
export type Messages = Widen<typeof en>;
type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : T extends object
      ? { readonly [K in keyof T]: Widen<T[K]> }
      : T;

/**
 * How each language's catalogue arrives. A new language adds its loader here (see README, "Adding a
 * language"). Each is a chunk of its own, loaded only when the page speaks it, so neither edition's
 * first-load bytes grow with each language added.
 */
const LOADERS: Partial<Record<Locale, () => Promise<Messages>>> = {
  en: () => import('./en.ts').then((module) => module.en),
  fa: () => import('./fa.ts').then((module) => module.fa),
};

/** The catalogues loaded so far (by `loadCatalogue`; Node tests register English in src/i18n/test-setup.ts). */
export const CATALOGUES: Partial<Record<Locale, Messages>> = {};

/** A language with a catalogue (loaded or loadable). */
export const isPlayable = (locale: Locale): boolean => LOADERS[locale] !== undefined;

/** Brings `locale`'s catalogue (once), so that `useLocale(locale)` can use it. */
export async function loadCatalogue(locale: Locale): Promise<void> {
  if (CATALOGUES[locale]) return;
  const load = LOADERS[locale];
  if (load) CATALOGUES[locale] = await load();
}

let active: { locale: Locale; messages: Messages } | null = null;

/**
 * Makes `locale` the page's language (English when its catalogue is not loaded); returns the one in
 * use. English must be loaded when `locale`'s catalogue is not.
 */
export function useLocale(locale: Locale): Locale {
  const wanted = CATALOGUES[locale];
  const english = CATALOGUES[FALLBACK_LOCALE];
  if (wanted) active = { locale, messages: wanted };
  else if (english) active = { locale: FALLBACK_LOCALE, messages: english };
  else throw new Error(`Neither the ${locale} nor the English catalogue is loaded: call loadCatalogue first.`);
  return active.locale;
}

function inUse(): { locale: Locale; messages: Messages } {
  if (!active) throw new Error('No catalogue is in use yet: the page chooses its language (applyLanguage) before any words are read.');
  return active;
}

export const activeLocale = (): Locale => inUse().locale;

/** The active language's messages. */
export const m = (): Messages => inUse().messages;

/** One reason something read from outside could not be used, in plain words. */
export const reasonText = (reason: Reason): string => m().reason(reason);

/** Several reasons, as one paragraph. */
export const reasonsText = (reasons: readonly Reason[]): string => reasons.map(reasonText).join(' ');
