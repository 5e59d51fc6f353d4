import { describe, expect, it } from 'vitest';
import table from '../../story/cast.json';
import type { CastSheet } from '../debate/core/cast.ts';
import type { SpeakerId } from '../debate/core/contract.ts';
import { reactionTo, seatLabel, seatViews, STANCE_LOOK, stanceLabel, tableModel } from './presenter.ts';

const cast = table as unknown as CastSheet;

describe('seatViews', () => {
  it('builds a placard for every seat from the cast sheet, marking who speaks', () => {
    const views = seatViews(
      cast,
      { seats: ['moderator', 'sediqi'], stances: { sediqi: 'wary' } },
      'sediqi',
    );
    expect(views).toEqual([
      expect.objectContaining({ id: 'moderator', speaking: false, monogram: 'M' }),
      {
        id: 'sediqi',
        role: 'opponent',
        monogram: 'KS',
        name: 'Kazem Sediqi',
        shortName: 'Sediqi',
        subtitle: 'Friday Prayer Leader · Tehran',
        stance: 'wary',
        speaking: true,
      },
    ]);
    expect(views[0]).not.toHaveProperty('stance');
  });

  it('copies the meters so the scene cannot change the engine state', () => {
    const state = {
      seats: [] as SpeakerId[],
      stances: {},
      meters: { audience: 40, credibility: 50 },
    };
    const model = tableModel(cast, state, null);
    model.meters.audience = 99;
    expect(state.meters.audience).toBe(40);
  });

  it('tells stances apart by word and shape, not colour alone', () => {
    const shapes = new Set(Object.values(STANCE_LOOK).map((l) => l.shape));
    const words = new Set(Object.values(STANCE_LOOK).map((l) => l.word));
    expect(shapes.size).toBe(3);
    expect(words.size).toBe(3);
  });
});

describe('the beats the stage plays', () => {
  it('turns a change of the audience meter into applause, a murmur or a turning away', () => {
    expect(reactionTo(20)).toBe('applause');
    expect(reactionTo(10)).toBe('murmur');
    expect(reactionTo(-5)).toBe('murmur');
    expect(reactionTo(-10)).toBe('away');
    expect(reactionTo(0)).toBeNull();
  });

  it('carries the line count, the decision and the reaction into the model, copied', () => {
    const reaction = { kind: 'applause' as const, n: 3 };
    const model = tableModel(cast, { seats: ['sediqi'], stances: {}, meters: { audience: 60, credibility: 50 } }, 'sediqi', {
      line: 7,
      deciding: true,
      reaction,
    });
    expect(model).toMatchObject({ line: 7, deciding: true, reaction: { kind: 'applause', n: 3 } });
    reaction.n = 4;
    expect(model.reaction?.n).toBe(3);
  });

  it('labels a placard with the stance as shape and word, at three lengths', () => {
    expect(stanceLabel('wary')).toBe('▲ wary');
    expect(stanceLabel(undefined)).toBe('');
    const [view] = seatViews(cast, { seats: ['shariatmadari'], stances: { shariatmadari: 'open' } }, null);
    expect(seatLabel(view!)).toEqual({
      id: 'shariatmadari',
      full: { name: 'Hossein Shariatmadari', stance: '● open' },
      name: { name: 'Shariatmadari', stance: '● open' },
      monogram: { name: 'HS', stance: '● open' },
      mark: { name: 'HS', stance: '●' },
      roomFor: ['■ firm', '▲ wary', '● open'],
    });
    // The host never takes a stance: no room is kept for one.
    const [host] = seatViews(cast, { seats: ['moderator'], stances: {} }, null);
    expect(seatLabel(host!).roomFor).toEqual([]);
  });
});
