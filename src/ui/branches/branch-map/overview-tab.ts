// The overview tab: the debate by exchange (columns drawn by overview-columns.ts), with the selected
// decision described beside it.
import type { BranchTree } from '../../../debate/branches/branches.ts';
import { speakerName } from '../../../debate/core/cast.ts';
import { exchangeColumns, exchangeTree } from '../../../debate/branches/exchanges.ts';
import { m } from '../../../i18n/index.ts';
import { h } from '../../kit/dom.ts';
import { describeNode } from './node-details.ts';
import { renderOverview } from './overview-columns.ts';
import type { TabContext } from './tab.ts';

export function renderOverviewTab(panel: HTMLElement, ctx: TabContext, t: BranchTree): void {
  const { cast, words } = ctx;
  const details = h('div', { class: 'branch-map__details', attrs: { 'aria-live': 'polite' }, hidden: true });
  const overview = renderOverview(
    exchangeColumns(exchangeTree(t)),
    {
      groupName: (group) =>
        group === 'opening' ? m().map.opening : group === 'closing' ? m().map.closing : group === 'ending' ? m().map.endings : (speakerName(cast, group).split(' ').at(-1) ?? group),
      moveName: (move) => words.edgeLabel(move.choice),
      endingTitle: (id) => cast.endings[id]?.title ?? id,
    },
    {
      select: (node) => {
        ctx.selected = node;
        details.hidden = false;
        describeNode(details, ctx, t, node, true);
      },
      jump: (node) => ctx.jumpTo(t, node),
    },
  );
  panel.append(
    h('p', { class: 'branch-map__help', text: m().map.overviewHelp }),
    h('div', { class: 'branch-map__overview' }, overview, details),
  );
}
