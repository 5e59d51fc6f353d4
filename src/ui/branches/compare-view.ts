// Two runs side by side: the shared start, the first different choice highlighted, then each
// exchange with both runs' moves, grades, meters and stances, and both endings.
import { speakerName, type CastSheet } from '../../debate/core/cast.ts';
import { biggestDifferenceSentence, exchangeName, type Comparison, type ExchangeRow, type RunOutcome, type TakenStep } from '../../debate/branches/compare.ts';
import { STANCE_LOOK } from '../../game/presenter.ts';
import { h } from '../kit/dom.ts';
import { m } from '../../i18n/index.ts';

const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '±0');

export function renderComparison(c: Comparison, cast: CastSheet, names: { a: string; b: string }): HTMLElement {
  const title = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
  const table = h(
    'table',
    { class: 'compare__table' },
    h('caption', { text: m().compare.caption(title(names.a), names.b) }),
    h(
      'thead',
      {},
      h('tr', {}, h('th', { text: m().compare.exchange, attrs: { scope: 'col' } }), h('th', { text: title(names.a), attrs: { scope: 'col' } }), h('th', { text: title(names.b), attrs: { scope: 'col' } })),
    ),
  );
  const body = h('tbody');
  const shared = c.a.steps.slice(0, c.shared);
  body.append(
    h(
      'tr',
      { class: 'compare__shared' },
      h('th', { text: m().compare.sharedStart, attrs: { scope: 'row' } }),
      h('td', {
        text: shared.length
          ? m().compare.sameStart(shared.length, exchangeName(cast, shared.at(-1)!, m().documents))
          : m().compare.partAtOnce,
        attrs: { colspan: 2 },
      }),
    ),
  );
  c.rows.forEach((row, i) => {
    const diverges = i === 0 && c.divergence !== null;
    body.append(
      h(
        'tr',
        { class: diverges ? 'compare__row compare__row--diverge' : 'compare__row', attrs: diverges ? { 'data-diverge': '' } : {} },
        h(
          'th',
          { attrs: { scope: 'row' } },
          h('span', { text: capital(exchangeName(cast, row, m().documents)) }),
          diverges ? h('span', { class: 'compare__flag', text: m().compare.firstDifferent }) : null,
        ),
        cell(row, row.a, cast),
        cell(row, row.b, cast),
      ),
    );
  });
  body.append(
    h(
      'tr',
      { class: 'compare__endings' },
      h('th', { text: m().compare.ending, attrs: { scope: 'row' } }),
      endingCell(c.a, cast),
      endingCell(c.b, cast),
    ),
  );
  table.append(body);
  return h(
    'div',
    { class: 'compare' },
    h('p', { class: 'compare__verdict', text: biggestDifferenceSentence(c, cast, names, m().documents) }),
    h('div', { class: 'compare__scroll', attrs: { tabindex: 0, role: 'region', 'aria-label': m().compare.tableLabel } }, table),
  );
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function cell(row: ExchangeRow, steps: TakenStep[], cast: CastSheet): HTMLTableCellElement {
  if (steps.length === 0) return h('td', { class: 'compare__none', text: m().compare.notReached });
  const list = h('ul', { class: 'compare__moves' });
  for (const step of steps) {
    const move = cast.moves[step.choice.move] ?? step.choice.move;
    const d = { audience: step.after.audience - step.before.audience, credibility: step.after.credibility - step.before.credibility };
    list.append(
      h(
        'li',
        {},
        h('span', { class: 'compare__choice', text: m().lists.quoted(step.choice.text) }),
        h('span', { class: 'compare__move', text: step.choice.move === 'continue' ? '' : ` ${move}` }),
        step.grade ? h('span', { class: `badge badge--grade-${step.grade}`, text: m().compare.grade[step.grade] }) : null,
        h('span', {
          class: 'compare__meters',
          text: m().compare.meters(step.after.audience, signed(d.audience), step.after.credibility, signed(d.credibility)),
        }),
      ),
    );
  }
  const last = steps.at(-1)!;
  const stance = row.figure ? last.stancesAfter[row.figure] : undefined;
  return h(
    'td',
    {},
    list,
    stance && row.figure ? h('p', { class: 'compare__stance', text: m().compare.endsStance(speakerName(cast, row.figure), STANCE_LOOK[stance].word.toLowerCase()) }) : null,
  );
}

function endingCell(run: RunOutcome, cast: CastSheet): HTMLTableCellElement {
  return h(
    'td',
    {},
    h('strong', { text: run.ending ? (cast.endings[run.ending]?.title ?? run.ending) : m().compare.notFinished }),
    h('span', { class: 'compare__meters', text: m().compare.endMeters(run.meters.audience, run.meters.credibility) }),
  );
}
