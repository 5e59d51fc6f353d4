// The title screen's picture: the empty studio waiting for its guests, the audience in. The title
// and the menu are DOM (src/ui/screens.ts), so they work with a keyboard and a screen reader.
import Phaser from 'phaser';
import { STAGE_KEY, type StageState } from '../stage.ts';
import { SetPicture } from '../table/set-picture.ts';
import { destroyChildren } from './clear.ts';
import { followStage, requestRedraw, whenFontsArrive } from './follow-stage.ts';

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
    followStage(this, (state) => this.paint(state));
    whenFontsArrive(this, () => this.paint(this.registry.get(STAGE_KEY) as StageState));
  }

  private paint(state: StageState): void {
    destroyChildren(this);
    this.picture?.destroy();
    this.picture = new SetPicture(this, state, { figures: false, redraw: () => requestRedraw(this) });
    this.picture.update(state, 0.35);
  }
}
