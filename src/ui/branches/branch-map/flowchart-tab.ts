// The flowchart tab: the tree as a picture (flowchart-picture.ts) with its zoom toolbar and the
// selected decision described beside it. Returns what to tear down when the tab is left.
import { walkNodes as walk, type BranchTree } from '../../../debate/branches/branches.ts';
import { m } from '../../../i18n/index.ts';
import { h, uniqueId } from '../../kit/dom.ts';
import { MapPicture } from './flowchart-picture.ts';
import { describeNode } from './node-details.ts';
import type { TabContext } from './tab.ts';

export function renderFlowchartTab(panel: HTMLElement, ctx: TabContext, t: BranchTree): () => void {
  const helpId = uniqueId('map-help');
  const details = h('div', { class: 'branch-map__details', attrs: { 'aria-live': 'polite' } });
  const pic = new MapPicture(t, ctx.words, {
    select: (node, byKeyboard) => {
      ctx.selected = node;
      pic.select(node);
      describeNode(details, ctx, t, node, byKeyboard);
    },
    activate: (node) => ctx.jumpTo(t, node),
  }, helpId);
  const tool = (label: string, text: string, run: () => void, keys?: string) =>
    h('button', { class: 'icon-button', text, attrs: { type: 'button', 'aria-label': label, title: label, 'aria-keyshortcuts': keys }, on: { click: run } });
  const here = [...walk(t.root)].find((n) => n.here);
  const toolbar = h(
    'div',
    { class: 'branch-map__toolbar', attrs: { role: 'toolbar', 'aria-label': m().branchMap.mapView } },
    tool(m().branchMap.zoomIn, '+', () => pic.zoomBy(1.25), '+'),
    tool(m().branchMap.zoomOut, '−', () => pic.zoomBy(0.8), '-'),
    tool(m().branchMap.wholeMapLong, m().branchMap.wholeMap, () => pic.fit(), '0'),
    here ? tool(m().branchMap.whereAmILong, m().branchMap.whereAmI, () => { pic.centreOn(here, Math.max(pic.zoom, 0.8)); pic.focusNode(here); }) : null,
  );
  const help = h('p', {
    id: helpId,
    class: 'branch-map__help',
    text: m().branchMap.help,
  });
  panel.append(toolbar, help, h('div', { class: 'branch-map__stage' }, pic.element, details));
  const { selected } = ctx;
  describeNode(details, ctx, t, selected && [...walk(t.root)].includes(selected) ? selected : (here ?? t.root), false);
  requestAnimationFrame(() => {
    pic.showStart();
    if (ctx.selected) pic.select(ctx.selected);
  });
  return () => pic.destroy();
}
