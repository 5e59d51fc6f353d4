// Focus moved just before the next frame is drawn, instead of at once.
//
// focus() makes the browser lay the page out inside the call (Chromium needs the new screen's
// layout to focus in it, even with preventScroll): the first layout of the debate screen, of the
// title, of a decision's moves. Called in the task that built that screen, it put the layout into
// the click's or the key's task (a click's task of ~51 ms at 4x CPU, ~30 ms of it this layout).
// In the next animation frame the layout is the one that frame does anyway, in a task of its own.
//
// A player who moves focus in between (Tab, a click) keeps it: focus moves only if it is still
// where it was, or fell to the page when its element left the screen.

interface Pending {
  target: HTMLElement;
  from: Element | null;
  options: FocusOptions | undefined;
}

let pending: Pending | null = null;

/** Focuses `target` before the next frame is drawn, unless the player has moved focus meanwhile. */
export function focusBeforeNextFrame(target: HTMLElement, options?: FocusOptions): void {
  const scheduled = pending !== null;
  // The latest request wins: a screen shown after another in the same task takes the focus.
  pending = { target, from: document.activeElement, options };
  if (scheduled) return;
  requestAnimationFrame(() => {
    const request = pending;
    pending = null;
    if (!request || !request.target.isConnected) return;
    const now = document.activeElement;
    const moved = now !== request.from && now !== null && now !== document.body;
    if (!moved) request.target.focus(request.options);
  });
}
