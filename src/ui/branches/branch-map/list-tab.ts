// The list tab: the same tree as the flowchart, as nested lists for screen readers and keyboards.
// A run of single choices reads as one ordered list; a decision taken more than one way opens a
// list of branches, each its own sequence.
import type { BranchNode, BranchTree } from '../../../debate/branches/branches.ts';
import { m } from '../../../i18n/index.ts';
import { h } from '../../kit/dom.ts';
import type { TabContext } from './tab.ts';

export function renderListTab(panel: HTMLElement, ctx: TabContext, t: BranchTree): void {
  panel.append(
    h('p', {
      class: 'branch-map__help',
      text: m().branchMap.listHelp,
    }),
    sequence(ctx, t, t.root),
  );
}

function sequence(ctx: TabContext, t: BranchTree, start: BranchNode): HTMLElement {
  const { words } = ctx;
  const list = h('ol', { class: 'branch-list' });
  let node: BranchNode | undefined = start;
  while (node) {
    const item = listItem(ctx, t, node);
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
            sequence(ctx, t, child),
          ),
        );
      }
      item.append(branches);
    }
    node = undefined;
  }
  return list;
}

function listItem(ctx: TabContext, t: BranchTree, node: BranchNode): HTMLLIElement {
  const { words } = ctx;
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
        on: { click: () => ctx.jumpTo(t, node) },
      }),
    ),
  );
}
