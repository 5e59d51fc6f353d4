// Class results: a teacher's folder of run files, read on this device and summed up. Every run is
// replayed through the engine (same story build, preset and seed), so the shares come from what the
// story itself did with each student's choices, not from what a file claims. A file that cannot be
// read or replayed is listed with the reasons and left out; the others still count, whatever the
// bad file holds (adding a file never throws).
import type { Story } from 'inkjs';
import type { CardId, Grade, Move, Preset, SpeakerId } from '../core/contract.ts';
import { DebateEngine, storyOf } from '../core/engine.ts';
import type { LineEvent } from '../core/events.ts';
import { thrownName, type Reason } from '../persistence/reasons.ts';
import { decodeRunCode, type PastedLine } from '../persistence/run-code.ts';
import { parseRunFileText, RUN_KIND, RUN_VERSION, type QuizScore, type RunFile } from '../persistence/run-file.ts';
import { SAVE_APP } from '../persistence/save.ts';
import { cleanName } from '../persistence/student.ts';
import { decisionPosition, figureOfSection, sectionOfPosition, storyOrder } from '../core/story-map.ts';

export interface RunFileInput {
  name: string;
  text: string;
  /** Set when the file could not even be read (too large, unreadable): the reason it is left out. */
  problem?: Reason;
}

export interface InvalidRun {
  name: string;
  reasons: Reason[];
}

export interface ChoiceShare {
  index: number;
  text: string;
  move: Move;
  card?: CardId;
  count: number;
  /** count / reached, 0 to 1. */
  share: number;
}

export interface MoveShare {
  move: Move;
  count: number;
  share: number;
}

export interface DecisionShare {
  position: string;
  section: string;
  figure?: SpeakerId;
  /** The move that led here from earlier in the same exchange (press, concede). */
  after?: Move;
  /** The last line spoken before the decision, as most students heard it. */
  leadIn?: { speaker: SpeakerId; text: string };
  /** How many students reached this decision. */
  reached: number;
  choices: ChoiceShare[];
  moves: MoveShare[];
}

export interface EndingShare {
  id: string;
  count: number;
  share: number;
}

export interface GradedMove {
  /** Whom the move answered: the exchange's figure, or undefined for the closing and the like. */
  figure?: SpeakerId;
  section: string;
  text: string;
  move: Move;
  card?: CardId;
  /** How many times the class made this move, and how it was graded. */
  chosen: number;
  weak: number;
  backfire: number;
}

export interface QuizSummary {
  count: number;
  meanHits: number;
  meanFalseAlarms: number;
  meanScore: number;
}

/** One student's run, as a row of the per-student table. */
export interface StudentRow {
  /** The file's name, or "line N" for a pasted code: where the teacher finds it. */
  source: string;
  /** The name the run file or the pasted line gives, when it gives one. */
  name?: string;
  from: 'file' | 'code';
  preset: Preset;
  ending?: string;
  /** The grades of the moves made, per section (the exchanges of `ClassResults.exchanges`). */
  grades: Record<string, Grade[]>;
  counts: Record<Grade, number>;
  quiz: { before?: number; after?: number };
}

export interface ClassResults {
  /** Runs that counted. */
  runs: number;
  /** One row per run counted, in the order they were added. */
  students: StudentRow[];
  /** The sections with graded moves, in story order: the per-student table's exchange columns. */
  exchanges: { section: string; figure?: SpeakerId }[];
  presets: Record<Preset, number>;
  invalid: InvalidRun[];
  decisions: DecisionShare[];
  endings: EndingShare[];
  /** Runs exported before the debate ended. */
  unfinished: number;
  /** Moves graded weak or backfire at least once, most often first. */
  weakMoves: GradedMove[];
  quiz: {
    before: QuizSummary | null;
    after: QuizSummary | null;
    /** Students with both checks: the mean change from before to after. */
    paired: { count: number; meanChange: number } | null;
  };
}

export interface StoryBuild {
  json: string;
  hash: string;
}

interface Replayed {
  run: RunFile;
  source: string;
  from: 'file' | 'code';
  name?: string;
  decisions: {
    position: string;
    section: string;
    after?: Move;
    leadIn?: { speaker: SpeakerId; text: string };
    offered: { index: number; text: string; move: Move; card?: CardId }[];
    chosen?: number;
    grade?: Grade;
  }[];
  ending?: string;
}

const mean = (values: number[]) => (values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length);

function summarize(scores: QuizScore[]): QuizSummary | null {
  if (scores.length === 0) return null;
  return {
    count: scores.length,
    meanHits: mean(scores.map((s) => s.hits)),
    meanFalseAlarms: mean(scores.map((s) => s.falseAlarms)),
    meanScore: mean(scores.map((s) => s.score)),
  };
}

/** Replays one run; a Reason is why it cannot count. */
function replay(run: RunFile, engine: DebateEngine, scratch: Story, from: Pick<Replayed, 'source' | 'from' | 'name'>): Replayed | Reason {
  try {
    engine.replay(run.preset, run.seed, run.path);
  } catch (error) {
    return { code: 'path-does-not-fit', subject: from.from === 'code' ? 'run-code' : 'run-file', detail: thrownName(error) };
  }
  const ended = engine.state.ending;
  if (run.ending !== null && run.ending !== ended) {
    return { code: 'ending-mismatch', subject: 'run-file', claimed: run.ending, reached: ended ?? null };
  }
  const steps = engine.history;
  const decisions: Replayed['decisions'] = [];
  steps.forEach((step, k) => {
    const choices = step.beat.choices?.choices;
    if (!choices) return;
    const position = decisionPosition(scratch, step.stateJson);
    const section = sectionOfPosition(position);
    const previous = decisions.at(-1);
    const lastLine = [...step.beat.events].reverse().find((e): e is LineEvent => e.type === 'line');
    const grade = steps[k + 1]?.beat.events.find((e): e is LineEvent => e.type === 'line' && !!e.grade)?.grade;
    const after = previous && previous.section === section && previous.chosen !== undefined ? previous.offered[previous.chosen]?.move : undefined;
    decisions.push({
      position,
      section,
      ...(after && { after }),
      ...(lastLine && { leadIn: { speaker: lastLine.speaker, text: lastLine.text } }),
      offered: choices.map((c) => ({ index: c.index, text: c.text, move: c.move, ...(c.card && { card: c.card }) })),
      ...(step.chosen !== undefined && { chosen: step.chosen }),
      ...(step.chosen !== undefined && grade && { grade }),
    });
  });
  return { run, ...from, decisions, ...(ended && { ending: ended }) };
}

/**
 * Replays run files one at a time, so a page can keep responding between files (a replay takes
 * tens of milliseconds), and sums them up on demand. Files added later join the same totals.
 */
export class ClassResultsBuilder {
  private readonly engine: DebateEngine;
  private readonly scratch: Story;
  private readonly invalid: InvalidRun[] = [];
  private readonly replayed: Replayed[] = [];
  private readonly seen = new Map<string, string>();
  /** Runs by table, seed and path alone: a code handed in twice, or beside its run file. */
  private readonly seenPaths = new Map<string, string>();

  constructor(
    private readonly story: StoryBuild,
    /** How a pasted line is named where it is listed (the words come from the view's catalogue). */
    private readonly lineLabel: (line: number) => string = (line) => `line ${line}`,
  ) {
    this.engine = new DebateEngine(story.json, story.hash);
    this.scratch = storyOf(story.json);
  }

  /** Reads and replays one file; returns why when it cannot count. Never throws. */
  add(file: RunFileInput): InvalidRun | null {
    const name = typeof file.name === 'string' ? file.name.slice(0, 200) : 'a file';
    const reject = (...reasons: Reason[]) => {
      const bad = { name, reasons };
      this.invalid.push(bad);
      return bad;
    };
    try {
      if (file.problem) return reject(file.problem);
      const parsed = parseRunFileText(file.text);
      if (!parsed.ok) return reject(...parsed.errors);
      const run = parsed.value;
      if (run.storyHash !== this.story.hash) {
        return reject({ code: 'other-build', subject: 'run-file', found: run.storyHash.slice(0, 12), here: this.story.hash.slice(0, 12) });
      }
      const identity = JSON.stringify([run.preset, run.seed, run.path, run.endedAt]);
      const copyOf = this.seen.get(identity);
      if (copyOf !== undefined) return reject({ code: 'duplicate', subject: 'run-file', of: copyOf });
      const result = replay(run, this.engine, this.scratch, { source: name, from: 'file', ...(run.student && { name: run.student }) });
      if ('code' in result) return reject(result);
      // A run already handed in another way (as a code, or downloaded again later) counts once.
      const sameRun = this.seenPaths.get(pathIdentity(run));
      if (sameRun !== undefined) return reject({ code: 'duplicate', subject: 'run-file', of: sameRun });
      this.seen.set(identity, name);
      this.seenPaths.set(pathIdentity(run), name);
      this.replayed.push(result);
      return null;
    } catch (error) {
      return reject({ code: 'unreadable', subject: 'run-file', detail: thrownName(error) });
    }
  }

  /**
   * Reads and replays one pasted run code (src/debate/persistence/run-code.ts); returns why when it cannot
   * count, listed under "line N" and the name written beside it. Never throws.
   */
  addCode(pasted: PastedLine): InvalidRun | null {
    let source = 'a line';
    const reject = (...reasons: Reason[]) => {
      const bad = { name: source, reasons };
      this.invalid.push(bad);
      return bad;
    };
    try {
      const label = cleanName(pasted.label);
      source = `${this.lineLabel(pasted.line)}${label ? ` (${label})` : ''}`;
      const decoded = decodeRunCode(pasted.code, this.story.hash);
      if (!decoded.ok) return reject(decoded.error);
      const code = decoded.value;
      // A code carries the path alone: the rest of a run file is what the replay finds.
      const run: RunFile = {
        app: SAVE_APP,
        kind: RUN_KIND,
        version: RUN_VERSION,
        storyHash: this.story.hash,
        preset: code.preset,
        seed: code.seed,
        path: code.path,
        grades: [],
        ending: null,
        meters: { audience: 0, credibility: 0 },
        endedAt: '',
      };
      const copyOf = this.seenPaths.get(pathIdentity(run));
      if (copyOf !== undefined) return reject({ code: 'duplicate', subject: 'run-code', of: copyOf });
      const result = replay(run, this.engine, this.scratch, { source, from: 'code', ...(label && { name: label }) });
      if ('code' in result) return reject(result);
      this.seenPaths.set(pathIdentity(run), source);
      this.replayed.push(result);
      return null;
    } catch (error) {
      return reject({ code: 'unreadable', subject: 'run-code', detail: thrownName(error) });
    }
  }

  get results(): ClassResults {
    return summarizeRuns(this.replayed, [...this.invalid]);
  }
}

const pathIdentity = (run: Pick<RunFile, 'preset' | 'seed' | 'path'>) => JSON.stringify([run.preset, run.seed, run.path]);

export function aggregateClassResults(files: readonly RunFileInput[], story: StoryBuild): ClassResults {
  const builder = new ClassResultsBuilder(story);
  for (const file of files) builder.add(file);
  return builder.results;
}

function summarizeRuns(replayed: readonly Replayed[], invalid: InvalidRun[]): ClassResults {
  // Decisions, grouped by position, in the order the class met them.
  const groups = new Map<string, { first: Replayed['decisions'][number]; all: Replayed['decisions'][number][]; firstIndex: number }>();
  const sectionBefore = new Map<string, Set<string>>();
  const positionBefore = new Map<string, Set<string>>();
  const sectionRank = new Map<string, number>();
  for (const r of replayed) {
    r.decisions.forEach((d, k) => {
      const group = groups.get(d.position);
      if (group) {
        group.all.push(d);
        group.firstIndex = Math.min(group.firstIndex, k);
      } else {
        groups.set(d.position, { first: d, all: [d], firstIndex: k });
      }
      sectionRank.set(d.section, Math.min(sectionRank.get(d.section) ?? Infinity, k));
      const next = r.decisions[k + 1];
      if (!next) return;
      if (next.section !== d.section) (sectionBefore.get(d.section) ?? sectionBefore.set(d.section, new Set()).get(d.section))?.add(next.section);
      else if (next.position !== d.position) (positionBefore.get(d.position) ?? positionBefore.set(d.position, new Set()).get(d.position))?.add(next.position);
    });
  }
  const sections = storyOrder([...sectionRank.keys()], sectionBefore, (s) => sectionRank.get(s) ?? 0);
  const order = sections.flatMap((s) =>
    storyOrder(
      [...groups.keys()].filter((p) => sectionOfPosition(p) === s),
      positionBefore,
      (p) => groups.get(p)?.firstIndex ?? 0,
    ),
  );

  const decisions: DecisionShare[] = [];
  for (const position of order) {
    const group = groups.get(position);
    // A decision with one way on ("Take your seat") says nothing about the class.
    if (!group || group.first.offered.length < 2) continue;
    const made = group.all.filter((d) => d.chosen !== undefined);
    const reached = made.length;
    if (reached === 0) continue;
    const leadIns = new Map<string, { line: { speaker: SpeakerId; text: string }; count: number }>();
    for (const d of group.all) {
      if (!d.leadIn) continue;
      const key = `${d.leadIn.speaker}\u0000${d.leadIn.text}`;
      const entry = leadIns.get(key) ?? { line: d.leadIn, count: 0 };
      entry.count++;
      leadIns.set(key, entry);
    }
    const leadIn = [...leadIns.values()].sort((a, b) => b.count - a.count)[0]?.line;
    const afters = group.all.map((d) => d.after).filter((m): m is Move => m !== undefined);
    const choices = group.first.offered.map((c) => {
      const count = made.filter((d) => d.chosen === c.index).length;
      return { ...c, count, share: count / reached };
    });
    const moveCounts = new Map<Move, number>();
    for (const c of choices) moveCounts.set(c.move, (moveCounts.get(c.move) ?? 0) + c.count);
    const figure = figureOfSection(group.first.section);
    decisions.push({
      position,
      section: group.first.section,
      ...(figure && { figure }),
      ...(afters[0] && { after: afters[0] }),
      ...(leadIn && { leadIn }),
      reached,
      choices,
      moves: [...moveCounts].map(([move, count]) => ({ move, count, share: count / reached })),
    });
  }

  // Endings.
  const endingCounts = new Map<string, number>();
  for (const r of replayed) if (r.ending) endingCounts.set(r.ending, (endingCounts.get(r.ending) ?? 0) + 1);
  const endings = [...endingCounts]
    .map(([id, count]) => ({ id, count, share: count / replayed.length }))
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));

  // Moves graded weak or backfire.
  const graded = new Map<string, GradedMove>();
  for (const r of replayed) {
    for (const d of r.decisions) {
      if (d.chosen === undefined || !d.grade) continue;
      const choice = d.offered[d.chosen];
      if (!choice) continue;
      const figure = figureOfSection(d.section);
      const key = `${d.section}\u0000${choice.text}\u0000${choice.move}\u0000${choice.card ?? ''}`;
      const entry = graded.get(key) ?? {
        ...(figure && { figure }),
        section: d.section,
        text: choice.text,
        move: choice.move,
        ...(choice.card && { card: choice.card }),
        chosen: 0,
        weak: 0,
        backfire: 0,
      };
      entry.chosen++;
      if (d.grade === 'weak') entry.weak++;
      if (d.grade === 'backfire') entry.backfire++;
      graded.set(key, entry);
    }
  }
  const weakMoves = [...graded.values()]
    .filter((g) => g.weak + g.backfire > 0)
    .sort((a, b) => b.weak + b.backfire - (a.weak + a.backfire) || b.backfire - a.backfire || a.text.localeCompare(b.text));

  // The before/after check.
  const before = replayed.flatMap((r) => (r.run.quiz?.before ? [r.run.quiz.before] : []));
  const after = replayed.flatMap((r) => (r.run.quiz?.after ? [r.run.quiz.after] : []));
  const changes = replayed.flatMap((r) => (r.run.quiz?.before && r.run.quiz.after ? [r.run.quiz.after.score - r.run.quiz.before.score] : []));

  const presets: Record<Preset, number> = { full: 0, short: 0 };
  for (const r of replayed) presets[r.run.preset]++;

  // One row per student, with a column per section that has graded moves.
  const exchanges = sections
    .filter((section) => replayed.some((r) => r.decisions.some((d) => d.section === section && d.grade && d.chosen !== undefined)))
    .map((section) => {
      const figure = figureOfSection(section);
      return { section, ...(figure && { figure }) };
    });
  const students: StudentRow[] = replayed.map((r) => {
    const grades: Record<string, Grade[]> = {};
    const counts: Record<Grade, number> = { strong: 0, partial: 0, weak: 0, backfire: 0 };
    for (const d of r.decisions) {
      if (d.chosen === undefined || !d.grade) continue;
      (grades[d.section] ??= []).push(d.grade);
      counts[d.grade]++;
    }
    const quiz = r.run.quiz;
    return {
      source: r.source,
      ...(r.name && { name: r.name }),
      from: r.from,
      preset: r.run.preset,
      ...(r.ending && { ending: r.ending }),
      grades,
      counts,
      quiz: { ...(quiz?.before && { before: quiz.before.score }), ...(quiz?.after && { after: quiz.after.score }) },
    };
  });

  return {
    runs: replayed.length,
    students,
    exchanges,
    presets,
    invalid,
    decisions,
    endings,
    unfinished: replayed.filter((r) => !r.ending).length,
    weakMoves,
    quiz: {
      before: summarize(before),
      after: summarize(after),
      paired: changes.length > 0 ? { count: changes.length, meanChange: mean(changes) } : null,
    },
  };
}
