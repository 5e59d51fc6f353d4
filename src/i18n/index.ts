// The message catalogues: every word of the game's own chrome (not the story's, which comes from
// story/ and the cast sheet) in one typed catalogue per language. `m()` is the active language's
// catalogue; views read their words from it when they build, so the words follow the language the
// page was started in. English (`en.ts`) is the reference: every other catalogue has its keys
// (the type says so, and src/i18n/catalogue.test.ts checks it at run time).
import { en } from './en.ts';
import { fa } from './fa.ts';
import { FALLBACK_LOCALE, type Locale } from './locale.ts';
import type { Reason } from '../debate/reasons.ts';

export { chooseLocale, directionOf, localeOf, FALLBACK_LOCALE, type Locale, type LocaleInputs } from './locale.ts';

/** A catalogue's shape: English's keys and message signatures, with any words. */
export type Messages = Widen<typeof en>;
type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : T extends object
      ? { readonly [K in keyof T]: Widen<T[K]> }
      : T;

/** The languages with a catalogue. A new language adds its catalogue here (see README, "Adding a language"). */
export const CATALOGUES: Partial<Record<Locale, Messages>> = { en, fa };

export const isPlayable = (locale: Locale): boolean => CATALOGUES[locale] !== undefined;

let active: { locale: Locale; messages: Messages } = { locale: FALLBACK_LOCALE, messages: en };

/** Makes `locale` the page's language (English when it has no catalogue); returns the one in use. */
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
