// Maps what the engine says (the table state and who is speaking) to what the table scene draws.
// Pure functions: the scene only paints these models, and the tests check them in Node.
import type { CastSheet } from '../debate/core/cast.ts';
import { STANCES, type SpeakerId, type Stance } from '../debate/core/contract.ts';
import type { Meters, TableState } from '../debate/core/events.ts';
import type { SeatLabel } from './layout.ts';
import { m } from '../i18n/index.ts';

export type StanceShape = 'square' | 'triangle' | 'circle';

/**
 * Each stance is told apart by word and by shape, never by colour alone. The word is the active
 * language's (read when asked for, so it follows the page's language).
 */
export const STANCE_LOOK: Record<Stance, { readonly word: string; shape: StanceShape; color: number }> = {
  firm: { get word() { return m().stances.firm; }, shape: 'square', color: 0xff8a7a },
  wary: { get word() { return m().stances.wary; }, shape: 'triangle', color: 0xf0b54c },
  open: { get word() { return m().stances.open; }, shape: 'circle', color: 0x6fd3a0 },
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

/** How the studio audience answers a change of the audience meter. */
export type Reaction = 'applause' | 'murmur' | 'away';

export interface TableModel {
  seats: SeatView[];
  meters: Meters;
  /** Counts the lines spoken: each new one starts its speaker's gesture. */
  line: number;
  /** The line is still being revealed: the speaker gestures until it is all on screen. */
  talking?: boolean;
  /** The player is choosing: the camera shows the whole table. */
  deciding: boolean;
  /** The audience's latest reaction, numbered so that each one plays once. */
  reaction?: { kind: Reaction; n: number };
}

/** The reaction to a change of the audience meter: applause for a big gain, a turn away for a loss. */
export function reactionTo(audienceDelta: number): Reaction | null {
  if (audienceDelta === 0) return null;
  if (audienceDelta >= 15) return 'applause';
  if (audienceDelta <= -10) return 'away';
  return 'murmur';
}

export function seatViews(
  cast: CastSheet,
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
      // The last word: a guest's surname, "Moderator" for the host.
      shortName: capitalise(name.split(' ').at(-1) ?? name),
      subtitle: [placard?.title, placard?.city].filter(Boolean).join(' · '),
      speaking: id === speaking,
    };
    const stance = state.stances[id];
    if (stance) view.stance = stance;
    return view;
  });
}

export function tableModel(
  cast: CastSheet,
  state: Pick<TableState, 'seats' | 'stances' | 'meters'>,
  speaking: SpeakerId | null,
  beat: Pick<TableModel, 'line' | 'deciding' | 'reaction' | 'talking'> = { line: 0, deciding: false },
): TableModel {
  const model: TableModel = {
    seats: seatViews(cast, state, speaking),
    meters: { ...state.meters },
    line: beat.line,
    deciding: beat.deciding,
  };
  if (beat.talking) model.talking = true;
  if (beat.reaction) model.reaction = { ...beat.reaction };
  return model;
}

/** A stance as its placard shows it: the shape, then the word. */
export function stanceLabel(stance: Stance | undefined): string {
  if (!stance) return '';
  const look = STANCE_LOOK[stance];
  const symbol = look.shape === 'square' ? '■' : look.shape === 'triangle' ? '▲' : '●';
  return `${symbol} ${look.word}`;
}

/** The placard's lines for a seat in each label mode (src/game/layout.ts picks the one that fits). */
export function seatLabel(view: SeatView): SeatLabel {
  const stance = stanceLabel(view.stance);
  return {
    id: view.id,
    // The host and the player never take a stance; everyone else may take any of the three.
    roomFor: view.id === 'moderator' || view.id === 'player' ? [] : STANCES.map(stanceLabel),
    full: { name: view.name, stance },
    name: { name: view.shortName, stance },
    monogram: { name: view.monogram || view.shortName.slice(0, 2), stance },
    mark: { name: view.monogram || view.shortName.slice(0, 2), stance: stance.slice(0, 1) },
  };
}


function capitalise(word: string): string {
  return word.charAt(0).toLocaleUpperCase() + word.slice(1);
}
