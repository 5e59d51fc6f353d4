// The ending's picture: the table as the debate left it, every figure in their final posture and
// the audience as won over as the meter says. The ending's title, verdict and buttons are DOM
// (src/ui/play/screens.ts).
import Phaser from 'phaser';
import { STAGE_KEY, type StageState } from '../stage.ts';
import { SetPicture } from '../studio/set-picture.ts';
import { destroyChildren } from './clear.ts';
import { buildKey, drawInSlices, followStage, requestRedraw, whenFontsArrive } from './follow-stage.ts';

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
    // The first picture is drawn in slices; changes meanwhile wait for it.
    let building = true;
    const state = this.registry.get(STAGE_KEY) as StageState;
    const key = buildKey(state);
    const first = new SetPicture(this, still(state), { figures: true, redraw: () => requestRedraw(this) });
    this.picture = first; // destroyed with the scene, even half drawn
    drawInSlices(this, first.draw(), () => {
      building = false;
      const now = this.registry.get(STAGE_KEY) as StageState;
      if (now.mode === 'ending' && buildKey(now) !== key) this.paint(now);
      else first.update(still(now));
    });
    followStage(this, 'ending', (s) => {
      if (!building) this.paint(s);
    });
    whenFontsArrive(this, () => {
      if (!building) this.paint(this.registry.get(STAGE_KEY) as StageState);
    });
  }

  private paint(state: StageState): void {
    destroyChildren(this);
    this.picture?.destroy();
    this.picture = SetPicture.now(this, still(state), { figures: true, redraw: () => requestRedraw(this) });
    this.picture.update(still(state));
  }
}

/** The table as the debate left it: nobody speaking, no reaction playing. */
function still(state: StageState): StageState {
  const seats = state.model.seats.map((s) => ({ ...s, speaking: false }));
  return { ...state, model: { ...state.model, seats, reaction: undefined } };
}
