// The picture and the sound: both load after the title menu is on screen (loadAfterPaint), since
// the menu is DOM and needs neither, and they are most of a first visit's bytes.
import type { DebateEngine } from '../debate/core/engine.ts';
import { DeferredStage } from '../game/deferred-stage.ts';
import { createHowlerPlayer } from '../platform/audio.ts';
import { DeferredSoundPlayer } from '../platform/deferred-audio.ts';
import type { Settings } from '../platform/settings.ts';
import { soundSources } from '../platform/sound-files.ts';
import { byId } from '../ui/kit/dom.ts';
import { nextTask, runInTasks } from '../ui/kit/tasks.ts';
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
      // Phaser's modules made a few per task first: the stage's chunk would make them all in the
      // task that evaluates it (src/game/lite/phaser-in-tasks.ts).
      await (await import('../game/lite/phaser-in-tasks.ts')).requirePhaserInTasks();
      const { PhaserStage, canvasScript } = await import('../game/stage.ts');
      // Handed over before it is ready, so it boots into what the page shows by then.
      return new PhaserStage({ parent: byId('table'), look, script: canvasScript(locale), onProgress });
    },
  );
  // The audio context, and the sounds that answer a move, wait for the table's picture (the sounds
  // for the first moves as well): creating the context is a long task on a slow laptop, and fetching
  // and decoding while the picture is still being built, a slice per task, holds it back. A cue
  // asked for sooner (the opening gavel, the room tone) plays once the picture is on screen.
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

/** Parsing work per task: a few knots at full speed, one at 4x CPU (the largest ~20 ms there). */
const STORY_SLICE_MS = 8;

/**
 * What a debate's first click would otherwise do for the first time, done before the menu is shown,
 * while the loading screen is up: parsing the story (~170 ms at 4x CPU, so a knot or a few per
 * task), so a table chosen the moment the menu appears starts at once. (The numbers the debate
 * shows first need no Intl object: see src/i18n/format.ts.)
 */
export async function prepareFirstClick(engine: DebateEngine): Promise<void> {
  await nextTask();
  await runInTasks(engine.prepareSteps(), STORY_SLICE_MS);
  await nextTask();
}
