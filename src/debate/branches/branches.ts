// The branch map's model: every decision reached in any run on this machine, as a trie per table
// (preset + seed), where a node is a path prefix and an edge the choice taken. Each node is filled
// in by walking the trie once with a scratch engine (one choice per edge, rewinding at forks), so
// the map shows who had the floor, the meters and the choices not yet tried.
import type { FigureId, Grade, Preset, SpeakerId } from '../core/contract.ts';
import type { DebateEngine } from '../core/engine.ts';
import type { ChoiceView, Meters, Progress } from '../core/events.ts';
import { sameTable, type RunRecord } from '../persistence/runs.ts';

export interface BranchNode {
  /** The choices that lead here from the start of the table. */
  path: number[];
  /** The figure who last spoke before this decision, if any (who the player is answering). */
  figure?: FigureId;
  progress: Progress;
  meters: Meters;
  /** Set on a node where the debate ended. */
  ending?: string;
  /** The grade the move that led here earned, when it was a graded move. */
  grade?: Grade;
  /** Every choice offered here, taken or not. */
  choices: ChoiceView[];
  /** Taken choices, by choice index. */
  children: Map<number, BranchNode>;
  /** How many recorded runs passed through this decision. */
  runs: number;
  /** On the live debate's path (the map highlights it). */
  live: boolean;
  /** The live debate stands at this decision now. */
  here: boolean;
}

export interface BranchTree {
  preset: Preset;
  seed: number;
  storyHash: string;
  root: BranchNode;
  /** The runs of this table, oldest first. */
  runs: RunRecord[];
  lastPlayed: number;
  /** Runs whose choices no longer fit the story (their branch is left out). */
  unreadable: number;
  /** True once the nodes hold the story's details. */
  filled: boolean;
}

export interface LivePosition {
  preset: Preset;
  seed: number;
  storyHash: string;
  path: readonly number[];
}

const emptyNode = (path: number[]): BranchNode => ({
  path,
  progress: { stage: '', round: 0, rounds: 0 },
  meters: { audience: 0, credibility: 0 },
  choices: [],
  children: new Map(),
  runs: 0,
  live: false,
  here: false,
});

/**
 * Builds the branch map of one story build: one tree per table, the live position included even
 * before its first recorded choice. `engine` is a scratch engine of the same build (it is
 * restarted, never the live one). Trees come most recently played first.
 */
export function buildBranchTrees(
  runs: readonly RunRecord[],
  engine: DebateEngine,
  figures: ReadonlySet<SpeakerId>,
  live?: LivePosition,
): BranchTree[] {
  return groupBranchTrees(runs, engine.storyHash, live).map((tree) => fillBranchTree(tree, engine, figures));
}

/** The trees without the story's details: cheap, for listing tables before one is shown. */
export function groupBranchTrees(
  runs: readonly RunRecord[],
  storyHash: string,
  live?: LivePosition,
): BranchTree[] {
  const trees: BranchTree[] = [];
  const treeFor = (table: { preset: Preset; seed: number }) => {
    let tree = trees.find((t) => sameTable(t, { ...table, storyHash }));
    if (!tree) {
      tree = { preset: table.preset, seed: table.seed, storyHash, root: emptyNode([]), runs: [], lastPlayed: 0, unreadable: 0, filled: false };
      trees.push(tree);
    }
    return tree;
  };
  for (const run of runs) {
    if (run.storyHash !== storyHash) continue;
    const tree = treeFor(run);
    tree.runs.push(run);
    tree.lastPlayed = Math.max(tree.lastPlayed, run.updatedAt);
    insertPath(tree.root, run.path, (node) => node.runs++);
  }
  if (live && live.storyHash === storyHash) {
    const tree = treeFor(live);
    tree.lastPlayed = Infinity;
    insertPath(tree.root, live.path, (node) => (node.live = true)).here = true;
  }
  return trees.sort((a, b) => b.lastPlayed - a.lastPlayed);
}

/**
 * Fills a tree's nodes in from the story, once; `engine` is a scratch engine of its build. With a
 * cache kept between calls, only decisions not seen before are replayed.
 */
/** `figures`: the cast sheet's public figures (src/debate/core/cast.ts figuresOf): a decision belongs to the one who spoke last. */
export function fillBranchTree(tree: BranchTree, engine: DebateEngine, figures: ReadonlySet<SpeakerId>, cache: DetailsCache = new Map()): BranchTree {
  if (tree.filled || engine.storyHash !== tree.storyHash) return tree;
  tree.unreadable = fillIn(tree, engine, figures, cache);
  tree.filled = true;
  return tree;
}

/** Adds a path to a trie, calling `visit` on every node along it; returns the last node. */
function insertPath(root: BranchNode, path: readonly number[], visit: (node: BranchNode) => void): BranchNode {
  let node = root;
  visit(node);
  for (const choice of path) {
    let child = node.children.get(choice);
    if (!child) {
      child = emptyNode([...node.path, choice]);
      node.children.set(choice, child);
    }
    node = child;
    visit(node);
  }
  return node;
}

/** Walks the trie with the engine, filling each node from the story; prunes what does not fit. */
/** What the story says about a decision: kept between map openings so only new branches replay. */
export type NodeDetails = Pick<BranchNode, 'progress' | 'meters' | 'choices'> & Partial<Pick<BranchNode, 'figure' | 'ending' | 'grade'>>;
export type DetailsCache = Map<string, NodeDetails>;

function fillIn(tree: BranchTree, engine: DebateEngine, figures: ReadonlySet<SpeakerId>, cache: DetailsCache): number {
  const key = (path: readonly number[]) => `${tree.storyHash}.${tree.preset}.${tree.seed}.${path.join('.')}`;
  let positioned = false;
  /** Puts the engine at the decision `path` leads to: a rewind when it passed there, else a replay. */
  const moveTo = (path: readonly number[]) => {
    const depth = path.length;
    const passed =
      positioned && engine.history.length > depth && engine.path.slice(0, depth).every((c, i) => c === path[i]);
    if (!passed) {
      engine.replay(tree.preset, tree.seed, path);
      positioned = true;
    } else if (engine.history.length !== depth + 1) {
      engine.rewind(depth);
    }
  };
  const read = (path: readonly number[]): NodeDetails => {
    const step = engine.history[path.length]!;
    const figure = step.beat.events
      .flatMap((e) => (e.type === 'line' && figures.has(e.speaker) ? [e.speaker] : []))
      .at(-1);
    const grade = step.beat.events.flatMap((e) => (e.type === 'line' && e.grade ? [e.grade] : []))[0];
    return {
      progress: { ...step.table.progress },
      meters: { ...step.table.meters },
      choices: step.beat.choices?.choices ?? [],
      ...(figure && { figure }),
      ...(grade && { grade }),
      ...(step.beat.ending && { ending: step.beat.ending }),
    };
  };
  let unreadable = 0;
  const visit = (node: BranchNode) => {
    let details = cache.get(key(node.path));
    if (!details) {
      moveTo(node.path);
      details = read(node.path);
      cache.set(key(node.path), details);
    }
    Object.assign(node, structuredClone(details));
    for (const [choice, child] of [...node.children]) {
      const offered = node.choices.some((c) => c.index === choice);
      if (offered && !cache.has(key(child.path))) {
        try {
          moveTo(node.path);
          engine.choose(choice);
        } catch {
          node.children.delete(choice);
          unreadable += child.runs;
          continue;
        }
      } else if (!offered) {
        node.children.delete(choice);
        unreadable += child.runs;
        continue;
      }
      visit(child);
    }
  };
  visit(tree.root);
  return unreadable;
}

/** Every node of a tree, depth first. */
export function* walkNodes(node: BranchNode): Generator<BranchNode> {
  yield node;
  for (const child of node.children.values()) yield* walkNodes(child);
}

/** The node a path leads to, if some run (or the live debate) reached it. */
export function nodeAt(tree: BranchTree, path: readonly number[]): BranchNode | undefined {
  let node: BranchNode | undefined = tree.root;
  for (const choice of path) node = node?.children.get(choice);
  return node;
}

export interface EndingTally {
  id: string;
  title: string;
  /** From the story: how a debate reaches it, shown while it is not found. */
  hint?: string;
  /** How many runs of this build reached it. */
  runs: number;
}

/** The endings gallery: every ending of the story, found or not, with how many runs reached it. */
export function tallyEndings(
  endings: Readonly<Record<string, { title: string; hint?: string }>>,
  runs: readonly RunRecord[],
  storyHash: string,
): EndingTally[] {
  return Object.entries(endings).map(([id, { title, hint }]) => ({
    id,
    title,
    ...(hint && { hint }),
    runs: runs.filter((r) => r.storyHash === storyHash && r.ending === id).length,
  }));
}
