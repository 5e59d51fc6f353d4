// The stage, loaded after the first screen. The title menu and the whole debate are DOM, so they
// need not wait for Phaser: this stand-in takes the controller's calls at once, remembers only the
// latest (the stage is declarative: a mode, a model, a look), and hands them to the real Phaser
// stage once its chunk has arrived and booted. If the canvas cannot start at all, the debate plays
// on without the picture.
import type { TableModel } from './presenter.ts';
import type { StageMode, StageView } from './stage.ts';
import type { Look } from './theme.ts';

type Shown = { mode: 'title'; title: string } | { mode: 'table' | 'ending'; model: TableModel };

export class DeferredStage implements StageView {
  readonly ready: Promise<void>;
  /** The real stage's tableShown, once it has one (never, if the canvas cannot start). */
  readonly tableShown: Promise<void>;
  private real: StageView | null = null;
  private shown: Shown | null = null;
  private look: Look;
  private loading: Promise<void> | null = null;
  private settle: { resolve: () => void; reject: (error: unknown) => void } = { resolve: () => undefined, reject: () => undefined };

  /**
   * `create` builds the real stage with the look of the moment, resolving as soon as it exists (it
   * boots on its own; its `ready` says when it can draw). What the stage should show is handed over
   * at once, so it boots straight into it: a table chosen while it loaded is its first picture.
   */
  constructor(
    look: Look,
    private readonly create: (look: Look) => Promise<StageView>,
  ) {
    this.look = look;
    this.ready = new Promise((resolve, reject) => (this.settle = { resolve, reject }));
    // Nobody has to wait for the picture: an unawaited failure is reported by load()'s caller.
    this.ready.catch(() => undefined);
    this.tableShown = this.ready.then(() => this.real?.tableShown);
    this.tableShown.catch(() => undefined);
  }

  get framesDrawn(): number {
    return this.real?.framesDrawn ?? 0;
  }

  get onScreen(): StageMode | null {
    return this.real?.onScreen ?? null;
  }

  /** Loads and starts the real stage (once); rejects when the canvas cannot start here. */
  load(): Promise<void> {
    this.loading ??= this.create(this.look)
      .then(async (real) => {
        this.real = real;
        real.setLook(this.look);
        this.replay(real);
        await real.ready;
      })
      .then(
        () => this.settle.resolve(),
        (error: unknown) => {
          this.settle.reject(error);
          throw error;
        },
      );
    return this.loading;
  }

  showTitle(title: string): void {
    this.shown = { mode: 'title', title };
    this.real?.showTitle(title);
  }

  showTable(model: TableModel): void {
    this.shown = { mode: 'table', model };
    this.real?.showTable(model);
  }

  showEnding(model: TableModel): void {
    this.shown = { mode: 'ending', model };
    this.real?.showEnding(model);
  }

  setLook(look: Look): void {
    this.look = look;
    this.real?.setLook(look);
  }

  private replay(real: StageView): void {
    const shown = this.shown;
    if (!shown) return;
    if (shown.mode === 'title') real.showTitle(shown.title);
    else if (shown.mode === 'table') real.showTable(shown.model);
    else real.showEnding(shown.model);
  }
}
