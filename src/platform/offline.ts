// Registers the service worker that keeps the game playable offline after a first visit (see
// scripts/offline-plugin.ts), and tells the game when a new version has installed and waits. Only
// in a production build, only where the browser allows workers (a secure context), and only after
// the first screen is up, so it never competes with it. A failure changes nothing for this visit:
// the game simply needs the network next time too.
import { trustedWorkerUrl } from './trusted-types.ts';

/** Must match scripts/offline-plugin.ts SKIP_WAITING. */
const SKIP_WAITING = 'round-table:skip-waiting';
/** How often a tab left open checks for a new version when it is looked at again. */
const CHECK_EVERY_MS = 10 * 60 * 1000;

export interface OfflineWorker {
  /** Calls back once a new version is installed and waiting for this page to let it in. */
  onUpdateReady(listener: () => void): void;
  /** Lets the waiting version take over, then reloads the page (the player chose to). */
  applyUpdate(): void;
}

export function registerOfflineWorker(): OfflineWorker {
  const listeners: (() => void)[] = [];
  let registration: ServiceWorkerRegistration | null = null;
  let ready = false;
  const tell = () => {
    if (ready) return;
    ready = true;
    for (const listener of listeners) listener();
  };
  const worker: OfflineWorker = {
    onUpdateReady(listener) {
      listeners.push(listener);
      if (ready) listener();
    },
    applyUpdate() {
      const waiting = registration?.waiting;
      if (!waiting) {
        location.reload();
        return;
      }
      navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
      waiting.postMessage(SKIP_WAITING);
    },
  };
  // No worker on file://, where browsers refuse it, nor from the single-file build (npm run
  // build:single, and the SCORM package made from it), which has none: served over http (a school's
  // server, an LMS) it would ask the host for a sw.js that is not there.
  if (!import.meta.env.PROD || import.meta.env.MODE === 'single' || !('serviceWorker' in navigator) || location.protocol === 'file:') return worker;

  // A waiting worker is news only for a page some worker already serves (a first visit installs one).
  const watch = (reg: ServiceWorkerRegistration) => {
    registration = reg;
    if (reg.waiting && navigator.serviceWorker.controller) tell();
    reg.addEventListener('updatefound', () => {
      const installing = reg.installing;
      installing?.addEventListener('statechange', () => {
        if (installing.state === 'installed' && navigator.serviceWorker.controller) tell();
      });
    });
    let checked = Date.now();
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState !== 'visible' || Date.now() - checked < CHECK_EVERY_MS) return;
      checked = Date.now();
      reg.update().catch(() => undefined);
    });
  };
  navigator.serviceWorker
    .register(trustedWorkerUrl())
    .then(watch)
    .catch((error: unknown) => {
      console.warn('Offline play is not available in this browser:', error);
    });
  return worker;
}
