// The content of the page's language, and the only module that imports content (with its editions,
// content-en.ts and content-fa.ts): the compiled story (story/main.ink or story/fa/main.ink, through
// the Vite ink plugin), the cast sheet, the debrief, the 2-minute check and "about the source".
// Every edition is a chunk of its own, loaded only when the page speaks its language (the boot
// module asks for it beside the game's code: src/main.ts), so no edition's bytes grow another's
// first load. What no one needs to play (debrief, check, about) loads when first asked for.
// The article is IRNA's English edition in every language (the Persian edition says so).
import articleText from '../../story/source/article.md?raw';
import type { Doc } from '../debate/documents/document.ts';
import type { CastSheet } from '../debate/core/cast.ts';
import type { QuizSheet } from '../debate/classroom/quiz.ts';
import type { StoryMap } from '../debate/core/story-map.ts';
import type { Locale } from '../i18n/index.ts';
import { importEdition } from './edition-chunks.ts';

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

/** The content of `locale`; English for a language without an edition. */
export async function loadEdition(locale: Locale): Promise<Edition> {
  return { ...(await importEdition(locale)), articleText };
}

/**
 * On the dev server, calls `use` with the new story when the English story's .ink files are edited,
 * so the writer keeps their place (start.ts replays the choices on it). Editing the Persian story
 * reloads the page.
 */
export function watchStoryEdits(locale: Locale, use: (story: StoryBuild) => void): void {
  if (!import.meta.hot || locale !== 'en') return;
  void import('./content-en.ts').then(({ watchEnglishStory }) => watchEnglishStory(use));
}
