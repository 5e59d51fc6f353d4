// The English edition's content (story/): a chunk of its own, like every edition, so a page in
// another language does not fetch the English story and cast sheet. The boot module (src/main.ts)
// asks for the page language's edition as it asks for the game's code, so both arrive together.
import storyJson, { storyGlobalTags, storyHash } from '../../story/main.ink';
import castJson from '../../story/cast.json';
import type { CastSheet } from '../debate/core/cast.ts';
import { parseQuizSheet } from '../debate/classroom/quiz.ts';
import type { Edition, StoryBuild } from './content.ts';

export const englishEdition: Omit<Edition, 'articleText'> = {
  locale: 'en',
  story: { json: storyJson, hash: storyHash, globalTags: storyGlobalTags },
  cast: castJson as unknown as CastSheet,
  debrief: () => import('../../story/debrief.json').then((module) => module.default as unknown),
  quiz: () => import('../../story/quiz.json').then((sheet) => parseQuizSheet(sheet.default)),
  about: () => import('../../story/about-source.md?doc').then((module) => module.default),
  storyMap: () => import('virtual:story-map').then((module) => module.default),
};

/**
 * On the dev server, calls `use` with the new story when the English story's .ink files are edited
 * (accepted here, by the module that imports the story).
 */
export function watchEnglishStory(use: (story: StoryBuild) => void): void {
  if (!import.meta.hot) return;
  import.meta.hot.accept('../../story/main.ink', (module) => {
    if (module) use({ json: module.default as string, hash: module.storyHash as string, globalTags: module.storyGlobalTags as string[] });
  });
}
