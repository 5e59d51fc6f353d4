// Preloader: the stage's art is drawn in code, so there is nothing to download; the canvas text
// must wait for its font, or it is drawn once in a fallback and never again.
import Phaser from 'phaser';
import { scriptFaces } from '../theme.ts';
import { ADD_SCENE, SCENE_FOR, STAGE_KEY, type StageState } from '../stage.ts';
import { nextTask } from '../slices.ts';

export class PreloaderScene extends Phaser.Scene {
  constructor() {
    super('Preloader');
  }

  async create(): Promise<void> {
    const { script } = this.registry.get(STAGE_KEY) as StageState;
    await Promise.race([
      Promise.all(scriptFaces(script).map((face) => document.fonts.load(face, script.sample))),
      new Promise((resolve) => setTimeout(resolve, 3000)),
    ]).catch(() => undefined);
    const onProgress = this.registry.get('onProgress') as ((f: number) => void) | undefined;
    onProgress?.(1);
    const onReady = this.registry.get('onReady') as (() => void) | undefined;
    const addScene = this.registry.get(ADD_SCENE) as (key: string) => void;
    const shown = () => SCENE_FOR[(this.registry.get(STAGE_KEY) as StageState).mode];
    addScene(shown());
    // Started in the next task (a scene built in one task, drawn from the next), not at the game's
    // next step, as this.scene.start would: no frame to wait for. (The page may show another mode by then.)
    nextTask(() => {
      const first = shown();
      addScene(first);
      this.game.scene.start(first);
      this.scene.stop();
      onReady?.();
    });
  }
}
