// The round table: the seats this preset fills, who is speaking, and where each figure stands.
// It paints the stage state (src/game/stage.ts) and nothing else: no story, no rules.
import Phaser from 'phaser';
import { destroyChildren } from './clear.ts';
import { layoutTable } from '../presenter.ts';
import type { StageState } from '../stage.ts';
import { followStage } from './follow-stage.ts';
import { SeatManager } from '../table/Seats.ts';
import { bakeBackdrop } from '../table/bake.ts';
import { drawStudio, drawTable } from '../table/TableArt.ts';
import { palette } from '../theme.ts';

export class RoundTableScene extends Phaser.Scene {
  private seats?: SeatManager;
  /** What the current drawing was built for; a change here means redraw, not animate. */
  private builtFor = '';

  constructor() {
    super('RoundTable');
  }

  create(): void {
    this.builtFor = '';
    followStage(this, (state) => this.paint(state));
  }

  private paint(state: StageState): void {
    const { width, height } = this.scale;
    const key = [width, height, state.pixelRatio, state.look.textScale, state.look.highContrast, state.model.seats.map((s) => s.id).join()].join('|');
    if (key !== this.builtFor || !this.seats) {
      this.builtFor = key;
      destroyChildren(this);
      this.tweens.killAll();
      const colors = palette(state.look);
      const layout = layoutTable(state.model.seats.map((s) => s.id), width, height, state.look.textScale, state.pixelRatio);
      bakeBackdrop(this, [drawStudio(this, colors), drawTable(this, layout, colors)]);
      this.seats = new SeatManager(this, layout, colors, state.look);
      this.seats.build(state.model.seats);
      return;
    }
    this.seats.update(state.model.seats);
  }
}
