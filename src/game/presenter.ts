// Maps what the engine says (the table state and who is speaking) to what the table scene draws.
// Pure functions: the scene only paints these models, and the tests check them in Node.
import type { StoryTable } from '../debate/cast.ts';
import type { SpeakerId, Stance } from '../debate/contract.ts';
import type { Meters, TableState } from '../debate/events.ts';

export type StanceShape = 'square' | 'triangle' | 'circle';

/** Each stance is told apart by word and by shape, never by colour alone. */
export const STANCE_LOOK: Record<Stance, { word: string; shape: StanceShape; color: number }> = {
  firm: { word: 'firm', shape: 'square', color: 0xff8a7a },
  wary: { word: 'wary', shape: 'triangle', color: 0xf0b54c },
  open: { word: 'open', shape: 'circle', color: 0x6fd3a0 },
};

export interface SeatView {
  id: SpeakerId;
  role: string;
  monogram: string;
  name: string;
  /** The surname, for narrow screens. */
  shortName: string;
  /** Title and city, e.g. "Friday Prayer Leader · Tehran". */
  subtitle: string;
  stance?: Stance;
  speaking: boolean;
}

export interface TableModel {
  seats: SeatView[];
  meters: Meters;
}

export function seatViews(
  cast: StoryTable,
  state: Pick<TableState, 'seats' | 'stances'>,
  speaking: SpeakerId | null,
): SeatView[] {
  return state.seats.map((id) => {
    const placard = cast.speakers[id];
    const name = placard?.name ?? id;
    const view: SeatView = {
      id,
      role: placard?.role ?? 'opponent',
      monogram: placard?.monogram || name.slice(0, 1),
      name,
      shortName: name.split(' ').at(-1) ?? name,
      subtitle: [placard?.title, placard?.city].filter(Boolean).join(' · '),
      speaking: id === speaking,
    };
    const stance = state.stances[id];
    if (stance) view.stance = stance;
    return view;
  });
}

export function tableModel(
  cast: StoryTable,
  state: Pick<TableState, 'seats' | 'stances' | 'meters'>,
  speaking: SpeakerId | null,
): TableModel {
  return { seats: seatViews(cast, state, speaking), meters: { ...state.meters } };
}

// ---- layout -------------------------------------------------------------------------------

export type LabelMode = 'full' | 'name' | 'monogram';

/** The gap between a medallion's centre and its placard, in medallion radii. */
export const PLACARD_GAP = 1.15;

export interface SeatPlacement {
  id: SpeakerId;
  x: number;
  y: number;
  /** Where the placard stands: on the table, between the seat and the table's centre. */
  placard: 'above' | 'below' | 'left' | 'right';
  /** The widest this seat's placard may be without reaching the head's or the foot's placard. */
  placardMax: number;
}

export interface TableLayout {
  table: { cx: number; cy: number; rx: number; ry: number };
  seats: SeatPlacement[];
  medallion: number;
  fontSize: number;
  labels: LabelMode;
  placardWidth: number;
}

/**
 * Places the seats around an oval table seen from above: the moderator at the head, the player at
 * the foot, everyone else clockwise in speaking order. Sizes are in the canvas's own pixels;
 * `pixelRatio` and `textScale` only grow text and medallions so they stay legible.
 */
export function layoutTable(
  seats: readonly SpeakerId[],
  width: number,
  height: number,
  textScale = 1,
  pixelRatio = 1,
): TableLayout {
  const css = (px: number) => px * pixelRatio;
  const fontSize = Math.round(css(13) * textScale);
  const medallion = Math.round(
    Math.min(css(26) * Math.min(textScale, 1.4), Math.min(width, height) * 0.075),
  );
  const cx = width / 2;
  const cy = height / 2;
  const rx = Math.max(width / 2 - medallion * 1.6, width * 0.2);
  const ry = Math.max(height / 2 - medallion * 1.6, height * 0.2);

  const head = seats.filter((s) => s === 'moderator');
  const foot = seats.filter((s) => s === 'player');
  const around = seats.filter((s) => s !== 'moderator' && s !== 'player');
  const right = around.slice(0, Math.ceil(around.length / 2));
  const left = around.slice(Math.ceil(around.length / 2));
  // Side seats sit along the long sides, clear of the head and the foot, on the oval's rim.
  const sideY = (i: number, n: number) =>
    cy - ry * 0.62 + (n === 1 ? ry * 0.62 : (ry * 1.24 * i) / (n - 1));
  const rimX = (y: number) => rx * Math.sqrt(Math.max(0, 1 - ((y - cy) / ry) ** 2));
  // How much room a placard has: the gap between neighbours along the rim, at most a third of the
  // width. Too narrow for names at this text size: show surnames, then monograms only.
  const perSide = Math.max(right.length, left.length, 1);
  const gap = perSide > 1 ? (ry * 1.24) / (perSide - 1) : ry;
  const placardWidth = Math.min(rx * 0.8 - medallion * 1.2, css(220) * textScale);
  const charWidth = fontSize * 0.55;
  // The longest surnames (Abdolalizadeh, Shariatmadari) need about 14 characters on one line.
  const labels: LabelMode =
    placardWidth >= charWidth * 24 && gap >= fontSize * 3.2
      ? 'full'
      : placardWidth >= charWidth * 15
        ? 'name'
        : 'monogram';

  // The first and last seat of a side sit level with the head's or the foot's placard, which is
  // centred and at most placardWidth wide: their placards stop short of it.
  const clear = (x: number, n: number, i: number) =>
    n > 1 && (i === 0 || i === n - 1)
      ? Math.max(
          0,
          Math.min(
            placardWidth,
            Math.abs(x - cx) - medallion * PLACARD_GAP - placardWidth / 2 - css(8),
          ),
        )
      : placardWidth;
  const placements: SeatPlacement[] = [];
  for (const id of head)
    placements.push({ id, x: cx, y: cy - ry, placard: 'below', placardMax: placardWidth });
  // Right side, top to bottom; then left side, bottom to top: clockwise around the table.
  // Placards stand on the table in front of each seat, where there is room for them.
  right.forEach((id, i) => {
    const y = sideY(i, right.length);
    const x = cx + rimX(y);
    placements.push({ id, x, y, placard: 'left', placardMax: clear(x, right.length, i) });
  });
  for (const id of foot)
    placements.push({ id, x: cx, y: cy + ry, placard: 'above', placardMax: placardWidth });
  left.forEach((id, i) => {
    const y = sideY(left.length - 1 - i, left.length);
    const x = cx - rimX(y);
    placements.push({ id, x, y, placard: 'right', placardMax: clear(x, left.length, i) });
  });
  return {
    table: { cx, cy, rx: rx - medallion * 0.4, ry: ry - medallion * 0.4 },
    seats: placements,
    medallion,
    fontSize,
    labels,
    placardWidth,
  };
}
