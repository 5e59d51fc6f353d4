// The page's language: chosen from the address (`?lang=fa`), else the language the player chose
// before (remembered on this device), else the browser's languages; English for any language
// without a catalogue (src/i18n/locale.ts decides). It sets the catalogue the views read and
// `<html lang dir>`, so a right-to-left language mirrors the layout (the CSS uses logical
// properties). The language is never part of a save, a replay link or a run file: a debate saved
// in one language continues, replays and counts in class results in another.
import type { KeyValueStore } from '../debate/core/ports.ts';
import { CATALOGUES, chooseLocale, directionOf, FALLBACK_LOCALE, isPlayable, loadCatalogue, localeOf, m, useLocale, type Locale, type LocaleInputs } from '../i18n/index.ts';

/** Where the chosen language is remembered (under the store's `round-table:` prefix, so Clear my data removes it). */
export const LANGUAGE_KEY = 'language';

export function localeInputs(search: string, store: KeyValueStore, languages: readonly string[]): LocaleInputs {
  let remembered: string | null;
  try {
    remembered = store.getItem(LANGUAGE_KEY);
  } catch {
    remembered = null;
  }
  return { query: new URLSearchParams(search).get('lang'), remembered, browser: languages };
}

/**
 * Chooses the page's language, loads its catalogue, makes it the catalogue's and the document's, and remembers a
 * language asked for in the address (so the next visit without `?lang=` keeps it). Returns it.
 */
export async function applyLanguage(doc: Document, inputs: LocaleInputs, store: KeyValueStore): Promise<Locale> {
  const wanted = chooseLocale(inputs, isPlayable);
  // A catalogue that cannot arrive (offline before the game was kept) leaves the page in English.
  await loadCatalogue(wanted).catch((error: unknown) => console.warn(`The ${wanted} catalogue could not load:`, error));
  if (!CATALOGUES[wanted]) await loadCatalogue(FALLBACK_LOCALE);
  const locale = useLocale(wanted);
  doc.documentElement.lang = locale;
  doc.documentElement.dir = directionOf(locale);
  labelPage(doc);
  const asked = localeOf(inputs.query);
  if (asked === locale && inputs.remembered !== locale) {
    try {
      store.setItem(LANGUAGE_KEY, locale);
    } catch {
      // Not remembered (storage full or refused): the address still says it.
    }
  }
  return locale;
}

/** The words index.html holds (in English), in the page's language. */
function labelPage(doc: Document): void {
  const words = m();
  doc.title = words.start.gameTitle;
  const set = (selector: string, apply: (el: Element) => void) => {
    const el = doc.querySelector(selector);
    if (el) apply(el);
  };
  set('.skip-link', (el) => (el.textContent = words.start.skipToMove));
  set('#dialogue', (el) => el.setAttribute('aria-label', words.start.nowSpeaking));
  set('#transcript-heading', (el) => (el.textContent = words.words.transcript));
}

/**
 * The title's language switch: remembers `locale` and returns the address to load it at (the same
 * page; a `lang` in the address is changed to it, so the address does not overrule the choice).
 * The autosave is in the store, language-free, so Continue on the reloaded page resumes it.
 */
export function switchLanguage(href: string, store: KeyValueStore, locale: Locale): string {
  try {
    store.setItem(LANGUAGE_KEY, locale);
  } catch {
    // Not remembered: the address below still says it.
  }
  const url = new URL(href);
  url.searchParams.set('lang', locale);
  return url.href;
}
