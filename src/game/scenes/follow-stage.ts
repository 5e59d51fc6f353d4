// What every presenting scene does on create: paint the stage state now and again on every change
// until the scene shuts down, then tell the stage the scene has settled (it may sleep the loop).
import Phaser from 'phaser';
import { STAGE_BUILT, STAGE_EVENT, STAGE_KEY, STAGE_SLICE, STAGE_WAKE, type StageMode, type StageState } from '../stage.ts';
import { nextTask, runInSlices } from '../slices.ts';
import { scriptFaces } from '../theme.ts';

/**
 * Paints every change of the stage state meant for this scene's mode (a scene that is leaving
 * ignores the next scene's states: it only has to stay on screen until that one is built).
 */
export function followStage(scene: Phaser.Scene, mode: StageMode, paint: (state: StageState) => void): void {
  const onChange = (state: StageState) => {
    if (state.mode === mode) paint(state);
  };
  scene.game.events.on(STAGE_EVENT, onChange);
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => scene.game.events.off(STAGE_EVENT, onChange));
  paint(scene.registry.get(STAGE_KEY) as StageState);
  scene.registry.set('settled', true);
}

/** What a picture is built for: a change here means drawing it again, not updating it. */
export function buildKey(state: StageState): string {
  const { width, height } = state.size;
  return [width, height, state.pixelRatio, state.look.textScale, state.look.highContrast, state.model.seats.map((s) => s.id).join()].join('|');
}

/** Asks the stage to draw one frame: a timed still (a gesture, a reaction) has changed. */
export function requestRedraw(scene: Phaser.Scene): void {
  scene.game.events.emit(STAGE_WAKE);
}

/** Longest run of slices in one task: well under the 50 ms of a long task on a slow laptop. */
const SLICE_BUDGET_MS = 8;

/**
 * Draws a scene's first picture a piece at a time, each piece in a task of its own (a layer, a
 * figure: tens of milliseconds each on a slow laptop, hundreds all together), so the page answers
 * a click or a key between them. The scene stays hidden until the picture is whole, and the scene
 * it replaces stays on screen until then (the stage stops it when this one is built): no half
 * drawn set, no blank between scenes. `done` runs once the last piece is drawn.
 */
export function drawInSlices(scene: Phaser.Scene, steps: Generator<void, void, void>, done: () => void): void {
  let live = true;
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => (live = false));
  scene.sys.setVisible(false);
  runInSlices(steps, {
    schedule: nextTask,
    budgetMs: SLICE_BUDGET_MS,
    now: () => performance.now(),
    live: () => live,
    onSlice: () => scene.game.events.emit(STAGE_SLICE),
    done: () => {
      scene.sys.setVisible(true);
      done();
      scene.game.events.emit(STAGE_BUILT, scene.scene.key);
      requestRedraw(scene);
    },
  });
}

/**
 * Canvas text measured and drawn before its font arrived (the Preloader waits three seconds at
 * most) would stay in the fallback, its placards laid out for the wrong widths: once the font is
 * there, the scene draws itself again.
 */
export function whenFontsArrive(scene: Phaser.Scene, redrawAll: () => void): void {
  const fonts = document.fonts;
  const { script } = scene.registry.get(STAGE_KEY) as StageState;
  const faces = scriptFaces(script, 12);
  if (!fonts || faces.every((face) => fonts.check(face, script.sample))) return;
  let live = true;
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => (live = false));
  void Promise.all(faces.map((face) => fonts.load(face, script.sample))).then(() => {
    if (!live) return;
    redrawAll();
    requestRedraw(scene);
  });
}

/**
 * Starts the scene `next()` names in the next task and stops `scene`: not at the game's next step,
 * as `scene.scene.start` would, so a hand-over waits for no frame. `next` is read then, since the
 * page may show another mode by that task.
 */
export function handOverInNextTask(scene: Phaser.Scene, next: () => string, then?: () => void): void {
  nextTask(() => {
    scene.game.scene.start(next());
    scene.scene.stop();
    then?.();
  });
}
