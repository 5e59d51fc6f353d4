import { defineConfig, type Plugin } from 'vite';
import { inkPlugin } from './scripts/ink/vite-plugin-ink.ts';
import { storyMapPlugin } from './scripts/ink/vite-plugin-story-map.ts';
import { earlyScreenPlugin } from './scripts/early-screen.ts';
import { docPlugin } from './scripts/markdown/vite-plugin-doc.ts';
import { offlinePlugin } from './scripts/offline-plugin.ts';
import { phaserFlags, phaserFlagsForDeps, phaserLiteAliases } from './scripts/phaser-lite.ts';
import { policyPlugin } from './scripts/policy.ts';

/** The boot module's chunk (src/main.ts, the entry of index.html): Vite names it after the page. */
const isBootModule = (chunk: string) => /(^|\/)index-[\w-]+\.js$/.test(chunk);

/**
 * The stage's chunk and the chunks it imports (less those of the chunk that imports the stage, which
 * are loaded already), noted from the bundle (stageChunksPlugin) before Vite writes the preload
 * lists. The stage loads as Phaser's modules a group per task (phaser-in-tasks), then the stage's
 * chunk; left to the browser, that was three fetches one after another (phaser-in-tasks, then
 * Phaser, then the stage), each a round trip that waits for a core on a busy machine. Preloaded
 * with phaser-in-tasks, they are fetched together, and evaluated as before.
 */
const stageChunks: string[] = [];
const isPhaserInTasks = (chunk: string) => /(^|\/)phaser-in-tasks-[\w-]+\.js$/.test(chunk);
function stageChunksPlugin(): Plugin {
  return {
    name: 'round-table:stage-chunks',
    enforce: 'pre',
    generateBundle(_options, bundle) {
      const closure = (file: string, into = new Set<string>()) => {
        const chunk = bundle[file];
        if (chunk?.type !== 'chunk' || into.has(file)) return into;
        into.add(file);
        for (const i of chunk.imports) closure(i, into);
        return into;
      };
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      const stage = chunks.find((c) => /[\\/]src[\\/]game[\\/]stage\.ts$/.test(c.facadeModuleId ?? ''));
      const host = chunks.find((c) => c.dynamicImports.includes(stage?.fileName ?? ''));
      const loaded = host ? closure(host.fileName) : new Set<string>();
      stageChunks.length = 0;
      if (stage) stageChunks.push(...[...closure(stage.fileName)].filter((f) => !loaded.has(f)));
    },
  };
}

/** Which chunks a dynamic import preloads: none from the boot module; the stage's with phaser-in-tasks. */
export function preloadsOf(file: string, deps: string[], hostId: string, stage: readonly string[] = stageChunks): string[] {
  if (isBootModule(hostId)) return [];
  if (isPhaserInTasks(file)) return [...new Set([...deps, ...stage])];
  return deps;
}

// `vite build --mode single` (npm run build:single) builds the game as one file to open from a USB
// stick or a downloads folder: every asset inlined, one script, no offline worker (none runs on
// file://); scripts/single-file.ts then inlines the script and styles into the page.
export default defineConfig(({ mode }) => {
  const single = mode === 'single';
  return {
    base: './',
    plugins: [stageChunksPlugin(), policyPlugin(), earlyScreenPlugin(), docPlugin(), inkPlugin(), storyMapPlugin(), phaserFlags(), ...(single ? [] : [offlinePlugin()])],
    // Only the parts of Phaser the stage uses (scripts/phaser-lite.ts): about half of stock Phaser.
    resolve: { alias: phaserLiteAliases },
    define: { global: 'globalThis' },
    optimizeDeps: { rolldownOptions: { plugins: [phaserFlagsForDeps] } },
    build: {
      target: 'es2022',
      // Small assets inline as data: URLs; the CSP allows data: for images only, so keep audio and
      // fonts as files. The single file inlines everything.
      assetsInlineLimit: single ? () => true : (file: string) => (/\.(webm|mp3|woff2?)$/.test(file) ? false : undefined),
      // Every browser the game runs in preloads modules itself: no polyfill in the boot module. And
      // the boot module asks for the game's chunks without preload links: writing them into the page
      // (the game's chunk and its six imports, the content's) was one task of ~120 ms at 4x CPU
      // while the title loads; the browser finds a chunk's imports itself once it has arrived.
      modulePreload: single ? false : { polyfill: false, resolveDependencies: (file, deps, { hostId, hostType }) => (hostType === 'js' ? preloadsOf(file, deps, hostId) : deps) },
      ...(single && { outDir: 'dist-single', cssCodeSplit: false }),
      rolldownOptions: {
        output: single
          ? { codeSplitting: false }
          : {
              codeSplitting: {
                groups: [{ name: 'phaser', test: /node_modules[\\/]phaser/ }],
              },
            },
      },
    },
  };
});
