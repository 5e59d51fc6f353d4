// The branch map as a picture: an SVG flowchart laid out as a tidy tree (d3-hierarchy), the start on
// the left, one box per decision reached, edges labelled with the move taken, the live path lit and
// the choices never taken shown as a locked "?". Pan with a drag or the arrow keys; zoom with the
// wheel, a pinch, + and -, or the buttons. Every decision is a focusable button.
import { hierarchy, tree as tidyTree, type HierarchyPointNode } from 'd3-hierarchy';
import type { BranchNode, BranchTree } from '../../../debate/branches/branches.ts';
import type { ChoiceView } from '../../../debate/core/events.ts';
import { m } from '../../../i18n/index.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
const NODE_W = 176;
const NODE_H = 58;
const COLUMN = 330;
const ROW = 86;
const LOCK_R = 20;
const MIN_ZOOM = 0.15;
const MAX_ZOOM = 3;
const PAN_STEP = 80;

type Datum = { kind: 'node'; node: BranchNode; via?: ChoiceView } | { kind: 'locked'; count: number };

export interface PictureText {
  /** Short words on the box (who had the floor, or the ending). */
  nodeTitle(node: BranchNode): string;
  /** Everything a screen reader should hear about the decision. */
  nodeLabel(node: BranchNode): string;
  /** Short words on an edge (the move or card). */
  edgeLabel(choice: ChoiceView): string;
}

export interface PictureActions {
  /** A click, tap, Enter or Space on a decision. */
  select(node: BranchNode, byKeyboard: boolean): void;
  /** A double click on a decision: jump straight there. */
  activate(node: BranchNode): void;
}

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number> = {},
  text?: string,
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, String(value));
  if (text !== undefined) el.textContent = text;
  return el;
}

const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

export class MapPicture {
  readonly element: HTMLDivElement;
  private readonly canvas: SVGGElement;
  private readonly svgRoot: SVGSVGElement;
  private readonly boxes = new Map<BranchNode, SVGGElement>();
  private readonly positions = new Map<BranchNode, { x: number; y: number }>();
  private bounds = { minX: 0, minY: 0, maxX: 0, maxY: 0 };
  private view = { x: 0, y: 0, k: 1 };
  private readonly pointers = new Map<number, { x: number; y: number }>();
  private dragged = 0;
  private selected: BranchNode | null = null;
  private readonly cleanups: (() => void)[] = [];

  constructor(
    readonly tree: BranchTree,
    private readonly text: PictureText,
    private readonly actions: PictureActions,
    helpId: string,
  ) {
    this.svgRoot = svg('svg', { class: 'map-picture__svg', width: '100%', height: '100%' });
    this.canvas = svg('g');
    this.svgRoot.append(this.canvas);
    this.element = document.createElement('div');
    this.element.className = 'map-picture';
    this.element.tabIndex = 0;
    this.element.setAttribute('role', 'group');
    this.element.setAttribute('aria-label', m().mapPicture.pictureLabel);
    this.element.setAttribute('aria-describedby', helpId);
    this.element.append(this.svgRoot);
    this.draw();
    this.listen();
  }

  // ---- view -------------------------------------------------------------------------------------

  zoomBy(factor: number, around?: { x: number; y: number }): void {
    const k = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, this.view.k * factor));
    const c = around ?? { x: this.element.clientWidth / 2, y: this.element.clientHeight / 2 };
    this.view.x = c.x - ((c.x - this.view.x) * k) / this.view.k;
    this.view.y = c.y - ((c.y - this.view.y) * k) / this.view.k;
    this.view.k = k;
    this.apply();
  }

  panBy(dx: number, dy: number): void {
    this.view.x += dx;
    this.view.y += dy;
    this.apply();
  }

  /** Shows the whole tree (never larger than life). */
  fit(): void {
    const w = this.element.clientWidth || 800;
    const h = this.element.clientHeight || 500;
    const b = this.bounds;
    const margin = 40;
    const k = Math.max(MIN_ZOOM, Math.min(1, (w - margin) / (b.maxX - b.minX), (h - margin) / (b.maxY - b.minY)));
    this.view = {
      k,
      x: w / 2 - ((b.minX + b.maxX) / 2) * k,
      y: h / 2 - ((b.minY + b.maxY) / 2) * k,
    };
    this.apply();
  }

  /** Centres a decision at the current zoom (or 1). */
  centreOn(node: BranchNode, zoom = this.view.k): void {
    const p = this.positions.get(node);
    if (!p) return;
    const w = this.element.clientWidth || 800;
    const h = this.element.clientHeight || 500;
    this.view = { k: zoom, x: w / 2 - p.x * zoom, y: h / 2 - p.y * zoom };
    this.apply();
  }

  /** The first view: where the debate stands now, else the whole tree. */
  showStart(): void {
    const here = [...this.positions.keys()].find((n) => n.here);
    if (here) this.centreOn(here, 1);
    else this.fit();
  }

  get zoom(): number {
    return this.view.k;
  }

  select(node: BranchNode | null): void {
    if (this.selected) this.boxes.get(this.selected)?.classList.remove('map-node--selected');
    this.selected = node;
    if (node) {
      const box = this.boxes.get(node);
      box?.classList.add('map-node--selected');
      box?.setAttribute('aria-pressed', 'true');
    }
    for (const [n, box] of this.boxes) if (n !== node) box.setAttribute('aria-pressed', 'false');
  }

  focusNode(node: BranchNode): void {
    this.boxes.get(node)?.focus({ preventScroll: true });
  }

  destroy(): void {
    for (const cleanup of this.cleanups) cleanup();
  }

  private apply(): void {
    const { x, y, k } = this.view;
    this.canvas.setAttribute('transform', `translate(${x.toFixed(1)} ${y.toFixed(1)}) scale(${k.toFixed(4)})`);
    this.element.dataset.zoom = k.toFixed(2);
  }

  // ---- drawing ----------------------------------------------------------------------------------

  private draw(): void {
    const root = hierarchy<Datum>({ kind: 'node', node: this.tree.root }, (d) => {
      if (d.kind !== 'node') return [];
      const taken = [...d.node.children.entries()]
        .sort(([a], [b]) => a - b)
        .map(([index, child]): Datum => {
          const via = d.node.choices.find((c) => c.index === index);
          return via ? { kind: 'node', node: child, via } : { kind: 'node', node: child };
        });
      const untried = d.node.choices.length - d.node.children.size;
      return untried > 0 ? [...taken, { kind: 'locked', count: untried }] : taken;
    });
    const laid = tidyTree<Datum>()
      .nodeSize([ROW, COLUMN])
      .separation((a, b) => (a.data.kind === 'locked' || b.data.kind === 'locked' ? 0.85 : 1) * (a.parent === b.parent ? 1 : 1.2))(root);
    const edges = svg('g', { class: 'map-edges' });
    const labels = svg('g', { class: 'map-edge-labels', 'aria-hidden': 'true' });
    const nodes = svg('g', { class: 'map-nodes' });
    const at = (n: HierarchyPointNode<Datum>) => ({ x: n.y, y: n.x });
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    // Pre-order, so Tab walks each branch in turn.
    laid.eachBefore((n) => {
      const p = at(n);
      minX = Math.min(minX, p.x - NODE_W / 2);
      maxX = Math.max(maxX, p.x + NODE_W / 2);
      minY = Math.min(minY, p.y - NODE_H / 2 - 24);
      maxY = Math.max(maxY, p.y + NODE_H / 2);
      if (n.parent) this.drawEdge(edges, labels, at(n.parent), p, n.data, n.parent.data);
      if (n.data.kind === 'locked') nodes.append(this.drawLock(p, n.data.count));
      else nodes.append(this.drawNode(p, n.data.node));
    });
    this.bounds = { minX, minY, maxX, maxY };
    this.canvas.append(edges, labels, nodes);
  }

  private drawEdge(
    edges: SVGGElement,
    labels: SVGGElement,
    from: { x: number; y: number },
    to: { x: number; y: number },
    datum: Datum,
    parent: Datum,
  ): void {
    const x1 = from.x + NODE_W / 2;
    const x2 = to.x - (datum.kind === 'locked' ? LOCK_R : NODE_W / 2);
    const xm = (x1 + x2) / 2;
    const live = datum.kind === 'node' && datum.node.live && parent.kind === 'node' && parent.node.live;
    const classes = ['map-edge', live ? 'map-edge--live' : '', datum.kind === 'locked' ? 'map-edge--locked' : ''];
    edges.append(
      svg('path', {
        class: classes.filter(Boolean).join(' '),
        d: `M${x1},${from.y} C${xm},${from.y} ${xm},${to.y} ${x2},${to.y}`,
      }),
    );
    if (datum.kind === 'node' && datum.via) {
      const label = svg('text', { class: `map-edge-label${live ? ' map-edge-label--live' : ''}`, x: x2 - 8, y: to.y - 9, 'text-anchor': 'end' });
      label.textContent = shorten(this.text.edgeLabel(datum.via), 22);
      label.append(svg('title', {}, datum.via.text));
      labels.append(label);
    }
  }

  private drawLock(p: { x: number; y: number }, count: number): SVGGElement {
    const g = svg('g', { class: 'map-lock', 'aria-hidden': 'true' });
    g.append(
      svg('title', {}, m().mapPicture.notTried(count)),
      svg('circle', { cx: p.x, cy: p.y, r: LOCK_R }),
      svg('text', { x: p.x, y: p.y + 6, 'text-anchor': 'middle', class: 'map-lock__mark' }, '?'),
      svg('text', { x: p.x + LOCK_R + 6, y: p.y + 5, class: 'map-lock__count' }, `×${count}`),
    );
    return g;
  }

  private drawNode(p: { x: number; y: number }, node: BranchNode): SVGGElement {
    this.positions.set(node, p);
    const classes = ['map-node'];
    if (node.live) classes.push('map-node--live');
    if (node.here) classes.push('map-node--here');
    if (node.ending) classes.push('map-node--ending');
    const title = shorten(this.text.nodeTitle(node), 19);
    const meters = m().mapPicture.nodeMeters(node.ending ? null : node.path.length + 1, node.meters.audience, node.meters.credibility);
    // The name starts with the words on the node (WCAG 2.5.3, label in name: a speech user says
    // what they see), then says the same in full.
    const visible = [title, meters, node.here ? m().mapPicture.youAreHere : ''].filter(Boolean).join(' ');
    const g = svg('g', {
      class: classes.join(' '),
      tabindex: 0,
      role: 'button',
      'aria-pressed': 'false',
      'aria-label': `${visible}: ${this.text.nodeLabel(node)}`,
      'data-node': node.path.join('.'),
    });
    const x = p.x - NODE_W / 2;
    const y = p.y - NODE_H / 2;
    g.append(
      svg('rect', { class: 'map-node__box', x, y, width: NODE_W, height: NODE_H, rx: node.ending ? 4 : 12 }),
      svg('text', { class: 'map-node__title', x: p.x, y: p.y - 5, 'text-anchor': 'middle' }, title),
      svg('text', { class: 'map-node__meters', x: p.x, y: p.y + 17, 'text-anchor': 'middle' }, meters),
    );
    if (node.here) {
      // The leading space (not drawn: SVG collapses it) keeps "You" from running into the text
      // before it when the node's words are read as one string, as assistive tools do.
      g.append(svg('text', { class: 'map-node__here', x: p.x, y: y - 8, 'text-anchor': 'middle' }, ` ${m().mapPicture.youAreHere}`));
    }
    g.addEventListener('click', () => {
      if (this.dragged > 6) return;
      this.actions.select(node, false);
    });
    g.addEventListener('dblclick', () => this.actions.activate(node));
    g.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        event.stopPropagation();
        this.actions.select(node, true);
      }
    });
    g.addEventListener('focus', () => this.keepInView(p));
    this.boxes.set(node, g);
    return g;
  }

  private keepInView(p: { x: number; y: number }): void {
    const w = this.element.clientWidth;
    const h = this.element.clientHeight;
    const sx = p.x * this.view.k + this.view.x;
    const sy = p.y * this.view.k + this.view.y;
    const margin = 60;
    if (sx < margin || sx > w - margin || sy < margin || sy > h - margin) {
      this.view.x = w / 2 - p.x * this.view.k;
      this.view.y = h / 2 - p.y * this.view.k;
      this.apply();
    }
  }

  // ---- input ------------------------------------------------------------------------------------

  private listen(): void {
    const el = this.element;
    const local = (e: { clientX: number; clientY: number }) => {
      const r = el.getBoundingClientRect();
      return { x: e.clientX - r.left, y: e.clientY - r.top };
    };
    el.addEventListener(
      'wheel',
      (event) => {
        event.preventDefault();
        const lines = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? 400 : 1;
        this.zoomBy(Math.exp((-event.deltaY * lines) / 600), local(event));
      },
      { passive: false },
    );
    el.addEventListener('pointerdown', (event) => {
      if (event.button !== 0) return;
      if (this.pointers.size === 0) this.dragged = 0;
      this.pointers.set(event.pointerId, local(event));
    });
    const move = (event: PointerEvent) => {
      const last = this.pointers.get(event.pointerId);
      if (!last) return;
      const now = local(event);
      if (this.pointers.size === 1) {
        this.dragged += Math.abs(now.x - last.x) + Math.abs(now.y - last.y);
        if (this.dragged > 6) this.panBy(now.x - last.x, now.y - last.y);
      } else if (this.pointers.size === 2) {
        const [other] = [...this.pointers.entries()].filter(([id]) => id !== event.pointerId).map(([, p]) => p);
        if (other) {
          const before = Math.hypot(last.x - other.x, last.y - other.y);
          const after = Math.hypot(now.x - other.x, now.y - other.y);
          const mid = { x: (now.x + other.x) / 2, y: (now.y + other.y) / 2 };
          this.dragged += 100;
          if (before > 0) this.zoomBy(after / before, mid);
          this.panBy((now.x - last.x) / 2, (now.y - last.y) / 2);
        }
      }
      this.pointers.set(event.pointerId, now);
    };
    const up = (event: PointerEvent) => this.pointers.delete(event.pointerId);
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
    window.addEventListener('pointercancel', up);
    this.cleanups.push(() => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      window.removeEventListener('pointercancel', up);
    });
    el.addEventListener('keydown', (event) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const pans: Record<string, [number, number]> = {
        ArrowLeft: [PAN_STEP, 0],
        ArrowRight: [-PAN_STEP, 0],
        ArrowUp: [0, PAN_STEP],
        ArrowDown: [0, -PAN_STEP],
      };
      const pan = pans[event.key];
      if (pan) this.panBy(...pan);
      else if (event.key === '+' || event.key === '=') this.zoomBy(1.25);
      else if (event.key === '-' || event.key === '_') this.zoomBy(0.8);
      else if (event.key === '0') this.fit();
      else return;
      event.preventDefault();
    });
  }
}
