// The sound player the game injects. Sound is decoration on top of the transcript, never the only
// carrier of meaning: every cue has a caption, and every way sound can fail (files that do not
// load, a browser that holds audio back until the first click, a play that throws) is caught here
// and reported once, in plain words, instead of breaking the game.
import { Howl, Howler } from 'howler';
import { m } from '../i18n/index.ts';

export const CUES = ['gavel', 'murmur', 'applause', 'chime', 'buzz', 'stamp-strong', 'stamp-partial', 'stamp-weak'] as const;
export type Cue = (typeof CUES)[number];

/** The caption shown in the transcript for a cue, so sound is never the only carrier (src/i18n). */
export const captionOf = (cue: Cue): string => m().soundCaptions[cue];

/**
 * The cues the opening can ask for, loaded with the player. The others answer a move (stamps,
 * applause, a murmur, a chime for a stance) and load when the first move is offered
 * (SoundPlayer.prepare): the player reads the choices while they arrive.
 */
export const OPENING_CUES: readonly Cue[] = ['gavel'];

/** Volumes run from 0 (silent) to 1 (as recorded). */
export interface AudioSettings {
  effects: number;
  ambience: number;
  muted: boolean;
}

export interface SoundPlayer {
  /** Never throws; a failed, blocked or missing sound is reported through onProblem. */
  play(cue: Cue): void;
  /** Starts the room-tone loop (once; calling again while it plays does nothing). */
  startAmbience(): void;
  /** Loads every cue now: the player is about to make a move. */
  prepare(): void;
  stopAmbience(): void;
  apply(settings: AudioSettings): void;
  /** Called once per distinct problem (a file that failed to load or decode, audio locked), in plain words. */
  onProblem: ((message: string) => void) | null;
  dispose(): void;
}

/** Plays nothing; remembers what it was asked to play (for tests, and when sound is off). */
export class SilentPlayer implements SoundPlayer {
  readonly played: Cue[] = [];
  ambiencePlaying = false;
  settings: AudioSettings | null = null;
  onProblem: ((message: string) => void) | null = null;

  play(cue: Cue): void {
    this.played.push(cue);
  }
  startAmbience(): void {
    this.ambiencePlaying = true;
  }
  stopAmbience(): void {
    this.ambiencePlaying = false;
  }
  apply(settings: AudioSettings): void {
    this.settings = { ...settings };
  }
  prepared = false;
  prepare(): void {
    this.prepared = true;
  }
  dispose(): void {
    this.ambiencePlaying = false;
  }
}

/** Sound file URLs in order of preference: WebM (Opus) first, then MP3. */
export interface SoundSources {
  cues: Record<Cue, string[]>;
  room: string[];
}

// --- The slice of Howler this module uses, so tests can inject a fake. -------------------------

/** The Howl options this player sets (a subset of Howler's HowlOptions). */
export interface HowlSetup {
  src: string[];
  preload: boolean;
  html5: boolean;
  loop: boolean;
  volume: number;
  onloaderror: (soundId: number, error: unknown) => void;
  onplayerror: (soundId: number, error: unknown) => void;
}

export interface HowlLike {
  play(): number;
  /** Starts loading a Howl made with preload: false (Howler plays it once loaded). */
  load?(): unknown;
  /** 'unloaded', 'loading' or 'loaded'. */
  state?(): string;
  stop(): unknown;
  volume(volume: number): unknown;
  unload(): unknown;
  /** Howler fires 'unlock' once the browser lets audio start (after a click or key press). */
  once?(event: 'unlock', callback: () => void): unknown;
}

export interface HowlerGlobalLike {
  mute(muted: boolean): unknown;
  /** True when the browser has no usable audio at all. */
  noAudio?: boolean;
  /** The Web Audio context, once Howler has made one (null in HTML5 fallback). */
  ctx?: { readonly state: string } | null;
  /** Howler's own record that a click or key press has unlocked audio (not in its typings). */
  _audioUnlocked?: boolean;
}

export interface HowlerModule {
  Howl: new (options: HowlSetup) => HowlLike;
  Howler: HowlerGlobalLike;
}

const realHowler: HowlerModule = { Howl, Howler };

// --- Problems, in plain words. ------------------------------------------------------------------

type ProblemKind = 'effects-load' | 'ambience-load' | 'play' | 'locked' | 'unsupported';

/** A sound problem in the active language's words (src/i18n). */
export const problemMessage = (kind: ProblemKind): string => m().soundProblems[kind];

function clampVolume(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.min(1, Math.max(0, value));
}

class HowlerPlayer implements SoundPlayer {
  private readonly cueHowls = new Map<Cue, HowlLike>();
  private room: HowlLike | null = null;
  /** Cues whose file failed to load: playing them again would only queue forever. */
  private readonly broken = new Set<Cue>();
  private roomBroken = false;
  private ambienceWanted = false;
  private ambienceId: number | null = null;
  /** Counts the room's play errors, which Howler may report during play() or after it. */
  private roomPlayErrors = 0;
  private settings: AudioSettings = { effects: 1, ambience: 1, muted: false };
  /** Once the audio context has been seen running, a later 'suspended' is Howler's idle nap. */
  private seenRunning = false;
  private disposed = false;

  private readonly reported = new Set<ProblemKind>();
  private readonly pending: string[] = [];
  private listener: ((message: string) => void) | null = null;

  constructor(
    sources: SoundSources,
    private readonly howler: HowlerModule,
  ) {
    for (const cue of CUES) {
      const howl = this.makeHowl(sources.cues[cue], false, OPENING_CUES.includes(cue), () => {
        this.broken.add(cue);
        this.report(this.noAudio() ? 'unsupported' : 'effects-load');
      });
      if (howl) this.cueHowls.set(cue, howl);
      else this.broken.add(cue);
    }
    this.room = this.makeHowl(sources.room, true, true, () => {
      this.roomBroken = true;
      this.ambienceId = null;
      this.report(this.noAudio() ? 'unsupported' : 'ambience-load');
    });
    if (!this.room) this.roomBroken = true;
  }

  get onProblem(): ((message: string) => void) | null {
    return this.listener;
  }
  /** Problems that happened before anyone listened are delivered as soon as someone does. */
  set onProblem(listener: ((message: string) => void) | null) {
    this.listener = listener;
    if (listener) for (const message of this.pending.splice(0)) this.deliver(message);
  }

  play(cue: Cue): void {
    if (this.disposed) return;
    const howl = this.cueHowls.get(cue);
    if (!howl || this.broken.has(cue)) return;
    // Before the first click the browser keeps audio locked; Howler would queue the cue and let
    // a burst of stale sounds out on unlock. Drop it instead: the caption has already said it.
    if (this.locked()) {
      this.report('locked');
      return;
    }
    try {
      this.load(howl);
      howl.play();
    } catch {
      this.report('play');
    }
  }

  prepare(): void {
    if (this.disposed) return;
    for (const howl of this.cueHowls.values()) this.load(howl);
  }

  /** Loads a Howl made without preloading, once; a failure to load is reported by onloaderror. */
  private load(howl: HowlLike): void {
    this.safely(() => {
      if (howl.state?.() === 'unloaded') howl.load?.();
    });
  }

  startAmbience(): void {
    if (this.disposed) return;
    this.ambienceWanted = true;
    if (!this.room || this.roomBroken || this.ambienceId !== null) return;
    // A loop may wait for the unlock: Howler starts it then, which is what we want.
    if (this.locked()) this.report('locked');
    try {
      const errorsBefore = this.roomPlayErrors;
      const id = this.room.play();
      if (this.roomPlayErrors === errorsBefore) this.ambienceId = id;
    } catch {
      this.ambienceId = null;
      this.report('play');
    }
  }

  stopAmbience(): void {
    this.ambienceWanted = false;
    this.ambienceId = null;
    if (!this.room || this.disposed) return;
    try {
      this.room.stop();
    } catch {
      // Nothing to stop is as good as stopped.
    }
  }

  apply(settings: AudioSettings): void {
    if (this.disposed) return;
    this.settings = {
      effects: clampVolume(settings.effects),
      ambience: clampVolume(settings.ambience),
      muted: Boolean(settings.muted),
    };
    for (const howl of this.cueHowls.values())
      this.safely(() => howl.volume(this.settings.effects));
    const room = this.room;
    if (room) this.safely(() => room.volume(this.settings.ambience));
    this.safely(() => this.howler.Howler.mute(this.settings.muted));
  }

  dispose(): void {
    if (this.disposed) return;
    this.stopAmbience();
    this.disposed = true;
    for (const howl of this.cueHowls.values()) this.safely(() => howl.unload());
    const room = this.room;
    if (room) this.safely(() => room.unload());
    this.cueHowls.clear();
    this.room = null;
    this.listener = null;
    this.pending.length = 0;
  }

  private makeHowl(src: string[], loop: boolean, preload: boolean, onLoadError: () => void): HowlLike | null {
    if (src.length === 0) {
      this.report(this.noAudio() ? 'unsupported' : loop ? 'ambience-load' : 'effects-load');
      return null;
    }
    try {
      return new this.howler.Howl({
        src: [...src],
        preload,
        html5: false,
        loop,
        volume: loop ? this.settings.ambience : this.settings.effects,
        onloaderror: () => onLoadError(),
        onplayerror: () => this.onPlayError(loop),
      });
    } catch {
      onLoadError();
      return null;
    }
  }

  private onPlayError(isRoom: boolean): void {
    this.report('play');
    if (!isRoom) return;
    this.roomPlayErrors++;
    this.ambienceId = null;
    // Howler's advice for a play refused before the first click: try again once unlocked.
    const room = this.room;
    if (!room?.once || !this.ambienceWanted) return;
    this.safely(() =>
      room.once?.('unlock', () => {
        if (this.ambienceWanted && !this.disposed) this.startAmbience();
      }),
    );
  }

  private noAudio(): boolean {
    try {
      return this.howler.Howler.noAudio === true;
    } catch {
      return false;
    }
  }

  private locked(): boolean {
    try {
      const howler = this.howler.Howler;
      const state = howler.ctx?.state;
      if (state === undefined) return false;
      if (state === 'running') {
        this.seenRunning = true;
        return false;
      }
      return !this.seenRunning && howler._audioUnlocked !== true;
    } catch {
      return false;
    }
  }

  private report(kind: ProblemKind): void {
    if (this.disposed || this.reported.has(kind)) return;
    this.reported.add(kind);
    const message = problemMessage(kind);
    if (this.listener) this.deliver(message);
    else this.pending.push(message);
  }

  private deliver(message: string): void {
    try {
      this.listener?.(message);
    } catch {
      // A listener that throws must not turn a missing sound into a crash.
    }
  }

  private safely(action: () => unknown): void {
    try {
      action();
    } catch {
      // Volume, mute and unload are best effort.
    }
  }
}

/**
 * The real player: one Howl per cue plus the room loop. `howlerModule` defaults to the real
 * Howler; tests pass a fake so nothing needs an AudioContext.
 */
export function createHowlerPlayer(
  sources: SoundSources,
  howlerModule: HowlerModule = realHowler,
): SoundPlayer {
  return new HowlerPlayer(sources, howlerModule);
}
