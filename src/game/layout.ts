// Where everything stands on the studio set, in canvas pixels: the back wall, the audience on its
// risers, the table seen in perspective, each figure's seat, its placard, and the camera's framing
// of every seat. Pure geometry: the scene draws what this returns, and the tests check it in Node
// (every placard inside the picture, none over another, at phone and projector sizes).
import type { SpeakerId } from '../debate/core/contract.ts';

/** Placard text, widest first: full name, surname, initials; `mark` drops the stance's word (the
 * shape stays, so the stance is still told by more than colour). */
export type LabelMode = 'full' | 'name' | 'monogram' | 'mark';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface SeatSpot {
  id: SpeakerId;
  /** Where the figure meets the table's rim: the foot of its torso. */
  x: number;
  y: number;
  /** The figure's height from the rim to the top of its head. */
  size: number;
  /** Which way the figure leans, toward the table's centre: -1 (to the left) to 1 (to the right). */
  turn: number;
  /** The player's own seat: in the foreground, seen from behind. */
  near: boolean;
  /** Drawing order, far to near. */
  depth: number;
  /** The name card standing on the table in front of the figure. */
  placard: Box;
}

export interface AudienceSeat {
  x: number;
  /** The foot of the shoulders. */
  y: number;
  size: number;
  row: number;
}

export interface Framing {
  /** The part of the canvas the camera shows, with the canvas's own aspect. */
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface SetLayout {
  width: number;
  height: number;
  /** Where the back wall meets the studio floor. */
  wallBottom: number;
  table: { cx: number; cy: number; rx: number; ry: number; edge: number };
  seats: SeatSpot[];
  audience: AudienceSeat[];
  fontSize: number;
  labels: LabelMode;
}

/** The placard's lines for a seat, in the chosen label mode. */
export interface PlacardText {
  name: string;
  stance: string;
}

/** Measures a line of placard text in canvas pixels (the scene passes the canvas's own measure). */
export type Measure = (text: string, bold: boolean, px: number) => number;

/** A measure for tests and for before the font is known: wide enough for Atkinson Hyperlegible. */
export const estimateWidth: Measure = (text, bold, px) => Array.from(text).length * px * (bold ? 0.62 : 0.56);

export interface SeatLabel {
  id: SpeakerId;
  /** The placard's lines in each mode, widest first. */
  full: PlacardText;
  name: PlacardText;
  monogram: PlacardText;
  mark: PlacardText;
  /**
   * Every stance line the seat's placard may come to show (as `full` shows it: shape and word), so
   * the layout keeps room for the widest: a placard laid out before its figure has a stance would
   * otherwise grow into its neighbour's when it gets one.
   */
  roomFor?: readonly string[];
}

const MODES: LabelMode[] = ['full', 'name', 'monogram', 'mark'];

/**
 * Lays out the set for the seats this table fills. The moderator sits at the far end, the player in
 * the foreground (seen from behind), everyone else around the far side in speaking order,
 * clockwise: the first speakers on the right. `pixelRatio` and `textScale` grow the placards' text.
 */
export function layoutSet(
  labels: readonly SeatLabel[],
  width: number,
  height: number,
  options: { textScale?: number; pixelRatio?: number; measure?: Measure } = {},
): SetLayout {
  const { textScale = 1, pixelRatio = 1, measure = estimateWidth } = options;
  const W = width;
  const H = height;
  const wallBottom = H * 0.44;
  const cy = H * 0.6;
  const ry = H * 0.15;
  // As flat as a low camera sees it, never flatter: on a very wide picture the table keeps its
  // depth and leaves the sides to the audience.
  const rx = Math.min(W * 0.41, ry / 0.14);
  const cx = W / 2;
  const table = { cx, cy, rx, ry, edge: ry * 0.22 };

  const ids = labels.map((l) => l.id);
  const host = ids.filter((id) => id === 'moderator');
  const player = ids.filter((id) => id === 'player');
  const around = ids.filter((id) => id !== 'moderator' && id !== 'player');
  const right = around.slice(0, Math.ceil(around.length / 2));
  const left = around.slice(Math.ceil(around.length / 2));
  // Along the far side, left to right: the left side from the near end up, the host, the right
  // side from the host down to the near end (clockwise seen from above).
  const far: SpeakerId[] = [...left.slice().reverse(), ...host, ...right];
  // If there is no host, the far centre stays empty and the sides keep their places.
  const slots = far.length + (host.length === 0 && far.length % 2 === 0 ? 1 : 0);
  const span = rx * 0.94;
  const step = slots > 1 ? (2 * span) / (slots - 1) : 0;
  const rimY = (x: number) => cy - ry * Math.sqrt(Math.max(0, 1 - ((x - cx) / rx) ** 2));
  const baseSize = Math.min(H * 0.36, step > 0 ? step * 1.3 : H * 0.36);

  const seats: SeatSpot[] = [];
  const placeFar = (id: SpeakerId, slot: number) => {
    const x = slots > 1 ? cx - span + slot * step : cx;
    const y = rimY(x);
    // Nearer seats (lower on the picture) are a little larger.
    const depth = (y - (cy - ry)) / ry;
    seats.push({
      id,
      x,
      y,
      size: baseSize * (0.84 + 0.16 * depth),
      turn: rx > 0 ? -(x - cx) / rx : 0,
      near: false,
      depth,
      placard: { x: 0, y: 0, w: 0, h: 0 },
    });
  };
  let slot = 0;
  for (const id of far) {
    // Leave the centre free for a missing host.
    if (host.length === 0 && slots > far.length && slot === (slots - 1) / 2) slot++;
    placeFar(id, slot++);
  }
  for (const id of player) {
    seats.push({
      id,
      x: cx - rx * 0.62,
      y: H * 1.22,
      size: H * 0.6,
      turn: 0.3,
      near: true,
      depth: 2,
      placard: { x: 0, y: 0, w: 0, h: 0 },
    });
  }

  // Placards: the largest text and the fullest label that fit without any two touching.
  const baseFont = 12 * pixelRatio * textScale;
  let chosen: { fontSize: number; mode: LabelMode } | null = null;
  outer: for (const shrink of [1, 0.85, 0.7, 0.55]) {
    for (const mode of MODES) {
      const fontSize = Math.max(8 * pixelRatio, Math.round(baseFont * shrink));
      if (placePlacards(seats, labels, mode, fontSize, table, W, H, measure)) {
        chosen = { fontSize, mode };
        break outer;
      }
    }
  }
  // Nothing fits (a very small canvas with very large text): monograms at the smallest size, and
  // the test of this function says which sizes can get here.
  chosen ??= { fontSize: Math.max(8 * pixelRatio, Math.round(baseFont * 0.55)), mode: 'mark' };
  placePlacards(seats, labels, chosen.mode, chosen.fontSize, table, W, H, measure, true);

  seats.sort((a, b) => a.depth - b.depth);
  return {
    width: W,
    height: H,
    wallBottom,
    table,
    seats,
    audience: audienceSeats(W, H, wallBottom),
    fontSize: chosen.fontSize,
    labels: chosen.mode,
  };
}

/**
 * The stance line's width: a drawn shape in a fixed slot, then the word. The shape's own character
 * (▲) is never measured: fonts without it fall back to another, whose width is not known until it
 * has loaded, and the placards must come out the same every time.
 */
export function stanceLineWidth(stance: string, px: number, measure: Measure): { slot: number; width: number } {
  const slot = px * 1.25;
  const word = stance.slice(2);
  return { slot, width: stance ? slot + (word ? measure(word, false, px) : 0) : 0 };
}

/**
 * Where the stance line's shape and word go on a placard `boxWidth` wide: the line is centred, the
 * shape at its start (the left in English, the right in Persian) and the word after it, anchored at
 * its start side (`align` is the canvas `textAlign` for `wordX`).
 */
export function stanceLinePlaces(
  stance: string,
  px: number,
  measure: Measure,
  boxWidth: number,
  direction: 'ltr' | 'rtl',
): { shapeX: number; wordX: number; align: 'left' | 'right' } {
  const { slot, width } = stanceLineWidth(stance, px, measure);
  const x0 = (boxWidth - width) / 2;
  if (direction === 'rtl') return { shapeX: x0 + width - slot * 0.4, wordX: x0 + width - slot, align: 'right' };
  return { shapeX: x0 + slot * 0.4, wordX: x0 + slot, align: 'left' };
}

/** The size of a placard's two lines at `px`. */
export function placardSize(text: PlacardText, px: number, measure: Measure): { w: number; h: number } {
  const pad = px * 0.45;
  const w = Math.max(measure(text.name, true, px), stanceLineWidth(text.stance, px * 0.9, measure).width) + pad * 2;
  const h = px * 1.25 + (text.stance ? px * 0.9 * 1.25 : 0) + pad * 1.4;
  return { w: Math.ceil(w), h: Math.ceil(h) };
}

/** The room a seat's placard needs in `mode`: its widest and tallest over every stance it may show. */
export function roomySize(label: SeatLabel | undefined, mode: LabelMode, px: number, measure: Measure): { w: number; h: number } {
  const text = label?.[mode] ?? { name: label?.id ?? '', stance: '' };
  const stances = [text.stance, ...(label?.roomFor ?? []).map((line) => (mode === 'mark' ? line.slice(0, 1) : line))];
  const sizes = stances.map((stance) => placardSize({ name: text.name, stance }, px, measure));
  return { w: Math.max(...sizes.map((s) => s.w)), h: Math.max(...sizes.map((s) => s.h)) };
}

/**
 * Stands each placard on the table in front of its figure, in one of two rows (alternate seats
 * stagger when neighbours are close). Returns false when some placard would leave the picture or
 * touch another; with `force`, places them anyway.
 */
function placePlacards(
  seats: SeatSpot[],
  labels: readonly SeatLabel[],
  mode: LabelMode,
  px: number,
  table: SetLayout['table'],
  W: number,
  H: number,
  measure: Measure,
  force = false,
): boolean {
  const sizeOf = (id: SpeakerId) => roomySize(labels.find((l) => l.id === id), mode, px, measure);
  const gap = px * 0.5;
  const boxes: Box[] = [];
  const far = seats.filter((s) => !s.near).sort((a, b) => a.x - b.x);
  let ok = true;
  for (const seat of far) {
    const { w, h } = sizeOf(seat.id);
    // Pulled a little toward the table's centre, on the table just in front of the figure.
    const x = seat.x + (table.cx - seat.x) * 0.08 - w / 2;
    const row0 = seat.y + table.ry * 0.12;
    // Full names stand in one row or not at all (staggered, they crowd the table); shorter
    // labels may step back a row when a neighbour is close.
    const candidates = mode === 'full' ? [row0] : [row0, row0 + h + gap * 0.6];
    let placed: Box | null = null;
    // The front row first; a placard that would touch its neighbour steps back a row.
    for (const y of candidates) {
      const box = { x: Math.round(x), y: Math.round(y), w, h };
      if (fits(box, boxes, W, H, gap)) {
        placed = box;
        break;
      }
    }
    if (!placed) {
      ok = false;
      placed = { x: Math.round(x), y: Math.round(row0), w, h };
    }
    seat.placard = placed;
    boxes.push(placed);
  }
  for (const seat of seats.filter((s) => s.near)) {
    const { w, h } = sizeOf(seat.id);
    // The player's card stands on the near rim, to the right of their shoulder.
    const box = {
      x: Math.round(Math.min(W - w - gap, seat.x + seat.size * 0.34)),
      y: Math.round(Math.min(H - h - gap, table.cy + table.ry * 0.55)),
      w,
      h,
    };
    if (!fits(box, boxes, W, H, gap)) ok = false;
    seat.placard = box;
    boxes.push(box);
  }
  return ok || force;
}

function fits(box: Box, others: Box[], W: number, H: number, gap: number): boolean {
  if (box.x < 0 || box.y < 0 || box.x + box.w > W || box.y + box.h > H) return false;
  return others.every(
    (o) => box.x + box.w + gap <= o.x || o.x + o.w + gap <= box.x || box.y + box.h + gap <= o.y || o.y + o.h + gap <= box.y,
  );
}

/** True when two boxes share any area. */
export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/**
 * The studio audience: three rows on risers behind the table, the front row largest. Spacing is
 * jittered by a fixed seed, so the same picture is drawn every time.
 */
function audienceSeats(W: number, H: number, wallBottom: number): AudienceSeat[] {
  const seats: AudienceSeat[] = [];
  let seed = 12;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const rows = [
    { y: wallBottom + H * 0.015, size: H * 0.105 },
    { y: wallBottom - H * 0.085, size: H * 0.09 },
    { y: wallBottom - H * 0.165, size: H * 0.078 },
  ];
  rows.forEach((r, row) => {
    const spacing = r.size * 0.82;
    const count = Math.ceil(W / spacing) + 1;
    const offset = (row % 2) * spacing * 0.5 - spacing * 0.3;
    for (let i = 0; i < count; i++) {
      seats.push({
        x: offset + i * spacing + (random() - 0.5) * spacing * 0.3,
        y: r.y + (random() - 0.5) * r.size * 0.08,
        size: r.size * (0.92 + random() * 0.16),
        row,
      });
    }
  });
  return seats;
}

/**
 * The camera's framing of a seat: a push-in that keeps the figure's head a third of the way down
 * the picture, never past the canvas's edges. `zoom` 1 is the wide shot.
 */
export function framingFor(layout: SetLayout, id: SpeakerId | null, zoom: number): Framing {
  const { width: W, height: H } = layout;
  const seat = id ? layout.seats.find((s) => s.id === id) : undefined;
  if (!seat || zoom <= 1) return { x: 0, y: 0, w: W, h: H };
  const w = W / zoom;
  const h = H / zoom;
  // The player is seen from behind: frame over their shoulder, toward the table.
  const focusX = seat.near ? seat.x + (layout.table.cx - seat.x) * 0.55 : seat.x;
  const headY = seat.near ? layout.table.cy - layout.table.ry : seat.y - seat.size * 0.8;
  const x = Math.min(W - w, Math.max(0, focusX - w / 2));
  const y = Math.min(H - h, Math.max(0, headY - h * 0.34));
  return { x, y, w, h };
}
