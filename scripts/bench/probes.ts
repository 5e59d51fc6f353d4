// Scripts the bench injects into pages (as functions, so the page's CSP, which forbids inline
// script, does not apply: Playwright runs them through the DevTools protocol).

declare global {
  interface Window {
    __firstChoice?: number;
    __firstFrame?: number;
    __rafCallbacks?: number;
    __latency?: { ms: number; frames: number }[];
    __armLatency?: () => void;
  }
}

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
    [...document.querySelectorAll<HTMLButtonElement>('button')].filter((b) => /The (full|short) table/.test(b.textContent ?? ''));
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
 * Key press to next line: from the keydown's timestamp to the first animation frame after the
 * dialogue panel changes, in milliseconds and in frames (animation frames begun since the key).
 */
export function latencyProbe(): void {
  window.__latency = [];
  const dialogue = document.getElementById('dialogue');
  if (!dialogue) throw new Error('no #dialogue');
  let pressedAt = -1;
  let frames = 0;
  let changed = false;
  const tick = () => {
    if (pressedAt < 0) return;
    frames++;
    if (changed) {
      window.__latency?.push({ ms: performance.now() - pressedAt, frames });
      pressedAt = -1;
      return;
    }
    requestAnimationFrame(tick);
  };
  window.__armLatency = () => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Enter') return;
      window.removeEventListener('keydown', onKey, true);
      pressedAt = event.timeStamp;
      frames = 0;
      changed = false;
      requestAnimationFrame(tick);
    };
    window.addEventListener('keydown', onKey, true);
  };
  new MutationObserver(() => {
    if (pressedAt >= 0) changed = true;
  }).observe(dialogue, { subtree: true, childList: true, characterData: true });
}

/** Where the debate stands, read from the DOM (the dialogue marks a line still revealing). */
export function lineState(): 'revealing' | 'waiting' | 'choices' | 'ending' | 'other' {
  if (document.getElementById('ending-heading')) return 'ending';
  if (document.querySelector('#choices button[data-choice]')) return 'choices';
  if (document.querySelector('#dialogue .dialogue__text[data-revealed="false"]')) return 'revealing';
  return document.querySelector('#dialogue .dialogue__next') ? 'waiting' : 'other';
}
