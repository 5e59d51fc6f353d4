// The round table: the seats this preset fills, who is speaking, where each figure stands, the
// audience's mood, and the camera on whoever has the floor (the whole table while the player
// decides). It paints the stage state (src/game/stage.ts) and nothing else: no story, no rules.
import Phaser from 'phaser';
import { Camera } from '../camera.ts';
import { framingFor } from '../layout.ts';
import { STAGE_KEY, type StageState } from '../stage.ts';
import { SetPicture } from '../studio/set-picture.ts';
import { destroyChildren } from './clear.ts';
import { buildKey, drawInSlices, followStage, requestRedraw, whenFontsArrive } from './follow-stage.ts';

export class RoundTableScene extends Phaser.Scene {
  private picture: SetPicture | null = null;
  private camera: Camera | null = null;
  /** What the current drawing was built for; a change here means redraw, not animate. */
  private builtFor = '';
  private shot = '';
  /** The picture has been on the canvas: until then the camera stays on the picture before it. */
  private shown = false;

  constructor() {
    super('RoundTable');
  }

  create(): void {
    this.builtFor = '';
    this.shot = '';
    this.shown = false;
    const canvas = this.game.canvas;
    this.camera = new Camera(canvas, () => ({ width: this.scale.width, height: this.scale.height }));
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.picture?.destroy();
      this.picture = null;
      this.camera?.reset();
    });
    // The first picture is drawn in slices (the table is often chosen while the stage boots);
    // changes meanwhile wait for it, and the latest is painted once it is whole.
    let building = true;
    const state = this.registry.get(STAGE_KEY) as StageState;
    const first = new SetPicture(this, state, { figures: true, redraw: () => requestRedraw(this) });
    const key = buildKey(state);
    this.picture = first; // destroyed with the scene, even half drawn
    drawInSlices(this, first.draw(), () => {
      building = false;
      this.builtFor = key;
      // The camera frames the new picture in the frame that first shows it, not while the scene
      // before it is still on the canvas (a change before that frame paints but leaves the camera).
      this.game.events.once(Phaser.Core.Events.POST_RENDER, () => {
        this.shown = true;
        const shown = this.registry.get(STAGE_KEY) as StageState;
        if (shown.mode === 'table') this.frame(shown);
      });
      const now = this.registry.get(STAGE_KEY) as StageState;
      if (now.mode !== 'table') return first.update(now);
      if (buildKey(now) !== key) return this.paint(now);
      first.update(now);
    });
    followStage(this, 'table', (s) => {
      if (!building) this.paint(s);
    });
    whenFontsArrive(this, () => {
      if (building) return;
      this.builtFor = '';
      this.paint(this.registry.get(STAGE_KEY) as StageState);
    });
  }

  private paint(state: StageState): void {
    const key = buildKey(state);
    if (key !== this.builtFor || !this.picture) {
      this.builtFor = key;
      destroyChildren(this);
      this.picture?.destroy();
      this.picture = SetPicture.now(this, state, { figures: true, redraw: () => requestRedraw(this) });
      this.shot = '';
    }
    this.picture.update(state);
    if (this.shown) this.frame(state);
  }

  /** Frames whoever speaks: a cut and a slow push-in; the whole table while the player decides. */
  private frame(state: StageState): void {
    if (!this.picture || !this.camera) return;
    const motion = !state.look.reducedMotion;
    const speaker = state.model.seats.find((s) => s.speaking)?.id ?? null;
    const layout = this.picture.layout;
    // The player's own lines are the camera's own view: over their shoulder, the whole table.
    if (state.model.deciding || !speaker || speaker === 'player') {
      if (this.shot !== 'wide') this.camera.ease(framingFor(layout, null, 1), motion && this.shot !== '');
      this.shot = 'wide';
      return;
    }
    if (this.shot === speaker) return;
    this.shot = speaker;
    // A small picture (a phone) closes in less, so the neighbours stay in view.
    const zoom = speaker === 'moderator' ? 1.22 : layout.width / state.pixelRatio < 700 ? 1.25 : 1.38;
    this.camera.cut(framingFor(layout, speaker, zoom), motion);
  }
}
