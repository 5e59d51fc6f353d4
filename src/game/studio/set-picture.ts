// The whole set as one scene shows it: backdrop, audience, table and (at the table and the ending)
// the figures. The scenes own one of these and hand it every change of the stage state.
import type Phaser from 'phaser';
import { layoutSet, type SetLayout } from '../layout.ts';
import { seatLabel, type TableModel } from '../presenter.ts';
import type { StageState } from '../stage.ts';
import { palette, type Palette } from '../theme.ts';
import { Crowd, REACTION_FRAME_MS, REACTION_FRAMES } from './audience.ts';
import { TextureBook } from './canvas.ts';
import { canvasMeasure } from './placards.ts';
import { Cast, LAYER } from './Seats.ts';
import { drawBackdrop, drawTable } from './studio.ts';

export class SetPicture {
  private laidOut: SetLayout | null = null;
  private readonly book: TextureBook;
  private readonly colors: Palette;
  private readonly measure: ReturnType<typeof canvasMeasure>;
  private crowd: Crowd | null = null;
  private crowdImage: Phaser.GameObjects.Image | null = null;
  private cast: Cast | null = null;
  private crowdTimers: number[] = [];
  private share = -1;
  private reaction = -1;
  private readonly redraw: () => void;
  /** The canvas size this picture is laid out for (the stage's size when it was begun). */
  private readonly size: { width: number; height: number };

  /**
   * `draw()` lays the set out, then paints it. `SetPicture.now()` does it all at once; a scene that
   * is booting runs `draw()` a slice at a time instead (see follow-stage.ts).
   */
  constructor(
    private readonly scene: Phaser.Scene,
    private readonly state: StageState,
    private readonly options: { figures: boolean; redraw: () => void },
  ) {
    this.colors = palette(state.look);
    this.book = new TextureBook(scene);
    this.measure = canvasMeasure(state.script);
    this.redraw = options.redraw;
    this.size = { ...state.size };
  }

  /**
   * Where everything stands. Worked out when first asked for (the first step of `draw()`), not
   * when the picture is made: it measures every placard's text, tens of milliseconds on a slow
   * laptop, which would otherwise join the task that starts the scene.
   */
  get layout(): SetLayout {
    if (this.laidOut) return this.laidOut;
    const { state, options } = this;
    const labels = options.figures ? state.model.seats.map(seatLabel) : [];
    this.laidOut = layoutSet(labels, this.size.width, this.size.height, {
      textScale: state.look.textScale,
      pixelRatio: state.pixelRatio,
      measure: this.measure,
    });
    return this.laidOut;
  }

  /** A whole set, drawn at once. */
  static now(scene: Phaser.Scene, state: StageState, options: { figures: boolean; redraw: () => void }): SetPicture {
    const picture = new SetPicture(scene, state, options);
    for (const _ of picture.draw()) {
      // every slice at once
    }
    return picture;
  }

  /**
   * Draws the set, yielding between its pieces (the layout, the backdrop, the audience, the table,
   * each figure), so the work can be spread over several short tasks.
   */
  *draw(): Generator<void, void, void> {
    if (!this.laidOut) {
      void this.layout;
      yield;
    }
    const { scene, layout, colors, book, state, options } = this;
    scene.add.image(0, 0, book.put('backdrop', drawBackdrop(layout, colors))).setOrigin(0, 0).setDepth(LAYER.backdrop);
    yield;
    const crowd = new Crowd(layout, colors);
    this.crowd = crowd;
    this.crowdImage = scene.add.image(0, crowd.top, book.put('crowd', crowd.canvas)).setOrigin(0, 0).setDepth(LAYER.crowd);
    yield;
    const table = drawTable(layout, colors);
    scene.add.image(table.x, table.y, book.put('table', table.canvas)).setOrigin(0, 0).setDepth(LAYER.table);
    if (!options.figures) return;
    yield;
    this.cast = new Cast(scene, layout, colors, book, this.measure, options.redraw, state.script);
    yield* this.cast.buildSteps(state.model.seats);
  }

  /** Applies the stage state: who speaks, stances, and the audience's mood and reaction. */
  update(state: StageState, crowdShare = state.model.meters.audience / 100): void {
    const model: TableModel = state.model;
    this.cast?.update(model.seats, model.line, state.look, model.talking ?? false);
    const reaction = model.reaction;
    if (reaction && reaction.n !== this.reaction && this.reaction !== -1) {
      this.reaction = reaction.n;
      this.react(reaction.kind, crowdShare, !state.look.reducedMotion);
    } else {
      if (reaction) this.reaction = reaction.n;
      else if (this.reaction === -1) this.reaction = 0;
      if (crowdShare !== this.share && this.crowdTimers.length === 0) this.drawCrowd(crowdShare, 'rest');
    }
    this.share = crowdShare;
  }

  destroy(): void {
    this.stopCrowd();
    this.cast?.destroy();
    this.book.clear();
  }

  private react(kind: keyof typeof REACTION_FRAMES, share: number, motion: boolean): void {
    this.stopCrowd();
    const frames = REACTION_FRAMES[kind];
    if (!motion) {
      // Reduced motion: the reaction's telling frame, held still, then the room as it now is.
      this.drawCrowd(share, frames[frames.length - 2] ?? 'rest');
      this.crowdTimers.push(window.setTimeout(() => this.finishCrowd(share), REACTION_FRAME_MS * frames.length));
      return;
    }
    frames.forEach((frame, i) => {
      this.crowdTimers.push(
        window.setTimeout(() => {
          if (i === frames.length - 1) this.finishCrowd(share);
          else {
            this.drawCrowd(share, frame);
            this.redraw();
          }
        }, i * REACTION_FRAME_MS),
      );
    });
  }

  private finishCrowd(share: number): void {
    this.crowdTimers = [];
    this.drawCrowd(this.share >= 0 ? this.share : share, 'rest');
    this.redraw();
  }

  private drawCrowd(share: number, frame: Parameters<Crowd['draw']>[1]): void {
    this.crowd?.draw(share, frame);
    // The canvas renderer reads the canvas as it is; nothing to upload.
    this.crowdImage?.setVisible(true);
  }

  private stopCrowd(): void {
    for (const t of this.crowdTimers) window.clearTimeout(t);
    this.crowdTimers = [];
  }
}
