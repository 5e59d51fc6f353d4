// Preloader: the stage's art is drawn in code, so there is nothing to download; the canvas text
// must wait for its font, or it is drawn once in a fallback and never again.
import Phaser from 'phaser';
import { scriptFaces } from '../theme.ts';
import { ADD_SCENE, SCENE_FOR, STAGE_KEY, type StageState } from '../stage.ts';
import { handOverInNextTask } from './follow-stage.ts';

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
    // The first scene built in this task and started in the next (built again there if the page
    // has moved on to another mode meanwhile).
    addScene(shown());
    handOverInNextTask(
      this,
      () => {
        const first = shown();
        addScene(first);
        return first;
      },
      onReady,
    );
  }
}
