// What every presenting scene does on create: paint the stage state now and again on every change
// until the scene shuts down, then tell the stage the scene has settled (it may sleep the loop).
import Phaser from 'phaser';
import { STAGE_EVENT, STAGE_KEY, STAGE_WAKE, type StageState } from '../stage.ts';
import { FONT } from '../theme.ts';

export function followStage(scene: Phaser.Scene, paint: (state: StageState) => void): void {
  scene.game.events.on(STAGE_EVENT, paint);
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => scene.game.events.off(STAGE_EVENT, paint));
  paint(scene.registry.get(STAGE_KEY) as StageState);
  scene.registry.set('settled', true);
}

/** Asks the stage to draw one frame: a timed still (a gesture, a reaction) has changed. */
export function requestRedraw(scene: Phaser.Scene): void {
  scene.game.events.emit(STAGE_WAKE);
}

/**
 * Canvas text measured and drawn before its font arrived (the Preloader waits three seconds at
 * most) would stay in the fallback, its placards laid out for the wrong widths: once the font is
 * there, the scene draws itself again.
 */
export function whenFontsArrive(scene: Phaser.Scene, redrawAll: () => void): void {
  const fonts = document.fonts;
  if (!fonts || (fonts.check(`400 12px ${FONT}`) && fonts.check(`700 12px ${FONT}`))) return;
  let live = true;
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => (live = false));
  void Promise.all([fonts.load(`400 12px ${FONT}`), fonts.load(`700 12px ${FONT}`)]).then(() => {
    if (!live) return;
    redrawAll();
    requestRedraw(scene);
  });
}
