// The canvas side of the game, as the rest of the app sees it: a small facade over one Phaser.Game.
// The controller tells the stage what to show; scenes read that from here and paint it. The render
// loop sleeps whenever nothing moves, and wakes for a change, a tween or a resize.
import Phaser from 'phaser';
import type { TableModel } from './presenter.ts';
import { BootScene } from './scenes/Boot.ts';
import { EndingScene } from './scenes/Ending.ts';
import { PreloaderScene } from './scenes/Preloader.ts';
import { RoundTableScene } from './scenes/RoundTable.ts';
import { TitleScene } from './scenes/Title.ts';
import { LATIN_SCRIPT, type CanvasScript, type Look } from './theme.ts';
import { nextTask } from './slices.ts';

export { canvasScript } from './theme.ts';

export type StageMode = 'title' | 'table' | 'ending';

/** What the scenes paint. Only the stage writes it. */
export interface StageState {
  mode: StageMode;
  title: string;
  model: TableModel;
  look: Look;
  /** Canvas pixels per CSS pixel: the canvas is drawn at device resolution, so text stays crisp. */
  pixelRatio: number;
  /**
   * The canvas size, in canvas pixels, that pictures are laid out for: the stage's box once its
   * size has settled, or as it is when a new scene starts (see PhaserStage.resize).
   */
  size: { width: number; height: number };
  /** The page language's direction and font, for the placards. */
  script: CanvasScript;
}

export interface StageView {
  showTitle(title: string): void;
  showTable(model: TableModel): void;
  showEnding(model: TableModel): void;
  setLook(look: Look): void;
  /** Resolves once the assets are loaded and the first scene can draw. */
  readonly ready: Promise<void>;
  /**
   * How much drawing the canvas has done: the frames it drew, and the slices of a picture built
   * off screen before it is shown (so a count that stands still means the stage is at rest). The
   * bench and tests check that idle means zero.
   */
  readonly framesDrawn: number;
  /**
   * Resolves once the table's first picture (the debate's, or the ending's) is whole and on screen
   * (not only slices of it).
   */
  readonly tableShown?: Promise<void>;
  /**
   * Which scene's picture the last frame the canvas drew showed (null before the first frame):
   * unlike framesDrawn, slices of a picture built off screen do not count. The bench waits for
   * 'table' before it counts a debate's first decision as drawn.
   */
  readonly onScreen?: StageMode | null;
}

export const STAGE_EVENT = 'stage:changed';
/** A scene asks for one frame: a timed still (a gesture, a reaction) has changed. */
export const STAGE_WAKE = 'stage:wake';
/** A scene has drawn a slice of its first picture, off screen (see drawInSlices). */
export const STAGE_SLICE = 'stage:slice';
/** A scene's first picture is whole: it takes over from the scene before it. */
export const STAGE_BUILT = 'stage:built';
// eslint-disable-next-line round-table/words-from-catalogue -- Phaser scene keys, not words
export const SCENE_FOR: Record<StageMode, string> = { title: 'Title', table: 'RoundTable', ending: 'Ending' };
// eslint-disable-next-line round-table/words-from-catalogue -- Phaser scene keys, not words
export const BOOT_SCENES = { boot: 'Boot', preloader: 'Preloader' } as const;

function sameModel(a: TableModel, b: TableModel): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
/** A resize waits until the size, and the player's keys and clicks, have been still this long. */
const RESIZE_SETTLE_MS = 200;
export const STAGE_KEY = 'stage';
/** The registry's `(key) => void` that adds a scene before it is first started (see addScene). */
export const ADD_SCENE = 'stage:addScene';

/**
 * The scenes after Boot, added one at a time: Phaser builds every scene of its config (each with
 * its systems and plugins) in one task when it boots, ~90 ms at 4x CPU for these five. Added when
 * first needed, or in a task of its own once the stage is up, no task holds more than one.
 */
const LATER_SCENES: Record<string, new () => Phaser.Scene> = {
  [BOOT_SCENES.preloader]: PreloaderScene,
  [SCENE_FOR.title]: TitleScene,
  [SCENE_FOR.table]: RoundTableScene,
  [SCENE_FOR.ending]: EndingScene,
};

/**
 * Phaser's Game boots inside its constructor, once it has made its managers: the renderer, the
 * canvas added to the page, the texture manager and the plugins (~65 ms at 4x CPU, after ~40 ms of
 * managers), one task. Here the boot runs in the task after the constructor's. (Nothing before it
 * needs it: until the Boot scene reports ready, the stage only records what it is asked to show.)
 */
class GameBootedInOwnTask extends Phaser.Game {
  protected override boot(): void {
    nextTask(() => {
      if (!(this as unknown as { pendingDestroy?: boolean }).pendingDestroy) super.boot();
    });
  }
}

export interface StageOptions {
  parent: HTMLElement;
  look: Look;
  /** How the page's language is written (canvasScript(locale)); Latin, left to right, if not given. */
  script?: CanvasScript;
  onProgress?: (fraction: number) => void;
}

export class PhaserStage implements StageView {
  readonly ready: Promise<void>;
  readonly tableShown: Promise<void>;
  private showTableDone: () => void = () => undefined;
  framesDrawn = 0;
  onScreen: StageMode | null = null;
  private readonly game: Phaser.Game;
  private readonly state: StageState;
  private quietFrames = 0;
  private booted = false;
  private readonly resizeObserver: ResizeObserver;
  private resizeTimer = 0;
  /** The canvas pixels per CSS pixel of the canvas as it is now (state.pixelRatio may be ahead). */
  private canvasRatio = 1;
  /** A new scene is starting: the box's next size is its size at once, not after settling. */
  private newSceneSizes = false;
  private lastInput = 0;
  private wakePending = false;

  constructor(private readonly options: StageOptions) {
    const { parent } = options;
    const pixelRatio = drawingRatio();
    this.state = {
      mode: 'title',
      title: '',
      model: { seats: [], meters: { audience: 0, credibility: 0 }, line: 0, deciding: false },
      look: options.look,
      pixelRatio,
      size: { width: 1, height: 1 },
      script: options.script ?? LATIN_SCRIPT,
    };
    this.tableShown = new Promise((resolve) => (this.showTableDone = resolve));
    let resolveReady: () => void = () => undefined;
    this.ready = new Promise((resolve) => (resolveReady = resolve));
    const size = this.cssSize();
    this.state.size = { width: Math.round(size.width * pixelRatio), height: Math.round(size.height * pixelRatio) };
    this.canvasRatio = pixelRatio;
    this.game = new GameBootedInOwnTask({
      // The stage is pictures drawn once and composed rarely: the Canvas renderer does that well,
      // and leaving WebGL out of the build saves about a third of Phaser's bytes.
      type: Phaser.CANVAS,
      parent,
      backgroundColor: '#0e1522',
      // Drawn at device pixels and shown at CSS size, so lines and text are crisp at any ratio.
      scale: {
        mode: Phaser.Scale.NONE,
        width: this.state.size.width,
        height: this.state.size.height,
        zoom: 1 / pixelRatio,
      },
      // The canvas is a picture: every control is a DOM button, so Phaser takes no input at all
      // (and never captures Tab).
      input: { keyboard: false, mouse: false, touch: false, gamepad: false },
      audio: { noAudio: true },
      // A canvas the compositor does not copy on every frame: without a GPU, a plain 2D canvas is
      // copied whole at each commit, even when nothing was drawn (0.7 ms a frame while a line
      // reveals, measured). Desynchronized, it is handed over only when drawn.
      render: { desynchronized: true },
      banner: false,
      disableContextMenu: false,
      callbacks: {
        preBoot: (game) => {
          game.registry.set(STAGE_KEY, this.state);
          game.registry.set('onProgress', options.onProgress);
          game.registry.set('onReady', () => {
            this.booted = true;
            resolveReady();
            // The scenes not shown yet, each in a task of its own, so a table chosen later finds its scene.
            for (const key of Object.keys(LATER_SCENES)) nextTask(() => this.addScene(key));
          });
          game.registry.set(ADD_SCENE, (key: string) => this.addScene(key));
        },
      },
      // No scene in the config: Phaser would build it in the task where the textures are ready,
      // beside its own system scene (~60 ms at 4x CPU together). Boot is added in the next task.
      scene: [],
    });
    this.game.events.once(Phaser.Core.Events.READY, () => nextTask(() => this.game.scene.add(BOOT_SCENES.boot, BootScene, true)));
    this.game.events.on(Phaser.Core.Events.PRE_STEP, () => this.applyResize());
    this.game.events.on(Phaser.Core.Events.POST_RENDER, () => this.afterRender());
    this.game.events.on(STAGE_WAKE, () => this.kick());
    this.game.events.on(STAGE_SLICE, () => this.framesDrawn++);
    this.game.events.on(STAGE_BUILT, (key: string) => this.takeOver(key));
    // Resizing rebuilds the whole drawing (tens of milliseconds on a slow machine): wait until the
    // size has settled and the player is not pressing keys, so a new line or a dragged window costs
    // one rebuild, never one per frame or one inside the frame that answers a key press. Meanwhile
    // the old drawing is scaled into the new box (CSS only, no redraw).
    // A scene starting is a cut: it is laid out for the box as it is then (the page around the
    // stage changes with it, title to table), not drawn for the old box and drawn again.
    this.resizeObserver = new ResizeObserver(() => {
      this.fitCanvas();
      if (this.newSceneSizes) {
        this.newSceneSizes = false;
        this.adoptBoxSize();
      } else this.scheduleResize();
    });
    this.resizeObserver.observe(parent);
    const noteInput = () => (this.lastInput = performance.now());
    window.addEventListener('keydown', noteInput, { capture: true, passive: true });
    window.addEventListener('pointerdown', noteInput, { capture: true, passive: true });
  }

  showTitle(title: string): void {
    this.state.mode = 'title';
    this.state.title = title;
    this.switchTo('Title');
  }

  showTable(model: TableModel): void {
    const entering = this.state.mode !== 'table';
    // The same speaker going on, or a replayed position: nothing to redraw, so do not wake the loop.
    if (!entering && sameModel(model, this.state.model)) return;
    this.state.mode = 'table';
    this.state.model = model;
    if (entering) this.switchTo('RoundTable');
    else this.changed();
  }

  showEnding(model: TableModel): void {
    this.state.mode = 'ending';
    this.state.model = model;
    this.switchTo('Ending');
  }

  setLook(look: Look): void {
    this.state.look = look;
    this.changed();
  }

  private switchTo(key: string): void {
    // Until the Preloader is done, only record the mode: it starts the right scene itself (the
    // table, when one was chosen while the stage booted: no title picture drawn first), for the
    // box as it is by then.
    if (!this.booted) {
      this.newSceneSizes = true;
      return;
    }
    this.kick();
    // The scene on screen stays there until the new one has drawn its picture (takeOver).
    if (this.game.scene.isActive(key)) {
      // (Still drawing its first picture, it is hidden: the others stay until it is whole.)
      if (this.game.scene.getScene(key)?.sys.isVisible()) this.stopAllBut(key);
      this.changed();
    } else {
      this.newSceneSizes = true;
      this.addScene(key);
      this.game.scene.start(key);
    }
  }

  private readonly added = new Set<string>([BOOT_SCENES.boot]);

  /** Adds a scene (once) before it is started: Phaser's start() of an unknown key does nothing. */
  private addScene(key: string): void {
    const scene = LATER_SCENES[key];
    if (!scene || this.added.has(key)) return;
    this.added.add(key);
    this.game.scene.add(key, scene, false);
  }

  /** A scene has its picture: it replaces the others, if the stage still wants it. */
  private takeOver(key: string): void {
    this.newSceneSizes = false;
    if (key === SCENE_FOR[this.state.mode]) this.stopAllBut(key);
    else this.game.scene.stop(key);
    // The next frame, not the one after: the picture was finished in a task of its own, not in a
    // key's, so no line waits for this frame (see kick).
    this.kick({ soon: true });
  }

  private stopAllBut(key: string): void {
    for (const scene of this.game.scene.getScenes(true)) {
      if (scene.scene.key !== key && Object.values(SCENE_FOR).includes(scene.scene.key)) scene.scene.stop();
    }
  }

  /** Tells the active scene to repaint from the state, and keeps the loop awake for it. */
  private changed(): void {
    // Before ready the loop is Phaser's own, and a scene reads the state when it starts.
    if (!this.booted) return;
    this.kick();
    this.game.events.emit(STAGE_EVENT, this.state);
  }

  private kick({ soon = false } = {}): void {
    this.quietFrames = 0;
    if (this.game.loop.running || this.wakePending) return;
    // Phaser's wake() draws a whole frame at once, inside the key press or click that asked for
    // it, and before the change is applied. The picture is drawn a frame later instead: the frame
    // that answers a key shows the new line first, with no canvas work in it. And it is drawn in a
    // task of its own just after that frame has begun, not inside its animation-frame callbacks:
    // drawn there (~5 ms at full speed, ~18 at 4x CPU) the page's frame missed the compositor's
    // deadline, which then stopped waiting for the page and showed each page frame one display
    // frame late, the next line's included, for as long as frames kept coming (key to line at 4x,
    // 3 rounds alternated: p50 55.3 -> 49.9 ms, p99 126 -> 101 ms; see the commit).
    this.wakePending = true;
    const wake = () => {
      this.wakePending = false;
      this.game.loop.wake();
    };
    const wakeAfterFrame = () => setTimeout(wake, 0);
    requestAnimationFrame(() => (soon ? wakeAfterFrame() : requestAnimationFrame(wakeAfterFrame)));
  }

  /**
   * Sleeps the loop right after a frame: nothing on the stage moves between frames (motion is a
   * few timed stills, each of which asks for its own frame), so an idle table costs no frames.
   */
  private afterRender(): void {
    this.framesDrawn++;
    this.onScreen = this.visibleMode();
    // The table's first picture is on screen once a frame has drawn it, not when its scene takes
    // over (two frames earlier): what waits for it (the sounds, the audio context) starts after.
    // (A debate opened at its ending, from a link, shows the table in the ending's picture.)
    if (this.onScreen !== null && this.onScreen !== 'title') this.showTableDone();
    if (!this.game.registry.get('settled')) {
      this.quietFrames = 0;
      return;
    }
    this.quietFrames++;
    if (this.quietFrames >= 1) this.game.loop.sleep();
  }

  /** The mode whose scene this frame showed: active and visible (a picture still in slices is hidden). */
  private visibleMode(): StageMode | null {
    const visible = new Set(this.game.scene.getScenes(true).filter((scene) => scene.sys.isVisible()).map((scene) => scene.scene.key));
    if (visible.has(SCENE_FOR[this.state.mode])) return this.state.mode;
    return (Object.keys(SCENE_FOR) as StageMode[]).find((mode) => visible.has(SCENE_FOR[mode])) ?? null;
  }

  private cssSize(): { width: number; height: number } {
    const rect = this.options.parent.getBoundingClientRect();
    return { width: Math.max(1, Math.floor(rect.width)), height: Math.max(1, Math.floor(rect.height)) };
  }

  private scheduleResize(): void {
    window.clearTimeout(this.resizeTimer);
    this.resizeTimer = window.setTimeout(() => {
      if (performance.now() - this.lastInput < RESIZE_SETTLE_MS) this.scheduleResize();
      else this.resize();
    }, RESIZE_SETTLE_MS);
  }

  /** Shows the current drawing scaled to fit the box, centred, until the rebuild catches up. */
  private fitCanvas(): void {
    const canvas = this.game.canvas;
    if (!canvas) return;
    const { width, height } = this.cssSize();
    const drawnW = this.game.scale.width / this.canvasRatio;
    const drawnH = this.game.scale.height / this.canvasRatio;
    if (!(drawnW > 0 && drawnH > 0)) return;
    const k = Math.min(width / drawnW, height / drawnH);
    canvas.style.width = `${drawnW * k}px`;
    canvas.style.height = `${drawnH * k}px`;
    canvas.style.margin = `${(height - drawnH * k) / 2}px ${(width - drawnW * k) / 2}px`;
  }

  /**
   * Once the box has settled, pictures are laid out for its size. The canvas takes that size at
   * the start of the next frame the loop draws, so it is cleared (a new size clears it) and drawn
   * again in one task: no frame shows it blank. The same canvas size only needs its CSS size put
   * right: setting a canvas's width, even to the same number, clears it too.
   */
  private resize(): void {
    this.adoptBoxSize();
    if (!this.canvasBehind) this.fitCssSize();
  }

  /** The box's size becomes the pictures' size; the canvas follows when its scene can redraw. */
  private adoptBoxSize(): void {
    const { pixelRatio, backing } = this.wantedSize();
    const { size } = this.state;
    const adopted = pixelRatio !== this.state.pixelRatio || size.width !== backing.width || size.height !== backing.height;
    this.state.pixelRatio = pixelRatio;
    this.state.size = backing;
    // The scene on screen redraws for the new size in the frame that resizes the canvas (not
    // before: its camera would frame the old picture for the new one). Before the game has
    // booted, that is the frame in which its first scene takes over.
    if (this.canvasBehind) {
      // (Before ready the loop is Phaser's own: it runs until the first scene has settled.)
      if (this.booted) this.kick();
    } else if (adopted) this.changed();
  }

  /**
   * At the start of a frame: the canvas takes the pictures' size, if the scene for the stage's
   * mode is on screen to be drawn again in this frame. A scene still building its first picture
   * (for the new size) takes the canvas over first; the one before it keeps the old size till then.
   */
  private applyResize(): void {
    if (!this.canvasBehind || !this.game.isBooted) return;
    const scene = this.game.scene.getScene(SCENE_FOR[this.state.mode]);
    if (!(scene?.sys.isActive() && scene.sys.isVisible())) return;
    const { pixelRatio, size } = this.state;
    this.canvasRatio = pixelRatio;
    this.game.scale.setZoom(1 / pixelRatio);
    this.game.scale.resize(size.width, size.height);
    this.fitCssSize();
    // The scene on screen paints for the new size now, inside this step, before the frame renders.
    this.game.events.emit(STAGE_EVENT, this.state);
  }

  /** The canvas is not yet at the size (or ratio) pictures are laid out for: applyResize will put it there. */
  private get canvasBehind(): boolean {
    const { pixelRatio, size } = this.state;
    return pixelRatio !== this.canvasRatio || this.game.scale.width !== size.width || this.game.scale.height !== size.height;
  }

  /** The drawing ratio, and the canvas size that draws the box at it. */
  private wantedSize() {
    const pixelRatio = drawingRatio();
    const css = this.cssSize();
    return { pixelRatio, backing: { width: Math.round(css.width * pixelRatio), height: Math.round(css.height * pixelRatio) } };
  }

  /**
   * The canvas shown at exactly its box's size. (Phaser leaves the CSS size alone when it equals
   * the canvas size; set it, so the canvas never keeps a stale size and gets stretched.)
   */
  private fitCssSize(): void {
    const canvas = this.game.canvas;
    if (!canvas) return;
    const { width, height } = this.cssSize();
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
    canvas.style.margin = '';
  }
}

/**
 * Canvas pixels per CSS pixel. Above the device's own ratio on low-density screens, so the
 * camera's push-in (a CSS zoom of the picture) stays sharp.
 */
function drawingRatio(): number {
  const device = window.devicePixelRatio || 1;
  return Math.min(device < 2 ? device * 1.25 : device, 3);
}
