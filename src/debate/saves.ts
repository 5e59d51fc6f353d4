// Saved debates in an injected key-value store: an autosave and named slots. A save that cannot be
// loaded is moved aside under a backup key, never deleted, and the reason is given in plain words.
import type { KeyValueStore } from '../platform/storage.ts';
import type { DebateEngine } from './engine.ts';
import type { Beat } from './events.ts';
import { parseSaveText, SAVE_MIGRATIONS, validateEnvelope, type LoadError, type Migrations, type SaveEnvelope } from './save.ts';

export const SLOTS = ['auto', 'slot-1', 'slot-2', 'slot-3'] as const;
export type SlotId = (typeof SLOTS)[number];

const slotKey = (slot: SlotId) => `save:${slot}`;
/** The name the player gave a slot and when it was written, kept beside the save itself. */
const labelKey = (slot: SlotId) => `save-label:${slot}`;
export const BACKUP_PREFIX = 'save-aside:';
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
    private readonly migrations: Migrations = SAVE_MIGRATIONS,
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
    const parsed = parseSaveText(text, this.migrations);
    const result = parsed.ok ? engine.load(parsed.value) : parsed;
    if (result.ok) return { status: 'loaded', beat: result.value };
    return { status: 'refused', error: result.error, backupKey: this.setAside(slot, text) };
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

  /** The slot as the save and load lists show it, or null when it holds no save. */
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
      const data = JSON.parse(label ?? 'null') as { name?: unknown; savedAt?: unknown } | null;
      if (typeof data?.name === 'string') name = cleanName(data.name);
      if (typeof data?.savedAt === 'number' && Number.isFinite(data.savedAt)) savedAt = data.savedAt;
    } catch {
      // An unreadable label only loses the name.
    }
    let envelope: ReturnType<typeof validateEnvelope>;
    try {
      envelope = validateEnvelope(JSON.parse(text), this.migrations);
    } catch {
      envelope = { ok: false, error: { code: 'not-json', message: '' } };
    }
    return envelope.ok
      ? { slot, name, savedAt, preset: envelope.value.preset, decisions: envelope.value.path.length, damaged: false }
      : { slot, name, savedAt, damaged: true };
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

/** One line of plain text, at most MAX_SLOT_NAME characters. */
export function cleanName(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this removes
  return name.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim().slice(0, MAX_SLOT_NAME);
}

function storageFailure(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError') return 'The browser has no room left to save this debate.';
  return 'This browser is not letting the game save, so saves are off for now.';
}
