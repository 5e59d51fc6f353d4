import { describe, expect, it } from 'vitest';
import { DeferredStage } from './deferred-stage.ts';
import type { TableModel } from './presenter.ts';
import type { StageView } from './stage.ts';
import type { Look } from './theme.ts';

const look: Look = { textScale: 1, reducedMotion: true, highContrast: false };
const model: TableModel = { seats: [], meters: { audience: 0, credibility: 0 }, line: 0, deciding: false };

/** A stand-in for the Phaser stage that records its calls and is ready when told. */
function fakeStage() {
  const calls: string[] = [];
  let becomeReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (becomeReady = resolve));
  const stage: StageView = {
    ready,
    framesDrawn: 0,
    showTitle: () => calls.push('title'),
    showTable: () => calls.push('table'),
    showEnding: () => calls.push('ending'),
    setLook: () => calls.push('look'),
  };
  return { stage, calls, becomeReady };
}

const settled = async (p: Promise<unknown>) => {
  let done = false;
  void p.then(() => (done = true));
  for (let i = 0; i < 10; i++) await Promise.resolve();
  return done;
};

describe('DeferredStage', () => {
  it('hands the real stage what to show as soon as it exists, before it is ready (it boots into it)', async () => {
    const fake = fakeStage();
    const deferred = new DeferredStage(look, async () => fake.stage);
    deferred.showTitle('The Round Table');
    deferred.showTable(model); // a table chosen while the stage loads
    void deferred.load();
    await settled(Promise.resolve());
    expect(fake.calls).toEqual(['look', 'table']);
    expect(await settled(deferred.ready)).toBe(false);
    fake.becomeReady();
    expect(await settled(deferred.ready)).toBe(true);
  });

  it('passes later calls straight on, and rejects ready when the canvas cannot start', async () => {
    const fake = fakeStage();
    const deferred = new DeferredStage(look, async () => fake.stage);
    void deferred.load();
    await settled(Promise.resolve());
    deferred.showEnding(model);
    expect(fake.calls).toEqual(['look', 'ending']);

    const broken = new DeferredStage(look, () => Promise.reject(new Error('no canvas')));
    await expect(broken.load()).rejects.toThrow('no canvas');
    await expect(broken.ready).rejects.toThrow('no canvas');
  });
});
