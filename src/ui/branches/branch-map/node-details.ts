// The panel beside the overview and the flowchart that describes the selected decision: where it
// is, the gauges there, which choices runs took from it, and a button to play from it again.
import type { BranchNode, BranchTree } from '../../../debate/branches/branches.ts';
import { m } from '../../../i18n/index.ts';
import { append, clear, h } from '../../kit/dom.ts';
import type { TabContext } from './tab.ts';

export function describeNode(
  details: HTMLElement,
  ctx: TabContext,
  t: BranchTree,
  node: BranchNode,
  focusJump: boolean,
): void {
  const { words } = ctx;
  clear(details);
  const jumpButton = h('button', {
    class: 'primary',
    text: node.ending ? m().branchMap.jumpToEnding : m().branchMap.jumpHereAgain,
    attrs: { type: 'button', 'data-jump': node.path.join('.') },
    on: { click: () => ctx.jumpTo(t, node) },
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
