// A worker of the parallel story walk (walk-parallel.ts): it holds one inkjs Story per walk and
// expands the decision states the coordinator sends it. Expanding a state means, for each of its
// choices: load the state, choose, continue to the next decision, and report the lines spoken on the
// way and the state reached (its normalized signature, its snapshot and its menu). The coordinator
// decides which states are new; this side never keeps a visited set.
// The run loop mirrors walk.ts exactly; tests/unit/walk-parallel.test.ts holds the two equal.
import { parentPort } from 'node:worker_threads';
import { Story } from 'inkjs';
import { stateSignature } from '../../src/debate/core/signature.ts';

export interface SpokenLine {
  /** walk.ts's dedup key: the raw text and the tags. */
  key: string;
  text: string;
  tags: string[];
  path: string;
}

export interface Reached {
  signature: string;
  /** The snapshot to expand it from; empty for an end state. */
  json: string;
  position: string;
  end: boolean;
  ending?: string;
}

export interface Run {
  spoken: SpokenLine[];
  words: number;
  ending?: string;
  lastPath: string;
  errors: string[];
}

export interface ExpandedChoice {
  index: number;
  text: string;
  tags: string[];
  run: Run;
  /** Absent when the choice led to a runtime error. */
  reached?: Reached;
}

export type WorkerRequest =
  | { type: 'root'; walk: number; json: string; preset?: string; seed: number }
  | { type: 'expand'; walk: number; states: { id: string; json: string }[] };

/** The walk is over: the worker drops its Story for it (a shared pool's workers outlive walks). */
export interface ForgetRequest {
  type: 'forget';
  walk: number;
}

export type WorkerReply =
  | { type: 'root'; walk: number; run: Run; reached: Reached }
  | { type: 'expanded'; walk: number; states: { id: string; choices: ExpandedChoice[] }[] }
  | { type: 'failed'; walk: number; message: string };

const countWords = (text: string) => (text.match(/\S+/g) ?? []).length;

interface Walker {
  story: Story;
  errors: string[];
  /** Signatures this worker has already sent a snapshot for: later finds send the signature only. */
  sent: Set<string>;
}

const walkers = new Map<number, Walker>();

// ---- two exact shortcuts for the hottest paths of the walk (profiled: ~12% of its time) ----------

interface InkPointer {
  container: object | null;
  index: number;
  path: { toString(): string } | null;
}

/** The runtime path of a pointer as walk.ts writes it, memoized per container and index. */
const pathStrings = new WeakMap<object, Map<number, string>>();
function pointerPath(pointer: InkPointer): string | undefined {
  const container = pointer.container;
  if (!container) return undefined;
  let byIndex = pathStrings.get(container);
  if (!byIndex) pathStrings.set(container, (byIndex = new Map()));
  let text = byIndex.get(pointer.index);
  if (text === undefined) {
    text = pointer.path?.toString() ?? '';
    byIndex.set(pointer.index, text);
  }
  return text;
}

/**
 * inkjs asks StoryState.inStringEvaluation at every step and answers it through a generic type
 * cast per output item; this is the same scan with a plain instanceof. The control-command class
 * is found in the story's own content (the runtime does not export it).
 */
function speedUpStringEvaluation(story: Story): void {
  const proto = Object.getPrototypeOf(story.state) as object;
  if ((proto as { __walkPatched?: boolean }).__walkPatched) return;
  const find = (node: unknown, depth: number): (new () => unknown) & { CommandType: Record<string, number> } | null => {
    if (!node || typeof node !== 'object' || depth > 12) return null;
    const ctor = (node as { constructor: unknown }).constructor as { CommandType?: Record<string, number> };
    if (ctor?.CommandType && typeof ctor.CommandType.BeginString === 'number') return ctor as never;
    for (const child of ((node as { content?: unknown[] }).content ?? [])) {
      const hit = find(child, depth + 1);
      if (hit) return hit;
    }
    for (const named of ((node as { namedContent?: Map<string, unknown> }).namedContent?.values() ?? [])) {
      const hit = find(named, depth + 1);
      if (hit) return hit;
    }
    return null;
  };
  const ControlCommand = find((story as unknown as { mainContentContainer: unknown }).mainContentContainer, 0);
  const original = Object.getOwnPropertyDescriptor(proto, 'inStringEvaluation');
  if (!ControlCommand || !original?.get) return;
  const beginString = ControlCommand.CommandType.BeginString;
  Object.defineProperty(proto, 'inStringEvaluation', {
    configurable: true,
    get(this: { outputStream: unknown[] }) {
      const stream = this.outputStream;
      for (let i = stream.length - 1; i >= 0; i--) {
        const item = stream[i];
        if (item instanceof ControlCommand && (item as { commandType: number }).commandType === beginString) return true;
      }
      return false;
    },
  });
  (proto as { __walkPatched?: boolean }).__walkPatched = true;
}

/**
 * inkjs cleans the whitespace of the whole current line (and of every tag) again at each step of a
 * lookahead; the walk meets the same few hundred lines thousands of times. The cleaning is a pure
 * function of its text, so a cache gives the same result (measured: about a tenth of the walk's time).
 */
function memoizeWhitespaceCleaning(story: Story): void {
  const proto = Object.getPrototypeOf(story.state) as { CleanOutputWhitespace(text: string): string; __walkMemo?: boolean };
  if (proto.__walkMemo) return;
  const clean = proto.CleanOutputWhitespace;
  const cache = new Map<string, string>();
  proto.CleanOutputWhitespace = function (this: unknown, text: string): string {
    let cleaned = cache.get(text);
    if (cleaned === undefined) {
      cleaned = clean.call(this, text);
      if (cache.size > 50_000) cache.clear();
      cache.set(text, cleaned);
    }
    return cleaned;
  };
  proto.__walkMemo = true;
}

function newWalker(json: string, preset: string | undefined, seed: number): Walker {
  const story = new Story(json);
  const errors: string[] = [];
  story.onError = (message, type) => {
    if (type === 2) errors.push(message);
  };
  speedUpStringEvaluation(story);
  memoizeWhitespaceCleaning(story);
  story.state.storySeed = seed;
  if (preset !== undefined && story.variablesState.GlobalVariableExistsWithName('preset')) {
    story.variablesState.$('preset', preset);
  }
  return { story, errors, sent: new Set() };
}

function run(w: Walker, globalTags: Set<string>): Run {
  const { story, errors } = w;
  const spoken: SpokenLine[] = [];
  let words = 0;
  let ending: string | undefined;
  let lastPath = '';
  let skipTags = globalTags;
  while (story.canContinue && errors.length === 0) {
    let text: string;
    try {
      text = story.Continue() ?? '';
    } catch (error) {
      errors.push(String(error));
      break;
    }
    const tags = (story.currentTags ?? []).filter((t) => !skipTags.has(t));
    skipTags = new Set();
    lastPath = pointerPath(story.state.previousPointer as unknown as InkPointer) ?? lastPath;
    if (text.trim() === '' && tags.length === 0) continue;
    spoken.push({ key: `${text}\u0000${tags.join('\u0001')}`, text: text.trim(), tags: [...tags], path: lastPath });
    words += countWords(text);
    for (const tag of tags) {
      const m = /^\s*ending\s*:\s*(.+?)\s*$/i.exec(tag);
      if (m) ending = m[1];
    }
  }
  return { spoken, words, ...(ending !== undefined && { ending }), lastPath, errors: [...errors] };
}

function reached(w: Walker, ending: string | undefined): Reached {
  const { story } = w;
  const json = story.state.ToJson();
  const choices = story.currentChoices;
  const end = choices.length === 0;
  const signature = stateSignature(json);
  // The coordinator keeps the first snapshot it gets for a signature; repeating it costs copying.
  const first = !w.sent.has(signature);
  if (first && !end) w.sent.add(signature);
  return {
    signature,
    json: end || !first ? '' : json,
    position: choices.map((c) => c.sourcePath).join('|'),
    end,
    ...(ending !== undefined && end && { ending }),
  };
}

export function handle(request: WorkerRequest): WorkerReply {
  if (request.type === 'root') {
    const w = newWalker(request.json, request.preset, request.seed);
    walkers.set(request.walk, w);
    const first = run(w, new Set(w.story.globalTags ?? []));
    return { type: 'root', walk: request.walk, run: first, reached: reached(w, first.ending) };
  }
  const w = walkers.get(request.walk);
  if (!w) throw new Error(`walk ${request.walk} was never started on this worker`);
  const { story } = w;
  const states = request.states.map(({ id, json }) => {
    story.state.LoadJson(json);
    const offered = story.currentChoices.map((c) => ({ text: c.text, tags: c.tags ?? [] }));
    const choices: ExpandedChoice[] = [];
    for (const [index, choice] of offered.entries()) {
      if (index > 0) story.state.LoadJson(json);
      w.errors.length = 0;
      story.ChooseChoiceIndex(index);
      const result = run(w, new Set());
      choices.push({
        index,
        ...choice,
        run: result,
        ...(result.errors.length === 0 && { reached: reached(w, result.ending) }),
      });
    }
    return { id, choices };
  });
  return { type: 'expanded', walk: request.walk, states };
}

/** Starts a walk on this worker too (every worker needs its own Story for the walk). */
export function prepare(walk: number, json: string, preset: string | undefined, seed: number): void {
  walkers.set(walk, newWalker(json, preset, seed));
}

parentPort?.on('message', (message: WorkerRequest | ForgetRequest | { type: 'prepare'; walk: number; json: string; preset?: string; seed: number }) => {
  try {
    if (message.type === 'prepare') {
      prepare(message.walk, message.json, message.preset, message.seed);
      return;
    }
    if (message.type === 'forget') {
      walkers.delete(message.walk);
      return;
    }
    parentPort?.postMessage(handle(message));
  } catch (error) {
    parentPort?.postMessage({ type: 'failed', walk: message.walk, message: String((error as Error)?.stack ?? error) } satisfies WorkerReply);
  }
});
