// The story check: compile, lint every reachable line and choice, walk every reachable state of
// each preset, and report. Used by `npm run story:check` and by the tests on fixture stories.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Story } from 'inkjs';
import { parseArticle } from '../../src/debate/core/article.ts';
import { opponentsOf } from '../../src/debate/core/cast.ts';
import { CARDS, PRESETS } from '../../src/debate/core/contract.ts';
import { parseDebriefContent } from '../../src/debate/documents/debrief.ts';
import { compileInkFile, formatDiagnostic, InkCompileError } from './compile.ts';
import {
  checkRandomPlay,
  defaultFairness,
  lintChoiceKeys,
  lintEndingRooms,
  lintLeadIns,
  lintNarrators,
  shownWords,
  type FairnessOptions,
} from './fairness.ts';
import { lintGlobals, lintCast, lintWalk, type CastSheet } from './lint.ts';
import { checkTranslation, PERSIAN_NOTICE, type Translation } from './translation.ts';
import { randomnessProblems } from './randomness.ts';
import { randomPlay, summarize, type RandomPlayReport, type WalkSummary } from './report.ts';
import type { WalkGraph } from './walk.ts';
import { walkPresets } from './walk-parallel.ts';

export interface CheckOptions {
  /** story/source/article.md: the paragraph ids lines may cite. */
  articleFile: string;
  /** story/cast.json: placards, card faces and ending titles. */
  castFile: string;
  /** story/debrief.json: the debrief's "critique the expert" prompts (optional). */
  debriefFile?: string;
  /** The real debate must hear every speaker and land every card; fixtures need not. */
  requireCoverage: boolean;
  randomRuns: number;
  /** Random-play shares and words read that the real debate must keep (fairness.ts). */
  fairness: FairnessOptions;
  /** Other languages of the same debate (story/fa): each must compile to the same program. */
  translations?: Translation[];
}

export interface PresetReport {
  preset: string;
  summary: WalkSummary;
  random: RandomPlayReport;
  seconds: number;
}

export interface CheckResult {
  ok: boolean;
  /** The compiled story's build hash (absent when it did not compile). */
  storyHash?: string;
  problems: string[];
  warnings: string[];
  presets: PresetReport[];
  graphs: WalkGraph[];
  /** The one-line JSON the check prints last. */
  json: {
    states: number;
    decisions: number;
    endings: Record<string, number>;
    deadEnds: number;
    speakers: string[];
    cards: WalkSummary['cards'];
    seconds: number;
    presets: Record<string, { states: number; seconds: number; endings: Record<string, number>; random: RandomPlayReport }>;
    /** Words read along a random playthrough (lines and every choice shown), per table. */
    words: Record<string, { median: number; p90: number }>;
    /** Per translation: seconds to compile and compare it, and the pieces of text it checked. */
    translations?: Record<string, { seconds: number; pieces: number }>;
  };
}

export async function checkStory(mainFile: string, options: CheckOptions): Promise<CheckResult> {
  const started = performance.now();
  const problems: string[] = [];
  const warnings: string[] = [];
  let json: string;
  let storyHash: string;
  try {
    const compiled = compileInkFile(mainFile);
    json = compiled.json;
    storyHash = compiled.hash;
    // The check is stricter than the build: a warning is a failure here.
    for (const w of compiled.warnings) problems.push(`${formatDiagnostic(w)} (compiler ${w.severity})`);
  } catch (error) {
    if (!(error instanceof InkCompileError)) throw error;
    return failed(error.diagnostics.map(formatDiagnostic), started);
  }

  // The walk below runs one seed: a story that picks at random is refused, not half walked.
  problems.push(...randomnessProblems(mainFile, json));
  // Each translation is compiled and compared with this story before the walk (fractions of a
  // second): equal programs walk to equal graphs, so the walk below stands for both.
  const translations: Record<string, { seconds: number; pieces: number }> = {};
  for (const t of options.translations ?? []) {
    const checked = checkTranslation(json, t, options);
    problems.push(...checked.problems);
    translations[t.label] = { seconds: Math.round(checked.seconds * 100) / 100, pieces: checked.pieces };
  }
  const story = new Story(json);
  problems.push(...lintGlobals(story.globalTags));
  const articleIds = new Set(parseArticle(readFileSync(options.articleFile, 'utf8')).keys());
  const table = existsSync(options.castFile)
    ? (JSON.parse(readFileSync(options.castFile, 'utf8')) as CastSheet)
    : { speakers: {}, cards: {}, endings: {} };

  const presets = story.variablesState.GlobalVariableExistsWithName('preset')
    ? [...PRESETS]
    : [undefined];
  const reports: PresetReport[] = [];
  const graphs: WalkGraph[] = [];
  const endingsReached = new Set<string>();
  // Every preset at once, on every core (walk-parallel.ts): the same graphs walkStory returns.
  const walked = await walkPresets(json, presets);
  for (const [i, preset] of presets.entries()) {
    const graph = walked.graphs[i] as WalkGraph;
    graphs.push(graph);
    const label = preset ?? 'default';
    for (const p of graph.problems) {
      const route = p.path.length > 0 ? ` after choices [${p.path.join(', ')}]` : '';
      problems.push(`${label}: ${p.kind} at ${p.linePath ?? '?'}${route}: ${p.message}`);
    }
    const lint = [...lintWalk(graph, articleIds, table), ...lintNarrators(graph, table), ...lintLeadIns(graph), ...lintChoiceKeys(graph)];
    for (const p of lint) {
      problems.push(`${label}: ${p.where}: ${p.message}${p.text ? ` ("${p.text}")` : ''}`);
    }
    const summary = summarize(graph, new Set(opponentsOf(table)));
    for (const id of Object.keys(summary.endings)) endingsReached.add(id);
    const random = randomPlay(graph, options.randomRuns, 1, shownWords(table));
    reports.push({ preset: label, summary, random, seconds: graph.seconds });
    if (options.requireCoverage) {
      problems.push(...checkRandomPlay(label, random, Object.keys(table.endings), options.fairness));
      for (const id of Object.keys(summary.endings)) {
        if (!random.endings[id]) warnings.push(`${label}: random play never reaches '${id}'`);
      }
    }
  }

  if (existsSync(options.castFile)) {
    problems.push(...lintCast(table, endingsReached));
    if (options.requireCoverage) problems.push(...lintEndingRooms(table));
  }
  if (options.debriefFile && existsSync(options.debriefFile)) {
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(options.debriefFile, 'utf8'));
    } catch (error) {
      problems.push(`debrief.json: not valid JSON (${String(error)})`);
    }
    if (data !== undefined) problems.push(...parseDebriefContent(data, articleIds).problems);
  }
  const merged = mergeSummaries(reports.map((r) => r.summary));
  if (options.requireCoverage) {
    for (const id of Object.keys(table.speakers)) {
      if (!merged.speakers.includes(id)) problems.push(`speaker '${id}' never speaks`);
    }
    // A card may be weak everywhere (the expert's own tu quoque is), but it must be offered, and no
    // card may carry more than three of the six.
    for (const id of CARDS) {
      const grades = merged.cards[id];
      if (!grades) problems.push(`card '${id}' is never offered to an opponent`);
      else if (grades.strong > 3) problems.push(`card '${id}' is strong against ${grades.strong} opponents (at most 3)`);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  return {
    ok: problems.length === 0,
    storyHash,
    problems,
    warnings,
    presets: reports,
    graphs,
    json: {
      ...merged,
      seconds: Math.round(seconds * 100) / 100,
      ...(options.translations && { translations }),
      words: Object.fromEntries(reports.map((r) => [r.preset, r.random.words])),
      presets: Object.fromEntries(
        reports.map((r) => [
          r.preset,
          { states: r.summary.states, seconds: Math.round(r.seconds * 100) / 100, endings: r.summary.endings, random: r.random },
        ]),
      ),
    },
  };
}

function mergeSummaries(summaries: WalkSummary[]): Omit<WalkSummary, never> {
  const endings: Record<string, number> = {};
  const speakers = new Set<string>();
  const cards: WalkSummary['cards'] = {};
  let states = 0;
  let decisions = 0;
  let deadEnds = 0;
  for (const s of summaries) {
    states += s.states;
    decisions += s.decisions;
    deadEnds += s.deadEnds;
    for (const [id, n] of Object.entries(s.endings)) endings[id] = (endings[id] ?? 0) + n;
    for (const id of s.speakers) speakers.add(id);
    for (const [card, grades] of Object.entries(s.cards)) {
      const into = (cards[card] ??= { strong: 0, partial: 0, weak: 0, backfire: 0 });
      // The presets share figures: count each card's best coverage, not a sum of both walks.
      into.strong = Math.max(into.strong, grades.strong);
      into.partial = Math.max(into.partial, grades.partial);
      into.weak = Math.max(into.weak, grades.weak);
      into.backfire = Math.max(into.backfire, grades.backfire);
    }
  }
  return { states, decisions, endings, deadEnds, speakers: [...speakers].sort(), cards };
}

function failed(problems: string[], started: number): CheckResult {
  const seconds = (performance.now() - started) / 1000;
  return {
    ok: false,
    problems,
    warnings: [],
    presets: [],
    graphs: [],
    json: { states: 0, decisions: 0, endings: {}, deadEnds: 0, speakers: [], cards: {}, seconds, presets: {}, words: {} },
  };
}

export const defaultCheckOptions = (root = process.cwd()): CheckOptions => ({
  translations: existsSync(path.join(root, 'story/fa/main.ink'))
    ? [{ label: 'fa', dir: path.join(root, 'story/fa'), mainFile: path.join(root, 'story/fa/main.ink'), notice: PERSIAN_NOTICE }]
    : [],
  articleFile: path.join(root, 'story/source/article.md'),
  castFile: path.join(root, 'story/cast.json'),
  debriefFile: path.join(root, 'story/debrief.json'),
  requireCoverage: true,
  randomRuns: 10_000,
  fairness: defaultFairness,
});
