// The picture and the sound: both load after the title menu is on screen (loadAfterPaint), since
// the menu is DOM and needs neither, and they are most of a first visit's bytes.
import type { DebateEngine } from '../debate/core/engine.ts';
import { DeferredStage } from '../game/deferred-stage.ts';
import { createHowlerPlayer } from '../platform/audio.ts';
import { DeferredSoundPlayer } from '../platform/deferred-audio.ts';
import type { Settings } from '../platform/settings.ts';
import { soundSources } from '../platform/sound-files.ts';
import { byId } from '../ui/kit/dom.ts';
import type { Notices } from '../ui/kit/notices.ts';
import { m } from '../i18n/index.ts';

export function createMedia(settings: Settings, notices: Pick<Notices, 'show'>, onProgress: (fraction: number) => void) {
  const sound = new DeferredSoundPlayer(() => createHowlerPlayer(soundSources));
  sound.onProblem = (message) => notices.show(message);
  const stage = new DeferredStage(
    {
      textScale: settings.textScale,
      reducedMotion: settings.reducedMotion,
      highContrast: settings.highContrast,
    },
    async (look) => {
      const { PhaserStage } = await import('../game/stage.ts');
      const real = new PhaserStage({ parent: byId('table'), look, onProgress });
      await real.ready;
      return real;
    },
  );
  /**
   * Once the menu has been painted, fetch the rest: the table picture first, then the sounds. The
   * story is parsed meanwhile, in a task of its own while the stage's files arrive, so that a
   * table chosen at once starts without parsing it (a click before then parses it in its handler).
   */
  const loadAfterPaint = (engine: DebateEngine) =>
    requestAnimationFrame(() =>
      setTimeout(() => {
        setTimeout(() => engine.prepare(), 0);
        stage
          .load()
          .catch((error: unknown) => {
            console.warn('The table picture could not start:', error);
            notices.show(m().start.noPicture);
          })
          .finally(() => sound.load());
      }, 0),
    );
  return { stage, sound, loadAfterPaint };
}
