import { defineConfig } from 'vitest/config';
import { inkPlugin } from './scripts/ink/vite-plugin-ink.ts';

// Browser tests: they build nothing themselves (npm run test:e2e builds first), serve dist/ on
// loopback and drive Debian's Chromium through playwright-core.
export default defineConfig({
  // Browser tests compare the page with the engine run in Node on the same story.
  plugins: [inkPlugin()],
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    // The tests read the game's words from the catalogue (English unless a test loads another).
    setupFiles: ['src/i18n/test-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Two files at a time: a browser test waits on the page much of the time, so one file at a
    // time leaves a core idle. On four files (table, replay, storage, classroom) on this two-core
    // machine: 139 s one at a time, 104 s two at a time, for the same CPU time (143 s and 146 s).
    // Every file has its own browser and server and works on its own copies (dev, offline, update),
    // so none depends on another.
    fileParallelism: true,
    maxWorkers: 2,
    // A worker runs its files one after another in one process, so they share its Chromium
    // (harness.ts, sharedBrowser) and its warm tabs instead of each launching its own.
    isolate: false,
  },
});
