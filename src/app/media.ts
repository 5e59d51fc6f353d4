// The picture and the sound: both load after the title menu is on screen (loadAfterPaint), since
// the menu is DOM and needs neither, and they are most of a first visit's bytes.
import type { DebateEngine } from '../debate/core/engine.ts';
import { warmUpFormatters } from '../i18n/format.ts';
import { DeferredStage } from '../game/deferred-stage.ts';
import { createHowlerPlayer } from '../platform/audio.ts';
import { DeferredSoundPlayer } from '../platform/deferred-audio.ts';
import type { Settings } from '../platform/settings.ts';
import { soundSources } from '../platform/sound-files.ts';
import { byId } from '../ui/kit/dom.ts';
import { nextTask } from '../ui/kit/tasks.ts';
import type { Notices } from '../ui/kit/notices.ts';
import { m, type Locale } from '../i18n/index.ts';

export function createMedia(settings: Settings, locale: Locale, notices: Pick<Notices, 'show'>, onProgress: (fraction: number) => void) {
  const stage: DeferredStage = new DeferredStage(
    {
      textScale: settings.textScale,
      reducedMotion: settings.reducedMotion,
      highContrast: settings.highContrast,
    },
    async (look) => {
      const { PhaserStage, canvasScript } = await import('../game/stage.ts');
      const real = new PhaserStage({ parent: byId('table'), look, script: canvasScript(locale), onProgress });
      await real.ready;
      return real;
    },
  );
  // The sounds that answer a move wait for the table's picture as well as the first moves: they
  // are not needed until a move is chosen (a cue asked for sooner loads its own file), and fetching
  // and decoding them while the picture is still being built, a slice per task, holds it back.
  const sound = new DeferredSoundPlayer(() => createHowlerPlayer(soundSources), stage.tableShown);
  sound.onProblem = (message) => notices.show(message);
  /**
   * Once the menu has been painted, fetch the rest: the table picture first, then the sounds (once
   * the player has clicked or pressed a key: see DeferredSoundPlayer.loadOnFirstInput).
   */
  const loadAfterPaint = () =>
    requestAnimationFrame(() =>
      setTimeout(() => {
        stage
          .load()
          .catch((error: unknown) => {
            console.warn('The table picture could not start:', error);
            notices.show(m().start.noPicture);
          })
          .finally(() => sound.loadOnFirstInput(window));
      }, 0),
    );
  return { stage, sound, loadAfterPaint };
}

/**
 * What a debate's first click would otherwise do for the first time, done before the menu is shown,
 * each in a task of its own while the loading screen is up: parsing the story (~170 ms at 4x CPU)
 * and making the numbers' Intl objects (~110 ms: the HUD's meters), so a table chosen the moment
 * the menu appears starts at once.
 */
export async function prepareFirstClick(engine: DebateEngine): Promise<void> {
  await nextTask();
  engine.prepare();
  await nextTask();
  warmUpFormatters();
  await nextTask();
}
