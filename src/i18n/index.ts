// The message catalogues: every word of the game's own chrome (not the story's, which comes from
// story/ and the cast sheet) in one typed catalogue per language. `m()` is the active language's
// catalogue; views read their words from it when they build, so the words follow the language the
// page was started in. English (`en.ts`) is the reference: every other catalogue has its keys
// (the type says so, and src/i18n/catalogue.test.ts checks it at run time).
import { en } from './en.ts';
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
 * language"). Every language but English is a chunk of its own, loaded only when the page speaks
 * it, so the English edition's first-load bytes do not grow with each language added.
 */
const LOADERS: Partial<Record<Locale, () => Promise<Messages>>> = {
  fa: () => import('./fa.ts').then((module) => module.fa),
};

/** The catalogues loaded so far: English always, another once `loadCatalogue` has brought it. */
export const CATALOGUES: Partial<Record<Locale, Messages>> = { en };

/** A language with a catalogue (loaded or loadable). */
export const isPlayable = (locale: Locale): boolean => locale === FALLBACK_LOCALE || LOADERS[locale] !== undefined;

/** Brings `locale`'s catalogue (once), so that `useLocale(locale)` can use it. */
export async function loadCatalogue(locale: Locale): Promise<void> {
  if (CATALOGUES[locale]) return;
  const load = LOADERS[locale];
  if (load) CATALOGUES[locale] = await load();
}

let active: { locale: Locale; messages: Messages } = { locale: FALLBACK_LOCALE, messages: en };

/** Makes `locale` the page's language (English when its catalogue is not loaded); returns the one in use. */
export function useLocale(locale: Locale): Locale {
  const messages = CATALOGUES[locale];
  active = messages ? { locale, messages } : { locale: FALLBACK_LOCALE, messages: en };
  return active.locale;
}

export const activeLocale = (): Locale => active.locale;

/** The active language's messages. */
export const m = (): Messages => active.messages;

/** One reason something read from outside could not be used, in plain words. */
export const reasonText = (reason: Reason): string => active.messages.reason(reason);

/** Several reasons, as one paragraph. */
export const reasonsText = (reasons: readonly Reason[]): string => reasons.map(reasonText).join(' ');
