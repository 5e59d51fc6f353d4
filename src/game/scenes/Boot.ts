// Boot: the first scene. Nothing to load here; hands over to the Preloader at once.
import Phaser from 'phaser';
import { ADD_SCENE, BOOT_SCENES } from '../stage.ts';
import { nextTask } from '../slices.ts';

export class BootScene extends Phaser.Scene {
  constructor() {
    super('Boot');
  }

  create(): void {
    (this.registry.get(ADD_SCENE) as (key: string) => void)(BOOT_SCENES.preloader);
    // In the next task, not at the next frame (this.scene.start waits for the game's next step).
    nextTask(() => {
      this.game.scene.start(BOOT_SCENES.preloader);
      this.scene.stop();
    });
  }
}
