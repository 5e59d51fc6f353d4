// Teacher mode: the complete branch map of the story for either table, computed at build time from
// every reachable state (virtual:story-map, in the edition's words; src/app/content.ts gives it).
// Two views of the same map: a picture of the flow (for the eye; aria-hidden) and nested lists (for
// everyone, screen readers included): each decision with what was just said, every choice with its
// move, card, grade and where it leads, and each ending with the choices that reach it. Loaded on
// demand: the map is its own chunk.
import type { CastSheet } from '../../debate/core/cast.ts';
import { speakerName } from '../../debate/core/cast.ts';
import type { Preset } from '../../debate/core/contract.ts';
import type { MapChoice, MapDecision, PresetMap, StoryMap } from '../../debate/core/story-map.ts';
import { openDialog, type DialogHandle } from '../kit/dialogs.ts';
import { h, uniqueId } from '../kit/dom.ts';
import { keysFor } from '../play/move-keys.ts';
import { afterLabel, endingTitle, gradeWord, moveName, presetTitle, sectionTitle } from './teacher-labels.ts';
import './teachers.css';
import { m } from '../../i18n/index.ts';

const SVG = 'http://www.w3.org/2000/svg';

const decisionNumber = (id: string) => Number(id.slice(1)) + 1;
const anchorId = (preset: Preset, id: string) => `tm-${preset}-${id}`;
const endingAnchor = (preset: Preset, id: string) => `tm-${preset}-end-${id}`;

/** Moves focus to an entry of the map, opening the section it sits in. */
function jumpTo(root: HTMLElement, id: string): void {
  const target = [...root.querySelectorAll<HTMLElement>('[id]')].find((el) => el.id === id);
  if (!target) return;
  for (let el: HTMLElement | null = target; el && el !== root; el = el.parentElement) {
    if (el instanceof HTMLDetailsElement) el.open = true;
  }
  target.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
}

function jumpLink(root: () => HTMLElement, id: string, text: string): HTMLAnchorElement {
  return h('a', {
    text,
    attrs: { href: `#${id}` },
    on: {
      click: (event) => {
        event.preventDefault();
        jumpTo(root(), id);
      },
    },
  });
}

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, String(value));
  if (text !== undefined) el.textContent = text;
  return el;
}

/** A short row label for the picture: the figure's surname, or the section's name. */
function rowLabel(cast: CastSheet, section: string, figure?: MapDecision['figure']): string {
  if (!figure) return sectionTitle(cast, section);
  return speakerName(cast, figure).split(' ').at(-1) ?? figure;
}

/**
 * The flow picture: one row per section, a box per decision, the endings in a column on the right
 * (an early walkout near the exchanges that can cause it, the closing's endings beside the closing).
 */
function flowPicture(cast: CastSheet, map: PresetMap, root: () => HTMLElement): SVGSVGElement {
  const sections = [...new Set(map.decisions.map((d) => d.section))];
  const rowOf = new Map(sections.map((s, i) => [s, i]));
  const colOf = new Map<string, number>();
  for (const s of sections) map.decisions.filter((d) => d.section === s).forEach((d, i) => colOf.set(d.id, i));
  const label = 150;
  const boxW = 96;
  const boxH = 32;
  const gapX = 28;
  const rowH = 52;
  const endW = 230;
  const maxCols = Math.max(1, ...sections.map((s) => map.decisions.filter((d) => d.section === s).length));
  const endX = label + maxCols * (boxW + gapX) + 90;
  const byId = new Map(map.decisions.map((d) => [d.id, d]));
  const rowOfDecision = (id: string) => rowOf.get(byId.get(id)?.section ?? '') ?? 0;
  // Endings reached from earlier rows sit higher; the closing's endings fill the rows above it.
  const endings = [...map.endings].sort(
    (a, b) => Math.min(...a.from.map((f) => rowOfDecision(f.decision))) - Math.min(...b.from.map((f) => rowOfDecision(f.decision))) || a.id.localeCompare(b.id),
  );
  const firstEndRow = Math.max(0, sections.length - endings.length);
  const width = endX + endW + 12;
  const height = 12 + Math.max(sections.length, firstEndRow + endings.length) * rowH;
  const box = (d: MapDecision) => ({ x: label + (colOf.get(d.id) ?? 0) * (boxW + gapX), y: 12 + (rowOf.get(d.section) ?? 0) * rowH });
  const endRowOf = new Map(endings.map((e, i) => [e.id, firstEndRow + i]));
  const endBox = (id: string) => ({ x: endX, y: 12 + (endRowOf.get(id) ?? 0) * rowH });
  const picture = svg('svg', { viewBox: `0 0 ${width} ${height}`, width, height, class: 'tmap__picture', 'aria-hidden': 'true', focusable: 'false' });
  const edges = svg('g', { class: 'tmap__edges' });
  const boxes = svg('g', {});
  picture.append(edges, boxes);
  for (const d of map.decisions) {
    const from = box(d);
    for (const t of new Set(d.choices.flatMap((c) => c.leadsTo))) {
      const target = byId.get(t);
      if (!target) continue;
      const to = box(target);
      const path =
        target.section === d.section
          ? `M${from.x + boxW} ${from.y + boxH / 2} L${to.x} ${to.y + boxH / 2}`
          : `M${from.x + boxW / 2} ${from.y + boxH} C${from.x + boxW / 2} ${from.y + boxH + 14}, ${to.x + boxW / 2} ${to.y - 14}, ${to.x + boxW / 2} ${to.y}`;
      edges.append(svg('path', { d: path, class: 'tmap__edge' }));
    }
    for (const e of new Set(d.choices.flatMap((c) => c.ends))) {
      const to = endBox(e);
      const x0 = from.x + boxW;
      const y0 = from.y + boxH / 2;
      edges.append(
        svg('path', {
          d: `M${x0} ${y0} C${x0 + 60} ${y0}, ${to.x - 60} ${to.y + boxH / 2}, ${to.x} ${to.y + boxH / 2}`,
          class: e === 'walkout' ? 'tmap__edge tmap__edge--early' : 'tmap__edge tmap__edge--end',
        }),
      );
    }
  }
  sections.forEach((s, i) => {
    const figure = map.decisions.find((d) => d.section === s)?.figure;
    // Anchored at its left end in every language (a right-to-left page would anchor it at its right
    // end, off the picture); the other labels are centred.
    boxes.append(svg('text', { x: 8, y: 12 + i * rowH + boxH / 2 + 5, class: 'tmap__row-label', direction: 'ltr' }, rowLabel(cast, s, figure)));
  });
  for (const d of map.decisions) {
    const { x, y } = box(d);
    const g = svg('g', { class: 'tmap__node' });
    g.append(
      svg('title', {}, m().teacherMap.boxTitle(decisionNumber(d.id), sectionTitle(cast, d.section, d.figure), afterLabel(cast, d.after))),
      svg('rect', { x, y, width: boxW, height: boxH, rx: 8 }),
      svg('text', { x: x + boxW / 2, y: y + boxH / 2 + 5, 'text-anchor': 'middle' }, m().teacherMap.boxText(decisionNumber(d.id), d.after ? m().teacherMap.moveInAWord[d.after] : null)),
    );
    g.addEventListener('click', () => jumpTo(root(), anchorId(map.preset, d.id)));
    boxes.append(g);
  }
  for (const e of endings) {
    const { x, y } = endBox(e.id);
    const g = svg('g', { class: 'tmap__node tmap__node--ending' });
    g.append(
      svg('title', {}, m().teacherMap.endingTitle(endingTitle(cast, e.id))),
      svg('rect', { x, y, width: endW, height: boxH, rx: 16 }),
      svg('text', { x: x + endW / 2, y: y + boxH / 2 + 5, 'text-anchor': 'middle' }, endingTitle(cast, e.id)),
    );
    g.addEventListener('click', () => jumpTo(root(), endingAnchor(map.preset, e.id)));
    boxes.append(g);
  }
  return picture;
}

function leadIn(cast: CastSheet, d: MapDecision): HTMLElement {
  const block = h('div', { class: 'tmap__leadin' });
  for (const line of d.leadIn) {
    block.append(
      h(
        'p',
        {},
        h('strong', { text: `${speakerName(cast, line.speaker)}: ` }),
        line.text,
        ' ',
        h('span', { class: 'tmap__source', text: line.dramatized ? m().teacherMap.dramatized : line.sources.length ? `[${m().lists.items(line.sources)}]` : '' }),
      ),
    );
  }
  return block;
}

function choiceItem(cast: CastSheet, map: PresetMap, d: MapDecision, c: MapChoice, root: () => HTMLElement, key: string): HTMLElement {
  const byId = new Map(map.decisions.map((x) => [x.id, x]));
  const cardName = c.card ? (cast.cards[c.card]?.name ?? c.card) : '';
  // The card's name only when the choice does not already say it (Taeb's "Common ground: ..." does not).
  const what = m().lists.parts([moveName(cast, c.move), cardName && cardName !== c.text ? m().teacherMap.card(cardName) : ''].filter(Boolean));
  const item = h(
    'li',
    { class: 'tmap__choice' },
    // The key the student presses for it, the same at every decision ("press 2 against Sediqi").
    h('span', { class: 'tmap__choice-text' }, key ? h('kbd', { class: 'tmap__key', text: key }) : null, key ? ' ' : null, c.text),
    h('span', { class: 'tmap__meta', text: ` — ${what}` }),
    c.grades.length ? h('span', { class: 'tmap__grade', text: m().teacherMap.gradeOr(c.grades.map((g) => gradeWord(g))) }) : null,
  );
  const leads = h('p', { class: 'tmap__leads' });
  if (c.leadsTo.length > 0) {
    leads.append(m().teacherMap.leadsTo);
    c.leadsTo.forEach((id, i) => {
      const target = byId.get(id);
      if (i > 0) leads.append(', ');
      leads.append(
        jumpLink(root, anchorId(map.preset, id), m().teacherMap.decisionLink(decisionNumber(id), target ? sectionTitle(cast, target.section, target.figure) : null, target ? afterLabel(cast, target.after) : null)),
      );
    });
  }
  if (c.ends.length > 0) {
    leads.append(c.leadsTo.length > 0 ? m().teacherMap.orEnds : m().teacherMap.ends);
    c.ends.forEach((e, i) => {
      if (i > 0) leads.append(', ');
      leads.append(jumpLink(root, endingAnchor(map.preset, e), endingTitle(cast, e)));
    });
  }
  const ruledOut = d.reachable.filter((e) => !c.reachable.includes(e));
  if (ruledOut.length > 0) leads.append(m().teacherMap.rulesOut(ruledOut.map((e) => endingTitle(cast, e))));
  if (leads.childNodes.length > 0) item.append(leads);
  return item;
}

export function presetView(cast: CastSheet, map: PresetMap, storyHash: string): HTMLElement {
  const view = h('section', { class: 'tmap__view', attrs: { 'data-preset': map.preset } });
  const root = () => view;
  const sections = [...new Set(map.decisions.map((d) => d.section))];
  view.append(
    h('h3', { text: m().teacherMap.heading(presetTitle(map.preset), map.decisions.length, map.endings.length) }),
    h('p', {
      class: 'tmap__note',
      text: m().teacherMap.workedOut(map.states, storyHash),
    }),
    h('div', { class: 'tmap__picture-holder' }, flowPicture(cast, map, root)),
    h('p', { class: 'tmap__note', text: m().teacherMap.pictureNote }),
  );

  const endings = h('ul', { class: 'tmap__endings' });
  for (const e of map.endings) {
    const sources = h('ul', {});
    const byDecision = new Map<string, number[]>();
    for (const f of e.from) byDecision.set(f.decision, [...(byDecision.get(f.decision) ?? []), f.choice]);
    for (const [id, choices] of byDecision) {
      const d = map.decisions.find((x) => x.id === id);
      if (!d) continue;
      sources.append(
        h(
          'li',
          {},
          jumpLink(root, anchorId(map.preset, id), m().teacherMap.fromDecision(decisionNumber(id), sectionTitle(cast, d.section, d.figure), afterLabel(cast, d.after))),
          `: ${m().lists.items(choices.map((i) => m().lists.quoted(d.choices[i]?.text ?? String(i))))}`,
        ),
      );
    }
    const count = e.from.length;
    endings.append(
      h(
        'li',
        { id: endingAnchor(map.preset, e.id), attrs: { 'data-ending': e.id, tabindex: -1 } },
        h('strong', { text: endingTitle(cast, e.id) }),
        m().teacherMap.endStates(e.id, e.states),
        h('details', {}, h('summary', { text: m().teacherMap.leadsHere(count, byDecision.size) }), sources),
      ),
    );
  }
  view.append(h('h3', { text: m().teacherMap.endings }), endings);

  const list = h('ol', { class: 'tmap__sections' });
  for (const s of sections) {
    const decisions = map.decisions.filter((d) => d.section === s);
    const first = decisions[0];
    const inner = h('ol', { class: 'tmap__decisions' });
    for (const d of decisions) {
      const headingId = uniqueId('tmap-decision');
      inner.append(
        h(
          'li',
          { id: anchorId(map.preset, d.id), class: 'tmap__decision', attrs: { tabindex: -1, 'aria-labelledby': headingId, 'data-decision': d.id } },
          h('h5', { id: headingId, text: m().teacherMap.decisionHeading(decisionNumber(d.id), afterLabel(cast, d.after), d.id === map.start) }),
          leadIn(cast, d),
          h('ul', { class: 'tmap__choices' }, ...d.choices.map((c, i) => choiceItem(cast, map, d, c, root, keysFor(d.choices)[i]?.label ?? ''))),
          h('p', { class: 'tmap__reach', text: m().teacherMap.stillPossible(d.reachable.map((e) => endingTitle(cast, e))) }),
        ),
      );
    }
    list.append(
      h(
        'li',
        {},
        h(
          'details',
          { attrs: { open: s === sections[0] } },
          h('summary', {}, h('h4', { class: 'tmap__section-title', text: m().teacherMap.sectionTitle(sectionTitle(cast, s, first?.figure), decisions.length) })),
          inner,
        ),
      ),
    );
  }
  view.append(
    h('h3', { text: m().teacherMap.decisions }),
    h('div', { class: 'tmap__tools' },
      h('button', { text: m().teacherMap.openAll, attrs: { type: 'button' }, on: { click: () => view.querySelectorAll('details').forEach((d) => (d.open = true)) } }),
      h('button', { text: m().teacherMap.closeAll, attrs: { type: 'button' }, on: { click: () => view.querySelectorAll('.tmap__sections details').forEach((d) => ((d as HTMLDetailsElement).open = false)) } }),
    ),
    list,
  );
  return view;
}

export function openTeacherMap(cast: CastSheet, map: StoryMap): DialogHandle {
  const holder = h('div', { class: 'tmap' });
  const name = uniqueId('tmap-preset');
  const picker = h('fieldset', { class: 'field tmap__picker' }, h('legend', { text: m().teacherMap.whichTable }));
  const show = (preset: Preset) => {
    const presetMap = map.presets.find((p) => p.preset === preset);
    holder.replaceChildren(presetMap ? presetView(cast, presetMap, map.storyHash) : h('p', { text: m().teacherMap.notInMap }));
  };
  for (const p of map.presets) {
    const id = uniqueId('tmap-preset-option');
    const input = h('input', { id, attrs: { type: 'radio', name, value: p.preset, checked: p.preset === map.presets[0]?.preset }, on: { change: () => show(p.preset) } });
    picker.append(h('div', { class: 'field--row' }, input, h('label', { attrs: { for: id }, text: presetTitle(p.preset) })));
  }
  const dialog = openDialog(
    m().teacherMap.title,
    h('p', { text: m().teacherMap.help }),
    picker,
    holder,
  );
  dialog.element.classList.add('dialog--wide');
  if (map.presets[0]) show(map.presets[0].preset);
  return dialog;
}
