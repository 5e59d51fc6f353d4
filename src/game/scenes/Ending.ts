// The ending's picture: the table as the debate left it, every figure in their final posture and
// the audience as won over as the meter says. The ending's title, verdict and buttons are DOM
// (src/ui/screens.ts).
import Phaser from 'phaser';
import { STAGE_KEY, type StageState } from '../stage.ts';
import { SetPicture } from '../table/set-picture.ts';
import { destroyChildren } from './clear.ts';
import { followStage, requestRedraw, whenFontsArrive } from './follow-stage.ts';

export class EndingScene extends Phaser.Scene {
  private picture: SetPicture | null = null;

  constructor() {
    super('Ending');
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
    const seats = state.model.seats.map((s) => ({ ...s, speaking: false }));
    const still = { ...state, model: { ...state.model, seats, reaction: undefined } } as StageState;
    this.picture = new SetPicture(this, still, { figures: true, redraw: () => requestRedraw(this) });
    this.picture.update(still);
  }
}
