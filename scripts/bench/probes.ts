// Scripts the bench runs inside pages (handed over as functions through the DevTools protocol, so
// the page's CSP, which forbids inline script, does not apply). Each is self-contained: a page
// function cannot close over anything in this file. They read the page as a player sees it (the
// dialogue, the choices, the ending heading); moves are picked by clicking their buttons, so the
// bench does not depend on which key picks which move.

declare global {
  interface Window {
    __firstChoice?: number;
    __firstFrame?: number;
    __firstDecision?: number;
    __decisionPresses?: number;
    __tableClickedAt?: number;
    __firstLineAt?: number;
    __stageShows?: typeof stageShows;
    __rafCallbacks?: number;
    __latency?: { ms: number; frames: number; method: 'element-timing' | 'next-frame' }[];
    __armLatency?: () => void;
    __cancelLatency?: () => void;
    __revealWindow?: Promise<'line' | 'none'>;
  }
}

/** Where the debate stands, read from the DOM (the dialogue marks a line still revealing). */
export function lineState(): 'revealing' | 'waiting' | 'choices' | 'ending' | 'title' | 'other' {
  if (document.getElementById('ending-heading')) return 'ending';
  if (document.querySelector('#choices button[data-choice]')) return 'choices';
  if (document.querySelector('#dialogue .dialogue__text[data-revealed="false"]')) return 'revealing';
  if (document.querySelector('#dialogue .dialogue__next')) return 'waiting';
  const presets = [...document.querySelectorAll('#screen:not([hidden]) button')].some((b) => /The (full|short) table/.test(b.textContent ?? ''));
  return presets ? 'title' : 'other';
}

/** What the page shows of the stage at one animation frame (see stageShows). */
export interface StageSeen {
  /** The hook's stageOnScreen: the scene whose whole picture the canvas last drew, or null. */
  onScreen: string | null;
  /** The canvas's box in the viewport (CSS pixels), or null when there is no canvas. */
  canvas: { left: number; top: number; width: number; height: number } | null;
  /** Whether the canvas is rendered at all (checkVisibility: not display:none, hidden, or transparent). */
  canvasVisible: boolean;
  viewport: { width: number; height: number };
}

/**
 * The bench's rule for "the stage has drawn" a mode: the last frame the canvas drew showed that
 * mode's whole picture (not slices of it built off screen, nor the scene before it still on screen),
 * and the canvas itself is on screen (rendered, not empty, and inside the viewport). A plain
 * function of what was seen, so it is unit-tested (probes.test.ts) and handed to the page as it is
 * (stageShowsScript).
 */
export function stageShows(mode: string, seen: StageSeen): boolean {
  if (seen.onScreen !== mode || !seen.canvas || !seen.canvasVisible) return false;
  const { left, top, width, height } = seen.canvas;
  if (!(width > 0 && height > 0)) return false;
  return left < seen.viewport.width && top < seen.viewport.height && left + width > 0 && top + height > 0;
}

/** An init script that gives the page stageShows as window.__stageShows (page functions cannot import). */
export const stageShowsScript = `window.__stageShows = ${stageShows.toString()};`;

/**
 * Marks the first frame in which the title menu's preset buttons are on screen: present, visible
 * and on top (a hit test at their centre lands on them, so the loading screen no longer covers
 * them). Also counts every requestAnimationFrame callback the page runs.
 */
export function firstChoiceProbe(): void {
  const nativeRaf = window.requestAnimationFrame.bind(window);
  window.__rafCallbacks = 0;
  window.requestAnimationFrame = (callback: FrameRequestCallback) =>
    nativeRaf((time) => {
      window.__rafCallbacks = (window.__rafCallbacks ?? 0) + 1;
      callback(time);
    });
  const onTop = (button: HTMLElement) => {
    if (!button.checkVisibility()) return false;
    const r = button.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return false;
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return !!hit && button.contains(hit);
  };
  const presets = () =>
    [...document.querySelectorAll<HTMLButtonElement>('button')].filter((b) => /The (full|short) table|میز (کامل|کوتاه)/.test(b.textContent ?? ''));
  let armed = false;
  const check = () => {
    if (armed) return;
    const buttons = presets();
    if (buttons.length < 2 || !buttons.every(onTop)) return;
    armed = true;
    observer.disconnect();
    nativeRaf(() => {
      window.__firstChoice = performance.now();
    });
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
}

/**
 * A player who acts at once: clicks "The short table" as soon as the frame that shows it on top has
 * been drawn (while the stage is still loading: __tableClickedAt, and __firstLineAt for the frame
 * that paints the first line), then, one action per frame, presses Enter through the lines and takes
 * the seat, until the first decision with a real move (more than "continue") is on screen and the
 * table's whole picture is (stageShows, which the page must be given: stageShowsScript). Marks that
 * frame's time in __firstDecision.
 *
 * Each action runs in a task of its own, posted from the animation frame that saw what it acts on,
 * so it comes after that frame is drawn, as a person's click or key does: the browser hands input to
 * the page as its own task, never inside a frame. Acting inside the frame's callback put the click's
 * work and the whole frame's layout of the new screen into one task (66 ms at 4x CPU, where the click
 * was 24 ms and the frame 35 ms), and had the player act on a frame before it was on screen.
 */
export function firstDecisionDriver(): void {
  const raf = window.requestAnimationFrame.bind(window);
  const onTop = (el: HTMLElement) => {
    if (!el.checkVisibility()) return false;
    const r = el.getBoundingClientRect();
    const hit = r.width > 0 && r.height > 0 ? document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) : null;
    return !!hit && el.contains(hit);
  };
  const press = (key: string, code: string) =>
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key, code, bubbles: true, cancelable: true }));
  // A task of its own, soon after this frame is drawn (a message's task, not clamped like a timer's).
  const channel = new MessageChannel();
  let queued: (() => void) | null = null;
  channel.port1.onmessage = () => {
    const action = queued;
    queued = null;
    action?.();
    raf(step);
  };
  const act = (action: () => void) => {
    queued = action;
    channel.port2.postMessage(null);
  };
  window.__decisionPresses = 0;
  let started = false;
  const step = () => {
    if (!started) {
      // (In English or in Persian: the bench measures both editions.)
      const short = [...document.querySelectorAll<HTMLButtonElement>('#screen button')].find((b) => /The short table|میز کوتاه/.test(b.textContent ?? ''));
      if (short && onTop(short)) {
        started = true;
        return act(() => {
          window.__tableClickedAt = performance.now();
          short.click();
        });
      }
      raf(step);
      return;
    }
    // The first frame that paints the debate's first line (rAF runs before the frame's paint).
    if (window.__firstLineAt === undefined && document.querySelector('#dialogue .dialogue__text')) window.__firstLineAt = performance.now();
    const choices = [...document.querySelectorAll<HTMLButtonElement>('#choices button[data-choice]')];
    if (choices.length > 0 && choices.every((c) => c.dataset.move === 'continue')) {
      const seat = choices[0];
      return act(() => seat?.click());
    } else if (choices.length > 0 && choices[0]?.checkVisibility()) {
      // The stage has drawn when the table's whole picture is on screen (stageShows), not when it
      // has only drawn something (slices of the picture are built off screen first).
      const canvas = document.querySelector<HTMLCanvasElement>('#table canvas');
      const box = canvas?.getBoundingClientRect();
      const shown = window.__stageShows?.('table', {
        onScreen: (window as unknown as { roundTable?: { stageOnScreen: string | null } }).roundTable?.stageOnScreen ?? null,
        canvas: box ? { left: box.left, top: box.top, width: box.width, height: box.height } : null,
        canvasVisible: canvas?.checkVisibility({ opacityProperty: true, visibilityProperty: true }) ?? false,
        viewport: { width: window.innerWidth, height: window.innerHeight },
      });
      if (shown) {
        window.__firstDecision = performance.now();
        performance.mark('first-decision');
        return;
      }
    } else if (document.querySelector('#dialogue .dialogue__text[data-revealed="false"]')) {
      window.__decisionPresses = (window.__decisionPresses ?? 0) + 1;
      return act(() => press(' ', 'Space'));
    } else if (document.querySelector('#dialogue .dialogue__next')) {
      window.__decisionPresses = (window.__decisionPresses ?? 0) + 1;
      return act(() => press('Enter', 'Enter'));
    }
    raf(step);
  };
  raf(step);
}

/**
 * Key press to the new line on screen. Armed before a press of Enter on a waiting line. `frames`
 * counts the animation frames begun from the key to the frame that lays out and paints the line
 * (the first frame begun after the game put it in the DOM: 1 when the very next frame shows it).
 * `ms` runs from the key event's timestamp to when that paint was presented: every element the game
 * adds to the dialogue is tagged for the Element Timing API, whose renderTime is the presentation
 * time of the frame that first painted it (the earliest of the line's elements counts). Where
 * Chromium gives no paint entry within a second, `ms` falls back to the start of the frame after
 * the painting one (method 'next-frame'); the bench reports how many did.
 */
export function latencyProbe(): void {
  window.__latency = [];
  const dialogue = document.getElementById('dialogue');
  if (!dialogue) throw new Error('no #dialogue');
  interface Pending {
    pressedAt: number;
    ids: Set<string>;
    frames: number;
    paintFrame: number;
    paintedAt: number;
    method: 'element-timing' | 'next-frame';
    fallback: number;
  }
  let pending: Pending | null = null;
  let counter = 0;
  const finish = () => {
    const p = pending;
    if (!p || p.paintFrame === 0 || p.paintedAt === 0) return;
    window.__latency?.push({ ms: p.paintedAt - p.pressedAt, frames: p.paintFrame, method: p.method });
    clearTimeout(p.fallback);
    pending = null;
  };
  const tick = () => {
    const p = pending;
    if (!p || p.paintFrame > 0) return;
    p.frames++;
    // rAF callbacks run before the frame's style, layout and paint: a line already in the DOM is
    // painted in this frame.
    if (p.ids.size > 0) {
      p.paintFrame = p.frames;
      finish();
    } else requestAnimationFrame(tick);
  };
  new PerformanceObserver((list) => {
    const p = pending;
    if (!p || p.paintedAt > 0) return;
    const times = list
      .getEntries()
      .filter((e) => p.ids.has((e as PerformanceEntry & { identifier: string }).identifier))
      .map((e) => (e as PerformanceEntry & { renderTime: number }).renderTime)
      .filter((t) => t > 0);
    if (times.length === 0) return;
    p.paintedAt = Math.min(...times);
    finish();
  }).observe({ type: 'element', buffered: false });
  new MutationObserver((records) => {
    const p = pending;
    if (!p) return;
    for (const r of records) {
      for (const node of r.addedNodes) {
        if (!(node instanceof HTMLElement) || node.parentElement !== dialogue) continue;
        const id = `rt-line-${++counter}`;
        node.setAttribute('elementtiming', id);
        if (p.ids.size === 0) {
          p.fallback = window.setTimeout(() => {
            requestAnimationFrame(() =>
              requestAnimationFrame((t) => {
                if (pending !== p || p.paintedAt > 0) return;
                p.paintedAt = t;
                p.method = 'next-frame';
                finish();
              }),
            );
          }, 1000);
        }
        p.ids.add(id);
      }
    }
  }).observe(dialogue, { childList: true });
  window.__armLatency = () => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Enter') return;
      window.removeEventListener('keydown', onKey, true);
      if (pending) clearTimeout(pending.fallback);
      pending = { pressedAt: event.timeStamp, ids: new Set(), frames: 0, paintFrame: 0, paintedAt: 0, method: 'element-timing', fallback: 0 };
      requestAnimationFrame(tick);
    };
    window.addEventListener('keydown', onKey, true);
  };
  // A press that brought the ending, not a line: nothing to time (the next line, after "Play
  // again", must not be counted against it).
  window.__cancelLatency = () => {
    if (pending) clearTimeout(pending.fallback);
    pending = null;
  };
}

/**
 * One measured window for the CPU figure: marks `reveal:start` when the next key goes down (before
 * the game's handler runs, so the new line's first style, layout and paint are inside), then
 * `reveal:end` once the line it brings is fully revealed, or `reveal:cancel` if the press brought
 * choices or the ending instead of a line.
 */
export function armRevealWindow(): void {
  const dialogue = document.getElementById('dialogue');
  if (!dialogue) throw new Error('no #dialogue');
  const before = dialogue.querySelector('.dialogue__text');
  window.__revealWindow = new Promise((resolve) => {
    const onKey = () => {
      window.removeEventListener('keydown', onKey, true);
      performance.mark('reveal:start');
      const check = () => {
        const text = dialogue.querySelector('.dialogue__text');
        if (text && text !== before && text.getAttribute('data-revealed') !== 'false') {
          performance.mark('reveal:end');
          observer.disconnect();
          resolve('line');
        } else if ((!text || text === before) && (document.querySelector('#choices button[data-choice]') || document.getElementById('ending-heading'))) {
          performance.mark('reveal:cancel');
          observer.disconnect();
          resolve('none');
        }
      };
      const observer = new MutationObserver(check);
      observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-revealed'] });
    };
    window.addEventListener('keydown', onKey, true);
  });
}

/**
 * Plays one whole debate as a player replays one, acting as soon as the page has handled the last action: from the title (or the
 * ending screen: "Play again" for the same table, "Back to the title" for the other) it starts the
 * asked table, then presses Space while a line reveals, Enter when it waits, and clicks a move at
 * each decision, picked by a seeded generator. Returns once the ending is on screen.
 */
export async function playDebate(run: { preset: 'full' | 'short'; seed: number; previous?: 'full' | 'short' }): Promise<number> {
  let s = run.seed >>> 0;
  const random = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const frame = () => new Promise<number>((r) => requestAnimationFrame(r));
  // A quick player: the next line as soon as the page has handled the last one (a task later).
  const soon = () => new Promise<void>((r) => setTimeout(r, 0));
  const button = (re: RegExp) => [...document.querySelectorAll<HTMLButtonElement>('#screen button')].find((b) => re.test(b.textContent ?? ''));
  const press = (key: string, code: string) =>
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key, code, bubbles: true, cancelable: true }));
  const table = run.preset === 'full' ? /The full table/ : /The short table/;
  if (document.getElementById('ending-heading')) {
    if (run.previous === run.preset) button(/Play again/)?.click();
    else button(/Back to the title/)?.click();
    await frame();
  }
  const start = button(table);
  if (start) start.click();
  let decisions = 0;
  await frame();
  for (let i = 0; i < 200_000; i++) {
    await soon();
    if (document.getElementById('ending-heading')) return decisions;
    const choices = [...document.querySelectorAll<HTMLButtonElement>('#choices button[data-choice]')];
    if (choices.length > 0) {
      choices[Math.floor(random() * choices.length)]?.click();
      decisions++;
      continue;
    }
    // A line: Space shows the rest of it, then (once the game's promises have settled, still in
    // this task) Enter moves on; the page paints between one line and the next.
    if (document.querySelector('#dialogue .dialogue__text[data-revealed="false"]')) {
      press(' ', 'Space');
      for (let k = 0; k < 10; k++) await Promise.resolve();
    }
    if (document.querySelector('#dialogue .dialogue__next')) press('Enter', 'Enter');
  }
  throw new Error('the debate did not end');
}
