// The branch map's first view: the debate by exchange, readable from the back of a classroom. One
// column per part of the debate (the opening, each guest, the closing, the endings) in the order
// the debate reaches them; in a column, one card per branch that reached it, side by side. A card
// says what was done there (the moves taken, with their grades; moves taken by different runs
// from one decision sit side by side) and counts the moves never tried. Opening a card shows its
// decisions, each with a jump. Plain DOM in normal flow, so nothing overlaps and text keeps the
// player's text size.
import type { BranchNode } from '../../../debate/branches/branches.ts';
import type { Exchange, ExchangeColumn, ExchangeGroup, MoveTaken } from '../../../debate/branches/exchanges.ts';
import { h, uniqueId } from '../../kit/dom.ts';
import { m } from '../../../i18n/index.ts';

export interface OverviewText {
  /** The name over a column: a guest's short name, or the part of the debate. */
  groupName(group: ExchangeGroup): string;
  /** Short words for a move (the card's name, the move's name). */
  moveName(move: MoveTaken): string;
  /** An ending's title. */
  endingTitle(id: string): string;
}

export interface OverviewActions {
  /** Shows a decision in the details panel (and offers the jump there). */
  select(node: BranchNode): void;
  jump(node: BranchNode): void;
}

function moveChip(text: OverviewText, move: MoveTaken): HTMLElement {
  const classes = ['overview-move'];
  if (move.live) classes.push('overview-move--live');
  if (move.grade) classes.push(`overview-move--${move.grade}`);
  return h(
    'span',
    { class: classes.join(' '), attrs: { 'data-label': '' } },
    text.moveName(move),
    move.grade ? h('span', { class: 'overview-move__grade', text: ` · ${m().stamps[move.grade]}` }) : null,
  );
}

function exchangeCard(text: OverviewText, exchange: Exchange, actions: OverviewActions, branched: boolean): HTMLElement {
  const classes = ['overview-card'];
  if (exchange.live) classes.push('overview-card--live');
  if (exchange.decisions.some((d) => d.taken.length > 1)) classes.push('overview-card--forks');
  if (exchange.here) classes.push('overview-card--here');
  const card = h('li', { class: classes.join(' '), attrs: { 'data-exchange': exchange.first.path.join('.') } });
  // Several branches reached this part: each card says which move led into it.
  if (branched && exchange.after) {
    card.append(h('p', { class: 'overview-card__after', attrs: { 'data-label': '' }, text: m().map.after(text.moveName(exchange.after)) }));
  }
  if (exchange.group === 'ending') {
    const id = exchange.first.ending ?? '';
    card.append(
      h('p', { class: 'overview-card__ending', attrs: { 'data-label': '' }, text: text.endingTitle(id) }),
      h('p', { class: 'overview-card__meta', attrs: { 'data-label': '' }, text: m().map.runsHere(exchange.runs) }),
      h('button', {
        class: 'icon-button',
        text: m().map.seeEnding,
        attrs: { type: 'button', 'aria-label': m().map.seeEndingLong(text.endingTitle(id)), 'data-jump': exchange.first.path.join('.') },
        on: { click: () => actions.jump(exchange.first) },
      }),
    );
    return card;
  }
  // The moves of the exchange: one row per decision where a move was taken, side by side when
  // runs took different ones.
  const rows = exchange.decisions.filter((d) => d.taken.length > 0);
  const moves = h('div', { class: 'overview-card__moves' });
  for (const decision of rows) {
    const fork = decision.taken.length > 1;
    moves.append(
      h(
        'div',
        { class: `overview-card__row${fork ? ' overview-card__row--fork' : ''}`, attrs: fork ? { role: 'group', 'aria-label': m().map.fork(decision.taken.length) } : {} },
        ...decision.taken.map((m) => moveChip(text, m)),
      ),
    );
  }
  const detailId = uniqueId('exchange');
  const detail = h('ol', { id: detailId, class: 'overview-card__decisions', hidden: true });
  for (const decision of exchange.decisions) {
    const node = decision.node;
    detail.append(
      h(
        'li',
        {},
        h('button', {
          class: 'overview-card__decision',
          text: m().map.decision(node.path.length + 1, decision.taken.length, decision.taken.length + decision.untried),
          attrs: { type: 'button', 'data-decision': node.path.join('.') },
          on: { click: () => actions.select(node) },
        }),
      ),
    );
  }
  const open = h('button', {
    class: 'overview-card__open',
    text: m().map.openExchange,
    attrs: { type: 'button', 'aria-expanded': 'false', 'aria-controls': detailId, 'aria-label': m().map.openExchangeLong(text.groupName(exchange.group)) },
    on: {
      click: () => {
        detail.hidden = !detail.hidden;
        open.setAttribute('aria-expanded', String(!detail.hidden));
        open.textContent = detail.hidden ? m().map.openExchange : m().map.closeExchange;
        card.classList.toggle('overview-card--open', !detail.hidden);
      },
    },
  });
  card.append(
    moves,
    h(
      'p',
      { class: 'overview-card__meta' },
      exchange.untried > 0 ? h('span', { class: 'overview-card__untried', attrs: { 'data-label': '' }, text: m().map.untried(exchange.untried) }) : null,
      exchange.here ? h('strong', { class: 'branch-map__here', attrs: { 'data-label': '' }, text: m().map.youAreHere }) : null,
    ),
    open,
    detail,
  );
  return card;
}

/** The overview of one table's exchanges. */
export function renderOverview(columns: readonly ExchangeColumn[], text: OverviewText, actions: OverviewActions): HTMLElement {
  const list = h('ol', { class: 'overview', attrs: { 'aria-label': m().map.overviewLabel } });
  columns.forEach((column, i) => {
    const headingId = uniqueId('group');
    list.append(
      h(
        'li',
        { class: `overview__column overview__column--${column.group === 'ending' ? 'ending' : 'part'}`, attrs: { 'aria-labelledby': headingId } },
        h('h3', { id: headingId, class: 'overview__heading', attrs: { 'data-label': '' } }, column.group === 'ending' ? '' : `${i + 1}. `, text.groupName(column.group)),
        h('ul', { class: 'overview__branches' }, ...column.exchanges.map((x) => exchangeCard(text, x, actions, column.exchanges.length > 1))),
      ),
    );
  });
  return list;
}
