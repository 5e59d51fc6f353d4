// The deferred player: a cue or the room tone asked for before the sounds loaded builds the real
// player in a later task (never inside the click or key that asked), then plays what was asked.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SilentPlayer } from './audio.ts';
import { DeferredSoundPlayer } from './deferred-audio.ts';

describe('DeferredSoundPlayer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('builds the real player after the input that asked for sound, then plays what was asked', () => {
    const real = new SilentPlayer();
    const create = vi.fn(() => real);
    const sound = new DeferredSoundPlayer(create);
    sound.startAmbience();
    sound.play('gavel');
    expect(create).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(create).toHaveBeenCalledTimes(1);
    expect(real.ambiencePlaying).toBe(true);
    expect(real.played).toEqual(['gavel']);
    sound.play('chime');
    expect(real.played).toEqual(['gavel', 'chime']);
  });

  it('holds back the sounds that answer a move until prepareAfter settles (the table picture), then fetches them', async () => {
    const real = new SilentPlayer();
    let shown: () => void = () => undefined;
    const sound = new DeferredSoundPlayer(() => real, new Promise<void>((resolve) => (shown = resolve)));
    sound.load();
    sound.prepare();
    expect(real.prepared).toBe(false);
    shown();
    await Promise.resolve();
    await Promise.resolve();
    expect(real.prepared).toBe(true);
    // A picture that can never come (no canvas) does not hold them back for good.
    const other = new SilentPlayer();
    const failed = new DeferredSoundPlayer(() => other, Promise.reject(new Error('no canvas')));
    failed.prepare();
    await Promise.resolve();
    await Promise.resolve();
    failed.load();
    expect(other.prepared).toBe(true);
  });

  it('builds nothing before `after` settles (the table picture): input and cues wait, then the player is built and plays them', async () => {
    const real = new SilentPlayer();
    const create = vi.fn(() => real);
    let shown: () => void = () => undefined;
    const sound = new DeferredSoundPlayer(create, new Promise<void>((resolve) => (shown = resolve)));
    const target = new EventTarget();
    sound.loadOnFirstInput(target);
    target.dispatchEvent(new Event('pointerdown'));
    sound.startAmbience();
    sound.play('gavel');
    vi.runAllTimers();
    expect(create).not.toHaveBeenCalled();
    shown();
    await Promise.resolve();
    await Promise.resolve();
    vi.runAllTimers();
    expect(create).toHaveBeenCalledTimes(1);
    expect(real.ambiencePlaying).toBe(true);
    expect(real.played).toEqual(['gavel']);
    // No picture at all (no canvas): the sound does not wait for it for good.
    const other = vi.fn(() => new SilentPlayer());
    const failed = new DeferredSoundPlayer(other, Promise.reject(new Error('no canvas')));
    failed.play('chime');
    await Promise.resolve();
    await Promise.resolve();
    vi.runAllTimers();
    expect(other).toHaveBeenCalledTimes(1);
  });

  it('builds once when load() comes before the scheduled task, and not at all once disposed', () => {
    const create = vi.fn(() => new SilentPlayer());
    const sound = new DeferredSoundPlayer(create);
    sound.startAmbience();
    sound.load();
    vi.runAllTimers();
    expect(create).toHaveBeenCalledTimes(1);
    const gone = new DeferredSoundPlayer(create);
    gone.play('gavel');
    gone.dispose();
    vi.runAllTimers();
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('waits for the first click or key press, then builds in a later task; a page only looked at never builds', () => {
    const create = vi.fn(() => new SilentPlayer());
    const page = new EventTarget();
    const sound = new DeferredSoundPlayer(create);
    sound.loadOnFirstInput(page);
    vi.runAllTimers();
    expect(create).not.toHaveBeenCalled();
    page.dispatchEvent(new Event('keydown'));
    // Not inside the key's own handler.
    expect(create).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(create).toHaveBeenCalledTimes(1);
    page.dispatchEvent(new Event('pointerdown'));
    vi.runAllTimers();
    expect(create).toHaveBeenCalledTimes(1);

    const gone = new DeferredSoundPlayer(create);
    gone.loadOnFirstInput(page);
    gone.dispose();
    page.dispatchEvent(new Event('pointerdown'));
    vi.runAllTimers();
    expect(create).toHaveBeenCalledTimes(1);
  });
});
