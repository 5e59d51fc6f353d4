// The save envelope: what a saved debate holds, and how untrusted input becomes one or a clear error.
import { isOneOf, PRESETS, type Preset } from './contract.ts';

export const SAVE_APP = 'the-round-table';
export const SAVE_SCHEMA = 1;
/** Longer paths cannot come from this story; refusing them keeps hostile input cheap to reject. */
export const MAX_PATH_LENGTH = 400;

export interface SaveEnvelope {
  app: typeof SAVE_APP;
  schema: number;
  storyHash: string;
  preset: Preset;
  seed: number;
  /** The index of the choice taken at each decision, in order. */
  path: number[];
  /** inkjs `state.ToJson()` at the moment of saving. */
  inkState: string;
}

export type LoadErrorCode =
  | 'not-json'
  | 'not-a-save'
  | 'wrong-schema'
  | 'other-build'
  | 'corrupt-state'
  | 'bad-path'
  | 'path-mismatch';

export interface LoadError {
  code: LoadErrorCode;
  /** Plain words for the player: what was wrong. */
  message: string;
}

export type Result<T, E = LoadError> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const fail = (code: LoadErrorCode, message: string): Result<never> => ({
  ok: false,
  error: { code, message },
});

/** Turns a save of schema `n` into one of schema `n + 1` (it may throw on input it cannot read). */
export type Migration = (save: Readonly<Record<string, unknown>>) => Record<string, unknown>;
/** Migrations by the schema they read. */
export type Migrations = ReadonlyMap<number, Migration>;
/** The migrations this game knows. None yet: schema 1 is the first format ever written. */
export const SAVE_MIGRATIONS: Migrations = new Map();

export function parseSaveText(text: string, migrations: Migrations = SAVE_MIGRATIONS): Result<SaveEnvelope> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail('not-json', 'The save is not readable: it looks cut off or damaged.');
  }
  return validateEnvelope(data, migrations);
}

/**
 * Brings a save of an older schema up to the current one, one migration at a time. A save with
 * no path of migrations to the current schema is left as it is (the schema check refuses it).
 */
export function migrateEnvelope(
  d: Record<string, unknown>,
  migrations: Migrations = SAVE_MIGRATIONS,
): Result<Record<string, unknown>> {
  let save = d;
  while (typeof save.schema === 'number' && Number.isInteger(save.schema) && save.schema < SAVE_SCHEMA) {
    const from = save.schema;
    const migrate = migrations.get(from);
    if (!migrate) return ok(save);
    let next: unknown;
    try {
      next = migrate(save);
    } catch {
      next = undefined;
    }
    if (typeof next !== 'object' || next === null || Array.isArray(next)) {
      return fail('wrong-schema', `This save uses the older format ${from}, and updating it failed.`);
    }
    const migrated = next as Record<string, unknown>;
    if (migrated.schema !== from + 1) {
      return fail('wrong-schema', `This save uses the older format ${from}, and updating it failed.`);
    }
    save = migrated;
  }
  return ok(save);
}

/** Checks an untrusted value's shape. Whether it fits this story build is the engine's check. */
export function validateEnvelope(data: unknown, migrations: Migrations = SAVE_MIGRATIONS): Result<SaveEnvelope> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return fail('not-a-save', 'This is not a Round Table save.');
  }
  if ((data as Record<string, unknown>).app !== SAVE_APP) return fail('not-a-save', 'This is not a Round Table save.');
  const migrated = migrateEnvelope(data as Record<string, unknown>, migrations);
  if (!migrated.ok) return migrated;
  const d = migrated.value;
  if (d.app !== SAVE_APP) return fail('not-a-save', 'This is not a Round Table save.');
  if (d.schema !== SAVE_SCHEMA) {
    const newer = typeof d.schema === 'number' && d.schema > SAVE_SCHEMA;
    return fail(
      'wrong-schema',
      newer
        ? `This save was made by a newer version of the game (format ${d.schema}); this version reads format ${SAVE_SCHEMA}.`
        : `This save uses format ${String(d.schema).slice(0, 20)}; this version of the game reads format ${SAVE_SCHEMA}.`,
    );
  }
  if (typeof d.storyHash !== 'string' || !/^[0-9a-f]{6,64}$/.test(d.storyHash)) {
    return fail('not-a-save', 'The save does not say which version of the debate it belongs to.');
  }
  if (typeof d.preset !== 'string' || !isOneOf(PRESETS, d.preset)) {
    return fail('not-a-save', 'The save names a table size this game does not have.');
  }
  if (typeof d.seed !== 'number' || !Number.isSafeInteger(d.seed) || d.seed < 0) {
    return fail('not-a-save', 'The save has no valid random seed.');
  }
  const path = d.path;
  if (
    !Array.isArray(path) ||
    path.length > MAX_PATH_LENGTH ||
    !path.every((n) => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n < 100)
  ) {
    return fail('bad-path', 'The list of choices in the save is damaged.');
  }
  if (typeof d.inkState !== 'string' || d.inkState.length === 0) {
    return fail('corrupt-state', 'The story position in the save is missing.');
  }
  return ok({
    app: SAVE_APP,
    schema: SAVE_SCHEMA,
    storyHash: d.storyHash,
    preset: d.preset,
    seed: d.seed,
    path: path as number[],
    inkState: d.inkState,
  });
}
