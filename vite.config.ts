import { defineConfig } from 'vite';
import { inkPlugin } from './scripts/ink/vite-plugin-ink.ts';
import { storyMapPlugin } from './scripts/ink/vite-plugin-story-map.ts';
import { docPlugin } from './scripts/markdown/vite-plugin-doc.ts';
import { offlinePlugin } from './scripts/offline-plugin.ts';
import { phaserFlags, phaserFlagsForDeps, phaserLiteAliases } from './scripts/phaser-lite.ts';
import { policyPlugin } from './scripts/policy.ts';

export default defineConfig({
  base: './',
  plugins: [policyPlugin(), docPlugin(), inkPlugin(), storyMapPlugin(), phaserFlags(), offlinePlugin()],
  // Only the parts of Phaser the stage uses (scripts/phaser-lite.ts): about half of stock Phaser.
  resolve: { alias: phaserLiteAliases },
  define: { global: 'globalThis' },
  optimizeDeps: { rolldownOptions: { plugins: [phaserFlagsForDeps] } },
  build: {
    target: 'es2022',
    // Small assets inline as data: URLs; the CSP allows data: for images only, so keep audio and
    // fonts as files.
    assetsInlineLimit: (file) => (/\.(webm|mp3|woff2?)$/.test(file) ? false : undefined),
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: 'phaser', test: /node_modules[\\/]phaser/ }],
        },
      },
    },
  },
});
