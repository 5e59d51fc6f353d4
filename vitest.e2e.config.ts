import { defineConfig } from 'vitest/config';

// Browser tests: they build nothing themselves (npm run test:e2e builds first), serve dist/ on
// loopback and drive Debian's Chromium through playwright-core.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
