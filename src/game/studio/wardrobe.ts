// How each figure at the table is drawn: stylised, never a likeness. No faces (the heads are
// featureless), no photographs, no religious dress, nothing exaggerated; guests are told apart by
// silhouette (build, head, hair, beard, glasses, collar), by colour and by seat. These are
// costume choices for the show, not descriptions of the real people.
import type { SpeakerId } from '../../debate/core/contract.ts';

export type GestureStyle = 'palm' | 'point' | 'chop' | 'both';

export interface Costume {
  jacket: string;
  shirt: string;
  tie?: string;
  collar: 'band' | 'open' | 'tie' | 'turtleneck';
  skin: string;
  hair: string;
  hairStyle: 'short' | 'bald' | 'side' | 'full';
  beard: 'none' | 'short' | 'full';
  glasses: boolean;
  /** Shoulder width, about 1. */
  build: number;
  head: 'round' | 'long' | 'broad';
  gesture: GestureStyle;
  /** The host holds a cue card. */
  card?: boolean;
}

const COSTUMES: Partial<Record<SpeakerId, Costume>> = {
  moderator: { jacket: '#2b3445', shirt: '#e9edf3', tie: '#b8453c', collar: 'tie', skin: '#c99a7a', hair: '#2a2420', hairStyle: 'short', beard: 'none', glasses: false, build: 1, head: 'round', gesture: 'palm', card: true },
  player: { jacket: '#a8782c', shirt: '#f4f1e8', collar: 'open', skin: '#b98a6a', hair: '#3b2a1e', hairStyle: 'full', beard: 'none', glasses: false, build: 1.05, head: 'round', gesture: 'palm' },
  sediqi: { jacket: '#3b5d8a', shirt: '#d9dde3', collar: 'band', skin: '#c3936f', hair: '#8d8a86', hairStyle: 'short', beard: 'full', glasses: true, build: 1.12, head: 'broad', gesture: 'point' },
  alamolhoda: { jacket: '#6a4b7c', shirt: '#3c2f46', collar: 'turtleneck', skin: '#d0a27f', hair: '#5b5752', hairStyle: 'side', beard: 'full', glasses: false, build: 0.92, head: 'long', gesture: 'chop' },
  saeidi: { jacket: '#2f6f62', shirt: '#e4e6e1', collar: 'band', skin: '#b88764', hair: '#1f1c1a', hairStyle: 'full', beard: 'short', glasses: false, build: 1, head: 'round', gesture: 'palm' },
  laeini: { jacket: '#7a5a3a', shirt: '#efe6d6', collar: 'open', skin: '#c8977a', hair: '#a9a49c', hairStyle: 'bald', beard: 'full', glasses: true, build: 1.1, head: 'broad', gesture: 'both' },
  shariatmadari: { jacket: '#4a4f57', shirt: '#dfe4ea', tie: '#27406b', collar: 'tie', skin: '#d4aa8a', hair: '#d8d6d2', hairStyle: 'side', beard: 'none', glasses: true, build: 0.9, head: 'long', gesture: 'point' },
  hamedani: { jacket: '#8a3f4a', shirt: '#ece8e3', collar: 'band', skin: '#c09070', hair: '#e1ded8', hairStyle: 'short', beard: 'full', glasses: false, build: 1.02, head: 'round', gesture: 'chop' },
  taeb: { jacket: '#3d5a3a', shirt: '#d6dbd2', collar: 'band', skin: '#b7886a', hair: '#2b2724', hairStyle: 'short', beard: 'short', glasses: true, build: 1.06, head: 'broad', gesture: 'palm' },
  abdolalizadeh: { jacket: '#2d4e7d', shirt: '#e6ecf4', tie: '#2f8a86', collar: 'tie', skin: '#caa083', hair: '#77736e', hairStyle: 'short', beard: 'none', glasses: false, build: 1, head: 'long', gesture: 'both' },
};

const SPARE: Costume[] = [
  { jacket: '#5b4a7a', shirt: '#e5e2ea', collar: 'open', skin: '#c49575', hair: '#3a3430', hairStyle: 'short', beard: 'short', glasses: false, build: 1, head: 'round', gesture: 'palm' },
  { jacket: '#365e57', shirt: '#e3e6e2', collar: 'band', skin: '#b98b6c', hair: '#6d6964', hairStyle: 'side', beard: 'none', glasses: true, build: 0.95, head: 'long', gesture: 'chop' },
];

/** The costume for a seat; a figure the sheet does not know gets a spare one, by seat. */
export function costumeFor(id: SpeakerId, seatIndex: number): Costume {
  return COSTUMES[id] ?? SPARE[seatIndex % SPARE.length]!;
}
