// The branch map's first view: the decisions of a tree gathered into exchanges (the opening, one
// per guest who had the floor, the closing, the ending), so that a whole debate reads on one
// screen. An exchange holds the decisions made while one guest had the floor, with the moves
// taken from each (branches side by side) and how many moves were never tried; the exchanges that
// follow it, one per branch, are its `next`. Pure: the views draw it.
import type { BranchNode, BranchTree } from './branches.ts';
import type { FigureId, Grade } from '../core/contract.ts';
import type { ChoiceView } from '../core/events.ts';

/** Which part of the debate a decision belongs to: a guest's id, or the stage around them. */
export type ExchangeGroup = FigureId | 'opening' | 'closing' | 'ending';

export interface MoveTaken {
  choice: ChoiceView;
  /** The grade it earned, when graded. */
  grade?: Grade;
  /** The decision (or ending) it led to. */
  to: BranchNode;
  live: boolean;
}

export interface ExchangeDecision {
  node: BranchNode;
  taken: MoveTaken[];
  untried: number;
}

export interface Exchange {
  group: ExchangeGroup;
  /** The first decision of the exchange (where a jump to the exchange goes). */
  first: BranchNode;
  /** Its decisions, in the order the debate meets them (depth first). */
  decisions: ExchangeDecision[];
  /** Moves offered in this exchange and never taken by any run. */
  untried: number;
  /** The exchanges that follow, one per branch taken out of this one. */
  next: Exchange[];
  /** On the live debate's path; `here` when the debate stands inside it now. */
  live: boolean;
  here: boolean;
  /** Runs that passed through it. */
  runs: number;
  /** The move that led into it from the exchange before (what tells branches of one column apart). */
  after?: MoveTaken;
}

export interface ExchangeColumn {
  group: ExchangeGroup;
  /** Every exchange of this group, one per branch that reached it, in the order met. */
  exchanges: Exchange[];
}

/**
 * The part of the debate a decision belongs to. A guest's exchange goes on through a decision
 * where he did not speak (the moderator or the narrator had the last word): `before` is the group
 * of the decision that led here.
 */
export function groupOf(node: BranchNode, before?: ExchangeGroup): ExchangeGroup {
  if (node.ending) return 'ending';
  const stage = node.progress.stage;
  if (stage === 'opponents' || stage === 'voices') {
    if (node.figure) return node.figure;
    if (before && before !== 'opening' && before !== 'closing') return before;
  }
  if (stage === 'closing' || stage === 'ending') return 'closing';
  return 'opening';
}

const sortedChildren = (node: BranchNode) => [...node.children].sort(([a], [b]) => a - b);

/** The exchange that starts at `start`, with all that follows it. */
function exchangeFrom(start: BranchNode, before?: ExchangeGroup, after?: MoveTaken): Exchange {
  const group = groupOf(start, before);
  const exchange: Exchange = { group, first: start, decisions: [], untried: 0, next: [], live: start.live, here: false, runs: start.runs, ...(after && { after }) };
  const inside = (node: BranchNode) => {
    if (node.here) exchange.here = true;
    const taken: MoveTaken[] = [];
    const later: BranchNode[] = [];
    for (const [index, child] of sortedChildren(node)) {
      const choice = node.choices.find((c) => c.index === index);
      const move: MoveTaken | undefined = choice && { choice, ...(child.grade && { grade: child.grade }), to: child, live: node.live && child.live };
      if (move) taken.push(move);
      if (groupOf(child, group) === group) later.push(child);
      else exchange.next.push(exchangeFrom(child, group, move));
    }
    const untried = node.ending ? 0 : node.choices.length - node.children.size;
    exchange.decisions.push({ node, taken, untried });
    exchange.untried += untried;
    for (const child of later) inside(child);
  };
  inside(start);
  return exchange;
}

/** The tree as exchanges, starting at its root. */
export function exchangeTree(tree: BranchTree): Exchange {
  return exchangeFrom(tree.root);
}

/** Every exchange, depth first. */
export function* walkExchanges(exchange: Exchange): Generator<Exchange> {
  yield exchange;
  for (const next of exchange.next) yield* walkExchanges(next);
}

/**
 * The exchanges in columns, one per group, in the order the debate reaches them (the opening
 * first, the ending last); within a column, the live branch first, then the order met.
 */
export function exchangeColumns(root: Exchange): ExchangeColumn[] {
  const columns = new Map<ExchangeGroup, { exchanges: Exchange[]; depth: number }>();
  const visit = (exchange: Exchange, depth: number) => {
    const column = columns.get(exchange.group) ?? { exchanges: [], depth };
    column.depth = Math.min(column.depth, depth);
    column.exchanges.push(exchange);
    columns.set(exchange.group, column);
    for (const next of exchange.next) visit(next, depth + 1);
  };
  visit(root, 0);
  const rank = (group: ExchangeGroup, depth: number) => (group === 'ending' ? 1e6 : group === 'closing' ? 1e5 : depth);
  return [...columns]
    .sort(([a, x], [b, y]) => rank(a, x.depth) - rank(b, y.depth))
    .map(([group, { exchanges }]) => ({
      group,
      exchanges: [...exchanges].sort((a, b) => Number(b.live) - Number(a.live)),
    }));
}
