import { defineConfig } from 'vitest/config';
import { inkPlugin } from './scripts/ink/vite-plugin-ink.ts';
import { docPlugin } from './scripts/markdown/vite-plugin-doc.ts';

export default defineConfig({
  plugins: [inkPlugin(), docPlugin()],
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
