// Preloader: loads the art and the fonts the canvas draws with, behind a real progress bar.
// Sound loads separately (Howler) and never holds up the game.
import Phaser from 'phaser';
import emblemUrl from '../../../assets/art/emblem.svg?url';
import { FONT, palette } from '../theme.ts';
import { STAGE_KEY, type StageState } from '../stage.ts';

export class PreloaderScene extends Phaser.Scene {
  constructor() {
    super('Preloader');
  }

  preload(): void {
    const stage = this.registry.get(STAGE_KEY) as StageState;
    const colors = palette(stage.look);
    const { width, height } = this.scale;
    const barWidth = Math.min(width * 0.6, 480 * stage.pixelRatio);
    const barHeight = 10 * stage.pixelRatio;
    const x = (width - barWidth) / 2;
    const y = height / 2;
    const frame = this.add.graphics();
    frame.lineStyle(2 * stage.pixelRatio, colors.seatRing, 1).strokeRect(x, y, barWidth, barHeight);
    const fill = this.add.graphics();
    const onProgress = this.registry.get('onProgress') as ((f: number) => void) | undefined;
    this.load.on(Phaser.Loader.Events.PROGRESS, (value: number) => {
      fill.clear().fillStyle(colors.speakingRing, 1).fillRect(x, y, barWidth * value, barHeight);
      onProgress?.(value);
    });
    // No size here: the file is drawn at its own width and height (480). A size makes Phaser parse
    // the SVG text with DOMParser, which Trusted Types refuses (scripts/policy.ts).
    this.load.svg('emblem', emblemUrl);
  }

  async create(): Promise<void> {
    // Canvas text must wait for its font, or it is drawn once in a fallback and never again.
    await Promise.race([
      Promise.all([
        document.fonts.load(`400 16px ${FONT}`),
        document.fonts.load(`700 16px ${FONT}`),
      ]),
      new Promise((resolve) => setTimeout(resolve, 3000)),
    ]).catch(() => undefined);
    const onReady = this.registry.get('onReady') as (() => void) | undefined;
    const stage = this.registry.get(STAGE_KEY) as StageState;
    this.scene.start(stage.mode === 'table' ? 'RoundTable' : stage.mode === 'ending' ? 'Ending' : 'Title');
    onReady?.();
  }
}
