// The title screen's picture: the empty studio waiting for its guests, the audience in. The title
// and the menu are DOM (src/ui/play/screens.ts), so they work with a keyboard and a screen reader.
import Phaser from 'phaser';
import { STAGE_KEY, type StageState } from '../stage.ts';
import { SetPicture } from '../studio/set-picture.ts';
import { destroyChildren } from './clear.ts';
import { buildKey, drawInSlices, followStage, requestRedraw, whenFontsArrive } from './follow-stage.ts';

export class TitleScene extends Phaser.Scene {
  private picture: SetPicture | null = null;

  constructor() {
    super('Title');
  }

  create(): void {
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.picture?.destroy();
      this.picture = null;
    });
    // The first picture is drawn in slices; changes meanwhile wait for it.
    let building = true;
    const state = this.registry.get(STAGE_KEY) as StageState;
    const key = buildKey(state);
    const first = new SetPicture(this, state, { figures: false, redraw: () => requestRedraw(this) });
    this.picture = first; // destroyed with the scene, even half drawn
    drawInSlices(this, first.draw(), () => {
      building = false;
      const now = this.registry.get(STAGE_KEY) as StageState;
      if (now.mode === 'title' && buildKey(now) !== key) this.paint(now);
      else first.update(now, 0.35);
    });
    followStage(this, 'title', (s) => {
      if (!building) this.paint(s);
    });
    whenFontsArrive(this, () => {
      if (!building) this.paint(this.registry.get(STAGE_KEY) as StageState);
    });
  }

  private paint(state: StageState): void {
    destroyChildren(this);
    this.picture?.destroy();
    this.picture = SetPicture.now(this, state, { figures: false, redraw: () => requestRedraw(this) });
    this.picture.update(state, 0.35);
  }
}
