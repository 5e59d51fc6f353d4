// The title screen's picture: the studio, the emblem and the story's title. The menu itself is
// DOM (src/ui/screens.ts), so it works with a keyboard and a screen reader.
import Phaser from 'phaser';
import { destroyChildren } from './clear.ts';
import type { StageState } from '../stage.ts';
import { followStage } from './follow-stage.ts';
import { drawStudio } from '../table/TableArt.ts';
import { FONT, palette } from '../theme.ts';

export class TitleScene extends Phaser.Scene {
  constructor() {
    super('Title');
  }

  create(): void {
    followStage(this, (state) => this.paint(state));
  }

  private paint(state: StageState): void {
    destroyChildren(this);
    const { width, height } = this.scale;
    const colors = palette(state.look);
    drawStudio(this, colors);
    // The menu panel covers the lower half of the stage: the emblem and title sit above it.
    const size = Math.min(width * 0.5, height * 0.34);
    const cy = height * 0.2;
    this.add.image(width / 2, cy, 'emblem').setDisplaySize(size, size).setAlpha(state.look.highContrast ? 1 : 0.9);
    if (state.title) {
      this.add
        .text(width / 2, cy + size * 0.52, state.title.toUpperCase(), {
          fontFamily: FONT,
          fontStyle: 'bold',
          fontSize: `${Math.round(Math.min(width / 14, 34 * state.pixelRatio * state.look.textScale))}px`,
          color: colors.text,
          letterSpacing: 2 * state.pixelRatio,
        })
        .setOrigin(0.5, 0);
    }
  }
}
