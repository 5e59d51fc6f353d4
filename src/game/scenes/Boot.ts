// Boot: the first scene. Nothing to load here; hands over to the Preloader at once.
import Phaser from 'phaser';
import { ADD_SCENE, BOOT_SCENES } from '../stage.ts';
import { handOverInNextTask } from './follow-stage.ts';

export class BootScene extends Phaser.Scene {
  constructor() {
    super('Boot');
  }

  create(): void {
    (this.registry.get(ADD_SCENE) as (key: string) => void)(BOOT_SCENES.preloader);
    handOverInNextTask(this, () => BOOT_SCENES.preloader);
  }
}
