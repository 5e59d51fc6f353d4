// The compare tab: two run pickers (this run and the one before it by default) and the comparison
// of the two, drawn by compare-view.ts.
import type { RunRecord } from '../../../debate/persistence/runs.ts';
import { m } from '../../../i18n/index.ts';
import { renderComparison } from '../compare-view.ts';
import { clear, h, uniqueId } from '../../kit/dom.ts';
import type { TabContext } from './tab.ts';
import { formatTime, presetName } from './words.ts';

export function renderCompareTab(panel: HTMLElement, ctx: TabContext): void {
  const { data, cast, actions } = ctx;
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
