// The branch map's words for nodes, edges, tables and runs, from the cast sheet and the catalogue.
import type { BranchNode } from '../../../debate/branches/branches.ts';
import { speakerName, type CastSheet } from '../../../debate/core/cast.ts';
import type { ChoiceView } from '../../../debate/core/events.ts';
import { activeLocale, m, type Locale } from '../../../i18n/index.ts';

export function presetName(preset: string): string {
  return preset === 'short' ? m().branchMap.short : m().branchMap.full;
}

/** A date and time in the page's language (not the browser's): a Persian page gets the Persian calendar and digits. */
export function formatTime(time: number, locale: Locale = activeLocale()): string {
  if (!Number.isFinite(time)) return m().branchMap.now;
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(time));
  } catch {
    return new Date(time).toISOString();
  }
}

/** Words for the map, from the cast sheet. */
export class MapWords {
  constructor(private readonly cast: CastSheet) {}

  nodeTitle(node: BranchNode): string {
    if (node.ending) return this.cast.endings[node.ending]?.title ?? node.ending;
    if (node.figure) return speakerName(this.cast, node.figure).split(' ').at(-1) ?? node.figure;
    return this.stage(node);
  }

  nodeLong(node: BranchNode): string {
    if (node.ending) return m().branchMap.ending(this.cast.endings[node.ending]?.title ?? node.ending);
    return m().branchMap.decision(node.path.length + 1, this.who(node));
  }

  /** A decision that follows another, without its number: "then Kazem Sediqi". */
  nodeThen(node: BranchNode): string {
    return node.ending ? this.nodeLong(node) : m().branchMap.then(this.who(node));
  }

  private who(node: BranchNode): string {
    return node.figure ? speakerName(this.cast, node.figure) : this.stage(node);
  }

  nodeLabel(node: BranchNode): string {
    const parts = [
      this.nodeLong(node),
      m().branchMap.nodeMeters(node.meters.audience, node.meters.credibility),
    ];
    if (!node.ending) parts.push(this.tried(node));
    if (node.here) parts.push(m().branchMap.youAreHereLower);
    else if (node.live) parts.push(m().branchMap.onPath);
    return m().lists.groups(parts);
  }

  tried(node: BranchNode): string {
    const untried = node.choices.length - node.children.size;
    return untried === 0
      ? m().branchMap.allTried(node.choices.length)
      : m().branchMap.someTried(node.children.size, node.choices.length, untried);
  }

  edgeLabel(choice: ChoiceView): string {
    if (choice.card) return this.cast.cards[choice.card]?.name ?? choice.card;
    if (choice.move === 'closing' || choice.move === 'continue') return choice.text;
    return this.cast.moves[choice.move] ?? choice.move;
  }

  choiceLong(choice: ChoiceView): string {
    const move = this.cast.moves[choice.move] ?? choice.move;
    const quoted = m().lists.quoted(choice.text);
    return choice.move === 'continue' ? quoted : `${quoted} (${move})`;
  }

  private stage(node: BranchNode): string {
    const { stage, round, rounds } = node.progress;
    if (stage === 'opponents' && round > 0) return m().branchMap.opponent(round, rounds);
    if (stage === 'voices') return m().branchMap.voices;
    if (stage === 'closing') return m().branchMap.closing;
    if (stage === 'ending') return m().branchMap.verdict;
    return m().branchMap.opening;
  }
}
