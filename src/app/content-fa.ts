// The Persian edition's content (story/fa): a chunk of its own, loaded by content.ts only when the
// page speaks Persian. Its story has the English story's identity (scripts/ink/identity.ts), so
// saves, links and run files carry across.
import storyJson, { storyGlobalTags, storyHash } from '../../story/fa/main.ink';
import castJson from '../../story/fa/cast.json';
import type { CastSheet } from '../debate/core/cast.ts';
import { parseQuizSheet } from '../debate/classroom/quiz.ts';
import type { Edition } from './content.ts';
// Vazirmatn, subset to the edition's characters: part of this chunk, so only Persian pages fetch it.
import '../ui/kit/persian.css';

export const persianEdition: Omit<Edition, 'articleText'> = {
  locale: 'fa',
  story: { json: storyJson, hash: storyHash, globalTags: storyGlobalTags },
  cast: castJson as unknown as CastSheet,
  debrief: () => import('../../story/fa/debrief.json').then((module) => module.default as unknown),
  quiz: () => import('../../story/fa/quiz.json').then((sheet) => parseQuizSheet(sheet.default)),
  about: () => import('../../story/fa/about-source.md?doc').then((module) => module.default),
  storyMap: () => import('virtual:story-map/fa').then((module) => module.default),
};
