import { defineConfig } from 'vitest/config';
import { inkPlugin } from './scripts/ink/vite-plugin-ink.ts';

export default defineConfig({
  plugins: [inkPlugin()],
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
