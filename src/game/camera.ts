// The studio camera. It frames a seat by moving the finished picture (a CSS transform on the
// canvas), never by drawing it again: a cut is one style change and a push-in is an animation the
// browser's compositor runs, so neither costs the page a frame of work. Reduced motion cuts only.
import type { Framing } from './layout.ts';

/** How far a slow push-in closes in after a cut, and how long it takes. */
export const PUSH = { zoom: 1.06, ms: 2400 };
/** Pulling back to the wide shot. */
const WIDEN_MS = 700;

export class Camera {
  private current: Framing | null = null;
  private animation: Animation | null = null;

  constructor(
    private readonly canvas: HTMLCanvasElement,
    /** The canvas's own size in pixels (what a framing is measured in). */
    private readonly size: () => { width: number; height: number },
  ) {
    canvas.style.transformOrigin = '0 0';
  }

  /** Cuts to `framing`; with motion, then pushes slowly in. */
  cut(framing: Framing, motion: boolean): void {
    this.stop();
    this.current = framing;
    const from = this.transform(framing);
    if (!motion || framing.w >= this.size().width) {
      this.canvas.style.transform = from;
      return;
    }
    const to = this.transform(pushed(framing));
    this.canvas.style.transform = to;
    this.animation = this.animate(from, to, PUSH.ms, 'cubic-bezier(0.25, 0.1, 0.3, 1)');
  }

  /** Eases (or, without motion, cuts) to `framing`: back to the wide shot for a decision. */
  ease(framing: Framing, motion: boolean): void {
    if (this.current && same(this.current, framing)) return;
    const from = this.canvas.style.transform || this.transform(framing);
    this.stop();
    this.current = framing;
    const to = this.transform(framing);
    this.canvas.style.transform = to;
    if (motion) this.animation = this.animate(from, to, WIDEN_MS, 'ease-in-out');
  }

  reset(): void {
    this.stop();
    this.current = null;
    this.canvas.style.transform = '';
  }

  private stop(): void {
    this.animation?.cancel();
    this.animation = null;
  }

  private animate(from: string, to: string, ms: number, easing: string): Animation | null {
    if (typeof this.canvas.animate !== 'function') return null;
    return this.canvas.animate([{ transform: from }, { transform: to }], { duration: ms, easing });
  }

  /** The CSS transform that shows `f` filling the canvas's box. */
  private transform(f: Framing): string {
    const { width } = this.size();
    const k = width / f.w;
    if (!(k > 1.0001)) return 'none';
    const cssW = this.canvas.clientWidth || width;
    const cssPerPx = cssW / width;
    const x = -f.x * cssPerPx * k;
    const y = -f.y * cssPerPx * k;
    // eslint-disable-next-line round-table/words-from-catalogue -- a CSS transform, not words
    return `translate(${x.toFixed(2)}px, ${y.toFixed(2)}px) scale(${k.toFixed(4)})`;
  }
}

function pushed(f: Framing): Framing {
  const w = f.w / PUSH.zoom;
  const h = f.h / PUSH.zoom;
  return { x: f.x + (f.w - w) / 2, y: f.y + (f.h - h) * 0.4, w, h };
}

function same(a: Framing, b: Framing): boolean {
  return Math.abs(a.x - b.x) < 0.5 && Math.abs(a.y - b.y) < 0.5 && Math.abs(a.w - b.w) < 0.5;
}
