// Serves the story map to the game as `import storyMap from 'virtual:story-map'`. The map comes
// from walking every state of the story (scripts/ink/story-map.ts), which takes most of a minute
// on the full table, so it is cached on disk under a key made of the story build's hash and the
// source of the code that computes it: an unchanged story builds instantly, and a changed story
// or a changed walk is never served a stale map. Teacher mode imports it lazily, so the module is
// its own chunk and the first screen never waits for it.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { STORY_MAP_FORMAT, type StoryMap } from '../../src/debate/core/story-map.ts';
import { compileInkFile } from './compile.ts';
import { buildStoryMapInParallel, translateStoryMap, withoutReplay } from './story-map.ts';

export const STORY_MAP_MODULE = 'virtual:story-map';
/** The Persian edition's map: the same map, its words read from story/fa (translateStoryMap). */
export const PERSIAN_STORY_MAP_MODULE = 'virtual:story-map/fa';
const RESOLVED = `\0${STORY_MAP_MODULE}`;
const RESOLVED_FA = `\0${PERSIAN_STORY_MAP_MODULE}`;

const here = path.dirname(fileURLToPath(import.meta.url));
/** The code whose behaviour shapes the map: a change to any of it invalidates the cache. */
const MAP_SOURCES = [
  path.join(here, 'walk.ts'),
  // The story check saves the map from its parallel walk (the same graphs, tested).
  path.join(here, 'walk-parallel.ts'),
  path.join(here, 'walk-worker.ts'),
  path.join(here, 'story-map.ts'),
  path.join(here, '../../src/debate/core/story-map.ts'),
  path.join(here, '../../src/debate/core/signature.ts'),
  path.join(here, '../../src/debate/core/tags.ts'),
];

export interface StoryMapPluginOptions {
  /** The story's main file (default story/main.ink). */
  main?: string;
  /** The Persian story's main file (default story/fa/main.ink). */
  persianMain?: string;
  /** Where computed maps are kept (default node_modules/.cache/round-table). */
  cacheDir?: string;
}

export function storyMapCacheFile(cacheDir: string, storyHash: string): string {
  const key = createHash('sha256').update(`${STORY_MAP_FORMAT}\n${storyHash}\n`);
  for (const file of MAP_SOURCES) key.update(existsSync(file) ? readFileSync(file) : file);
  return path.join(cacheDir, `story-map-${storyHash}-${key.digest('hex').slice(0, 12)}.json`);
}

/**
 * The map of the story in `mainFile`: from the cache when it is there, else walked (on every core,
 * reporting progress through `log` every few seconds) and cached.
 */
export async function loadStoryMap(mainFile: string, cacheDir: string, log: (message: string) => void = () => undefined): Promise<{ map: StoryMap; files: string[]; cached: boolean }> {
  const compiled = compileInkFile(mainFile);
  const file = storyMapCacheFile(cacheDir, compiled.hash);
  if (existsSync(file)) {
    try {
      const map = JSON.parse(readFileSync(file, 'utf8')) as StoryMap;
      if (map.storyHash === compiled.hash && map.format === STORY_MAP_FORMAT) return { map, files: compiled.files, cached: true };
    } catch {
      // A damaged cache file is rebuilt below.
    }
  }
  const started = performance.now();
  const elapsed = () => ((performance.now() - started) / 1000).toFixed(0);
  log('story map: working out every state of the story for teacher mode (once per story change; cached afterwards)');
  let lastReport = started;
  const map = await buildStoryMapInParallel(compiled.json, compiled.hash, (preset, states) => {
    if (performance.now() - lastReport < 2000) return;
    lastReport = performance.now();
    log(`story map: ${preset ?? 'the story'}: ${states} states so far (${elapsed()} s)`);
  });
  log(`story map: walked every state of the story in ${((performance.now() - started) / 1000).toFixed(1)} s (cached for later builds)`);
  saveStoryMap(cacheDir, map, log);
  return { map, files: compiled.files, cached: false };
}

/**
 * Caches a map for later builds. The story check calls it with the map of the walk it has just
 * made, so `npm test` walks the story once, not again when it builds.
 */
export function saveStoryMap(cacheDir: string, map: StoryMap, log: (message: string) => void = () => undefined): void {
  const file = storyMapCacheFile(cacheDir, map.storyHash);
  try {
    mkdirSync(cacheDir, { recursive: true });
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, JSON.stringify(map));
    renameSync(partial, file);
  } catch (error) {
    log(`story map: could not cache the map (${String(error)}); the next build walks again`);
  }
}

/** Where the build looks for cached maps unless told otherwise. */
export const DEFAULT_CACHE_DIR = 'node_modules/.cache/round-table';

export function storyMapPlugin(options: StoryMapPluginOptions = {}): Plugin {
  const main = path.resolve(options.main ?? 'story/main.ink');
  const persianMain = path.resolve(options.persianMain ?? 'story/fa/main.ink');
  let loading: ReturnType<typeof loadStoryMap> | null = null;
  const cacheDir = path.resolve(options.cacheDir ?? DEFAULT_CACHE_DIR);
  return {
    name: 'round-table:story-map',
    resolveId(id) {
      return id === STORY_MAP_MODULE ? RESOLVED : id === PERSIAN_STORY_MAP_MODULE ? RESOLVED_FA : null;
    },
    async load(id) {
      if (id !== RESOLVED && id !== RESOLVED_FA) return null;
      // A story that does not compile is reported by the ink plugin with file and line; here it
      // simply fails the module.
      // Both editions' maps come from one walk: the second module waits for the first's.
      loading ??= loadStoryMap(main, cacheDir, (message) => this.info(message)).finally(() => (loading = null));
      const { map, files } = await loading;
      for (const file of files) this.addWatchFile(file);
      let shipped = map;
      if (id === RESOLVED_FA) {
        // The walk is the English story's (the two are one program): replaying its paths in the
        // Persian story takes well under a second.
        const persian = compileInkFile(persianMain);
        for (const file of persian.files) this.addWatchFile(file);
        shipped = translateStoryMap(map, persian.json);
      }
      // JSON.parse of a string literal is faster for the browser than a large object literal.
      return { code: `export default JSON.parse(${JSON.stringify(JSON.stringify(withoutReplay(shipped)))});\n`, map: null };
    },
  };
}
