import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../platform/storage.ts';
import { parseArticle } from '../core/article.ts';
import { QUIZ_KEY, parseQuizSheet, quizForRunFile, readQuizzes, saveQuiz, scoreQuiz, unanswered, type Answers, type QuizItem } from './quiz.ts';
import { parseRunFile } from '../persistence/run-file.ts';

const item = (id: string, kind: 'sound' | 'fallacy'): QuizItem => ({ id, kind, text: id, source: 'm05', speaker: 's', label: 'l', explanation: 'e' });
const items = [item('a', 'fallacy'), item('b', 'fallacy'), item('c', 'sound'), item('d', 'sound'), item('e', 'fallacy')];

describe('scoreQuiz', () => {
  it('counts hits minus false alarms', () => {
    const answers: Answers = { a: 'fallacy', b: 'sound', c: 'fallacy', d: 'sound', e: 'fallacy' };
    expect(scoreQuiz(items, answers)).toEqual({ hits: 2, falseAlarms: 1, score: 1, fallacies: 3, sound: 2 });
  });

  it('gives nothing for rejecting everything: telling apart is what counts', () => {
    const all = Object.fromEntries(items.map((i) => [i.id, 'fallacy'])) as Answers;
    expect(scoreQuiz(items, all)).toMatchObject({ hits: 3, falseAlarms: 2, score: 1 });
    const none = Object.fromEntries(items.map((i) => [i.id, 'sound'])) as Answers;
    expect(scoreQuiz(items, none)).toMatchObject({ hits: 0, falseAlarms: 0, score: 0 });
    const perfect: Answers = { a: 'fallacy', b: 'fallacy', c: 'sound', d: 'sound', e: 'fallacy' };
    expect(scoreQuiz(items, perfect)).toMatchObject({ hits: 3, falseAlarms: 0, score: 3 });
  });

  it('lists what is still unanswered', () => {
    expect(unanswered(items, { a: 'sound', c: 'fallacy' }).map((i) => i.id)).toEqual(['b', 'd', 'e']);
  });
});

describe('story/quiz.json', () => {
  const article = parseArticle(readFileSync(path.resolve('story/source/article.md'), 'utf8'));
  const sheet = parseQuizSheet(JSON.parse(readFileSync(path.resolve('story/quiz.json'), 'utf8')), new Set(article.keys()));

  it('has 8 to 10 statements, about half of each kind, citing real paragraphs', () => {
    expect(sheet.items.length).toBeGreaterThanOrEqual(8);
    expect(sheet.items.length).toBeLessThanOrEqual(10);
    const fallacies = sheet.items.filter((i) => i.kind === 'fallacy').length;
    expect(Math.abs(fallacies * 2 - sheet.items.length)).toBeLessThanOrEqual(2);
  });

  it('draws from both sides: the expert and the figures each give sound and fallacious statements', () => {
    const expert = (i: QuizItem) => /^m\d\d$/.test(i.source);
    for (const kind of ['sound', 'fallacy'] as const) {
      expect(sheet.items.some((i) => i.kind === kind && expert(i)), `an expert statement that is ${kind}`).toBe(true);
      expect(sheet.items.some((i) => i.kind === kind && !expert(i)), `a figure's statement that is ${kind}`).toBe(true);
    }
  });

  it("holds at least one opponent's statement that is sound", () => {
    expect(sheet.items.some((i) => i.kind === 'sound' && /^f-/.test(i.source))).toBe(true);
  });

  it('does not reward taking sides: every guest "fallacy", every expert statement "sound" scores at most half', () => {
    const expert = (i: QuizItem) => /^m\d\d$/.test(i.source);
    const partisan = Object.fromEntries(sheet.items.map((i) => [i.id, expert(i) ? 'sound' : 'fallacy'])) as Answers;
    const result = scoreQuiz(sheet.items, partisan);
    const best = scoreQuiz(sheet.items, Object.fromEntries(sheet.items.map((i) => [i.id, i.kind])) as Answers);
    expect(best.score).toBe(result.fallacies);
    expect(result.score).toBeLessThanOrEqual(best.score / 2);
    // A one-sided sheet (every guest wrong, every expert right) would give that reading full marks.
    const oneSided = sheet.items.map((i) => ({ ...i, kind: expert(i) ? ('sound' as const) : ('fallacy' as const) }));
    expect(scoreQuiz(oneSided, partisan).score).toBe(scoreQuiz(oneSided, partisan).fallacies);
    // The other partisan reading scores no better.
    const other = Object.fromEntries(sheet.items.map((i) => [i.id, expert(i) ? 'fallacy' : 'sound'])) as Answers;
    expect(scoreQuiz(sheet.items, other).score).toBeLessThanOrEqual(best.score / 2);
  });

  it('quotes m01 exactly in the item on the expert\'s "take executive action", a fallacy like the game\'s card', () => {
    const plan = sheet.items.find((i) => i.id === 'plan');
    expect(plan?.source).toBe('m01');
    expect(article.get('m01')?.text).toContain(plan?.text);
    expect(plan?.kind).toBe('fallacy');
  });

  it('refuses a sheet with an unknown source or a repeated id', () => {
    const bad = { items: [{ ...item('x', 'sound'), source: 'm99' }] };
    expect(() => parseQuizSheet(bad, new Set(article.keys()))).toThrow(/no paragraph "m99"/);
    expect(() => parseQuizSheet({ items: [item('x', 'sound'), item('x', 'fallacy')] })).toThrow(/used twice/);
    expect(() => parseQuizSheet({ items: [{ ...item('x', 'sound'), kind: 'maybe' }] })).toThrow(/kind/);
  });
});

describe('keeping checks on the device', () => {
  const taken = (score: number) => ({ hits: score, falseAlarms: 0, score, fallacies: 5, sound: 5, answers: { a: 'fallacy' as const }, takenAt: '2026-03-02T10:00:00Z' });

  it('stores before and after, and hands the scores (not the answers) to the run file', () => {
    const store = new MemoryStore();
    expect(quizForRunFile(store)).toBeUndefined();
    saveQuiz(store, 'before', taken(2));
    saveQuiz(store, 'after', taken(4));
    expect(readQuizzes(store).before?.score).toBe(2);
    const quiz = quizForRunFile(store);
    expect(quiz).toEqual({ before: { hits: 2, falseAlarms: 0, score: 2 }, after: { hits: 4, falseAlarms: 0, score: 4 } });
    // The run file parser accepts what we hand it.
    const run = {
      app: 'the-round-table', kind: 'run', version: 1, storyHash: 'abcdef123456', preset: 'short', seed: 1, path: [0],
      grades: [], ending: null, meters: { audience: 40, credibility: 50 }, endedAt: '2026-03-02T10:00:00Z', quiz,
    };
    expect(parseRunFile(run)).toMatchObject({ ok: true, value: { quiz } });
  });

  it('starts a new pair when a new "before" check is taken', () => {
    const store = new MemoryStore();
    saveQuiz(store, 'before', taken(1));
    saveQuiz(store, 'after', taken(3));
    saveQuiz(store, 'before', taken(2));
    expect(readQuizzes(store)).toEqual({ before: taken(2) });
  });

  it('treats damaged storage as no check taken, and reports a refused write', () => {
    const store = new MemoryStore();
    store.setItem(QUIZ_KEY, '{not json');
    expect(readQuizzes(store)).toEqual({});
    store.setItem(QUIZ_KEY, JSON.stringify({ before: { hits: -1 } }));
    expect(readQuizzes(store)).toEqual({});
    const full = new MemoryStore();
    full.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    expect(saveQuiz(full, 'before', taken(1))).toBe(false);
  });
});
