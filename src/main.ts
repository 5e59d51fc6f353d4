// The boot module: tiny, so the loading screen shows at once. It shows the screen's words in the
// page's language (index.html holds them in every language, written at build time by
// scripts/early-screen.ts), then loads the game (Phaser, inkjs and the story) as a separate chunk.
import { showEarlyScreen } from './app/early-language.ts';
import { importEdition } from './app/edition-chunks.ts';
import { AUTONYMS } from './i18n/locale.ts';
import { warmFonts } from './ui/kit/font-warmup.ts';

const loading = document.getElementById('loading');
const words = showEarlyScreen(document, window);

function showFailure(error: unknown): void {
  console.error(error);
  const statusLine = words?.querySelector('.loading__text');
  if (!statusLine) return;
  statusLine.textContent = words?.dataset.failure ?? '';
  statusLine.classList.add('loading__error');
}

/**
 * Asks for the page language's content and catalogue (and its font, for a language other than
 * English) together with the game's chunk: start() would otherwise ask for each only once the one
 * before it had arrived and run (code, then catalogue, then content, then font), one after another.
 * start() imports the same modules and gets these; a failure here is reported there.
 */
function fetchLanguageBeside(locale: string): void {
  const quietly = (loading: Promise<unknown>) => void loading.catch(() => undefined);
  quietly(importEdition(locale));
  // Through the catalogue's own loaders: written here as two imports, the build merged them into one
  // expression with one preload list, and a Persian page fetched the English catalogue too.
  quietly(import('./i18n/index.ts').then(({ loadCatalogue, localeOf }) => loadCatalogue(localeOf(locale) ?? 'en')));
}

/**
 * Loads the fonts the title's language switch needs for the other languages' names (فارسی on an
 * English page: src/ui/kit/autonyms.css), so the title lays them out in a font already here instead
 * of asking the system for one for their script inside its first layout (a long task at 4x CPU).
 */
function loadAutonymFonts(): void {
  const others = Object.entries(AUTONYMS)
    .filter(([locale]) => locale !== document.documentElement.lang)
    .map(([, name]) => name)
    .join('');
  void document.fonts.load(`1rem ${getComputedStyle(document.body).fontFamily}`, others).catch(() => undefined);
}

// The game's chunk is asked for once this screen has been painted, not before: its bytes would
// otherwise compete with the stylesheet and fonts this screen needs, and evaluating it (a long task
// on a slow laptop) could hold the first paint back. The game's chunk first, the language's content
// in the next task: each request adds its chunks' preload links to the page (~60 ms together at
// 4x CPU).
requestAnimationFrame(() =>
  setTimeout(() => {
    setTimeout(() => fetchLanguageBeside(document.documentElement.lang), 0);
    loadAutonymFonts();
    // The Persian edition's font comes with its chunk: these sizes are the English font's.
    if (document.documentElement.lang === 'en') warmFonts(document, AUTONYMS.en);
    import('./app/start.ts')
      .then(async ({ start }) => {
        // (start() shows #app once its views are built.)
        // The stage reports its loading, but by then the title menu has replaced this screen.
        await start(() => undefined);
        loading?.remove();
      })
      .catch(showFailure);
  }, 0),
);
