// What every presenting scene does on create: paint the stage state now and again on every change
// until the scene shuts down, then tell the stage the scene has settled (it may sleep the loop).
import Phaser from 'phaser';
import { STAGE_EVENT, STAGE_KEY, STAGE_WAKE, type StageState } from '../stage.ts';

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
