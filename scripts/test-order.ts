// The order the unit test files start in (vitest.config.ts's sequence.sequencer).
//
// Vitest starts the longest files first only once its cache (node_modules/.vite) has timed them. A
// fresh clone, which is what CI runs, has no cache, and Vitest falls back on the largest file first:
// in a fresh-clone run here the two longest files (the saves property test and the parallel walk)
// started 100 s and 263 s into a 300 s phase, and the walk ran alone at the end.
//
// And with isolate: false a worker process is kept for the next file only when that file asks for
// the same environment: the few happy-dom files, scattered among the node ones, made Vitest stop
// and start a worker 13 times in one run (each new one loads inkjs, the catalogues and the story
// modules again), where grouping them needs two more workers in all.
//
// So: node files first, then happy-dom files; within each, the files known to be long first (longest
// first, from the CPU time of each file measured here), then Vitest's own order. A file missing
// from the list only starts later; a stale list costs time, never a test.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Unit test files over ~2 CPU-s, longest first (CPU-s of each file, unit phase, Dec 2026). */
export const LONG_FILES = [
  'tests/unit/story.test.ts', // 21.8
  'src/debate/persistence/saves.property.test.ts', // 21.7
  'tests/unit/readers.property.test.ts', // 17.7
  'tests/unit/walk-parallel.test.ts', // 12.1 (two walk threads of its own)
  'tests/unit/translation-check.test.ts', // 8.5
  'tests/unit/story-check.test.ts', // 8.0
  'src/debate/documents/debrief.test.ts', // 4.9
  'scripts/ink/story-map.test.ts', // 4.1
  'src/debate/persistence/link.test.ts', // 3.2
  'src/i18n/fa.test.ts', // 3.0
  'tests/unit/lint-rules.test.ts', // 2.3
];

/** The environment a test file asks for in its docblock (`@vitest-environment x`), else node. */
export function environmentOf(file: string): string {
  const head = readFileSync(file, 'utf8').slice(0, 2000);
  return /@vitest-environment\s+([\w-]+)/.exec(head)?.[1] ?? 'node';
}

/**
 * Orders files: node before any other environment (grouped by name), then by LONG_FILES, then in
 * the order given. `files` are paths relative to `root`.
 */
export function startOrder<T>(files: T[], relativePath: (file: T) => string, environment: (file: T) => string): T[] {
  const rank = (file: T) => {
    const i = LONG_FILES.indexOf(relativePath(file));
    return i < 0 ? LONG_FILES.length : i;
  };
  const envRank = (env: string) => (env === 'node' ? '' : env);
  return files
    .map((file, i) => ({ file, i, env: envRank(environment(file)), rank: rank(file) }))
    .sort((a, b) => (a.env < b.env ? -1 : a.env > b.env ? 1 : 0) || a.rank - b.rank || a.i - b.i)
    .map((x) => x.file);
}

export class UnitTestOrder extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const root = this.ctx.config.root;
    return startOrder(
      sorted,
      (spec) => path.relative(root, spec.moduleId).split(path.sep).join('/'),
      (spec) => environmentOf(spec.moduleId),
    );
  }
}
