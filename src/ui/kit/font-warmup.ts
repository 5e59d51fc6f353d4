// The font sizes the title and the first decision draw text at, laid out out of sight while the
// loading screen shows, one per idle moment. Why: the first time a page lays text out at a size (and a
// weight, and a slant) it has not used before, Chromium on Linux asks the browser's font service for
// that size's render style, a synchronous call (~1-4 ms at 4x CPU each); the title has 7 such sizes
// and the first decision 13, each paid inside the task that shows them (the title's, the click's,
// the first line's). Laid out here, each in a small task of its own, they are cached by then.
// tests/e2e/title.e2e.ts holds this list to the sizes those screens use (at 100% text).

export type FontUse = readonly [sizeRem: number, weight: 400 | 700, style: 'normal' | 'italic'];

/** What the English loading screen lays out itself (its title, subtitle and status line). */
export const LOADING_SCREEN_FONTS: readonly FontUse[] = [
  [2.4, 700, 'normal'],
  [1.15, 400, 'normal'],
  [1, 400, 'normal'],
];

/** The rest of what the title and the first decision's screen use, as play.css sets them. */
export const FIRST_SCREENS_FONTS: readonly FontUse[] = [
  // The title.
  [2.2, 700, 'normal'],
  [1.1, 700, 'normal'],
  [1, 700, 'normal'],
  [0.9, 400, 'normal'],
  [0.9, 700, 'normal'],
  // The first line and the first decision.
  [0.95, 400, 'normal'],
  [0.95, 700, 'normal'],
  [0.85, 400, 'normal'],
  [0.85, 700, 'normal'],
  [0.8, 400, 'normal'],
  [0.8, 700, 'normal'],
  [0.72, 700, 'normal'],
  [1.05, 700, 'normal'],
  [0.9, 400, 'italic'],
  [0.95, 400, 'italic'],
];

/**
 * Lays `sample` out at each of `fonts`, one per idle moment (so the game's chunks, still being
 * fetched and run, never wait for it: laid out a frame at a time, the frames it added cost the title
 * ~60 ms at full speed), in a box no one sees or hears; then removes the box. Each is measured at
 * once (a layout of the contained box only), not left to a frame.
 */
export function warmFonts(doc: Document, sample: string, fonts = FIRST_SCREENS_FONTS): void {
  const win = doc.defaultView;
  if (!win) return;
  const whenIdle = (task: () => void) =>
    typeof win.requestIdleCallback === 'function' ? win.requestIdleCallback(task) : win.setTimeout(task, 0);
  const box = doc.createElement('div');
  box.className = 'font-warmup';
  box.setAttribute('aria-hidden', 'true');
  doc.body.append(box);
  const left = [...fonts];
  const next = () => {
    const font = left.shift();
    if (!font) {
      box.remove();
      return;
    }
    const [rem, weight, style] = font;
    const span = doc.createElement('span');
    span.textContent = sample;
    span.style.fontSize = `${rem}rem`;
    span.style.fontWeight = String(weight);
    span.style.fontStyle = style;
    box.append(span);
    void span.offsetWidth;
    whenIdle(next);
  };
  whenIdle(next);
}
