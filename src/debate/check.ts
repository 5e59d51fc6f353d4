// The before-and-after check: statements from the article (story/check.json), each sound or
// fallacious; the student marks each one. Scored as telling the two apart, not as how much was
// rejected: hits (a fallacy marked fallacy) minus false alarms (a sound statement marked fallacy),
// so marking everything "fallacy" scores 0, not full marks. Results stay in the injected store
// until the student exports a run file, which carries them (RunFile.quiz).
import type { KeyValueStore } from '../platform/storage.ts';
import type { QuizScore } from './run-file.ts';

export type Verdict = 'sound' | 'fallacy';
export type CheckWhen = 'before' | 'after';

export interface CheckItem {
  id: string;
  text: string;
  kind: Verdict;
  /** The article paragraph the statement comes from. */
  source: string;
  /** Who says it, as the article has it. */
  speaker: string;
  /** The rhetorical move at work (or why it is sound), for the explanation after the debate. */
  label: string;
  explanation: string;
}

export interface CheckSheet {
  title: string;
  intro: string;
  items: CheckItem[];
}

export type Answers = Readonly<Record<string, Verdict>>;

export interface CheckScore extends QuizScore {
  /** How many fallacious and sound statements the sheet has: what hits and false alarms are out of. */
  fallacies: number;
  sound: number;
}

/** A check taken and kept on this device. */
export interface StoredCheck extends CheckScore {
  answers: Record<string, Verdict>;
  takenAt: string;
}

export const CHECK_KEY = 'check';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/**
 * Reads story/check.json, refusing anything that would make the score meaningless: an item
 * without a kind, a repeated id, a source the article does not have.
 */
export function parseCheckSheet(data: unknown, articleIds?: ReadonlySet<string>): CheckSheet {
  if (!isObject(data) || !Array.isArray(data.items)) throw new Error('check.json: expected { title, intro, items: [...] }');
  const seen = new Set<string>();
  const items = data.items.map((raw, i): CheckItem => {
    const where = `check.json items[${i}]`;
    if (!isObject(raw)) throw new Error(`${where}: not an object`);
    for (const field of ['id', 'text', 'source', 'speaker', 'label', 'explanation'] as const) {
      if (!isText(raw[field])) throw new Error(`${where}: "${field}" is missing`);
    }
    if (raw.kind !== 'sound' && raw.kind !== 'fallacy') throw new Error(`${where}: "kind" must be "sound" or "fallacy"`);
    const id = raw.id as string;
    if (seen.has(id)) throw new Error(`${where}: the id "${id}" is used twice`);
    seen.add(id);
    if (articleIds && !articleIds.has(raw.source as string)) {
      throw new Error(`${where}: the article has no paragraph "${String(raw.source)}"`);
    }
    return {
      id,
      text: raw.text as string,
      kind: raw.kind,
      source: raw.source as string,
      speaker: raw.speaker as string,
      label: raw.label as string,
      explanation: raw.explanation as string,
    };
  });
  return { title: isText(data.title) ? data.title : 'Sound or fallacy?', intro: isText(data.intro) ? data.intro : '', items };
}

/** Items left unanswered count neither as hits nor as false alarms (the form asks for all). */
export function scoreCheck(items: readonly CheckItem[], answers: Answers): CheckScore {
  let hits = 0;
  let falseAlarms = 0;
  for (const item of items) {
    if (answers[item.id] !== 'fallacy') continue;
    if (item.kind === 'fallacy') hits++;
    else falseAlarms++;
  }
  const fallacies = items.filter((i) => i.kind === 'fallacy').length;
  return { hits, falseAlarms, score: hits - falseAlarms, fallacies, sound: items.length - fallacies };
}

export function unanswered(items: readonly CheckItem[], answers: Answers): CheckItem[] {
  return items.filter((item) => answers[item.id] !== 'sound' && answers[item.id] !== 'fallacy');
}

function readStored(value: unknown): StoredCheck | undefined {
  if (!isObject(value) || !isObject(value.answers)) return undefined;
  const count = (v: unknown) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
  if (![value.hits, value.falseAlarms, value.fallacies, value.sound].every(count)) return undefined;
  if (typeof value.score !== 'number' || typeof value.takenAt !== 'string') return undefined;
  const answers: Record<string, Verdict> = {};
  for (const [id, verdict] of Object.entries(value.answers)) {
    if (verdict === 'sound' || verdict === 'fallacy') answers[id] = verdict;
  }
  return {
    hits: value.hits as number,
    falseAlarms: value.falseAlarms as number,
    score: value.score,
    fallacies: value.fallacies as number,
    sound: value.sound as number,
    answers,
    takenAt: value.takenAt,
  };
}

/** The checks kept on this device; anything unreadable is treated as not taken. */
export function readChecks(store: KeyValueStore): Partial<Record<CheckWhen, StoredCheck>> {
  let data: unknown;
  try {
    data = JSON.parse(store.getItem(CHECK_KEY) ?? 'null');
  } catch {
    return {};
  }
  if (!isObject(data)) return {};
  const out: Partial<Record<CheckWhen, StoredCheck>> = {};
  for (const when of ['before', 'after'] as const) {
    const stored = readStored(data[when]);
    if (stored) out[when] = stored;
  }
  return out;
}

/**
 * Keeps a finished check. A new "before" starts a new round, so it drops the old "after": a
 * before/after pair always belongs together. Returns false when the store refused the write.
 */
export function saveCheck(store: KeyValueStore, when: CheckWhen, check: StoredCheck): boolean {
  const checks = when === 'before' ? {} : readChecks(store);
  checks[when] = check;
  try {
    store.setItem(CHECK_KEY, JSON.stringify(checks));
    return true;
  } catch {
    return false;
  }
}

/** What a run file carries: the scores only, never the answers. Undefined when no check was taken. */
export function quizForRunFile(store: KeyValueStore): { before?: QuizScore; after?: QuizScore } | undefined {
  const checks = readChecks(store);
  const pick = (c: StoredCheck): QuizScore => ({ hits: c.hits, falseAlarms: c.falseAlarms, score: c.score });
  if (!checks.before && !checks.after) return undefined;
  return {
    ...(checks.before && { before: pick(checks.before) }),
    ...(checks.after && { after: pick(checks.after) }),
  };
}
