// Registers the service worker that keeps the game playable offline after a first visit (see
// scripts/offline-plugin.ts). Only in a production build, only where the browser allows workers
// (a secure context), and only after the first screen is up, so it never competes with it.
// A failure changes nothing for this visit: the game simply needs the network next time too.
export function registerOfflineWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register('./sw.js').catch((error: unknown) => {
    console.warn('Offline play is not available in this browser:', error);
  });
}
