// The page's language as the boot module (src/main.ts) decides it, before the game's chunks arrive:
// the same choice as src/app/language.ts (address, remembered choice, browser), read straight from
// the page, so the loading screen speaks the language the game will. Kept free of the catalogues
// (they are not loaded yet) and of the storage module: it is in the boot module's few bytes.
import { chooseLocale, directionOf, type Locale } from '../i18n/locale.ts';

/** Where the chosen language is remembered: the store's prefix and language.ts's key (language.test.ts holds them equal). */
export const REMEMBERED_LANGUAGE = 'round-table:language';

/** The page's language among `available` (the loading screen's), as start() will choose it. */
export function earlyLocale(
  win: Pick<Window, 'location' | 'navigator' | 'localStorage'>,
  available: readonly string[],
): Locale {
  let remembered: string | null = null;
  try {
    remembered = win.localStorage.getItem(REMEMBERED_LANGUAGE);
  } catch {
    // Storage refused: the address and the browser still say.
  }
  const languages = win.navigator.languages?.length
    ? win.navigator.languages
    : [win.navigator.language];
  return chooseLocale(
    { query: new URLSearchParams(win.location.search).get('lang'), remembered, browser: languages },
    (locale) => available.includes(locale),
  );
}

/**
 * Shows the loading screen's words in the page's language and sets `<html lang dir>` (start() sets
 * the same again). Returns the shown block, whose `data-failure` says that the game could not start.
 */
export function showEarlyScreen(
  doc: Document,
  win: Pick<Window, 'location' | 'navigator' | 'localStorage'>,
): HTMLElement | null {
  const blocks = [...doc.querySelectorAll<HTMLElement>('[data-early-words]')];
  const locale = earlyLocale(
    win,
    blocks.map((b) => b.lang),
  );
  doc.documentElement.lang = locale;
  doc.documentElement.dir = directionOf(locale);
  const shown = blocks.find((b) => b.lang === locale) ?? blocks[0] ?? null;
  if (shown) shown.hidden = false;
  return shown;
}
