import { describe, expect, it } from 'vitest';
import {
  captionOf,
  CUES,
  OPENING_CUES,
  problemMessage,
  SilentPlayer,
  createHowlerPlayer,
  type HowlLike,
  type HowlSetup,
  type HowlerGlobalLike,
  type HowlerModule,
  type SoundSources,
} from './audio.ts';

interface FakeBehaviour {
  /** Fire onloaderror from the constructor (for the sources that match). */
  failLoad?: (src: string[]) => boolean;
  /** Throw from the constructor. */
  throwOnConstruct?: boolean;
  /** Throw from play(). */
  throwOnPlay?: boolean;
  /** Fire onplayerror from play(). */
  playError?: boolean;
  /** Throw from volume(). */
  throwOnVolume?: boolean;
}

class FakeHowler implements HowlerGlobalLike {
  muted: boolean | null = null;
  noAudio = false;
  ctx: { state: string } | null = null;
  _audioUnlocked?: boolean;
  mute(muted: boolean): this {
    this.muted = muted;
    return this;
  }
}

function fakeModule(behaviour: FakeBehaviour = {}) {
  const howls: FakeHowl[] = [];
  const global = new FakeHowler();
  class FakeHowl implements HowlLike {
    plays = 0;
    stops = 0;
    unloaded = false;
    loads = 0;
    loadState: 'unloaded' | 'loading' | 'loaded';
    vol: number;
    unlockCallbacks: (() => void)[] = [];
    constructor(readonly options: HowlSetup) {
      if (behaviour.throwOnConstruct) throw new Error('constructor exploded');
      this.vol = options.volume;
      this.loadState = options.preload ? 'loading' : 'unloaded';
      howls.push(this);
      if (behaviour.failLoad?.(options.src)) options.onloaderror(0, 'Decoding audio data failed.');
    }
    play(): number {
      if (behaviour.throwOnPlay) throw new Error('play exploded');
      this.plays++;
      if (behaviour.playError)
        this.options.onplayerror(this.plays, 'Playback was unable to start.');
      return this.plays;
    }
    stop(): this {
      this.stops++;
      return this;
    }
    load(): this {
      this.loads++;
      this.loadState = 'loading';
      return this;
    }
    state(): string {
      return this.loadState;
    }
    volume(volume: number): this {
      if (behaviour.throwOnVolume) throw new Error('volume exploded');
      this.vol = volume;
      return this;
    }
    unload(): null {
      this.unloaded = true;
      return null;
    }
    once(_event: 'unlock', callback: () => void): this {
      this.unlockCallbacks.push(callback);
      return this;
    }
  }
  const module: HowlerModule = { Howl: FakeHowl, Howler: global };
  const byFile = (name: string): FakeHowl => {
    const howl = howls.find((h) => h.options.src[0] === `${name}.webm`);
    if (!howl) throw new Error(`no Howl for ${name}`);
    return howl;
  };
  return { module, howls, global, byFile };
}

const sources: SoundSources = {
  cues: {
    gavel: ['gavel.webm', 'gavel.mp3'],
    murmur: ['murmur.webm', 'murmur.mp3'],
    applause: ['applause.webm', 'applause.mp3'],
    chime: ['chime.webm', 'chime.mp3'],
    buzz: ['buzz.webm', 'buzz.mp3'],
    'stamp-strong': ['stamp-strong.webm', 'stamp-strong.mp3'],
    'stamp-partial': ['stamp-partial.webm', 'stamp-partial.mp3'],
    'stamp-weak': ['stamp-weak.webm', 'stamp-weak.mp3'],
  },
  room: ['room.webm', 'room.mp3'],
};

function collect() {
  const messages: string[] = [];
  return { messages, listener: (message: string) => messages.push(message) };
}

describe('captions', () => {
  it('has a bracketed caption for every cue', () => {
    for (const cue of CUES) expect(captionOf(cue)).toMatch(/^\[.+\]$/);
  });
});

describe('SilentPlayer', () => {
  it('records what it was asked to play and never makes a sound', () => {
    const player = new SilentPlayer();
    player.play('gavel');
    player.play('chime');
    player.play('gavel');
    player.startAmbience();
    player.apply({ effects: 0.5, ambience: 0.2, muted: true });
    expect(player.played).toEqual(['gavel', 'chime', 'gavel']);
    expect(player.ambiencePlaying).toBe(true);
    expect(player.settings).toEqual({ effects: 0.5, ambience: 0.2, muted: true });
    player.stopAmbience();
    expect(player.ambiencePlaying).toBe(false);
    expect(() => player.dispose()).not.toThrow();
  });
});

describe('createHowlerPlayer', () => {
  it('makes one Web Audio Howl per cue, WebM first, and a looping room; only the opening preloads', () => {
    const fake = fakeModule();
    createHowlerPlayer(sources, fake.module);
    expect(fake.howls).toHaveLength(CUES.length + 1);
    for (const cue of CUES) {
      const { options } = fake.byFile(cue);
      expect(options.src).toEqual([`${cue}.webm`, `${cue}.mp3`]);
      expect(options).toMatchObject({ preload: OPENING_CUES.includes(cue), html5: false, loop: false });
    }
    expect(fake.byFile('room').options).toMatchObject({ loop: true, preload: true, html5: false });
  });

  it('loads the cues a move needs when the move is offered, each once', () => {
    const fake = fakeModule();
    const player = createHowlerPlayer(sources, fake.module);
    const later = CUES.filter((c) => !OPENING_CUES.includes(c));
    expect(later.length).toBeGreaterThan(3);
    for (const cue of later) expect(fake.byFile(cue).loads).toBe(0);
    player.prepare();
    player.prepare();
    for (const cue of later) expect(fake.byFile(cue).loads).toBe(1);
    expect(fake.byFile('gavel').loads).toBe(0);
  });

  it('loads a cue played before the move was offered, then plays it', () => {
    const fake = fakeModule();
    const player = createHowlerPlayer(sources, fake.module);
    player.play('murmur');
    expect(fake.byFile('murmur').loads).toBe(1);
    expect(fake.byFile('murmur').plays).toBe(1);
  });

  it('plays the Howl of the cue asked for', () => {
    const fake = fakeModule();
    const player = createHowlerPlayer(sources, fake.module);
    player.play('applause');
    player.play('applause');
    player.play('buzz');
    expect(fake.byFile('applause').plays).toBe(2);
    expect(fake.byFile('buzz').plays).toBe(1);
    expect(fake.byFile('gavel').plays).toBe(0);
  });

  it('never throws when every file fails to load, and reports it once in plain words', () => {
    const fake = fakeModule({ failLoad: () => true });
    const player = createHowlerPlayer(sources, fake.module);
    const { messages, listener } = collect();
    player.onProblem = listener;
    for (let i = 0; i < 5; i++)
      for (const cue of CUES) expect(() => player.play(cue)).not.toThrow();
    expect(() => player.startAmbience()).not.toThrow();
    expect(messages).toEqual([problemMessage('effects-load'), problemMessage('ambience-load')]);
    expect(messages[0]).toBe(
      'Sound effects could not be loaded; captions in the transcript carry every cue.',
    );
    // A Howl that failed to load is not asked to play (it would only queue forever).
    for (const howl of fake.howls) expect(howl.plays).toBe(0);
  });

  it('keeps playing the cues that did load when one file fails', () => {
    const fake = fakeModule({ failLoad: (src) => src[0] === 'chime.webm' });
    const player = createHowlerPlayer(sources, fake.module);
    const { messages, listener } = collect();
    player.onProblem = listener;
    player.play('chime');
    player.play('gavel');
    player.startAmbience();
    expect(fake.byFile('gavel').plays).toBe(1);
    expect(fake.byFile('room').plays).toBe(1);
    expect(messages).toEqual([problemMessage('effects-load')]);
  });

  it('delivers problems that happened before anyone listened', () => {
    const fake = fakeModule({ failLoad: (src) => src[0] === 'room.webm' });
    const player = createHowlerPlayer(sources, fake.module);
    const { messages, listener } = collect();
    player.onProblem = listener;
    expect(messages).toEqual([problemMessage('ambience-load')]);
    player.onProblem = listener;
    expect(messages).toHaveLength(1);
  });

  it('never throws when play throws, and reports it once', () => {
    const fake = fakeModule({ throwOnPlay: true });
    const player = createHowlerPlayer(sources, fake.module);
    const { messages, listener } = collect();
    player.onProblem = listener;
    for (let i = 0; i < 10; i++) expect(() => player.play('gavel')).not.toThrow();
    expect(() => player.play('murmur')).not.toThrow();
    expect(() => player.startAmbience()).not.toThrow();
    expect(messages).toEqual([problemMessage('play')]);
  });

  it('reports a play error once and retries the room loop after the unlock', () => {
    const fake = fakeModule({ playError: true });
    const player = createHowlerPlayer(sources, fake.module);
    const { messages, listener } = collect();
    player.onProblem = listener;
    player.play('gavel');
    player.play('gavel');
    player.startAmbience();
    expect(messages).toEqual([problemMessage('play')]);
    const room = fake.byFile('room');
    expect(room.plays).toBe(1);
    expect(room.unlockCallbacks).toHaveLength(1);
    room.unlockCallbacks[0]?.();
    expect(room.plays).toBe(2);
  });

  it('survives a Howl constructor that throws', () => {
    const fake = fakeModule({ throwOnConstruct: true });
    let player: ReturnType<typeof createHowlerPlayer> | null = null;
    expect(() => (player = createHowlerPlayer(sources, fake.module))).not.toThrow();
    const { messages, listener } = collect();
    player!.onProblem = listener;
    expect(() => player!.play('gavel')).not.toThrow();
    expect(messages).toEqual([problemMessage('effects-load'), problemMessage('ambience-load')]);
  });

  it('says the browser cannot play sound when Howler has no audio', () => {
    const fake = fakeModule({ failLoad: () => true });
    fake.global.noAudio = true;
    const player = createHowlerPlayer(sources, fake.module);
    const { messages, listener } = collect();
    player.onProblem = listener;
    expect(messages).toEqual([problemMessage('unsupported')]);
  });

  it('drops effects while audio is locked, reports it once, and plays once it runs', () => {
    const fake = fakeModule();
    fake.global.ctx = { state: 'suspended' };
    const player = createHowlerPlayer(sources, fake.module);
    const { messages, listener } = collect();
    player.onProblem = listener;
    player.play('gavel');
    player.play('chime');
    expect(fake.byFile('gavel').plays).toBe(0);
    expect(messages).toEqual([problemMessage('locked')]);
    // The room loop may wait for the unlock inside Howler.
    player.startAmbience();
    expect(fake.byFile('room').plays).toBe(1);
    fake.global.ctx.state = 'running';
    player.play('gavel');
    expect(fake.byFile('gavel').plays).toBe(1);
    // Howler suspends an idle context after 30 s; that is not a lock, and play resumes it.
    fake.global.ctx.state = 'suspended';
    player.play('gavel');
    expect(fake.byFile('gavel').plays).toBe(2);
    expect(messages).toEqual([problemMessage('locked')]);
  });

  it('applies effects volume to the cues, ambience volume to the room, and mute globally', () => {
    const fake = fakeModule();
    const player = createHowlerPlayer(sources, fake.module);
    player.apply({ effects: 0.7, ambience: 0.25, muted: true });
    for (const cue of CUES) expect(fake.byFile(cue).vol).toBe(0.7);
    expect(fake.byFile('room').vol).toBe(0.25);
    expect(fake.global.muted).toBe(true);
    player.apply({ effects: 2, ambience: Number.NaN, muted: false });
    expect(fake.byFile('gavel').vol).toBe(1);
    expect(fake.byFile('room').vol).toBe(0);
    expect(fake.global.muted).toBe(false);
  });

  it('does not throw when setting a volume throws', () => {
    const fake = fakeModule({ throwOnVolume: true });
    const player = createHowlerPlayer(sources, fake.module);
    expect(() => player.apply({ effects: 0.5, ambience: 0.5, muted: true })).not.toThrow();
    expect(fake.global.muted).toBe(true);
  });

  it('starts the room loop once, stops it, and can start it again', () => {
    const fake = fakeModule();
    const player = createHowlerPlayer(sources, fake.module);
    const room = fake.byFile('room');
    player.startAmbience();
    player.startAmbience();
    expect(room.plays).toBe(1);
    player.stopAmbience();
    expect(room.stops).toBe(1);
    player.startAmbience();
    expect(room.plays).toBe(2);
  });

  it('does not let a throwing listener escape', () => {
    const fake = fakeModule({ throwOnPlay: true });
    const player = createHowlerPlayer(sources, fake.module);
    player.onProblem = () => {
      throw new Error('listener exploded');
    };
    expect(() => player.play('gavel')).not.toThrow();
  });

  it('unloads every Howl on dispose and then ignores calls', () => {
    const fake = fakeModule();
    const player = createHowlerPlayer(sources, fake.module);
    player.startAmbience();
    player.dispose();
    for (const howl of fake.howls) expect(howl.unloaded).toBe(true);
    expect(fake.byFile('room').stops).toBe(1);
    expect(() => {
      player.play('gavel');
      player.startAmbience();
      player.apply({ effects: 1, ambience: 1, muted: false });
      player.dispose();
    }).not.toThrow();
    expect(fake.byFile('gavel').plays).toBe(0);
  });
});
