// The story's cast sheet (story/cast.json): placards, card faces, move names and ending titles.
// Words live in story/, like everything else the game says; this module only types them.
import type { CardId, Move, SpeakerId } from './contract.ts';

export interface Placard {
  name: string;
  title: string;
  city: string;
  monogram: string;
  role: (typeof ROLES)[number];
  /** The article's one-line label of the figure's argument. */
  label?: string;
  /** The rhetorical move at work in the figure's claim (for the debrief). */
  rhetoric?: string;
  /** The article paragraph holding the figure's viewpoint. */
  source?: string;
}

export interface CardFace {
  name: string;
  point: string;
  sources: string[];
  /** The rhetorical move the card makes, fallacy labels included: the expert is open to critique too. */
  rhetoric?: string;
}

/** Which side carried the room in an ending: the player's case, the opponents', or neither. */
export const ROOMS = ['player', 'opponents', 'split'] as const;
export type Room = (typeof ROOMS)[number];

export interface EndingFace {
  title: string;
  room: Room;
  /** Shown in the endings gallery while the ending is not found: how a debate gets there, never which choices. */
  hint: string;
}

export interface CastSheet {
  speakers: Record<SpeakerId, Placard>;
  cards: Record<CardId, CardFace>;
  moves: Record<Move, string>;
  endings: Record<string, EndingFace>;
}

/** Who sits at the table, as the cast sheet gives each speaker a role. */
export const ROLES = ['host', 'player', 'opponent', 'voice', 'narrator'] as const;

/** The part of the cast sheet that says who is who. */
export interface CastRoles {
  speakers: Record<string, { role?: string }>;
}

/** The public figures (roles `opponent` and `voice`), in the cast sheet's order. */
export function figuresOf(table: CastRoles): SpeakerId[] {
  return Object.keys(table.speakers).filter((id) => ['opponent', 'voice'].includes(table.speakers[id]?.role ?? ''));
}

/** The opponents (role `opponent`), in the cast sheet's order. */
export function opponentsOf(table: CastRoles): SpeakerId[] {
  return Object.keys(table.speakers).filter((id) => table.speakers[id]?.role === 'opponent');
}

/** Whether `id` is a public figure of the cast sheet: their lines cite the article or are marked dramatized. */
export function isFigure(table: CastRoles, id: string): boolean {
  const role = table.speakers[id]?.role;
  return role === 'opponent' || role === 'voice';
}

/** A display name for any speaker id, even one the sheet lacks (the story check flags those). */
export function speakerName(table: CastSheet, id: string): string {
  return table.speakers[id as SpeakerId]?.name ?? id;
}
