// Editing a .ink file during development swaps in the new story and replays the player's choices
// on it, so the writer keeps their place (as far as the edited story still offers those choices).
import { DebateEngine } from '../debate/core/engine.ts';
import type { Locale } from '../i18n/index.ts';
import { m } from '../i18n/index.ts';
import type { Notices } from '../ui/kit/notices.ts';
import { watchStoryEdits } from './content.ts';
import type { DebateController } from './controller.ts';

export function followStoryEdits(locale: Locale, controller: DebateController, notices: Pick<Notices, 'show'>): void {
  watchStoryEdits(locale, (story) => {
    const next = new DebateEngine(story.json, story.hash, story.globalTags);
    const { preset, seed } = controller.debate.state;
    const path = controller.debate.path;
    const wasPlaying = controller.playing;
    controller.replaceEngine(next);
    if (!wasPlaying) return controller.showTitle();
    let kept = 0;
    try {
      next.start(preset, seed);
      for (const choice of path) {
        const offered = next.current?.choices?.choices.length ?? 0;
        if (choice >= offered) break;
        next.choose(choice);
        kept++;
      }
    } catch (error) {
      notices.show(m().start.storyError(String(error)), { repeat: true });
      if (next.history.length === 0) return controller.quitToTitle();
    }
    notices.show(m().start.storyReloaded(kept, path.length), {
      repeat: true,
      timeoutMs: 4000,
    });
    controller.resume();
  });
}
