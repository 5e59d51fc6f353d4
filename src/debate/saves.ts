// Saved debates in an injected key-value store: an autosave and named slots. A save that cannot be
// loaded is moved aside under a backup key, never deleted, and the reason is given in plain words.
import type { KeyValueStore } from '../platform/storage.ts';
import type { DebateEngine } from './engine.ts';
import type { Beat } from './events.ts';
import { parseSaveText, type LoadError, type SaveEnvelope } from './save.ts';

export const SLOTS = ['auto', 'slot-1', 'slot-2', 'slot-3'] as const;
export type SlotId = (typeof SLOTS)[number];

const slotKey = (slot: SlotId) => `save:${slot}`;
export const BACKUP_PREFIX = 'save-aside:';

export type SaveOutcome = { ok: true } | { ok: false; message: string };

export type LoadOutcome =
  | { status: 'loaded'; beat: Beat }
  | { status: 'empty' }
  /** The save was refused; it now lives under `backupKey`. */
  | { status: 'refused'; error: LoadError; backupKey: string | null }
  | { status: 'unavailable'; message: string };

export class SaveStore {
  constructor(
    private readonly store: KeyValueStore,
    private readonly now: () => number = Date.now,
  ) {}

  get persistent(): boolean {
    return this.store.persistent;
  }

  write(slot: SlotId, save: SaveEnvelope): SaveOutcome {
    try {
      this.store.setItem(slotKey(slot), JSON.stringify(save));
      return { ok: true };
    } catch (error) {
      return { ok: false, message: storageFailure(error) };
    }
  }

  has(slot: SlotId): boolean {
    try {
      return this.store.getItem(slotKey(slot)) !== null;
    } catch {
      return false;
    }
  }

  /** Reads a slot into the engine. The live debate changes only if the whole save is good. */
  loadInto(engine: DebateEngine, slot: SlotId): LoadOutcome {
    let text: string | null;
    try {
      text = this.store.getItem(slotKey(slot));
    } catch (error) {
      return { status: 'unavailable', message: storageFailure(error) };
    }
    if (text === null) return { status: 'empty' };
    const parsed = parseSaveText(text);
    const result = parsed.ok ? engine.load(parsed.value) : parsed;
    if (result.ok) return { status: 'loaded', beat: result.value };
    return { status: 'refused', error: result.error, backupKey: this.setAside(slot, text) };
  }

  /** Moves a slot's text to a backup key, so a refused save survives the next autosave. */
  private setAside(slot: SlotId, text: string): string | null {
    const key = `${BACKUP_PREFIX}${slot}:${this.now()}`;
    try {
      this.store.setItem(key, text);
      this.store.removeItem(slotKey(slot));
      return key;
    } catch {
      // Could not copy it: leave the original where it is rather than lose it.
      return null;
    }
  }
}

function storageFailure(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError') return 'The browser has no room left to save this debate.';
  return 'This browser is not letting the game save, so saves are off for now.';
}
