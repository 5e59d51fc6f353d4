// The story walk on every core: worker threads (walk-worker.ts) expand decision states in batches
// while this coordinator keeps the one visited set, keyed on the normalized state signature, so the
// walk stays exact (every reachable state, each once). The states are found in whatever order the
// workers finish; the graph is then numbered by replaying walk.ts's depth-first order over the
// edges found, so the result is the very graph walkStory returns (node ids, parents, line ids,
// problems), only sooner. tests/unit/walk-parallel.test.ts checks that equality.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { PRESETS } from '../../src/debate/core/contract.ts';
import { PROGRESS_EVERY, type WalkGraph, type WalkLine, type WalkNode, type WalkOptions, type WalkProblem } from './walk.ts';
import type { ExpandedChoice, ForgetRequest, Reached, Run, WorkerReply, WorkerRequest } from './walk-worker.ts';

/** States sent to a worker per message: enough to amortize messaging, few enough to share out. */
const BATCH = 6;
/** Requests kept in flight per worker, so it never idles waiting for the coordinator. */
const IN_FLIGHT = 2;

interface RawState extends Reached {
  choices?: ExpandedChoice[];
}

interface Walk {
  id: number;
  raw: Map<string, RawState>;
  queue: string[];
  pending: number;
  root?: { run: Run; signature: string };
  overflow: boolean;
  maxStates: number;
  onProgress?: (states: number) => void;
  done: () => void;
  fail: (error: Error) => void;
}

/** A pool of walk workers shared by several walks (the presets run side by side). */
export class WalkPool {
  private readonly workers: { worker: Worker; inFlight: number }[] = [];
  private readonly walks = new Map<number, Walk>();
  private nextWalk = 0;
  /** Turns between walks, so presets walked side by side share the workers fairly. */
  private turn = 0;

  /** A worker died: the pool cannot walk again (sharedWalkPool makes a new one). */
  private broken = false;

  /**
   * `keepIdle`: the workers stay up between walks, without holding the process open while no walk
   * runs (sharedWalkPool); otherwise the owner closes the pool.
   */
  constructor(
    size = Math.max(1, availableParallelism()),
    private readonly keepIdle = false,
  ) {
    for (let i = 0; i < size; i++) {
      // The worker is TypeScript; a worker thread starts without tsx, so a tiny boot file adds it.
      const worker = new Worker(new URL('./walk-worker-boot.mjs', import.meta.url));
      if (keepIdle) worker.unref();
      const slot = { worker, inFlight: 0 };
      worker.on('message', (reply: WorkerReply) => {
        slot.inFlight--;
        this.receive(reply);
        this.dispatch();
      });
      worker.on('error', (error) => {
        this.broken = true;
        for (const walk of this.walks.values()) walk.fail(error);
      });
      worker.on('exit', () => {
        this.broken = true;
      });
      this.workers.push(slot);
    }
  }

  get size(): number {
    return this.workers.length;
  }

  get usable(): boolean {
    return !this.broken;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }

  /** Walks one preset of a compiled story; resolves with the graph walkStory would return. */
  async walk(json: string, options: WalkOptions = {}): Promise<WalkGraph> {
    const started = performance.now();
    const seed = options.seed ?? 1;
    const id = this.nextWalk++;
    if (this.broken) throw new Error('story walk: a worker of this pool has stopped');
    // A walk in progress holds the process open (its caller awaits it); an idle shared pool does not.
    if (this.keepIdle && this.walks.size === 0) for (const slot of this.workers) slot.worker.ref();
    const walking = new Promise<Walk>((resolve, reject) => {
      const w: Walk = {
        id,
        raw: new Map(),
        queue: [],
        pending: 0,
        overflow: false,
        maxStates: options.maxStates ?? 500_000,
        ...(options.onProgress && { onProgress: options.onProgress }),
        done: () => resolve(w),
        fail: reject,
      };
      this.walks.set(id, w);
      const [first, ...others] = this.workers;
      if (!first) throw new Error('no workers');
      for (const other of others) other.worker.postMessage({ type: 'prepare', walk: id, json, preset: options.preset, seed });
      w.pending++;
      first.inFlight++;
      first.worker.postMessage({ type: 'root', walk: id, json, preset: options.preset, seed } satisfies WorkerRequest);
    });
    let walk: Walk;
    try {
      walk = await walking;
    } finally {
      // Done or failed, the walk is over: replies still on their way for it are ignored, and each
      // worker drops its Story for it.
      this.walks.delete(id);
      if (!this.broken) for (const slot of this.workers) slot.worker.postMessage({ type: 'forget', walk: id } satisfies ForgetRequest);
      if (this.keepIdle && this.walks.size === 0) for (const slot of this.workers) slot.worker.unref();
    }
    return { ...number(walk), preset: options.preset, seconds: (performance.now() - started) / 1000 };
  }

  private receive(reply: WorkerReply): void {
    const walk = this.walks.get(reply.walk);
    if (!walk) return;
    walk.pending--;
    if (reply.type === 'failed') {
      walk.fail(new Error(`story walk worker failed: ${reply.message}`));
      return;
    }
    if (reply.type === 'root') {
      walk.root = { run: reply.run, signature: reply.reached.signature };
      this.add(walk, reply.reached);
    } else {
      for (const state of reply.states) {
        const raw = walk.raw.get(state.id);
        if (raw) {
          raw.choices = state.choices;
          raw.json = ''; // expanded: its snapshot is no longer needed
        }
        for (const choice of state.choices) if (choice.reached) this.add(walk, choice.reached);
      }
    }
    if (walk.pending === 0 && walk.queue.length === 0) walk.done();
  }

  private add(walk: Walk, reached: Reached): void {
    if (walk.raw.has(reached.signature)) return;
    // Each worker sends a state's snapshot the first time it finds it, so a state new here has one.
    if (!reached.end && reached.json === '') throw new Error('a new state arrived without its snapshot');
    walk.raw.set(reached.signature, { ...reached });
    if (walk.raw.size % PROGRESS_EVERY === 0) walk.onProgress?.(walk.raw.size);
    if (walk.raw.size > walk.maxStates + 1) {
      // Too many to walk: stop expanding; the numbering reports it where walk.ts would.
      walk.overflow = true;
      walk.queue.length = 0;
      return;
    }
    if (!reached.end && !walk.overflow) walk.queue.push(reached.signature);
  }

  private dispatch(): void {
    for (const slot of this.workers) {
      while (slot.inFlight < IN_FLIGHT) {
        const ready = [...this.walks.values()].filter((w) => w.queue.length > 0);
        const walk = ready[this.turn++ % Math.max(1, ready.length)];
        if (!walk) return;
        const ids = walk.queue.splice(0, BATCH);
        const states = ids.map((sig) => ({ id: sig, json: (walk.raw.get(sig) as RawState).json }));
        walk.pending++;
        slot.inFlight++;
        slot.worker.postMessage({ type: 'expand', walk: walk.id, states } satisfies WorkerRequest);
      }
    }
  }
}

/** Numbers the states and lines in walk.ts's depth-first order, with its parents and problems. */
function number(walk: Walk): Omit<WalkGraph, 'preset' | 'seconds'> {
  const root = walk.root;
  if (!root) throw new Error('the walk never reached its first decision');
  const nodes: WalkNode[] = [];
  const sigOf: string[] = [];
  const ids = new Map<string, number>();
  const lines: WalkLine[] = [];
  const lineIds = new Map<string, number>();
  const problems: WalkProblem[] = [];
  const maxStates = walk.maxStates;

  const lineIdsOf = (run: Run) =>
    run.spoken.map((line) => {
      let id = lineIds.get(line.key);
      if (id === undefined) {
        id = lines.length;
        lines.push({ text: line.text, tags: line.tags, path: line.path });
        lineIds.set(line.key, id);
      }
      return id;
    });
  const pathTo = (node: number, extra?: number): number[] => {
    const path: number[] = extra === undefined ? [] : [extra];
    for (let n = nodes[node]; n?.parent; n = nodes[n.parent.node]) path.unshift(n.parent.choice);
    return path;
  };
  const visit = (signature: string, parent?: { node: number; choice: number }) => {
    const known = ids.get(signature);
    if (known !== undefined) return { id: known, fresh: false };
    const raw = walk.raw.get(signature) as RawState;
    const node: WalkNode = {
      id: nodes.length,
      position: raw.position,
      choices: [],
      end: raw.end,
      ...(raw.ending !== undefined && { ending: raw.ending }),
      ...(parent && { parent }),
    };
    nodes.push(node);
    sigOf.push(signature);
    ids.set(signature, node.id);
    return { id: node.id, fresh: true };
  };
  const checkEnd = (id: number, linePath: string) => {
    const node = nodes[id];
    if (node?.end && node.ending === undefined) {
      problems.push({ kind: 'dead-end', message: 'the story stops here without choices and without an # ending tag', path: pathTo(id), linePath });
    }
  };

  const openingLines = lineIdsOf(root.run);
  const first = visit(root.signature);
  if (root.run.errors.length > 0) {
    problems.push({ kind: 'runtime-error', message: root.run.errors.join('; '), path: [], linePath: root.run.lastPath });
  }
  checkEnd(first.id, root.run.lastPath);
  const stack = [first.id];
  while (stack.length > 0) {
    const id = stack.pop() as number;
    const node = nodes[id] as WalkNode;
    const raw = walk.raw.get(sigOf[id] as string) as RawState;
    for (const choice of raw.choices ?? []) {
      const spoken = lineIdsOf(choice.run);
      const edge = { index: choice.index, text: choice.text, tags: choice.tags, lines: spoken, words: choice.run.words };
      if (!choice.reached) {
        problems.push({ kind: 'runtime-error', message: choice.run.errors.join('; '), path: pathTo(id, choice.index), linePath: choice.run.lastPath });
        node.choices.push({ ...edge, target: -1 });
        continue;
      }
      const next = visit(choice.reached.signature, { node: id, choice: choice.index });
      node.choices.push({ ...edge, target: next.id });
      if (next.fresh) {
        checkEnd(next.id, choice.run.lastPath);
        if (!nodes[next.id]?.end) stack.push(next.id);
        if (nodes.length > maxStates) {
          problems.push({
            kind: 'too-many-states',
            message: `more than ${maxStates} states: the story's global state has grown too large to walk`,
            path: pathTo(next.id),
          });
          stack.length = 0;
          break;
        }
      }
    }
  }
  return { nodes, lines, openingWords: root.run.words, openingLines, problems };
}

export interface PresetWalks {
  graphs: WalkGraph[];
  states: number;
  seconds: number;
  presets: Record<string, { states: number; seconds: number }>;
  mode: string;
}

/** Walks every preset side by side on the process's pool of worker threads (one per core). */
export async function walkPresets(
  json: string,
  presets: readonly (string | undefined)[] = PRESETS,
  workers?: number,
  onProgress?: (preset: string | undefined, states: number) => void,
): Promise<PresetWalks> {
  const started = performance.now();
  // The process's pool, kept for the next walk (sharedWalkPool).
  const pool = sharedWalkPool(workers);
  const graphs = await Promise.all(
    presets.map((preset) =>
      pool.walk(json, {
        ...(preset !== undefined && { preset }),
        ...(onProgress && { onProgress: (states: number) => onProgress(preset, states) }),
      }),
    ),
  );
  return {
    graphs,
    states: graphs.reduce((n, g) => n + g.nodes.length, 0),
    seconds: (performance.now() - started) / 1000,
    presets: Object.fromEntries(graphs.map((g) => [g.preset ?? 'default', { states: g.nodes.length, seconds: g.seconds }])),
    mode: `${pool.size} worker threads`,
  };
}

const sharedPools = new Map<number, WalkPool>();

/**
 * The process's walk pool of `size` workers (default: one per core), started by the first walk
 * and kept for the next: a worker's start (tsx, inkjs, the walk's modules) costs ~0.6 CPU-s, more
 * than walking a small story, and the tests walk a dozen fixture stories. Idle, it holds nothing
 * open: the process exits as if it were not there.
 */
export function sharedWalkPool(size = Math.max(1, availableParallelism())): WalkPool {
  let pool = sharedPools.get(size);
  if (!pool?.usable) {
    pool = new WalkPool(size, true);
    sharedPools.set(size, pool);
  }
  return pool;
}
