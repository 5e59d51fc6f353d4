// Saved debates in an injected key-value store: an autosave and named slots, exported to a file and
// imported back. A save that cannot be loaded is moved aside under a key of its own, never deleted,
// and the reason is given as a code (src/debate/persistence/reasons.ts). A damaged save that cannot be moved
// (storage full) is never overwritten by the next save: that save is refused instead.
import { moveAside, writeOver, type WriteOutcome } from './aside.ts';
import type { DebateEngine } from '../core/engine.ts';
import type { Beat } from '../core/events.ts';
import type { KeyValueStore } from '../core/ports.ts';
import { guarded, isObject, isTime, refuse, type Reason, type Result } from './reasons.ts';
import { parseSaveText, type SaveEnvelope } from './save.ts';

export const SLOTS = ['auto', 'slot-1', 'slot-2', 'slot-3'] as const;
export type SlotId = (typeof SLOTS)[number];

export const slotKey = (slot: SlotId) => `save:${slot}`;
/** The name the player gave a slot and when it was written, kept beside the save itself. */
const labelKey = (slot: SlotId) => `save-label:${slot}`;
/** Slot names are plain text the player typed; this keeps them to a line. */
export const MAX_SLOT_NAME = 60;

/** What the load and save lists show for a slot. */
export interface SlotSummary {
  slot: SlotId;
  name: string;
  savedAt: number | null;
  /** Read from the save without loading it; absent when the save looks damaged. */
  preset?: SaveEnvelope['preset'];
  decisions?: number;
  damaged: boolean;
}

export type SaveOutcome = WriteOutcome;

export type LoadOutcome =
  | { status: 'loaded'; beat: Beat }
  | { status: 'empty' }
  /** The save was refused; it now lives under `asideKey` (null: it could not be moved, so it stays). */
  | { status: 'refused'; reason: Reason; asideKey: string | null }
  | { status: 'unavailable' };

export class SaveStore {
  constructor(
    private readonly store: KeyValueStore,
    private readonly now: () => number = Date.now,
  ) {}

  get persistent(): boolean {
    return this.store.persistent;
  }

  /**
   * Writes a save. Whatever the slot held that this build cannot continue (damaged, or from
   * another build) is set aside first; if it cannot be, the write is refused ('in-the-way').
   */
  write(slot: SlotId, save: SaveEnvelope): SaveOutcome {
    const unusable = (text: string) => {
      const held = parseSaveText(text);
      return !held.ok || held.value.storyHash !== save.storyHash;
    };
    return writeOver(this.store, slotKey(slot), JSON.stringify(save), unusable, this.now());
  }

  has(slot: SlotId): boolean {
    try {
      return this.store.getItem(slotKey(slot)) !== null;
    } catch {
      return false;
    }
  }

  /** The save's text as stored, for "Export" (null when the slot is empty or unreadable). */
  text(slot: SlotId): string | null {
    try {
      return this.store.getItem(slotKey(slot));
    } catch {
      return null;
    }
  }

  /** Reads a slot into the engine. The live debate changes only if the whole save is good. */
  loadInto(engine: DebateEngine, slot: SlotId): LoadOutcome {
    let text: string | null;
    try {
      text = this.store.getItem(slotKey(slot));
    } catch {
      return { status: 'unavailable' };
    }
    if (text === null) return { status: 'empty' };
    const result = loadText(engine, text);
    if (result.ok) return { status: 'loaded', beat: result.value };
    return { status: 'refused', reason: result.error, asideKey: moveAside(this.store, slotKey(slot), text, this.now()) };
  }

  /** Saves to a named slot: the save, then its name and time (a name that fails to save is no loss). */
  writeNamed(slot: SlotId, save: SaveEnvelope, name: string): SaveOutcome {
    const written = this.write(slot, save);
    if (!written.ok) return written;
    try {
      this.store.setItem(labelKey(slot), JSON.stringify({ name: cleanName(name), savedAt: this.now() }));
    } catch {
      // The save itself is stored; the list will show it unnamed.
    }
    return written;
  }

  /** The slot as the save and load lists show it, or null when it holds no save. Never throws. */
  summary(slot: SlotId): SlotSummary | null {
    let text: string | null;
    let label: string | null = null;
    try {
      text = this.store.getItem(slotKey(slot));
      if (text !== null) label = this.store.getItem(labelKey(slot));
    } catch {
      return null;
    }
    if (text === null) return null;
    let name = '';
    let savedAt: number | null = null;
    try {
      const data: unknown = JSON.parse(label ?? 'null');
      if (isObject(data)) {
        if (typeof data.name === 'string') name = cleanName(data.name);
        if (isTime(data.savedAt)) savedAt = data.savedAt;
      }
    } catch {
      // An unreadable label only loses the name.
    }
    const envelope = parseSaveText(text);
    return envelope.ok
      ? { slot, name, savedAt, preset: envelope.value.preset, decisions: envelope.value.path.length, damaged: false }
      : { slot, name, savedAt, damaged: true };
  }
}

/**
 * Loads a save's text (from a slot or an imported file) into the engine: the same reader for both.
 * Never throws; the live debate changes only when the whole save is good.
 */
export function loadText(engine: DebateEngine, text: string): Result<Beat> {
  return guarded('save', () => {
    const parsed = parseSaveText(text);
    return parsed.ok ? engine.load(parsed.value) : refuse(parsed.error);
  });
}

/** One line of plain text, at most MAX_SLOT_NAME characters. */
export function cleanName(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this removes
  return name.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim().slice(0, MAX_SLOT_NAME);
}

/** A file name for an exported save, e.g. "round-table-save-2026-03-02.json". */
export function saveFileName(madeAt: Date): string {
  const day = isTime(madeAt.getTime()) ? madeAt.toISOString().slice(0, 10) : 'undated';
  return `round-table-save-${day}.json`;
}
