// The loading screen, written into index.html at build time in every language the game speaks: the
// game's title, the title menu's subtitle and "Setting the table…", from the story's title tag and
// the message catalogues. It is the first paint and the page's largest text (Largest Contentful
// Paint), so it must not wait for the game's chunks: it is plain HTML and CSS. Each language's words
// are a block of their own, hidden; the boot module (src/main.ts, a few KB fetched beside the
// stylesheet) shows the one of the page's language, so an English title never flashes before a
// Persian one: until it runs the screen is only its background. No inline script: the policy stays
// `script-src 'self'`.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { en, fa } from '../src/i18n/all.ts';
import type { Messages } from '../src/i18n/index.ts';
import { directionOf, type Locale } from '../src/i18n/locale.ts';

/** Every language's catalogue and main story file (a new language must add itself here: the type says so). */
const EDITIONS: Record<Locale, { messages: Messages; story: string }> = {
  en: { messages: en, story: 'story/main.ink' },
  fa: { messages: fa, story: 'story/fa/main.ink' },
};

const MARKER = '<!-- ROUND_TABLE_EARLY_SCREEN -->';

export interface EarlyWords {
  locale: Locale;
  title: string;
  subtitle: string;
  loading: string;
  couldNotStart: string;
  needsScript: string;
}

/**
 * The story's `# title:` tag: a global tag, at the top of the main file before any content (the
 * title screen shows the same tag, read from the compiled story; early-screen.test.ts holds them equal).
 */
export function storyTitleTag(ink: string): string | null {
  for (const line of ink.split(/\r?\n/)) {
    const text = line.trim();
    if (text === '' || text.startsWith('//')) continue;
    const tag = /^#\s*title\s*:\s*(.+)$/.exec(text);
    if (tag) return (tag[1] ?? '').trim();
    if (!text.startsWith('#')) return null;
  }
  return null;
}

export function earlyWords(root: string): EarlyWords[] {
  return (Object.entries(EDITIONS) as [Locale, (typeof EDITIONS)[Locale]][]).map(
    ([locale, { messages, story }]) => ({
      locale,
      title:
        storyTitleTag(readFileSync(path.join(root, story), 'utf8')) ?? messages.start.gameTitle,
      subtitle: messages.screens.subtitle,
      loading: messages.start.loading,
      couldNotStart: messages.start.couldNotStart,
      needsScript: messages.start.needsScript,
    }),
  );
}

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The loading screen's blocks, one per language, all hidden until src/main.ts shows one. */
export function earlyScreenHtml(words: readonly EarlyWords[]): string {
  const blocks = words.map((w) => {
    const attrs = `lang="${w.locale}" dir="${directionOf(w.locale)}"`;
    return [
      `<div class="loading__words" ${attrs} data-early-words data-failure="${escape(w.couldNotStart)}" hidden>`,
      `  <p class="loading__title">${escape(w.title)}</p>`,
      `  <p class="loading__subtitle">${escape(w.subtitle)}</p>`,
      `  <p class="loading__text">${escape(w.loading)}</p>`,
      `</div>`,
    ].join('\n      ');
  });
  // Without scripts no language can be chosen: each says it in its own.
  const noScript = words
    .map((w) => `<p lang="${w.locale}" dir="${directionOf(w.locale)}">${escape(w.needsScript)}</p>`)
    .join('');
  return [...blocks, `<noscript>${noScript}</noscript>`].join('\n      ');
}

export function earlyScreenPlugin(root = process.cwd()): Plugin {
  return {
    name: 'round-table:early-screen',
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        if (!html.includes(MARKER))
          throw new Error(
            `index.html has lost its ${MARKER} marker (the loading screen goes there).`,
          );
        return html.replace(MARKER, () => earlyScreenHtml(earlyWords(root)));
      },
    },
  };
}
