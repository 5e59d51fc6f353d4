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

/** Text outside the Latin script (and its punctuation), whose font the system does not have at hand. */
const BEYOND_LATIN = /[^\s\u0020-\u024F\u1E00-\u1EFF\u2000-\u206F\u20A0-\u20CF]/u;

/** How long the words wait for their font before they show in whatever the system has. */
export const FONT_WAIT_MS = 1000;

/**
 * Shows the loading screen's words in the page's language and sets `<html lang dir>` (start() sets
 * the same again). Returns the block, whose `data-failure` says that the game could not start.
 *
 * Words beyond the Latin script (Persian) show once their font has arrived (at most FONT_WAIT_MS
 * later): laid out before, they were set in a system font found by a fallback search inside the
 * page's first layout, a 275 ms task at 4x CPU. Latin words show at once (the English font's search
 * is short, and the title is the page's largest paint).
 */
export function showEarlyScreen(
  doc: Document,
  win: Pick<Window, 'location' | 'navigator' | 'localStorage'>,
  fonts: Pick<FontFaceSet, 'load'> | undefined = doc.fonts,
): HTMLElement | null {
  const blocks = [...doc.querySelectorAll<HTMLElement>('[data-early-words]')];
  const locale = earlyLocale(
    win,
    blocks.map((b) => b.lang),
  );
  doc.documentElement.lang = locale;
  doc.documentElement.dir = directionOf(locale);
  const shown = blocks.find((b) => b.lang === locale) ?? blocks[0] ?? null;
  if (shown) showWhenFontIsIn(shown, fonts);
  return shown;
}

function showWhenFontIsIn(block: HTMLElement, fonts: Pick<FontFaceSet, 'load'> | undefined): void {
  // As laid out: the HTML's line breaks and indents are spaces (a line break asked for here would
  // fetch the Latin font's whole file too, whose range holds the control characters).
  const text = (block.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (!fonts || !BEYOND_LATIN.test(text)) {
    block.hidden = false;
    return;
  }
  const show = () => {
    clearTimeout(timer);
    block.hidden = false;
  };
  const timer = setTimeout(show, FONT_WAIT_MS);
  // The block's own font stack, in both weights the screen uses (the title is bold).
  const family = getComputedStyle(block).fontFamily;
  Promise.all([fonts.load(`400 1em ${family}`, text), fonts.load(`700 1em ${family}`, text)]).then(show, show);
}
