// The two builds the bench compares: the production game (this project's vite.config.ts) and a
// stock Phaser hello world of the same Phaser version, written to a scratch folder and built with
// Vite's defaults, so the comparison tracks whatever Phaser and Vite the project has installed.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

export interface Built {
  dir: string;
  /** Every file of the build, by path relative to `dir`, with its gzip -9 size. */
  files: Map<string, { bytes: number; gzip: number }>;
}

export const gzipSize = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

function listFiles(dir: string): Map<string, { bytes: number; gzip: number }> {
  const out = new Map<string, { bytes: number; gzip: number }>();
  const walk = (sub: string) => {
    for (const name of readdirSync(path.join(dir, sub))) {
      const rel = sub ? `${sub}/${name}` : name;
      const full = path.join(dir, rel);
      if (statSync(full).isDirectory()) walk(rel);
      else {
        const data = readFileSync(full);
        out.set(rel, { bytes: data.length, gzip: gzipSize(data) });
      }
    }
  };
  walk('');
  return out;
}

/** Builds the game exactly as `npm run build` does, into `outDir`. */
export async function buildGame(root: string, outDir: string): Promise<Built> {
  await build({
    root,
    configFile: path.join(root, 'vite.config.ts'),
    logLevel: 'error',
    build: { outDir, emptyOutDir: true },
  });
  return { dir: outDir, files: listFiles(outDir) };
}

const HELLO_HTML = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Phaser hello world</title></head>
  <body><script type="module" src="./main.js"></script></body>
</html>
`;

// The stock hello world: the whole Phaser package, one scene drawing a text. The flag marks the
// first frame after the scene exists, the same moment the game's first-choice probe waits for.
const HELLO_MAIN = `import Phaser from 'phaser';

class Hello extends Phaser.Scene {
  create() {
    this.add.text(40, 40, 'Hello, world', { fontSize: '32px', color: '#ffffff' });
    requestAnimationFrame(() => { window.__firstFrame = performance.now(); });
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#0e1522', scene: Hello });
`;

/**
 * Writes and builds the hello world. Its source lives under the project's node_modules/.cache so
 * that `import 'phaser'` resolves to the project's own Phaser, with no alias and no custom build.
 */
export async function buildHelloWorld(root: string, outDir: string): Promise<Built> {
  const src = path.join(root, 'node_modules/.cache/round-table-bench/hello');
  rmSync(src, { recursive: true, force: true });
  mkdirSync(src, { recursive: true });
  writeFileSync(path.join(src, 'index.html'), HELLO_HTML);
  writeFileSync(path.join(src, 'main.js'), HELLO_MAIN);
  await build({
    root: src,
    configFile: false,
    base: './',
    logLevel: 'error',
    build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 5000 },
  });
  return { dir: outDir, files: listFiles(outDir) };
}

export function phaserVersion(root: string): string {
  return (JSON.parse(readFileSync(path.join(root, 'node_modules/phaser/package.json'), 'utf8')) as { version: string }).version;
}
