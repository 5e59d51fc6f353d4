// The branch map dialog: every decision reached on this machine, in five tabs (the overview by
// exchange, the flowchart, the list for screen readers, the endings gallery, run comparison). This
// shell builds the dialog, the table picker and the tab bar, and switches tabs; each tab draws
// itself from its own module.
import type { BranchTree } from '../../../debate/branches/branches.ts';
import type { CastSheet } from '../../../debate/core/cast.ts';
import { m } from '../../../i18n/index.ts';
import { openDialog, type DialogHandle } from '../../kit/dialogs.ts';
import { clear, h, uniqueId } from '../../kit/dom.ts';
import '../branches.css';
import { renderCompareTab } from './compare-tab.ts';
import { renderEndingsTab } from './endings-tab.ts';
import { renderFlowchartTab } from './flowchart-tab.ts';
import { renderListTab } from './list-tab.ts';
import { renderOverviewTab } from './overview-tab.ts';
import type { BranchMapActions, BranchMapData, Tab, TabContext } from './tab.ts';
import { formatTime, MapWords, presetName } from './words.ts';

export type { BranchMapActions, BranchMapData, Tab } from './tab.ts';
export { formatTime, MapWords, presetName } from './words.ts';

/** Phones open the map on its list: a tree does not fit there. */
const PHONE = '(max-width: 40rem)';

const ORDER: readonly Tab[] = ['overview', 'map', 'list', 'endings', 'compare'];

export function openBranchMap(
  data: BranchMapData,
  cast: CastSheet,
  actions: BranchMapActions,
  initial?: Tab,
): DialogHandle {
  initial ??= window.matchMedia?.(PHONE).matches ? 'list' : 'overview';
  let tree: BranchTree | undefined = data.trees[0];
  let dialog: DialogHandle | null = null;
  /** Tears down what the open tab holds (the flowchart's listeners). */
  let leaveTab: (() => void) | null = null;
  const ctx: TabContext = {
    data,
    cast,
    words: new MapWords(cast),
    actions,
    selected: null,
    jumpTo(t, node) {
      dialog?.close();
      actions.jump(t, node.path, [...node.children.keys()]);
    },
    close() {
      dialog?.close();
    },
  };

  const header = tableHeader(data, (index) => {
    tree = data.trees[index];
    ctx.selected = null;
    show(current);
  });

  // ---- tabs ----
  const tabs = {} as Record<Tab, { button: HTMLButtonElement; panel: HTMLElement }>;
  const tabList = h('div', { class: 'branch-map__tabs', attrs: { role: 'tablist', 'aria-label': m().branchMap.views } });
  const labels: Record<Tab, string> = m().map.tabs;
  for (const tab of ORDER) {
    const tabId = uniqueId(`tab-${tab}`);
    const panelId = uniqueId(`panel-${tab}`);
    const button = h('button', {
      id: tabId,
      text: labels[tab],
      attrs: { type: 'button', role: 'tab', 'aria-controls': panelId, 'aria-selected': 'false', tabindex: -1 },
      on: {
        click: () => show(tab),
        keydown: (event) => {
          const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
          if (!step) return;
          event.preventDefault();
          const next = ORDER[(ORDER.indexOf(tab) + step + ORDER.length) % ORDER.length]!;
          show(next);
          tabs[next].button.focus();
        },
      },
    });
    const panel = h('div', { id: panelId, class: `branch-map__panel branch-map__panel--${tab}`, attrs: { role: 'tabpanel', 'aria-labelledby': tabId }, hidden: true });
    tabs[tab] = { button, panel };
    tabList.append(button);
  }

  let current: Tab = initial;
  function show(tab: Tab): void {
    current = tab;
    for (const t of ORDER) {
      const active = t === tab;
      tabs[t].button.setAttribute('aria-selected', String(active));
      tabs[t].button.tabIndex = active ? 0 : -1;
      tabs[t].panel.hidden = !active;
    }
    const panel = tabs[tab].panel;
    leaveTab?.();
    leaveTab = null;
    clear(panel);
    if (tab === 'endings') return renderEndingsTab(panel, ctx);
    if (tab === 'compare') return renderCompareTab(panel, ctx);
    if (!tree) {
      panel.append(h('p', { text: m().branchMap.playFirst }));
      return;
    }
    tree = actions.fill(tree);
    if (tab === 'overview') renderOverviewTab(panel, ctx, tree);
    else if (tab === 'map') leaveTab = renderFlowchartTab(panel, ctx, tree);
    else renderListTab(panel, ctx, tree);
  }

  dialog = openDialog(m().branchMap.title, header, tabList, ...ORDER.map((t) => tabs[t].panel));
  dialog.element.classList.add('dialog--full');
  dialog.closed.then(() => leaveTab?.());
  show(initial);
  tabs[initial].button.focus();
  return dialog;
}

/** The picker of which table (story build and preset) the map shows, and the note under it. */
function tableHeader(data: BranchMapData, pick: (index: number) => void): HTMLElement {
  const treeLabel = (t: BranchTree) => {
    const found = new Set(t.runs.flatMap((r) => (r.ending ? [r.ending] : []))).size;
    const when = t.runs.length ? formatTime(Math.min(...t.runs.map((r) => r.startedAt))) : m().branchMap.now;
    return m().branchMap.treeLabel(presetName(t.preset), when, t.runs.length, found);
  };
  const selectId = uniqueId('map-table');
  const treeSelect = h('select', {
    id: selectId,
    on: { change: () => pick(Number(treeSelect.value)) },
  });
  data.trees.forEach((t, i) => treeSelect.append(h('option', { text: treeLabel(t), attrs: { value: i } })));
  return h(
    'div',
    { class: 'branch-map__header' },
    data.trees.length > 1
      ? h('div', { class: 'field field--row' }, h('label', { text: m().branchMap.debate, attrs: { for: selectId } }), treeSelect)
      : null,
    h('p', {
      class: 'branch-map__note',
      text: [
        data.trees.length === 0
          ? m().branchMap.nothingYet
          : m().branchMap.note,
        data.otherBuildRuns > 0
          ? m().branchMap.otherBuild(data.otherBuildRuns)
          : '',
        data.remembered ? '' : m().branchMap.notKept,
      ]
        .filter(Boolean)
        .join(' '),
    }),
  );
}
