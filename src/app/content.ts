// The content of the page's language, and the only module that imports content: the compiled story
// (story/main.ink or story/fa/main.ink, through the Vite ink plugin), the cast sheet, the debrief,
// the 2-minute check and "about the source". The English edition's story and cast sheet are part of
// the first load, as before; every other edition is a chunk of its own (content-fa.ts) loaded only
// when the page speaks its language, so the English first-load bytes do not grow with a language.
// What no one needs to play (debrief, check, about) loads when first asked for, in each language.
// The article is IRNA's English edition in every language (the Persian edition says so).
import articleText from '../../story/source/article.md?raw';
import storyJson, { storyGlobalTags, storyHash } from '../../story/main.ink';
import castJson from '../../story/cast.json';
import type { Doc } from '../debate/documents/document.ts';
import type { CastSheet } from '../debate/core/cast.ts';
import { parseQuizSheet } from '../debate/classroom/quiz.ts';
import type { QuizSheet } from '../debate/classroom/quiz.ts';
import type { StoryMap } from '../debate/core/story-map.ts';
import type { Locale } from '../i18n/index.ts';

/** A compiled story as the engine takes it; `hash` is its language-free identity. */
export interface StoryBuild {
  json: string;
  hash: string;
  globalTags: string[];
}

/** One language's content. */
export interface Edition {
  locale: Locale;
  story: StoryBuild;
  cast: CastSheet;
  articleText: string;
  /** story/…/debrief.json, unparsed. */
  debrief(): Promise<unknown>;
  /** story/…/quiz.json, read. */
  quiz(): Promise<QuizSheet>;
  /** story/…/about-source.md as a document. */
  about(): Promise<Doc>;
  /** Teacher mode's map of the whole story, in this language's words (worked out at build time). */
  storyMap(): Promise<StoryMap>;
}

const english: Edition = {
  locale: 'en',
  story: { json: storyJson, hash: storyHash, globalTags: storyGlobalTags },
  cast: castJson as unknown as CastSheet,
  articleText,
  debrief: () => import('../../story/debrief.json').then((module) => module.default as unknown),
  quiz: () => import('../../story/quiz.json').then((sheet) => parseQuizSheet(sheet.default)),
  about: () => import('../../story/about-source.md?doc').then((module) => module.default),
  storyMap: () => import('virtual:story-map').then((module) => module.default),
};

/** The content of `locale`; English for a language without an edition. */
export async function loadEdition(locale: Locale): Promise<Edition> {
  if (locale === 'fa') {
    const { persianEdition } = await import('./content-fa.ts');
    return { ...persianEdition, articleText };
  }
  return english;
}

/**
 * On the dev server, calls `use` with the new story when the English story's .ink files are edited,
 * so the writer keeps their place (start.ts replays the choices on it). Editing the Persian story
 * reloads the page.
 */
export function watchStoryEdits(locale: Locale, use: (story: StoryBuild) => void): void {
  if (!import.meta.hot || locale !== 'en') return;
  import.meta.hot.accept('../../story/main.ink', (module) => {
    if (module) use({ json: module.default as string, hash: module.storyHash as string, globalTags: module.storyGlobalTags as string[] });
  });
}
