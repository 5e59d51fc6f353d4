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
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
