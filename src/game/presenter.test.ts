import { describe, expect, it } from 'vitest';
import table from '../../story/table.json';
import type { StoryTable } from '../debate/cast.ts';
import type { SpeakerId } from '../debate/contract.ts';
import { layoutTable, PLACARD_GAP, seatViews, STANCE_LOOK, tableModel } from './presenter.ts';

const cast = table as unknown as StoryTable;
const full: SpeakerId[] = [
  'moderator',
  'player',
  'sediqi',
  'alamolhoda',
  'saeidi',
  'laeini',
  'shariatmadari',
  'hamedani',
  'taeb',
  'abdolalizadeh',
];

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

describe('layoutTable', () => {
  it('puts the moderator at the head, the player at the foot, and the rest clockwise', () => {
    const layout = layoutTable(full, 1200, 700);
    const pos = Object.fromEntries(layout.seats.map((s) => [s.id, s]));
    expect(pos.moderator!.y).toBeLessThan(pos.sediqi!.y);
    expect(pos.player!.y).toBeGreaterThan(pos.sediqi!.y);
    expect(pos.moderator!.x).toBeCloseTo(600);
    expect(pos.player!.x).toBeCloseTo(600);
    // Sediqi speaks first: right of the moderator; the last figures sit on the left.
    expect(pos.sediqi!.x).toBeGreaterThan(600);
    expect(pos.abdolalizadeh!.x).toBeLessThan(600);
    expect(layout.seats).toHaveLength(full.length);
  });

  it('keeps every seat inside the canvas at phone and projector sizes', () => {
    for (const [w, h, ratio] of [
      [320, 200, 1],
      [640, 400, 2],
      [3840, 2160, 1],
    ] as const) {
      const layout = layoutTable(full, w, h, 2, ratio);
      for (const s of layout.seats) {
        expect(s.x - layout.medallion).toBeGreaterThanOrEqual(0);
        expect(s.x + layout.medallion).toBeLessThanOrEqual(w);
        expect(s.y - layout.medallion).toBeGreaterThanOrEqual(0);
        expect(s.y + layout.medallion).toBeLessThanOrEqual(h);
      }
    }
  });

  it('keeps the side placards clear of the head and foot placards, full or short table', () => {
    const short: SpeakerId[] = [
      'moderator',
      'player',
      'sediqi',
      'alamolhoda',
      'shariatmadari',
      'taeb',
      'abdolalizadeh',
    ];
    // The canvas sizes of a 1280x720 window, a 1920x1080 projector and a 4K one.
    for (const [w, h] of [
      [896, 390],
      [1344, 600],
      [2688, 1200],
    ] as const) {
      for (const seats of [full, short]) {
        const layout = layoutTable(seats, w, h, 1, 1);
        if (layout.labels === 'monogram') continue;
        // Each placard at its widest, three lines tall, where Seats.ts stands it.
        const gap = layout.medallion * PLACARD_GAP;
        const tall = layout.fontSize * 1.3 * 3;
        const box = (s: (typeof layout.seats)[number]) => {
          const left =
            s.placard === 'right'
              ? s.x + gap
              : s.placard === 'left'
                ? s.x - gap - s.placardMax
                : s.x - s.placardMax / 2;
          const top =
            s.placard === 'below'
              ? s.y + gap
              : s.placard === 'above'
                ? s.y - gap - tall
                : s.y - tall / 2;
          return { id: s.id, left, right: left + s.placardMax, top, bottom: top + tall };
        };
        const centre = layout.seats
          .filter((s) => s.placard === 'above' || s.placard === 'below')
          .map(box);
        for (const side of layout.seats
          .filter((s) => s.placard === 'left' || s.placard === 'right')
          .map(box)) {
          for (const c of centre) {
            const overlaps =
              side.left < c.right &&
              c.left < side.right &&
              side.top < c.bottom &&
              c.top < side.bottom;
            expect(overlaps, `${side.id} meets ${c.id} at ${w}x${h}`).toBe(false);
          }
        }
      }
    }
  });

  it('drops to surnames and then monograms when the table is small or the text large', () => {
    expect(layoutTable(full, 1600, 900, 1).labels).toBe('full');
    expect(layoutTable(full, 320, 200, 1).labels).not.toBe('full');
    expect(layoutTable(full, 320, 200, 2).labels).toBe('monogram');
  });

  it('grows text with the text size setting and the pixel ratio', () => {
    expect(layoutTable(full, 1200, 700, 2).fontSize).toBe(
      2 * layoutTable(full, 1200, 700, 1).fontSize,
    );
    expect(layoutTable(full, 2400, 1400, 1, 2).fontSize).toBe(
      2 * layoutTable(full, 1200, 700, 1, 1).fontSize,
    );
  });
});
