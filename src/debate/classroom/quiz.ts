// The before-and-after check: statements from the article (story/quiz.json), each sound or
// fallacious; the student marks each one. Scored as telling the two apart, not as how much was
// rejected: hits (a fallacy marked fallacy) minus false alarms (a sound statement marked fallacy),
// so marking everything "fallacy" scores 0, not full marks. Results stay in the injected store
// until the student exports a run file, which carries them (RunFile.quiz). Stored answers that
// cannot be read are set aside, never silently dropped.
import { moveAside, writeOver } from '../persistence/aside.ts';
import type { KeyValueStore } from '../core/ports.ts';
import { guarded, isCount, isObject, ok, parseJson, refuse, type Reason } from '../persistence/reasons.ts';
import type { QuizScore } from '../persistence/run-file.ts';

export type Verdict = 'sound' | 'fallacy';
export type QuizWhen = 'before' | 'after';

export interface QuizItem {
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

export interface QuizSheet {
  title: string;
  intro: string;
  items: QuizItem[];
}

export type Answers = Readonly<Record<string, Verdict>>;

export interface QuizMarks extends QuizScore {
  /** How many fallacious and sound statements the sheet has: what hits and false alarms are out of. */
  fallacies: number;
  sound: number;
}

/** A check taken and kept on this device. */
export interface StoredQuiz extends QuizMarks {
  answers: Record<string, Verdict>;
  takenAt: string;
}

export const QUIZ_KEY = 'check';
/** No sheet has more statements than this; larger counts in stored data are damage. */
export const MAX_QUIZ_ITEMS = 100;

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/**
 * Reads story/quiz.json, refusing anything that would make the score meaningless: an item
 * without a kind, a repeated id, a source the article does not have.
 */
export function parseQuizSheet(data: unknown, articleIds?: ReadonlySet<string>): QuizSheet {
  if (!isObject(data) || !Array.isArray(data.items)) throw new Error('quiz.json: expected { title, intro, items: [...] }');
  const seen = new Set<string>();
  const items = data.items.map((raw, i): QuizItem => {
    const where = `quiz.json items[${i}]`;
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
export function scoreQuiz(items: readonly QuizItem[], answers: Answers): QuizMarks {
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

export function unanswered(items: readonly QuizItem[], answers: Answers): QuizItem[] {
  return items.filter((item) => answers[item.id] !== 'sound' && answers[item.id] !== 'fallacy');
}

function readStored(value: unknown): StoredQuiz | undefined {
  if (!isObject(value) || !isObject(value.answers)) return undefined;
  const { hits, falseAlarms, fallacies, sound, score, takenAt } = value;
  if (!isCount(hits) || !isCount(falseAlarms) || !isCount(fallacies) || !isCount(sound)) return undefined;
  if (fallacies + sound > MAX_QUIZ_ITEMS || hits > fallacies || falseAlarms > sound || score !== hits - falseAlarms) return undefined;
  if (typeof takenAt !== 'string' || takenAt.length > 40 || Number.isNaN(Date.parse(takenAt))) return undefined;
  const entries = Object.entries(value.answers);
  if (entries.length > MAX_QUIZ_ITEMS) return undefined;
  const answers: Record<string, Verdict> = {};
  for (const [id, verdict] of entries) {
    if (verdict === 'sound' || verdict === 'fallacy') answers[id] = verdict;
  }
  return { hits, falseAlarms, score: hits - falseAlarms, fallacies, sound, answers, takenAt };
}

export type StoredQuizzes = Partial<Record<QuizWhen, StoredQuiz>>;

/** Reads stored check answers' text. Never throws. */
export function parseStoredQuizzes(text: string): { checks: StoredQuizzes; damage?: Reason } {
  const result = guarded('check', () => {
    const data = parseJson(text, 'check');
    if (!data.ok) return data;
    if (!isObject(data.value)) return refuse({ code: 'not-ours', subject: 'check' });
    const out: StoredQuizzes = {};
    let bad = 0;
    for (const when of ['before', 'after'] as const) {
      if (data.value[when] === undefined) continue;
      const stored = readStored(data.value[when]);
      if (stored) out[when] = stored;
      else bad++;
    }
    return ok({ checks: out, bad });
  });
  if (!result.ok) return { checks: {}, damage: result.error };
  const { checks, bad } = result.value;
  return bad > 0 ? { checks, damage: { code: 'bad-entries', subject: 'check', count: bad, of: 2 } } : { checks };
}

export interface QuizzesRead {
  checks: StoredQuizzes;
  /** Set when the stored answers could not all be read; they were moved to `asideKey`. */
  damage?: { reason: Reason; asideKey: string | null };
}

/**
 * The checks kept on this device. Answers that cannot be read are moved aside (never deleted)
 * and reported; what could be read is kept.
 */
export function readStoredQuizzes(store: KeyValueStore, now: number = Date.now()): QuizzesRead {
  let text: string | null;
  try {
    text = store.getItem(QUIZ_KEY);
  } catch {
    return { checks: {} };
  }
  if (text === null) return { checks: {} };
  const parsed = parseStoredQuizzes(text);
  if (!parsed.damage) return { checks: parsed.checks };
  return { checks: parsed.checks, damage: { reason: parsed.damage, asideKey: moveAside(store, QUIZ_KEY, text, now) } };
}

/** The readable checks kept on this device (see readStoredQuizzes). */
export function readQuizzes(store: KeyValueStore): StoredQuizzes {
  return readStoredQuizzes(store).checks;
}

/**
 * Keeps a finished check. A new "before" starts a new round, so it drops the old "after": a
 * before/after pair always belongs together. Returns false when the store refused the write.
 */
export function saveQuiz(store: KeyValueStore, when: QuizWhen, check: StoredQuiz, now: number = Date.now()): boolean {
  const checks = when === 'before' ? {} : readQuizzes(store);
  checks[when] = check;
  return writeOver(store, QUIZ_KEY, JSON.stringify(checks), (text) => parseStoredQuizzes(text).damage !== undefined, now).ok;
}

/** What a run file carries: the scores only, never the answers. Undefined when no check was taken. */
export function quizForRunFile(store: KeyValueStore): { before?: QuizScore; after?: QuizScore } | undefined {
  const checks = readQuizzes(store);
  const pick = (c: StoredQuiz): QuizScore => ({ hits: c.hits, falseAlarms: c.falseAlarms, score: c.score });
  if (!checks.before && !checks.after) return undefined;
  return {
    ...(checks.before && { before: pick(checks.before) }),
    ...(checks.after && { after: pick(checks.after) }),
  };
}
