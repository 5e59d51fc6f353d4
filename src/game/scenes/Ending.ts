// The ending's picture: the table as the debate left it, every figure with their final stance.
// The ending's title, epilogue and buttons are DOM (src/ui/screens.ts).
import Phaser from 'phaser';
import { destroyChildren } from './clear.ts';
import { layoutTable } from '../presenter.ts';
import type { StageState } from '../stage.ts';
import { followStage } from './follow-stage.ts';
import { SeatManager } from '../table/Seats.ts';
import { drawStudio, drawTable } from '../table/TableArt.ts';
import { palette } from '../theme.ts';

export class EndingScene extends Phaser.Scene {
  constructor() {
    super('Ending');
  }

  create(): void {
    followStage(this, (state) => this.paint(state));
  }

  private paint(state: StageState): void {
    destroyChildren(this);
    const { width, height } = this.scale;
    const colors = palette(state.look);
    drawStudio(this, colors);
    const seats = state.model.seats.map((s) => ({ ...s, speaking: false }));
    const layout = layoutTable(seats.map((s) => s.id), width, height, state.look.textScale, state.pixelRatio);
    drawTable(this, layout, colors).setAlpha(0.85);
    new SeatManager(this, layout, colors, { ...state.look, reducedMotion: true }).build(seats);
  }
}
