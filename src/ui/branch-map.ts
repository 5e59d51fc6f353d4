// The branch map dialog: every decision reached on this machine as a flowchart (pan, zoom, select,
// jump), the same tree as nested lists for screen readers, the endings gallery and run comparison.
import { walkNodes as walk, type BranchNode, type BranchTree, type EndingTally } from '../debate/branches.ts';
import { speakerName, type StoryTable } from '../debate/cast.ts';
import type { Comparison, CompareError } from '../debate/compare.ts';
import type { ChoiceView } from '../debate/events.ts';
import type { RunRecord } from '../debate/runs.ts';
import type { Result } from '../debate/reasons.ts';
import { renderComparison } from './compare-view.ts';
import { openDialog, type DialogHandle } from './dialogs.ts';
import { append, clear, h, uniqueId } from './dom.ts';
import { MapPicture } from './map-picture.ts';
import { renderOverview } from './map-overview.ts';
import { m } from '../i18n/index.ts';
import { exchangeColumns, exchangeTree } from '../debate/exchanges.ts';
import './replay.css';

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

type Tab = 'overview' | 'map' | 'list' | 'endings' | 'compare';

/** Phones open the map on its list: a tree does not fit there. */
const PHONE = '(max-width: 40rem)';

export function presetName(preset: string): string {
  return preset === 'short' ? m().branchMap.short : m().branchMap.full;
}

export function formatTime(time: number): string {
  if (!Number.isFinite(time)) return m().branchMap.now;
  try {
    return new Date(time).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  } catch {
    return new Date(time).toISOString();
  }
}

/** Words for the map, from the cast sheet. */
export class MapWords {
  constructor(private readonly cast: StoryTable) {}

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
    return parts.join('; ');
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
    return choice.move === 'continue' ? `“${choice.text}”` : `“${choice.text}” (${move})`;
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

export function openBranchMap(
  data: BranchMapData,
  cast: StoryTable,
  actions: BranchMapActions,
  initial?: Tab,
): DialogHandle {
  initial ??= window.matchMedia?.(PHONE).matches ? 'list' : 'overview';
  const words = new MapWords(cast);
  let picture: MapPicture | null = null;
  let tree: BranchTree | undefined = data.trees[0];
  let selected: BranchNode | null = null;
  let dialog: DialogHandle | null = null;

  // ---- which table ----
  const treeLabel = (t: BranchTree) => {
    const found = new Set(t.runs.flatMap((r) => (r.ending ? [r.ending] : []))).size;
    const when = t.runs.length ? formatTime(Math.min(...t.runs.map((r) => r.startedAt))) : m().branchMap.now;
    return m().branchMap.treeLabel(presetName(t.preset), when, t.runs.length, found);
  };
  const selectId = uniqueId('map-table');
  const treeSelect = h('select', {
    id: selectId,
    on: {
      change: () => {
        tree = data.trees[Number(treeSelect.value)];
        selected = null;
        show(current);
      },
    },
  });
  data.trees.forEach((t, i) => treeSelect.append(h('option', { text: treeLabel(t), attrs: { value: i } })));
  const header = h(
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

  // ---- tabs ----
  const tabs: Record<Tab, { label: string; button: HTMLButtonElement; panel: HTMLElement }> = {} as never;
  const tabList = h('div', { class: 'branch-map__tabs', attrs: { role: 'tablist', 'aria-label': m().branchMap.views } });
  const order: Tab[] = ['overview', 'map', 'list', 'endings', 'compare'];
  const labels: Record<Tab, string> = m().map.tabs;
  for (const tab of order) {
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
          const next = order[(order.indexOf(tab) + step + order.length) % order.length]!;
          show(next);
          tabs[next].button.focus();
        },
      },
    });
    const panel = h('div', { id: panelId, class: `branch-map__panel branch-map__panel--${tab}`, attrs: { role: 'tabpanel', 'aria-labelledby': tabId }, hidden: true });
    tabs[tab] = { label: labels[tab], button, panel };
    tabList.append(button);
  }

  let current: Tab = initial;
  function show(tab: Tab): void {
    current = tab;
    for (const t of order) {
      const active = t === tab;
      tabs[t].button.setAttribute('aria-selected', String(active));
      tabs[t].button.tabIndex = active ? 0 : -1;
      tabs[t].panel.hidden = !active;
    }
    const panel = tabs[tab].panel;
    picture?.destroy();
    picture = null;
    clear(panel);
    if (tab === 'endings') return renderEndings(panel);
    if (tab === 'compare') return renderCompare(panel);
    if (!tree) {
      panel.append(h('p', { text: m().branchMap.playFirst }));
      return;
    }
    tree = actions.fill(tree);
    if (tab === 'overview') renderExchanges(panel, tree);
    else if (tab === 'map') renderPicture(panel, tree);
    else renderList(panel, tree);
  }

  // ---- the overview: the debate by exchange ----
  function renderExchanges(panel: HTMLElement, t: BranchTree): void {
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
          selected = node;
          details.hidden = false;
          describe(details, t, node, true);
        },
        jump: (node) => jump(t, node),
      },
    );
    panel.append(
      h('p', { class: 'branch-map__help', text: m().map.overviewHelp }),
      h('div', { class: 'branch-map__overview' }, overview, details),
    );
  }

  // ---- the picture ----
  function renderPicture(panel: HTMLElement, t: BranchTree): void {
    const helpId = uniqueId('map-help');
    const details = h('div', { class: 'branch-map__details', attrs: { 'aria-live': 'polite' } });
    const pic = new MapPicture(t, words, {
      select: (node, byKeyboard) => {
        selected = node;
        pic.select(node);
        describe(details, t, node, byKeyboard);
      },
      activate: (node) => jump(t, node),
    }, helpId);
    picture = pic;
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
    describe(details, t, selected && [...walk(t.root)].includes(selected) ? selected : (here ?? t.root), false);
    requestAnimationFrame(() => {
      pic.showStart();
      if (selected) pic.select(selected);
    });
  }

  function describe(details: HTMLElement, t: BranchTree, node: BranchNode, focusJump: boolean): void {
    clear(details);
    const jumpButton = h('button', {
      class: 'primary',
      text: node.ending ? m().branchMap.jumpToEnding : m().branchMap.jumpHereAgain,
      attrs: { type: 'button', 'data-jump': node.path.join('.') },
      on: { click: () => jump(t, node) },
    });
    const taken = h('ul', { class: 'branch-map__taken' });
    for (const [index, child] of [...node.children].sort(([a], [b]) => a - b)) {
      const choice = node.choices.find((c) => c.index === index);
      if (!choice) continue;
      const where = words.nodeThen(child);
      taken.append(h('li', { text: m().branchMap.takenLine(words.choiceLong(choice), where) }));
    }
    append(
      details,
      h('h3', { text: words.nodeLong(node) }),
      h('p', { text: m().branchMap.meters(node.meters.audience, node.meters.credibility) }),
      node.here ? h('p', { class: 'branch-map__here', text: m().branchMap.youAreHere }) : null,
      node.ending ? null : h('p', { text: m().branchMap.sentence(words.tried(node)) }),
      taken.childElementCount ? h('p', { text: m().branchMap.takenFromHere }) : null,
      taken.childElementCount ? taken : null,
      h('p', { text: m().branchMap.runsThrough(node.runs) }),
      jumpButton,
    );
    if (focusJump) jumpButton.focus();
  }

  // ---- the list (the same tree for screen readers and keyboards) ----
  function renderList(panel: HTMLElement, t: BranchTree): void {
    panel.append(
      h('p', {
        class: 'branch-map__help',
        text: m().branchMap.listHelp,
      }),
      sequence(t, t.root),
    );
  }

  function sequence(t: BranchTree, start: BranchNode): HTMLElement {
    const list = h('ol', { class: 'branch-list' });
    let node: BranchNode | undefined = start;
    while (node) {
      const item = listItem(t, node);
      list.append(item);
      const children: [number, BranchNode][] = [...node.children].sort(([a], [b]) => a - b);
      if (children.length === 1) {
        const [index, child] = children[0]!;
        const choice = node.choices.find((c) => c.index === index);
        if (choice) item.append(h('p', { class: 'branch-list__choice', text: m().branchMap.youChose(words.choiceLong(choice)) }));
        node = child;
        continue;
      }
      if (children.length > 1) {
        const branches = h('ul', { class: 'branch-list__branches', attrs: { 'aria-label': m().branchMap.branches(children.length) } });
        for (const [index, child] of children) {
          const choice = node.choices.find((c) => c.index === index);
          branches.append(
            h(
              'li',
              {},
              h('p', { class: 'branch-list__choice', text: m().branchMap.branch(choice ? words.choiceLong(choice) : m().branchMap.choiceNumber(index + 1), child.live) }),
              sequence(t, child),
            ),
          );
        }
        item.append(branches);
      }
      node = undefined;
    }
    return list;
  }

  function listItem(t: BranchTree, node: BranchNode): HTMLLIElement {
    const classes = ['branch-list__item'];
    if (node.live) classes.push('branch-list__item--live');
    return h(
      'li',
      { class: classes.join(' ') },
      h(
        'div',
        { class: 'branch-list__row' },
        h(
          'span',
          {},
          h('strong', { text: words.nodeLong(node) }),
          m().branchMap.listMeters(node.meters.audience, node.meters.credibility),
          node.ending ? '' : m().branchMap.listTried(words.tried(node)),
          node.here ? h('strong', { class: 'branch-map__here', text: m().branchMap.listHere }) : '',
        ),
        h('button', {
          class: 'icon-button',
          text: m().branchMap.jumpHere,
          attrs: { type: 'button', 'aria-label': m().branchMap.jumpHereLong(words.nodeLong(node)), 'data-jump': node.path.join('.') },
          on: { click: () => jump(t, node) },
        }),
      ),
    );
  }

  // ---- endings gallery ----
  // Found endings say how often and from which runs (numbered as in Compare runs), with "See it
  // again"; the others show the story's hint of how a debate gets there, never the path.
  function renderEndings(panel: HTMLElement): void {
    const found = data.endings.filter((e) => e.runs > 0).length;
    const gallery = h('ul', { class: 'endings-gallery' });
    for (const ending of data.endings) {
      const got = ending.runs > 0;
      const reaching = data.runs.flatMap((r, i) => (r.ending === ending.id ? [{ run: r, n: i + 1 }] : []));
      const latest = reaching.at(-1)?.run;
      gallery.append(
        h(
          'li',
          { class: `ending-card${got ? ' ending-card--found' : ' ending-card--locked'}`, attrs: { 'data-ending': ending.id, 'data-found': String(got) } },
          h('span', { class: 'ending-card__mark', attrs: { 'aria-hidden': 'true' }, text: got ? '★' : '?' }),
          h('strong', { class: 'ending-card__title', text: got ? ending.title : m().map.notFound }),
          got || !ending.hint ? h('span', { class: 'ending-card__runs', text: got ? m().map.reached(ending.runs) : m().map.noRunYet }) : null,
          reaching.length
            ? h('span', { class: 'ending-card__which', text: m().map.reachedWhen(reaching.slice(-3).map(({ run, n }) => m().map.runName(n, formatTime(run.updatedAt)))) })
            : null,
          !got && ending.hint ? h('span', { class: 'ending-card__hint', text: m().map.hint(ending.hint) }) : null,
          latest
            ? h('button', {
                class: 'icon-button',
                text: m().map.seeEnding,
                attrs: { type: 'button', 'aria-label': m().map.seeEndingLong(ending.title) },
                on: {
                  click: () => {
                    dialog?.close();
                    actions.jump(latest, latest.path);
                  },
                },
              })
            : null,
        ),
      );
    }
    panel.append(h('p', { text: m().map.foundCount(found, data.endings.length) }), gallery);
  }

  // ---- comparison ----
  function renderCompare(panel: HTMLElement): void {
    if (data.runs.length < 2) {
      panel.append(
        h('p', {
          text: m().branchMap.compareNeedsTwo,
        }),
      );
      return;
    }
    const runLabel = (r: RunRecord, n: number) =>
      m().branchMap.runLabel(n, presetName(r.preset), formatTime(r.updatedAt), r.ending ? (cast.endings[r.ending]?.title ?? r.ending) : null, r.path.length, r === data.currentRun);
    const picker = (label: string, chosen: RunRecord | undefined) => {
      const id = uniqueId('compare-run');
      const select = h('select', { id });
      data.runs.forEach((r, i) => select.append(h('option', { text: runLabel(r, i + 1), attrs: { value: i, selected: r === chosen } })));
      return { select, field: h('div', { class: 'field' }, h('label', { text: label, attrs: { for: id } }), select) };
    };
    const a = picker(m().branchMap.firstRun, data.compareFirst ?? data.runs.at(-1));
    const b = picker(m().branchMap.secondRun, data.compareSecond ?? data.runs.at(-2));
    const out = h('div', { class: 'compare__out', attrs: { 'aria-live': 'polite' } });
    const render = () => {
      const ra = data.runs[Number(a.select.value)];
      const rb = data.runs[Number(b.select.value)];
      clear(out);
      if (!ra || !rb) return;
      const names = {
        a: ra === data.currentRun ? m().branchMap.thisRun : m().branchMap.runName(Number(a.select.value) + 1),
        b: rb === data.currentRun ? m().branchMap.thisRun : m().branchMap.runName(Number(b.select.value) + 1),
      };
      if (ra === rb) {
        out.append(h('p', { text: m().branchMap.pickTwo }));
        return;
      }
      const result = actions.compare(ra, rb);
      if (!result.ok) {
        out.append(h('p', { text: result.error.message }));
        return;
      }
      out.append(renderComparison(result.value, cast, names));
    };
    a.select.addEventListener('change', render);
    b.select.addEventListener('change', render);
    panel.append(h('div', { class: 'compare__pickers' }, a.field, b.field), out);
    render();
  }

  function jump(t: BranchTree, node: BranchNode): void {
    dialog?.close();
    actions.jump(t, node.path, [...node.children.keys()]);
  }

  dialog = openDialog(m().branchMap.title, header, tabList, ...order.map((t) => tabs[t].panel));
  dialog.element.classList.add('dialog--full');
  dialog.closed.then(() => picture?.destroy());
  show(initial);
  tabs[initial].button.focus();
  return dialog;
}
