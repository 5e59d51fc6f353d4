// The typed events the engine turns the story into. Views consume these and nothing else.
import type {
  CardId,
  Grade,
  Move,
  Preset,
  SfxId,
  SpeakerId,
  Stance,
} from './contract.ts';
import type { Why } from './tags.ts';

export interface LineEvent {
  type: 'line';
  speaker: SpeakerId;
  text: string;
  /** Article paragraph ids the line is drawn from; empty for dramatized or unsourced lines. */
  sources: string[];
  /** The whole line goes beyond the article. */
  dramatized: boolean;
  /**
   * A sourced line's opening words written for the game (dramatized); the rest of `text` is the
   * quoted or closely paraphrased part that `sources` names. Absent on most lines.
   */
  leadIn?: string;
  sfx?: SfxId;
  /** Set on the first response line after a graded move. */
  grade?: Grade;
  why?: Why;
}

export interface StanceEvent {
  type: 'stance';
  speaker: SpeakerId;
  stance: Stance;
  /** Absent when the story first seats this figure with a stance. */
  previous?: Stance;
}

export interface Meters {
  audience: number;
  credibility: number;
}

export interface MetersEvent {
  type: 'meters';
  meters: Meters;
  delta: Meters;
}

/** Where the debate stands: which opponent has the floor, out of how many. */
export interface Progress {
  stage: string;
  round: number;
  rounds: number;
}

export interface ProgressEvent {
  type: 'progress';
  progress: Progress;
}

export interface ChoiceView {
  index: number;
  text: string;
  move: Move;
  card?: CardId;
  /** The card already landed once this debate; it lands a grade softer now. */
  worn: boolean;
}

export interface ChoicesEvent {
  type: 'choices';
  /** How many decisions came before this one (0 for the first). */
  decision: number;
  choices: ChoiceView[];
}

export interface EndingEvent {
  type: 'ending';
  id: string;
}

export type DebateEvent =
  | LineEvent
  | StanceEvent
  | MetersEvent
  | ProgressEvent
  | ChoicesEvent
  | EndingEvent;

/** Everything that happened between two decisions: the unit the views present. */
export interface Beat {
  events: DebateEvent[];
  /** Present while the debate waits for a choice. */
  choices?: ChoicesEvent;
  /** Present once the debate reached an ending. */
  ending?: string;
}

/** What the views need to draw the table at any moment, including right after a load or rewind. */
export interface TableState {
  preset: Preset;
  seed: number;
  seats: SpeakerId[];
  stances: Partial<Record<SpeakerId, Stance>>;
  meters: Meters;
  progress: Progress;
  decision: number;
  ended: boolean;
  ending?: string;
}
