// The runs played on this machine, kept in the injected key-value store for the branch map and
// run comparison. A run is a table (preset + seed) and a path of choices; jumping back and choosing
// differently starts a new run that shares its prefix with the old one, which stays as it was.
// Two tabs share one history: every write re-reads what is stored and merges it, and a tab hears of
// the other's writes (KeyValueStore.watch). An unreadable history is set aside, never replaced.
import { copyAside, writeOver } from './aside.ts';
import { isOneOf, PRESETS, type Preset } from '../core/contract.ts';
import type { KeyValueStore, WriteFailure } from '../core/ports.ts';
import { guarded, isTime, ok, parseJson, refuse, type Reason, type Result } from './reasons.ts';
import { isChoicePath, MAX_PATH_LENGTH } from './save.ts';

export const RUNS_KEY = 'runs';
/** Oldest runs are dropped beyond this, so the history cannot grow without end. */
export const MAX_RUNS = 200;

export interface RunRecord {
  id: string;
  preset: Preset;
  seed: number;
  storyHash: string;
  path: number[];
  ending?: string;
  startedAt: number;
  updatedAt: number;
}

/** What the run history needs from an engine: where the debate stands now. */
export interface RunSource {
  readonly storyHash: string;
  readonly state: { preset: Preset; seed: number; ending?: string };
  readonly path: readonly number[];
}

export const isPrefix = (prefix: readonly number[], path: readonly number[]): boolean =>
  prefix.length <= path.length && prefix.every((choice, i) => path[i] === choice);

export const sameTable = (a: Pick<RunRecord, 'preset' | 'seed' | 'storyHash'>, b: Pick<RunRecord, 'preset' | 'seed' | 'storyHash'>): boolean =>
  a.preset === b.preset && a.seed === b.seed && a.storyHash === b.storyHash;

/** The history could not be read whole: why, and where the stored copy was set aside. */
export interface HistoryDamage {
  reason: Reason;
  /** The set-aside copy, or null when it could not be made (the history is then not overwritten). */
  asideKey: string | null;
}

export class RunHistory {
  private runs: RunRecord[];
  /** The run the live debate belongs to, once it has made a choice. */
  private currentId: string | null = null;
  /** False once a write failed: the history goes on in memory. */
  saving = true;
  /** Why the last write failed, while `saving` is false. */
  failure: WriteFailure | 'in-the-way' | null = null;
  /** Set when the stored history could not be read whole at start. */
  readonly damage: HistoryDamage | null = null;
  /** Stored texts already set aside: a second write does not copy them again. */
  private readonly setAside = new Set<string>();
  /** Tells runs made in two tabs in the same millisecond apart. */
  private readonly tab = Math.floor(Math.random() * 36 ** 3).toString(36);

  constructor(
    private readonly store: KeyValueStore,
    private readonly now: () => number = Date.now,
  ) {
    const read = readRuns(store);
    this.runs = read.runs;
    if (read.damage && read.text !== null) {
      const asideKey = copyAside(store, RUNS_KEY, read.text, this.now());
      if (asideKey !== null) this.setAside.add(read.text);
      this.damage = { reason: read.damage, asideKey };
    }
  }

  /** Every readable run, oldest first. */
  all(): readonly RunRecord[] {
    return this.runs;
  }

  /** The runs of one story build (runs of other builds cannot be replayed here). */
  ofBuild(storyHash: string): RunRecord[] {
    return this.runs.filter((r) => r.storyHash === storyHash);
  }

  get current(): RunRecord | undefined {
    return this.runs.find((r) => r.id === this.currentId);
  }

  /** The most recent run other than `run`, to compare with by default. */
  previous(run: RunRecord | undefined, storyHash: string): RunRecord | undefined {
    const candidates = this.ofBuild(storyHash).filter((r) => r.id !== run?.id);
    return candidates.sort((a, b) => b.updatedAt - a.updatedAt)[0];
  }

  /**
   * Notes where the live debate stands (called after every choice and at every ending). Extends
   * the current run; a position some run already passed through changes nothing; an unfinished
   * run that stopped on the way here goes on; any other new branch becomes a new run. Returns the run the debate now belongs to.
   */
  record(source: RunSource): RunRecord | undefined {
    const { preset, seed, ending } = source.state;
    const path = [...source.path];
    if (path.length === 0 || path.length > MAX_PATH_LENGTH) return undefined;
    const table = { preset, seed, storyHash: source.storyHash };
    const time = this.now();
    const current = this.current;
    let run: RunRecord | undefined;
    if (current && sameTable(current, table) && isPrefix(current.path, path)) {
      run = current;
      if (current.path.length === path.length && current.ending === ending) return current;
    } else {
      // Already known (replayed a branch, or chose the same as before): follow that run.
      const known = this.runs.filter((r) => sameTable(r, table) && isPrefix(path, r.path));
      if (known.length > 0) {
        const latest = known.reduce((a, b) => (b.updatedAt > a.updatedAt ? b : a));
        this.currentId = latest.id;
        return latest;
      }
      // A run left unfinished on the way here (continued from a save, say) goes on.
      const unfinished = this.runs.filter((r) => sameTable(r, table) && !r.ending && isPrefix(r.path, path));
      run = unfinished.reduce<RunRecord | undefined>((a, b) => (!a || b.path.length > a.path.length ? b : a), undefined);
      if (!run) {
        run = { id: this.newId(time), ...table, path: [], startedAt: time, updatedAt: time };
        this.runs.push(run);
      }
    }
    run.path = path;
    if (ending) run.ending = ending;
    else delete run.ending;
    run.updatedAt = time;
    this.currentId = run.id;
    this.persist();
    return run;
  }

  /** Forgets every run in memory (after "clear my data" emptied the store). */
  forgetAll(): void {
    this.runs = [];
    this.currentId = null;
  }

  /** Forgets which run is live: the next choice will find or start one. */
  detach(): void {
    this.currentId = null;
  }

  /** Reads the store again after another tab wrote to it: its runs join this tab's. */
  refresh(): void {
    const read = readRuns(this.store);
    if (read.text === null) {
      // Cleared in another tab ("Clear my data"): forget too.
      this.forgetAll();
      return;
    }
    if (read.damage) return;
    const stored = new Set(read.runs.map((r) => r.id));
    const merged = merge(this.runs, read.runs);
    // While this tab's writes land, what is not stored was removed elsewhere; otherwise keep it.
    this.runs = this.saving ? merged.filter((r) => stored.has(r.id)) : merged;
  }

  /**
   * Removes finished runs beyond the `keep` most recent, to free space when storage is full.
   * Returns how many went.
   */
  removeOldRuns(keep: number): number {
    const finished = this.runs.filter((r) => r.ending && r.id !== this.currentId).sort((a, b) => b.updatedAt - a.updatedAt);
    const drop = new Set(finished.slice(Math.max(0, keep)).map((r) => r.id));
    if (drop.size === 0) return 0;
    const stored = readRuns(this.store);
    const others = stored.damage ? [] : stored.runs.filter((r) => !drop.has(r.id));
    this.runs = merge(
      this.runs.filter((r) => !drop.has(r.id)),
      others,
    );
    this.noteWrite(writeOver(this.store, RUNS_KEY, JSON.stringify(this.runs), (text) => this.mustKeep(text), this.now()));
    return drop.size;
  }

  private newId(time: number): string {
    let id = `r${time.toString(36)}${this.tab}`;
    for (let n = 1; this.runs.some((r) => r.id === id); n++) id = `r${time.toString(36)}${this.tab}-${n}`;
    return id;
  }

  /** Stored text that must not be overwritten: a history that could not be read whole, not yet set aside. */
  private mustKeep(text: string): boolean {
    return !this.setAside.has(text) && parseRuns(text).damage !== undefined;
  }

  private persist(): void {
    const stored = readRuns(this.store);
    // Another tab's runs join this one's; the newer copy of a run shared by both wins.
    if (!stored.damage) this.runs = merge(this.runs, stored.runs);
    this.runs = latest(this.runs, MAX_RUNS);
    const outcome = writeOver(this.store, RUNS_KEY, JSON.stringify(this.runs), (text) => this.mustKeep(text), this.now());
    if (outcome.ok && stored.damage && stored.text !== null) this.setAside.add(stored.text);
    this.noteWrite(outcome);
  }

  private noteWrite(outcome: { ok: true } | { ok: false; failure: WriteFailure | 'in-the-way' }): void {
    this.saving = outcome.ok;
    this.failure = outcome.ok ? null : outcome.failure;
  }
}

/** Both lists' runs, each once (the later update of a run wins), oldest first. */
function merge(mine: readonly RunRecord[], theirs: readonly RunRecord[]): RunRecord[] {
  const byId = new Map<string, RunRecord>();
  for (const run of theirs) byId.set(run.id, run);
  for (const run of mine) {
    const other = byId.get(run.id);
    if (!other || run.updatedAt >= other.updatedAt) byId.set(run.id, run);
  }
  return [...byId.values()].sort((a, b) => a.startedAt - b.startedAt || a.updatedAt - b.updatedAt);
}

/** The `max` most recently updated runs, in their order. */
function latest(runs: RunRecord[], max: number): RunRecord[] {
  if (runs.length <= max) return runs;
  const keep = new Set([...runs].sort((a, b) => b.updatedAt - a.updatedAt).slice(0, max));
  return runs.filter((r) => keep.has(r));
}

export interface RunsRead {
  /** Every well-formed run. */
  runs: RunRecord[];
  /** The stored text (null when there is none or it could not be read). */
  text: string | null;
  /** Set when the text was not a readable history, or some entries were damaged. */
  damage?: Reason;
}

/** Reads the stored runs, keeping every entry that is well formed. Never throws. */
export function readRuns(store: KeyValueStore): RunsRead {
  let text: string | null;
  try {
    text = store.getItem(RUNS_KEY);
  } catch {
    return { runs: [], text: null };
  }
  if (text === null) return { runs: [], text: null };
  return { ...parseRuns(text), text };
}

/** Reads a history's text. Never throws. */
export function parseRuns(text: string): { runs: RunRecord[]; damage?: Reason } {
  const result = guarded('history', (): Result<{ runs: RunRecord[]; damage?: Reason }> => {
    const data = parseJson(text, 'history');
    if (!data.ok) return data;
    if (!Array.isArray(data.value)) return refuse({ code: 'not-ours', subject: 'history' });
    const items: unknown[] = data.value;
    const runs = items.flatMap((item) => {
      const run = validRun(item);
      return run ? [run] : [];
    });
    const bad = items.length - runs.length;
    return ok(bad > 0 ? { runs, damage: { code: 'bad-entries', subject: 'history', count: bad, of: items.length } } : { runs });
  });
  return result.ok ? result.value : { runs: [], damage: result.error };
}

function validRun(item: unknown): RunRecord | null {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return null;
  const r = item as Record<string, unknown>;
  if (typeof r.id !== 'string' || r.id.length === 0 || r.id.length > 40) return null;
  if (typeof r.preset !== 'string' || !isOneOf(PRESETS, r.preset)) return null;
  if (typeof r.seed !== 'number' || !Number.isSafeInteger(r.seed) || r.seed < 0) return null;
  if (typeof r.storyHash !== 'string' || r.storyHash.length === 0 || r.storyHash.length > 64) return null;
  if (!isChoicePath(r.path) || r.path.length === 0) return null;
  if (r.ending !== undefined && (typeof r.ending !== 'string' || r.ending.length > 80)) return null;
  if (!isTime(r.startedAt) || !isTime(r.updatedAt)) return null;
  const run: RunRecord = {
    id: r.id,
    preset: r.preset,
    seed: r.seed,
    storyHash: r.storyHash,
    path: [...r.path],
    startedAt: r.startedAt,
    updatedAt: r.updatedAt,
  };
  if (typeof r.ending === 'string') run.ending = r.ending;
  return run;
}
