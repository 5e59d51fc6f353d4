// Sound, loaded after the first screen: the sound files are most of the bytes a first visit would
// otherwise fetch before the title menu shows, and nothing on that menu makes a sound. This player
// takes every call at once, remembers the volumes and whether the room tone is wanted, and hands
// them to the real player when load() builds it (after the page's first click or key press, or at
// the first cue, and once the table's picture is on screen: see the constructor).
// A cue asked for before then starts the load in a task of its own (creating the audio context
// is slow: on a slow laptop it would freeze the click that started the debate), and plays then;
// Howler plays it once its file has arrived.
import { problemMessage, SilentPlayer, type AudioSettings, type Cue, type SoundPlayer } from './audio.ts';

export class DeferredSoundPlayer implements SoundPlayer {
  private real: SoundPlayer | null = null;
  private settings: AudioSettings | null = null;
  private ambienceWanted = false;
  private prepared = false;
  private listener: ((message: string) => void) | null = null;
  private disposed = false;
  /** A build is scheduled (loadSoon). */
  private loadPending = false;
  /** Set while loadOnFirstInput waits: stops waiting. */
  private stopWaiting: (() => void) | null = null;
  /** Cues asked for before the player was built, played once it is (the latest few). */
  private waiting: Cue[] = [];

  /** Whether the player may be built, and `prepare` fetch, now (see the constructor's `after`). */
  private open = true;

  /**
   * `after`, when given, holds back building the player (the audio context) and `prepare` (the
   * sounds that answer a move) until it settles: the app passes the stage's first table picture.
   * Creating the audio context is one long task on a slow laptop (~130-250 ms at 4x CPU), and
   * the sounds' requests and decoding compete with the picture, which is built a slice per task
   * while the debate's first lines are already on screen; neither is needed before the table is
   * seen (a cue asked for meanwhile plays once the player is built, as before).
   */
  constructor(
    private readonly create: () => SoundPlayer,
    after?: Promise<unknown>,
  ) {
    if (!after) return;
    this.open = false;
    const open = () => {
      this.open = true;
      if (this.buildWanted) this.loadSoon();
      if (this.prepared) this.real?.prepare();
    };
    after.then(open, open);
  }

  /** A build was asked for (input, a cue, the room tone) while `after` had not settled. */
  private buildWanted = false;

  get loaded(): boolean {
    return this.real !== null;
  }

  /** Builds the real player (once): from here on its files load and cues play. */
  load(): void {
    this.stopWaiting?.();
    if (this.real || this.disposed) return;
    let real: SoundPlayer;
    try {
      real = this.create();
    } catch {
      real = new SilentPlayer();
      this.listener?.(problemMessage('unsupported'));
    }
    this.real = real;
    real.onProblem = this.listener;
    if (this.settings) real.apply(this.settings);
    if (this.ambienceWanted) real.startAmbience();
    if (this.prepared && this.open) real.prepare();
    for (const cue of this.waiting.splice(0)) real.play(cue);
  }

  /**
   * Builds the real player after the page's first click or key press (in a task after the frame
   * that answers it), not before: creating the audio context is a long task on a slow laptop
   * (~130 ms at 4x CPU), and until a gesture the browser would not let it play anyway. A page that
   * is only looked at never pays for it.
   */
  loadOnFirstInput(target: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>): void {
    if (this.real || this.disposed || this.stopWaiting) return;
    const kinds = ['pointerdown', 'keydown'] as const;
    const onInput = () => {
      this.stopWaiting?.();
      this.loadSoon();
    };
    for (const kind of kinds) target.addEventListener(kind, onInput, { capture: true, passive: true });
    this.stopWaiting = () => {
      for (const kind of kinds) target.removeEventListener(kind, onInput, { capture: true });
      this.stopWaiting = null;
    };
  }

  /**
   * Builds the real player in a later task, after the next frame where there are frames, so the
   * input that asked for sound is answered, and painted, first; not before `after` has settled.
   */
  private loadSoon(): void {
    if (this.real || this.disposed || this.loadPending) return;
    if (!this.open) {
      this.buildWanted = true;
      return;
    }
    this.loadPending = true;
    const later = () => setTimeout(() => this.load(), 0);
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(later);
    else later();
  }

  get onProblem(): ((message: string) => void) | null {
    return this.listener;
  }
  set onProblem(listener: ((message: string) => void) | null) {
    this.listener = listener;
    if (this.real) this.real.onProblem = listener;
  }

  play(cue: Cue): void {
    if (this.real) return this.real.play(cue);
    this.waiting = [...this.waiting, cue].slice(-3);
    this.loadSoon();
  }

  startAmbience(): void {
    this.ambienceWanted = true;
    if (!this.real) this.loadSoon();
    else this.real.startAmbience();
  }

  prepare(): void {
    this.prepared = true;
    if (this.open) this.real?.prepare();
  }

  stopAmbience(): void {
    this.ambienceWanted = false;
    this.real?.stopAmbience();
  }

  apply(settings: AudioSettings): void {
    this.settings = { ...settings };
    this.real?.apply(settings);
  }

  dispose(): void {
    this.disposed = true;
    this.stopWaiting?.();
    this.real?.dispose();
  }
}
