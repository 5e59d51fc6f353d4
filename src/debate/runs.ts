// The runs played on this machine, kept in the injected key-value store for the branch map and
// run comparison. A run is a table (preset + seed) and a path of choices; jumping back and choosing
// differently starts a new run that shares its prefix with the old one, which stays as it was.
import type { KeyValueStore } from '../platform/storage.ts';
import { isOneOf, PRESETS, type Preset } from './contract.ts';
import { MAX_PATH_LENGTH } from './save.ts';

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

export class RunHistory {
  private runs: RunRecord[];
  /** The run the live debate belongs to, once it has made a choice. */
  private currentId: string | null = null;
  /** False once a write failed: the history goes on in memory. */
  saving = true;

  constructor(
    private readonly store: KeyValueStore,
    private readonly now: () => number = Date.now,
  ) {
    this.runs = readRuns(store);
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
    this.prune();
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

  private newId(time: number): string {
    let id = `r${time.toString(36)}`;
    for (let n = 1; this.runs.some((r) => r.id === id); n++) id = `r${time.toString(36)}-${n}`;
    return id;
  }

  private prune(): void {
    if (this.runs.length <= MAX_RUNS) return;
    this.runs = this.runs.slice(this.runs.length - MAX_RUNS);
  }

  private persist(): void {
    try {
      this.store.setItem(RUNS_KEY, JSON.stringify(this.runs));
      this.saving = true;
    } catch {
      this.saving = false;
    }
  }
}

/** Reads the stored runs, keeping every entry that is well formed and skipping the rest. */
export function readRuns(store: KeyValueStore): RunRecord[] {
  let data: unknown;
  try {
    const text = store.getItem(RUNS_KEY);
    if (text === null) return [];
    data = JSON.parse(text);
  } catch {
    return [];
  }
  if (!Array.isArray(data)) return [];
  return data.flatMap((item) => {
    const run = validRun(item);
    return run ? [run] : [];
  });
}

function validRun(item: unknown): RunRecord | null {
  if (typeof item !== 'object' || item === null) return null;
  const r = item as Record<string, unknown>;
  if (typeof r.id !== 'string' || r.id.length === 0 || r.id.length > 40) return null;
  if (typeof r.preset !== 'string' || !isOneOf(PRESETS, r.preset)) return null;
  if (typeof r.seed !== 'number' || !Number.isSafeInteger(r.seed) || r.seed < 0) return null;
  if (typeof r.storyHash !== 'string' || r.storyHash.length === 0 || r.storyHash.length > 64) return null;
  const path = r.path;
  if (
    !Array.isArray(path) ||
    path.length === 0 ||
    path.length > MAX_PATH_LENGTH ||
    !path.every((n) => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n < 100)
  ) {
    return null;
  }
  if (r.ending !== undefined && (typeof r.ending !== 'string' || r.ending.length > 80)) return null;
  if (typeof r.startedAt !== 'number' || typeof r.updatedAt !== 'number') return null;
  const run: RunRecord = {
    id: r.id,
    preset: r.preset,
    seed: r.seed,
    storyHash: r.storyHash,
    path: path as number[],
    startedAt: r.startedAt,
    updatedAt: r.updatedAt,
  };
  if (typeof r.ending === 'string') run.ending = r.ending;
  return run;
}
