// The save envelope: what a saved debate holds, and how untrusted input becomes one or a reason.
// One format so far (schema 1); a save of any other format is refused with the format it holds.
import { isOneOf, PRESETS, type Preset } from '../core/contract.ts';
import { describeValue, guarded, isObject, ok, parseJson, refuse, type Result } from './reasons.ts';

export const SAVE_APP = 'the-round-table';
export const SAVE_SCHEMA = 1;
/** Longer paths cannot come from this story; refusing them keeps hostile input cheap to reject. */
export const MAX_PATH_LENGTH = 400;
/** A save is 1-2 KB of ink state; anything this long is not one of ours. */
export const MAX_SAVE_CHARS = 500_000;

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

/** A list of choice numbers a debate could have made (the same rule for saves, runs and files). */
export const isChoicePath = (path: unknown): path is number[] =>
  Array.isArray(path) &&
  path.length <= MAX_PATH_LENGTH &&
  path.every((n) => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n < 100);

/** Reads a save's text. Never throws. */
export function parseSaveText(text: string): Result<SaveEnvelope> {
  return guarded('save', () => {
    if (typeof text !== 'string') return refuse({ code: 'not-json', subject: 'save' });
    if (text.length > MAX_SAVE_CHARS) return refuse({ code: 'too-large', subject: 'save', size: text.length, limit: MAX_SAVE_CHARS });
    const data = parseJson(text, 'save');
    return data.ok ? validateEnvelope(data.value) : data;
  });
}

/** Checks an untrusted value's shape. Whether it fits this story build is the engine's check. Never throws. */
export function validateEnvelope(data: unknown): Result<SaveEnvelope> {
  return guarded('save', () => {
    if (!isObject(data) || data.app !== SAVE_APP) return refuse({ code: 'not-ours', subject: 'save' });
    if (data.schema !== SAVE_SCHEMA) {
      const newer = typeof data.schema === 'number' && data.schema > SAVE_SCHEMA;
      return refuse({ code: 'other-format', subject: 'save', found: describeValue(data.schema), reads: SAVE_SCHEMA, newer });
    }
    if (typeof data.storyHash !== 'string' || !/^[0-9a-f]{6,64}$/.test(data.storyHash)) {
      return refuse({ code: 'bad-field', subject: 'save', field: 'storyHash', rule: 'hash' });
    }
    if (typeof data.preset !== 'string' || !isOneOf(PRESETS, data.preset)) {
      return refuse({ code: 'bad-field', subject: 'save', field: 'preset', rule: 'preset' });
    }
    if (typeof data.seed !== 'number' || !Number.isSafeInteger(data.seed) || data.seed < 0) {
      return refuse({ code: 'bad-field', subject: 'save', field: 'seed', rule: 'count' });
    }
    if (!isChoicePath(data.path)) {
      return refuse({ code: 'bad-field', subject: 'save', field: 'path', rule: 'choices', max: MAX_PATH_LENGTH });
    }
    if (typeof data.inkState !== 'string' || data.inkState.length === 0) {
      return refuse({ code: 'corrupt-state', subject: 'save' });
    }
    return ok({
      app: SAVE_APP,
      schema: SAVE_SCHEMA,
      storyHash: data.storyHash,
      preset: data.preset,
      seed: data.seed,
      path: [...data.path],
      inkState: data.inkState,
    });
  });
}
