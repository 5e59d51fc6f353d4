// The debrief dialog: exchange by exchange, the claim and its paragraph of the article, the
// rhetorical move at work, the player's move, its grade and why, and the strongest move not taken
// with a "Try it" jump to where it was offered. Then prompts to critique the expert's own rhetoric.
import type { Alternative, Debrief, Exchange, GradedMove, MoveLabel, Quote } from '../../debate/documents/debrief.ts';
import { speakerName, type CastSheet } from '../../debate/core/cast.ts';
import type { Grade } from '../../debate/core/contract.ts';
import type { DebateEngine } from '../../debate/core/engine.ts';
import { lineParts } from '../../debate/core/tags.ts';
import { metersText, moveText } from '../../debate/documents/transcript-doc.ts';
import { openDialog, type DialogHandle } from '../kit/dialogs.ts';
import { quoteView } from './document-view.ts';
import { append, h, type Child } from '../kit/dom.ts';
import type { RunReports } from './run-report.ts';
import { m } from '../../i18n/index.ts';

export interface DebriefActions {
  /**
   * Goes back to the decision reached by `prefix`, so the player can try another move there; the
   * hint names the choice (index `choice` at that decision), which it must not cover.
   */
  tryIt(prefix: number[], hint: string, choice: number): void;
  /** Opens the printable transcript (which holds this debrief too). */
  transcript(): void;
  /** Opens "About the source": who published the article, when, its loaded terms, what it leaves out. */
  aboutSource?(): void;
}

const gradeBadge = (grade: Grade) => h('span', { class: `badge badge--grade-${grade}`, text: m().debrief.grade[grade] });

/** The article paragraphs behind a principle, folded away until asked for. */
function sourcesFold(sources: readonly Quote[], summary: string): Child {
  if (sources.length === 0) return null;
  return h(
    'details',
    { class: 'debrief__sources' },
    h('summary', { text: `${summary} (${m().lists.items(sources.map((q) => q.id))})` }),
    ...sources.map(quoteView),
  );
}

function term(label: string, ...details: Child[]): [HTMLElement, HTMLElement] {
  return [h('dt', { text: label }), h('dd', {}, ...details)];
}

function moveSummary(move: MoveLabel): string {
  return moveText(move, m().documents);
}

/** An exchange's name in the page's language (the engine names the closing in English). */
const exchangeName = (x: { kind: string; name: string }) => (x.kind === 'closing' ? m().documents.transcript.closingName : x.name);

/** A stance in the page's words. */
const stanceWord = (stance: string | undefined) => (stance ? (m().documents.transcript.stance[stance as 'firm' | 'wary' | 'open'] ?? stance) : '?');

function alternativeView(exchange: Exchange, move: GradedMove, actions: DebriefActions, close: () => void): HTMLElement {
  const slot = h('div', { class: 'debrief__alternative', attrs: { 'data-decision': move.decision } });
  const alt: Alternative | null | undefined = move.alternative;
  if (alt === undefined) {
    slot.append(h('p', { class: 'debrief__pending', text: m().debrief.working }));
    return slot;
  }
  if (alt === null) {
    slot.append(h('p', { text: m().debrief.nothingBetter }));
    return slot;
  }
  const where = exchange.kind === 'closing' ? m().debrief.yourClosing : m().debrief.exchangeWith(exchange.name);
  const hint = m().debrief.tryHint(where, alt.text);
  append(
    slot,
    h('p', {}, h('strong', { text: alt.better ? m().debrief.stronger : m().debrief.asStrong }), moveSummary(alt), ' ', gradeBadge(alt.grade)),
    alt.why ? h('p', { class: 'debrief__why' }, h('em', { text: m().debrief.whyLabel }), alt.why.text) : null,
    sourcesFold(alt.why?.sources ?? [], m().debrief.itsSource),
    h('button', {
      class: 'debrief__try',
      text: m().debrief.tryIt,
      attrs: { type: 'button', 'aria-label': m().debrief.tryItLong(where, alt.text) },
      on: {
        click: () => {
          close();
          actions.tryIt(alt.prefix, hint, alt.index);
        },
      },
    }),
  );
  return slot;
}

function exchangeView(cast: CastSheet, exchange: Exchange, actions: DebriefActions, close: () => void): HTMLElement {
  const title = exchange.label ? `${exchangeName(exchange)}: ${m().lists.quoted(exchange.label)}` : exchangeName(exchange);
  const headingId = `debrief-${exchange.id}`;
  const dl = h('dl', { class: 'terms debrief__terms' });
  dl.append(
    ...term(
      exchange.kind === 'closing' ? m().debrief.question : m().debrief.claim,
      ...exchange.claim.map((l) => {
        // A dramatized lead-in (the game's words, in italics) before the part from the article.
        const { lead, rest } = lineParts(l);
        return h(
          'p',
          { class: 'debrief__claim' },
          h('strong', { text: `${speakerName(cast, l.speaker)}: ` }),
          lead ? h('em', { class: 'line__lead-in', text: lead }) : null,
          rest,
          lead ? h('span', { class: 'badge badge--dramatized', text: m().debrief.leadIn }) : null,
        );
      }),
    ),
  );
  if (exchange.claimSources.length > 0) dl.append(...term(m().debrief.fromArticle, ...exchange.claimSources.map(quoteView)));
  if (exchange.rhetoric) dl.append(...term(m().debrief.rhetoric, h('p', { text: exchange.rhetoric })));
  if (exchange.presses.length > 0) {
    dl.append(...term(m().debrief.askedFirst, h('ul', {}, ...exchange.presses.map((p) => h('li', { text: m().lists.quoted(p.text) })))));
  }
  if (exchange.moves.length === 0) dl.append(...term(m().debrief.yourMove, h('p', { text: m().debrief.noGradedMove })));
  for (const move of exchange.moves) {
    dl.append(
      ...term(move.move === 'concede' ? m().debrief.concession : m().debrief.yourMove, h('p', {}, moveSummary(move), ' ', gradeBadge(move.grade))),
      ...term(
        m().debrief.whyGrade(move.grade),
        h('p', { text: move.why?.text ?? m().debrief.noPrinciple }),
        sourcesFold(move.why?.sources ?? [], m().debrief.principle),
      ),
      ...(move.cardRhetoric ? term(m().debrief.cardMove(move.cardName ?? ''), h('p', { text: move.cardRhetoric })) : []),
      ...term(m().debrief.elseTried, alternativeView(exchange, move, actions, close)),
    );
  }
  if (exchange.kind === 'figure') {
    const moved = exchange.stanceAfter && exchange.stanceAfter !== exchange.stanceBefore ? m().debrief.stanceMoved(exchangeName(exchange), stanceWord(exchange.stanceBefore), stanceWord(exchange.stanceAfter)) : '';
    dl.append(...term(m().debrief.room, h('p', { text: `${metersText(exchange.metersAfter, exchange.metersBefore, m().documents)}${moved}.` })));
  }
  return h(
    'section',
    { class: 'debrief__exchange', attrs: { 'aria-labelledby': headingId, 'data-exchange': exchange.id } },
    h('h3', { id: headingId, text: title }),
    dl,
  );
}

/**
 * A one-glance table of the run: who, what you did and its grade. On a phone its rows stack
 * (classroom.css); the explicit roles keep it a table for screen readers when they do.
 */
function summaryTable(debrief: Debrief): HTMLElement {
  const rows = debrief.exchanges.flatMap((x) =>
    x.moves.map((move) =>
      h(
        'tr',
        { attrs: { role: 'row' } },
        h('th', { attrs: { scope: 'row', role: 'rowheader' }, text: exchangeName(x) }),
        h('td', { attrs: { role: 'cell' } }, moveSummary(move), ' ', gradeBadge(move.grade)),
      ),
    ),
  );
  return h(
    'table',
    { class: 'debrief__summary', attrs: { role: 'table' } },
    h('caption', { text: m().debrief.glance }),
    h(
      'thead',
      { attrs: { role: 'rowgroup' } },
      h(
        'tr',
        { attrs: { role: 'row' } },
        h('th', { attrs: { scope: 'col', role: 'columnheader' }, text: m().debrief.exchange }),
        h('th', { attrs: { scope: 'col', role: 'columnheader' }, text: m().debrief.moveAndGrade }),
      ),
    ),
    h('tbody', { attrs: { role: 'rowgroup' } }, ...rows),
  );
}

function promptsView(debrief: Debrief): Child {
  if (debrief.prompts.length === 0) return null;
  return h(
    'section',
    { class: 'debrief__critique', attrs: { 'aria-labelledby': 'debrief-critique' } },
    h('h3', { id: 'debrief-critique', text: m().debrief.critique }),
    h('p', { text: m().debrief.critiqueHelp }),
    ...debrief.prompts.map((p) =>
      h('div', { class: 'debrief__prompt' }, h('h4', { text: p.title }), h('p', { text: p.text }), ...p.sources.map(quoteView)),
    ),
  );
}

export function openDebrief(engine: DebateEngine, reports: RunReports, actions: DebriefActions): DialogHandle {
  const debrief = reports.debrief(engine);
  let dialog: DialogHandle | null = null;
  let closed = false;
  const close = () => dialog?.close();
  const status = h('p', { class: 'debrief__status', attrs: { role: 'status' } });
  const ending = debrief.ending;
  const body = h(
    'div',
    { class: 'prose debrief' },
    h('p', {
      text: m().debrief.intro,
    }),
    ending ? h('p', {}, h('strong', { text: m().debrief.ending }), ending.title, m().debrief.roomEnded(metersText(debrief.meters, undefined, m().documents))) : h('p', { text: m().debrief.stillGoing(metersText(debrief.meters, undefined, m().documents)) }),
    h(
      'div',
      { class: 'debrief__actions' },
      h('button', { class: 'primary', text: m().debrief.transcript, attrs: { type: 'button' }, on: { click: () => { close(); actions.transcript(); } } }),
      actions.aboutSource ? h('button', { text: m().debrief.aboutSource, attrs: { type: 'button' }, on: { click: () => actions.aboutSource?.() } }) : null,
    ),
    debrief.exchanges.length > 0 ? summaryTable(debrief) : h('p', { text: m().debrief.noExchange }),
    status,
  );
  const sections = debrief.exchanges.map((x) => exchangeView(reports.cast, x, actions, close));
  append(body, ...sections, promptsView(debrief));
  dialog = openDialog(m().debrief.title, body);
  dialog.element.classList.add('dialog--document');
  void dialog.closed.then(() => {
    closed = true;
  });

  // Fill in each "what else" as it is worked out.
  const redraw = (move: GradedMove) => {
    const exchange = debrief.exchanges.find((x) => x.moves.includes(move));
    const old = body.querySelector(`.debrief__alternative[data-decision="${move.decision}"]`);
    if (exchange && old) old.replaceWith(alternativeView(exchange, move, actions, close));
  };
  const pending = debrief.exchanges.flatMap((x) => x.moves).filter((m) => m.alternative === undefined);
  if (pending.length > 0) {
    status.textContent = m().debrief.workingAll;
    void reports.complete(engine, redraw, () => closed).then((done) => {
      if (done) status.textContent = m().debrief.allChecked;
    });
  }
  return dialog;
}
