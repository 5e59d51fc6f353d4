// Exhaustive walk of a compiled story: every reachable state, depth-first over inkjs state
// snapshots, merging states whose normalized signature is equal (src/debate/core/signature.ts).
// The result is a graph of decision states with the lines spoken between them, which the story
// check lints and reports on, the random-play report walks, and teacher mode draws.
import { Story } from 'inkjs';
import { stateSignature } from '../../src/debate/core/signature.ts';

export interface WalkLine {
  text: string;
  tags: string[];
  /** Runtime path of the line in the story, e.g. "sediqi_exchange.0.menu.c-2.3". */
  path: string;
}

export interface WalkChoice {
  index: number;
  text: string;
  tags: string[];
  /** Node reached after choosing; -1 when the choice led to a runtime error. */
  target: number;
  /** Index into WalkGraph.lines for each line spoken on the way. */
  lines: number[];
  words: number;
}

export interface WalkNode {
  id: number;
  /** The decision's place in the story: the source paths of its choices. Equal for equal menus. */
  position: string;
  choices: WalkChoice[];
  /** Set on end states: the ending reached, or undefined for a dead end. */
  ending?: string;
  end: boolean;
  /** The first way this node was found: parent node and the choice taken there. */
  parent?: { node: number; choice: number };
}

export interface WalkProblem {
  kind: 'runtime-error' | 'dead-end' | 'too-many-states';
  message: string;
  /** Choice indices from the start that reproduce the problem. */
  path: number[];
  linePath?: string;
}

export interface WalkGraph {
  preset: string | undefined;
  nodes: WalkNode[];
  /** Unique lines spoken anywhere, with how many edges speak them. */
  lines: WalkLine[];
  /** Words spoken before the first decision. */
  openingWords: number;
  openingLines: number[];
  problems: WalkProblem[];
  seconds: number;
}

export interface WalkOptions {
  /** Sets the story's `preset` variable before the first line, as the game does. */
  preset?: string;
  seed?: number;
  maxStates?: number;
  /** Told how many states have been found, every PROGRESS_EVERY of them (a long walk shows it works). */
  onProgress?: (states: number) => void;
}

/** How often a walk reports progress, in states found. */
export const PROGRESS_EVERY = 250;

const countWords = (text: string) => (text.match(/\S+/g) ?? []).length;

export function walkStory(json: string, options: WalkOptions = {}): WalkGraph {
  const started = performance.now();
  const story = new Story(json);
  const errors: string[] = [];
  story.onError = (message, type) => {
    if (type === 2) errors.push(message);
  };
  story.state.storySeed = options.seed ?? 1;
  if (options.preset !== undefined && story.variablesState.GlobalVariableExistsWithName('preset')) {
    story.variablesState.$('preset', options.preset);
  }
  const maxStates = options.maxStates ?? 500_000;

  // inkjs repeats the global tags (# title, # version) on the first line: they are not line tags.
  let globalTags = new Set(story.globalTags ?? []);
  const lines: WalkLine[] = [];
  const lineIds = new Map<string, number>();
  const problems: WalkProblem[] = [];
  const nodes: WalkNode[] = [];
  const ids = new Map<string, number>();
  const snapshots: string[] = [];

  const pathTo = (node: number, extra?: number): number[] => {
    const path: number[] = extra === undefined ? [] : [extra];
    for (let n = nodes[node]; n?.parent; n = nodes[n.parent.node]) path.unshift(n.parent.choice);
    return path;
  };

  /** Continues to the next decision, recording lines; returns their ids and word count. */
  const run = () => {
    const spoken: number[] = [];
    let words = 0;
    let ending: string | undefined;
    let lastPath = '';
    while (story.canContinue && errors.length === 0) {
      let text: string;
      try {
        text = story.Continue() ?? '';
      } catch (error) {
        errors.push(String(error));
        break;
      }
      const tags = (story.currentTags ?? []).filter((t) => !globalTags.has(t));
      globalTags = new Set();
      lastPath = story.state.previousPointer.path?.toString() ?? lastPath;
      if (text.trim() === '' && tags.length === 0) continue;
      const key = `${text}\u0000${tags.join('\u0001')}`;
      let id = lineIds.get(key);
      if (id === undefined) {
        id = lines.length;
        lines.push({ text: text.trim(), tags: [...tags], path: lastPath });
        lineIds.set(key, id);
      }
      spoken.push(id);
      words += countWords(text);
      for (const tag of tags) {
        const m = /^\s*ending\s*:\s*(.+?)\s*$/i.exec(tag);
        if (m) ending = m[1];
      }
    }
    return { spoken, words, ending, lastPath };
  };

  /** Registers the state the story is in now; returns its node id. */
  const visit = (ending: string | undefined, parent?: { node: number; choice: number }) => {
    const json = story.state.ToJson();
    const signature = stateSignature(json);
    const known = ids.get(signature);
    if (known !== undefined) return { id: known, fresh: false };
    const choices = story.currentChoices;
    const node: WalkNode = {
      id: nodes.length,
      position: choices.map((c) => c.sourcePath).join('|'),
      choices: [],
      end: choices.length === 0,
      ...(ending !== undefined && choices.length === 0 && { ending }),
      ...(parent && { parent }),
    };
    nodes.push(node);
    snapshots.push(node.end ? '' : json);
    ids.set(signature, node.id);
    if (nodes.length % PROGRESS_EVERY === 0) options.onProgress?.(nodes.length);
    return { id: node.id, fresh: true };
  };

  const first = run();
  const root = visit(first.ending);
  const stack: number[] = [root.id];
  if (errors.length > 0) {
    problems.push({ kind: 'runtime-error', message: errors.join('; '), path: [], linePath: first.lastPath });
  }
  checkEnd(root.id, first.lastPath);

  function checkEnd(id: number, linePath: string) {
    const node = nodes[id];
    if (node?.end && node.ending === undefined) {
      problems.push({
        kind: 'dead-end',
        message: 'the story stops here without choices and without an # ending tag',
        path: pathTo(id),
        linePath,
      });
    }
  }

  while (stack.length > 0) {
    const id = stack.pop() as number;
    const node = nodes[id] as WalkNode;
    const snapshot = snapshots[id] as string;
    story.state.LoadJson(snapshot);
    const offered = story.currentChoices.map((c) => ({ text: c.text, tags: c.tags ?? [] }));
    for (const [index, choice] of offered.entries()) {
      if (index > 0) story.state.LoadJson(snapshot);
      errors.length = 0;
      story.ChooseChoiceIndex(index);
      const result = run();
      if (errors.length > 0) {
        problems.push({
          kind: 'runtime-error',
          message: errors.join('; '),
          path: pathTo(id, index),
          linePath: result.lastPath,
        });
        node.choices.push({ index, ...choice, target: -1, lines: result.spoken, words: result.words });
        continue;
      }
      const next = visit(result.ending, { node: id, choice: index });
      node.choices.push({ index, ...choice, target: next.id, lines: result.spoken, words: result.words });
      if (next.fresh) {
        checkEnd(next.id, result.lastPath);
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
    snapshots[id] = '';
  }

  return {
    preset: options.preset,
    nodes,
    lines,
    openingWords: first.words,
    openingLines: first.spoken,
    problems,
    seconds: (performance.now() - started) / 1000,
  };
}
