// Which chunk holds each language's content: one place for the boot module (src/main.ts), which asks
// for it beside the game's code, and for loadEdition (content.ts), which reads it. Tiny on purpose:
// the boot module imports it.
import type { Edition } from './content.ts';

/** The content chunk of `locale` (English for a language without an edition), without the article. */
export async function importEdition(locale: string): Promise<Omit<Edition, 'articleText'>> {
  // One statement per import: written as one ternary, the build merged the two imports' preloads
  // and gave the Persian chunk the English one's (no Persian stylesheet, so no Vazirmatn).
  if (locale === 'fa') {
    const { persianEdition } = await import('./content-fa.ts');
    return persianEdition;
  }
  const { englishEdition } = await import('./content-en.ts');
  return englishEdition;
}
