import { describe, expect, it } from 'vitest';
import table from '../../story/cast.json';
import persianTable from '../../story/fa/cast.json';
import type { CastSheet } from '../debate/core/cast.ts';
import type { SpeakerId } from '../debate/core/contract.ts';
import { estimateWidth, framingFor, layoutSet, overlaps, placardSize, roomySize, stanceLinePlaces, stanceLineWidth } from './layout.ts';
import { canvasScript } from './theme.ts';
import { seatLabel, seatViews, stanceLabel } from './presenter.ts';
import { STANCES } from '../debate/core/contract.ts';
import { useLocale, loadCatalogue } from '../i18n/index.ts';

const cast = table as unknown as CastSheet;
const FULL: SpeakerId[] = ['moderator', 'player', 'sediqi', 'alamolhoda', 'saeidi', 'laeini', 'shariatmadari', 'hamedani', 'taeb', 'abdolalizadeh'];
const SHORT: SpeakerId[] = ['moderator', 'player', 'sediqi', 'alamolhoda', 'shariatmadari', 'taeb', 'abdolalizadeh'];

/** Every figure with a stance, so every placard has its second line. */
function labels(seats: SpeakerId[]) {
  const stances = Object.fromEntries(seats.filter((s) => s !== 'moderator' && s !== 'player').map((s) => [s, 'wary' as const]));
  return seatViews(cast, { seats, stances }, null).map(seatLabel);
}

// The canvas of the picture, in canvas pixels, at the sizes the issue names: the picture's CSS size
// in each window times the drawing ratio (1.25 on a 1x screen, the device's own from 2x up).
const SIZES: { name: string; width: number; height: number; pixelRatio: number }[] = [
  { name: '1280x720', width: 1600, height: 480, pixelRatio: 1.25 },
  { name: '1366x768', width: 1708, height: 515, pixelRatio: 1.25 },
  { name: '1920x1080 with the drawer', width: 1940, height: 860, pixelRatio: 1.25 },
  { name: 'phone 390x844', width: 1170, height: 726, pixelRatio: 3 },
  // The same phone at 1x, as the browser tests and many Android phones see it (the picture is
  // 390x241 CSS pixels, drawn at 1.25).
  { name: 'phone 390x844 at 1x', width: 488, height: 301, pixelRatio: 1.25 },
  { name: 'phone 320', width: 640, height: 384, pixelRatio: 2 },
];

describe('layoutSet', () => {
  it('seats the host at the far end, the player in front, and the guests clockwise from the host', () => {
    const layout = layoutSet(labels(FULL), 1600, 480, { pixelRatio: 1.25 });
    const at = Object.fromEntries(layout.seats.map((s) => [s.id, s]));
    expect(at.moderator!.x).toBeCloseTo(800);
    // The host's seat is the farthest: highest on the picture, smallest.
    for (const s of layout.seats.filter((s) => s.id !== 'moderator')) {
      expect(at.moderator!.y).toBeLessThanOrEqual(s.y);
    }
    expect(at.player!.near).toBe(true);
    // The first speakers on the host's right (the picture's right), the last voices on the left.
    expect(at.sediqi!.x).toBeGreaterThan(800);
    expect(at.abdolalizadeh!.x).toBeLessThan(800);
    // Clockwise: the right side runs from the host outward in speaking order.
    expect(at.sediqi!.x).toBeLessThan(at.alamolhoda!.x);
    expect(layout.seats).toHaveLength(FULL.length);
    // Drawn far to near.
    const depths = layout.seats.map((s) => s.depth);
    expect(depths).toEqual([...depths].sort((a, b) => a - b));
  });

  for (const size of SIZES) {
    for (const [table, seats] of [
      ['full', FULL],
      ['short', SHORT],
    ] as const) {
      for (const textScale of [1, 2]) {
        it(`keeps every placard inside the picture and clear of the others: ${size.name}, ${table} table, text ${textScale * 100}%`, () => {
          const layout = layoutSet(labels(seats), size.width, size.height, { pixelRatio: size.pixelRatio, textScale });
          const boxes = layout.seats.map((s) => ({ id: s.id, ...s.placard }));
          for (const b of boxes) {
            expect(b.w, `${b.id} has a placard`).toBeGreaterThan(0);
            expect(b.x, `${b.id} left`).toBeGreaterThanOrEqual(0);
            expect(b.y, `${b.id} top`).toBeGreaterThanOrEqual(0);
            expect(b.x + b.w, `${b.id} right`).toBeLessThanOrEqual(size.width);
            expect(b.y + b.h, `${b.id} bottom`).toBeLessThanOrEqual(size.height);
          }
          for (const [i, a] of boxes.entries()) {
            for (const b of boxes.slice(i + 1)) expect(overlaps(a, b), `${a.id} meets ${b.id}`).toBe(false);
          }
          // Each placard's room is as wide as its widest text, in the label mode the layout chose.
          for (const s of layout.seats) {
            const label = labels(seats).find((l) => l.id === s.id)!;
            expect(s.placard.w).toBe(roomySize(label, layout.labels, layout.fontSize, estimateWidth).w);
            expect(s.placard.w).toBeGreaterThanOrEqual(placardSize(label[layout.labels], layout.fontSize, estimateWidth).w);
          }
        });
      }
    }
  }

  // The table is laid out when the debate starts, before anyone has a stance; stances come later
  // and add a line to the placard. Every placard, with any stance, must still fit the room it was
  // given, in English and in Persian (at the phone size, the first stance once grew placards
  // into each other).
  for (const [language, sheet] of [
    ['English', cast],
    ['Persian', persianTable as unknown as CastSheet],
  ] as const) {
    for (const size of SIZES) {
      for (const [table, seats] of [
        ['full', FULL],
        ['short', SHORT],
      ] as const) {
        it(`keeps room for the stance a placard gains later: ${language}, ${size.name}, ${table} table`, async () => {
          await loadCatalogue(language === 'Persian' ? 'fa' : 'en');
          useLocale(language === 'Persian' ? 'fa' : 'en');
          try {
            const atStart = seatViews(sheet, { seats, stances: {} }, null).map(seatLabel);
            const layout = layoutSet(atStart, size.width, size.height, { pixelRatio: size.pixelRatio });
            const boxes = layout.seats.map((s) => ({ id: s.id, ...s.placard }));
            for (const [i, a] of boxes.entries()) {
              for (const b of boxes.slice(i + 1)) expect(overlaps(a, b), `${a.id} meets ${b.id}`).toBe(false);
            }
            for (const seat of layout.seats) {
              if (seat.id === 'moderator' || seat.id === 'player') continue;
              for (const stance of STANCES) {
                const later = seatLabel({ ...seatViews(sheet, { seats, stances: { [seat.id]: stance } }, null).find((v) => v.id === seat.id)! });
                const { w, h } = placardSize(later[layout.labels], layout.fontSize, estimateWidth);
                expect(w, `${seat.id} ${stanceLabel(stance)} width`).toBeLessThanOrEqual(seat.placard.w);
                expect(h, `${seat.id} ${stanceLabel(stance)} height`).toBeLessThanOrEqual(seat.placard.h);
              }
            }
          } finally {
            useLocale('en');
          }
        });
      }
    }
  }

  it('shows full names where there is room, then surnames, then monograms', () => {
    expect(layoutSet(labels(SHORT), 2400, 900, { pixelRatio: 1 }).labels).toBe('full');
    expect(layoutSet(labels(FULL), 1600, 480, { pixelRatio: 1.25 }).labels).not.toBe('full');
    expect(['monogram', 'mark']).toContain(layoutSet(labels(FULL), 640, 384, { pixelRatio: 2, textScale: 2 }).labels);
  });

  it('grows placard text with the text size and the pixel ratio', () => {
    expect(layoutSet(labels(SHORT), 4000, 1400, { pixelRatio: 1, textScale: 2 }).fontSize).toBe(24);
    expect(layoutSet(labels(SHORT), 4000, 1400, { pixelRatio: 2 }).fontSize).toBe(24);
  });
});

describe('framingFor', () => {
  const layout = layoutSet(labels(FULL), 1600, 480, { pixelRatio: 1.25 });

  it('shows the whole canvas for the wide shot', () => {
    expect(framingFor(layout, null, 1)).toEqual({ x: 0, y: 0, w: 1600, h: 480 });
    expect(framingFor(layout, 'sediqi', 1)).toEqual({ x: 0, y: 0, w: 1600, h: 480 });
  });

  it('closes in on a speaker without leaving the canvas, their head in the upper half', () => {
    for (const seat of layout.seats) {
      const f = framingFor(layout, seat.id, 1.38);
      expect(f.w).toBeCloseTo(1600 / 1.38);
      expect(f.h).toBeCloseTo(480 / 1.38);
      expect(f.x).toBeGreaterThanOrEqual(0);
      expect(f.y).toBeGreaterThanOrEqual(0);
      expect(f.x + f.w).toBeLessThanOrEqual(1600 + 1e-6);
      expect(f.y + f.h).toBeLessThanOrEqual(480 + 1e-6);
      if (seat.near) continue;
      const headX = seat.x;
      const headY = seat.y - seat.size * 0.8;
      expect(headX).toBeGreaterThanOrEqual(f.x);
      expect(headX).toBeLessThanOrEqual(f.x + f.w);
      expect(headY).toBeGreaterThanOrEqual(f.y);
      expect(headY).toBeLessThanOrEqual(f.y + f.h / 2);
    }
  });
});

describe('the stance line on a placard', () => {
  const stance = '■ بی‌اعتماد';
  const px = 20;
  const boxWidth = 200;
  const { slot, width } = stanceLineWidth(stance, px, estimateWidth);
  const start = (boxWidth - width) / 2;

  it('puts the shape at the start of the line: on the left in English, on the right in Persian', () => {
    const ltr = stanceLinePlaces(stance, px, estimateWidth, boxWidth, canvasScript('en').direction);
    expect(ltr.shapeX).toBeCloseTo(start + slot * 0.4);
    expect(ltr).toMatchObject({ wordX: start + slot, align: 'left' });
    const rtl = stanceLinePlaces(stance, px, estimateWidth, boxWidth, canvasScript('fa').direction);
    // Mirrored about the placard's centre: the shape right of the word, the word ending at the shape's slot.
    expect(rtl.shapeX).toBeCloseTo(boxWidth - ltr.shapeX);
    expect(rtl.wordX).toBeCloseTo(boxWidth - ltr.wordX);
    expect(rtl.align).toBe('right');
    expect(rtl.shapeX).toBeGreaterThan(rtl.wordX);
  });

  it('writes Persian right to left in Vazirmatn, English left to right in the Latin font', () => {
    expect(canvasScript('fa')).toMatchObject({ direction: 'rtl' });
    expect(canvasScript('fa').font.startsWith('"Vazirmatn"')).toBe(true);
    // The loader's sample must hold Persian letters, or a unicode-range face is never fetched.
    expect(canvasScript('fa').sample).toMatch(/[\u0600-\u06FF]/);
    expect(canvasScript('en')).toMatchObject({ direction: 'ltr' });
    expect(canvasScript('en').font).not.toContain('Vazirmatn');
  });
});
