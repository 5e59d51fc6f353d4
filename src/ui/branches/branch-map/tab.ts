// What every tab of the branch map is given: the data, the cast's words, and the shell's commands.
import type { BranchNode, BranchTree, EndingTally } from '../../../debate/branches/branches.ts';
import type { CastSheet } from '../../../debate/core/cast.ts';
import type { Comparison, CompareError } from '../../../debate/branches/compare.ts';
import type { Result } from '../../../debate/persistence/reasons.ts';
import type { RunRecord } from '../../../debate/persistence/runs.ts';
import type { MapWords } from './words.ts';

export type Tab = 'overview' | 'map' | 'list' | 'endings' | 'compare';

export interface BranchMapData {
  /** Tables of this story build, most recent first; their nodes filled in on demand. */
  trees: BranchTree[];
  endings: EndingTally[];
  /** Runs of this build, oldest first, for comparison. */
  runs: RunRecord[];
  /** The run the live debate belongs to ("this run"). */
  currentRun?: RunRecord;
  /** The two runs compared by default: this one (or the latest) and the one before it. */
  compareFirst?: RunRecord;
  compareSecond?: RunRecord;
  /** Runs recorded by other versions of the debate (left out). */
  otherBuildRuns: number;
  /** False when the run history cannot be kept between visits. */
  remembered: boolean;
}

export interface BranchMapActions {
  /** Fills a tree's nodes from the story (replaying it on a scratch engine). */
  fill(tree: BranchTree): BranchTree;
  /**
   * Replays a table's path and shows where it leads; `chosenBefore`: the choices runs took at the
   * decision it reaches, to mark there.
   */
  jump(table: Pick<BranchTree, 'preset' | 'seed'>, path: readonly number[], chosenBefore?: readonly number[]): void;
  compare(a: RunRecord, b: RunRecord): Result<Comparison, CompareError>;
}

/** The shell's side of a tab: shared state and the commands that leave the dialog. */
export interface TabContext {
  readonly data: BranchMapData;
  readonly cast: CastSheet;
  readonly words: MapWords;
  readonly actions: BranchMapActions;
  /** The decision last selected in the overview or the flowchart, kept across tabs and tables. */
  selected: BranchNode | null;
  /** Closes the map and replays the table's path to the node. */
  jumpTo(tree: BranchTree, node: BranchNode): void;
  /** Closes the map. */
  close(): void;
}
