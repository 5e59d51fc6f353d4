// Vite settings for the custom Phaser build (src/game/lite/phaser-lite.ts): `phaser` resolves to
// that entry, `phaser-src/` to Phaser's CommonJS sources, and Phaser's build-time feature flags
// become literals so the minifier drops what the game never runs (WebGL, sound, debug, 3D camera
// and Facebook plugins). Phaser's own webpack build does the same with DefinePlugin.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const phaserSrc = path.join(root, 'node_modules/phaser/src');

/**
 * Phaser modules the stage never runs, replaced by stand-ins (src/game/lite/stubs/): Phaser's core
 * requires them whatever the game uses. Keyed by path under phaser/src, without `.js`.
 */
const STUBS: Record<string, string> = {
  'input/InputManager': 'InputManager.cjs',
  'animations/AnimationManager': 'AnimationManager.cjs',
  'gameobjects/tilesprite/TileSprite': 'TileSprite.cjs',
  'gameobjects/components/FilterList': 'FilterList.cjs',
  'textures/DynamicTexture': 'DynamicTexture.cjs',
  'renderer/webgl': 'webgl.cjs',
  'renderer/webgl/index': 'webgl.cjs',
};

/** The stand-in for a relative require inside Phaser's sources, or null. */
function stubFor(source: string, importer: string | undefined): string | null {
  if (!importer || !source.startsWith('.') || !importer.includes(`${path.sep}phaser${path.sep}src${path.sep}`)) return null;
  const target = path.relative(phaserSrc, path.resolve(path.dirname(importer), source)).replace(/\\/g, '/').replace(/\.js$/, '');
  const stub = STUBS[target];
  return stub ? path.join(root, 'src/game/lite/stubs', stub) : null;
}

const FLAGS: Record<string, boolean> = {
  // The stage draws with the Canvas renderer (src/game/stage.ts): WebGL is a third of Phaser.
  WEBGL_RENDERER: false,
  CANVAS_RENDERER: true,
  WEBGL_DEBUG: false,
  FEATURE_SOUND: false,
  PLUGIN_CAMERA3D: false,
  PLUGIN_FBINSTANT: false,
  EXPERIMENTAL: false,
};
const FLAG_PATTERN = new RegExp(`typeof (${Object.keys(FLAGS).join('|')})\\b`, 'g');

export const phaserLiteAliases = [
  { find: /^phaser$/, replacement: `${root}src/game/lite/phaser-lite.ts` },
  { find: /^phaser-src\//, replacement: `${root}node_modules/phaser/src/` },
];

/**
 * Work Phaser does when its modules load that a Canvas-only stage never needs. Its device check
 * creates a WebGL context to see whether one can be had (tens of milliseconds, a long task on a
 * slow laptop, for an answer the Canvas renderer never asks); the same test's side finding (image
 * data as a Uint8ClampedArray) is true in every browser the game runs in.
 */
const SOURCE_PATCHES: { file: RegExp; find: string; replace: string }[] = [
  {
    file: /[\\/]device[\\/]Features\.js$/,
    find: 'Features.webGL = testWebGL();',
    replace: 'Features.webGL = false; isUint8 = typeof Uint8ClampedArray !== "undefined";',
  },
];

/** Replaces the feature flags in one of Phaser's source files; null when there is nothing to do. */
export function replaceFlags(code: string, id: string): { code: string; map: null } | null {
  if (!/node_modules[\\/]phaser[\\/]src[\\/].*\.js$/.test(id)) return null;
  let replaced = code.includes('typeof ') ? code.replace(FLAG_PATTERN, (_, flag: string) => String(FLAGS[flag])) : code;
  for (const patch of SOURCE_PATCHES) {
    if (!patch.file.test(id)) continue;
    if (!replaced.includes(patch.find)) throw new Error(`phaser-lite: ${id} no longer has "${patch.find}" (Phaser changed: update SOURCE_PATCHES)`);
    replaced = replaced.replace(patch.find, patch.replace);
  }
  return replaced === code ? null : { code: replaced, map: null };
}

/** The flags for the build (and for any Phaser source the dev server serves untouched). */
export function phaserFlags(): Plugin {
  return { name: 'round-table:phaser-flags', enforce: 'pre', resolveId: stubFor, transform: replaceFlags };
}

/**
 * The same flags for the dev server's dependency pre-bundling, which runs its own bundler and
 * none of Vite's plugins: without them `npm run dev` kept the WebGL debug branch and its
 * `require('phaser3spectorjs')`, and the stage failed to start.
 */
export const phaserFlagsForDeps = { name: 'round-table:phaser-flags-deps', resolveId: stubFor, transform: replaceFlags };
