// The boot module: tiny, so the HTML loading screen shows at once. It loads the game (Phaser,
// inkjs and the story) as a separate chunk and reports loading progress on that screen.

const loading = document.getElementById('loading');
const statusLine = loading?.querySelector('.loading__text');

function showProgress(fraction: number): void {
  if (statusLine) statusLine.textContent = `Setting the table… ${Math.round(fraction * 100)}%`;
}

function showFailure(error: unknown): void {
  console.error(error);
  if (!statusLine) return;
  statusLine.textContent = 'The game could not start in this browser. Reload the page to try again.';
  statusLine.classList.add('loading__error');
}

import('./app/start.ts')
  .then(async ({ start }) => {
    const app = document.getElementById('app');
    if (app) app.hidden = false;
    await start(showProgress);
    loading?.remove();
  })
  .catch(showFailure);
