// Comparing two runs: each path is replayed through a scratch engine, the runs are aligned at their
// shared start, and every exchange after the first different choice is set side by side (moves,
// grades, meters, stances, endings). One sentence names the choice that moved the meters most.
import { speakerName, type CastSheet } from '../core/cast.ts';
import { type FigureId, type Grade, type Preset, type SpeakerId, type Stance } from '../core/contract.ts';
import type { DocumentWords } from '../documents/document-words.ts';
import type { DebateEngine } from '../core/engine.ts';
import type { ChoiceView, LineEvent, Meters } from '../core/events.ts';
import type { Result } from '../persistence/reasons.ts';

export interface ComparedRun {
  preset: Preset;
  seed: number;
  path: readonly number[];
}

/** One decision taken in a run, with what it did. */
export interface TakenStep {
  decision: number;
  /** Who the exchange is with (a figure id), or the stage ('opening', 'closing'). */
  exchange: string;
  figure?: FigureId;
  choice: ChoiceView;
  grade?: Grade;
  before: Meters;
  after: Meters;
  stancesAfter: Partial<Record<SpeakerId, Stance>>;
}

export interface ExchangeRow {
  exchange: string;
  figure?: FigureId;
  /** The decisions each run took in this exchange (empty if that run never reached it). */
  a: TakenStep[];
  b: TakenStep[];
}

export interface RunOutcome {
  steps: TakenStep[];
  ending?: string;
  meters: Meters;
  stances: Partial<Record<SpeakerId, Stance>>;
}

export interface Comparison {
  a: RunOutcome;
  b: RunOutcome;
  /** How many decisions, from the start, both runs took alike. */
  shared: number;
  /** The first decision where they differ; null when one run is the other's beginning. */
  divergence: number | null;
  /** Exchanges from the divergence on, in story order, side by side. */
  rows: ExchangeRow[];
  /** The exchange whose choices moved the two runs' meters furthest apart; null if none did. */
  biggest: { row: ExchangeRow; gap: number } | null;
}

export type CompareError = { message: string };

/** Replays a run on a scratch engine and lists what each decision did. */
/** `figures`: the cast sheet's public figures (src/debate/core/cast.ts figuresOf). */
export function replaySteps(engine: DebateEngine, run: ComparedRun, figures: ReadonlySet<SpeakerId>): Result<RunOutcome, CompareError> {
  try {
    engine.replay(run.preset, run.seed, run.path);
  } catch (error) {
    return { ok: false, error: { message: `That run no longer fits this debate (${String(error)}).` } };
  }
  const history = engine.history;
  const steps: TakenStep[] = [];
  let exchange = 'opening';
  let stage = '';
  let figure: FigureId | undefined;
  for (let i = 0; i < history.length - 1; i++) {
    const step = history[i]!;
    const next = history[i + 1]!;
    const choice = step.chosen === undefined ? undefined : step.beat.choices?.choices[step.chosen];
    if (!choice) break;
    const lastFigure = step.beat.events
      .flatMap((e) => (e.type === 'line' && figures.has(e.speaker) ? [e.speaker] : []))
      .at(-1);
    // A decision belongs to the figure who last spoke; when no figure spoke (the host and the
    // player only), it stays with the current exchange unless the debate moved to a new stage.
    const stageNow = step.table.progress.stage || 'opening';
    if (lastFigure) {
      figure = lastFigure;
      exchange = lastFigure;
    } else if (stageNow !== stage) {
      figure = undefined;
      exchange = stageNow;
    }
    stage = stageNow;
    const graded = next.beat.events.find((e): e is LineEvent => e.type === 'line' && !!e.grade);
    steps.push({
      decision: i,
      exchange,
      ...(figure && { figure }),
      choice,
      ...(graded?.grade && { grade: graded.grade }),
      before: { ...step.table.meters },
      after: { ...next.table.meters },
      stancesAfter: { ...next.table.stances },
    });
  }
  const last = history.at(-1)!;
  return {
    ok: true,
    value: {
      steps,
      ...(last.table.ending && { ending: last.table.ending }),
      meters: { ...last.table.meters },
      stances: { ...last.table.stances },
    },
  };
}

const sameChoice = (x: TakenStep | undefined, y: TakenStep | undefined) =>
  !!x && !!y && x.choice.index === y.choice.index && x.choice.text === y.choice.text && x.exchange === y.exchange;

/** Sets two runs side by side. `engine` is a scratch engine of the runs' story build. */
export function compareRuns(engine: DebateEngine, a: ComparedRun, b: ComparedRun, figures: ReadonlySet<SpeakerId>): Result<Comparison, CompareError> {
  const ra = replaySteps(engine, a, figures);
  if (!ra.ok) return ra;
  const rb = replaySteps(engine, b, figures);
  if (!rb.ok) return rb;
  const runA = ra.value;
  const runB = rb.value;
  let shared = 0;
  while (sameChoice(runA.steps[shared], runB.steps[shared])) shared++;
  const differs = shared < runA.steps.length && shared < runB.steps.length;
  const rows = alignExchanges(runA.steps.slice(shared), runB.steps.slice(shared));
  return {
    ok: true,
    value: {
      a: runA,
      b: runB,
      shared,
      divergence: differs ? shared : null,
      rows,
      biggest: biggestGap(rows),
    },
  };
}

/** Groups steps by exchange and pairs the exchanges both runs went through, in story order. */
function alignExchanges(a: TakenStep[], b: TakenStep[]): ExchangeRow[] {
  const group = (steps: TakenStep[]) => {
    const groups: { exchange: string; figure?: FigureId; steps: TakenStep[] }[] = [];
    for (const step of steps) {
      const last = groups.at(-1);
      if (last && last.exchange === step.exchange) last.steps.push(step);
      else groups.push({ exchange: step.exchange, ...(step.figure && { figure: step.figure }), steps: [step] });
    }
    return groups;
  };
  const ga = group(a);
  const gb = group(b);
  const rows: ExchangeRow[] = [];
  let i = 0;
  let j = 0;
  while (i < ga.length || j < gb.length) {
    const x = ga[i];
    const y = gb[j];
    const row = (g: typeof x) => ({ exchange: g!.exchange, ...(g!.figure && { figure: g!.figure }) });
    if (x && y && x.exchange === y.exchange) {
      rows.push({ ...row(x), a: x.steps, b: y.steps });
      i++;
      j++;
    } else if (x && (!y || gb.slice(j).some((g) => g.exchange === x.exchange) === false)) {
      rows.push({ ...row(x), a: x.steps, b: [] });
      i++;
    } else {
      rows.push({ ...row(y), a: [], b: y!.steps });
      j++;
    }
  }
  return rows;
}

const change = (steps: TakenStep[]): Meters =>
  steps.reduce(
    (sum, s) => ({
      audience: sum.audience + s.after.audience - s.before.audience,
      credibility: sum.credibility + s.after.credibility - s.before.credibility,
    }),
    { audience: 0, credibility: 0 },
  );

function biggestGap(rows: ExchangeRow[]): Comparison['biggest'] {
  let best: Comparison['biggest'] = null;
  for (const row of rows) {
    const da = change(row.a);
    const db = change(row.b);
    const gap = Math.abs(da.audience - db.audience) + Math.abs(da.credibility - db.credibility);
    if (gap > 0 && (!best || gap > best.gap)) best = { row, gap };
  }
  return best;
}

/** The step of an exchange that moved the meters most (the choice worth naming). */
export function weightiest(steps: TakenStep[]): TakenStep | undefined {
  const weight = (s: TakenStep) =>
    Math.abs(s.after.audience - s.before.audience) + Math.abs(s.after.credibility - s.before.credibility);
  return steps.reduce<TakenStep | undefined>((best, s) => (!best || weight(s) > weight(best) ? s : best), undefined);
}

export function exchangeName(cast: CastSheet, row: Pick<ExchangeRow, 'exchange' | 'figure'>, words: DocumentWords): string {
  if (row.figure) return speakerName(cast, row.figure);
  return row.exchange === 'closing' ? words.compare.closing : row.exchange === 'opening' ? words.compare.opening : row.exchange;
}

/** One sentence: which choice made the biggest difference to the meters between the two runs (in the words' language). */
export function biggestDifferenceSentence(
  comparison: Comparison,
  cast: CastSheet,
  names: { a: string; b: string },
  words: DocumentWords,
): string {
  const w = words.compare;
  if (comparison.divergence === null && comparison.a.steps.length === comparison.b.steps.length) return w.same(names.a, names.b);
  const biggest = comparison.biggest;
  if (!biggest) return w.noDifference(names.a, names.b);
  const part = (steps: TakenStep[], name: string) => {
    const step = weightiest(steps);
    if (!step) return w.neverGotThere(name);
    const d = change([step]);
    return w.chose(name, step.choice.text, d.audience, d.credibility);
  };
  return w.biggest(exchangeName(cast, biggest.row, words), part(biggest.row.a, names.a), part(biggest.row.b, names.b));
}
