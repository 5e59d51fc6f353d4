import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { inkPlugin } from './scripts/ink/vite-plugin-ink.ts';
import { docPlugin } from './scripts/markdown/vite-plugin-doc.ts';
import { UnitTestOrder } from './scripts/test-order.ts';

export default defineConfig({
  plugins: [inkPlugin(), docPlugin()],
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // English is the words every test starts with (the browser loads a catalogue before any view).
    setupFiles: ['src/i18n/test-setup.ts'],
    // Several tests walk or play the real story; on a shared two-core machine the default 5 s is
    // a guess about load, not a check of anything (speed lives in npm run bench).
    testTimeout: 30_000,
    // Every core: Vitest's default leaves one free, which on a two-core CI machine runs the files
    // one at a time (129 s against 83 s measured).
    maxWorkers: availableParallelism(),
    // Files in a worker share its modules instead of each loading them afresh (inkjs, the compiled
    // stories, the catalogues): 89 s against 100 s wall on the whole suite, measured. A test must
    // not depend on a module being new (src/i18n/format.test.ts warms what others loaded first).
    isolate: false,
    // Long files first and node files before happy-dom ones, in a fresh clone too (test-order.ts).
    sequence: { sequencer: UnitTestOrder },
  },
});
