// npm run build:single, second step: after `vite build --mode single` (every asset already inlined
// as data: URLs, one script, one stylesheet), put the script, the stylesheet and the icon into the
// page itself: dist-single/round-table.html, one file that plays from a USB stick or a downloads
// folder as file://. The Content-Security-Policy stays as strict as the site's: the inline script
// and style are allowed by their SHA-256 hashes (never 'unsafe-inline'), still no eval, and fonts
// come from data: URLs. No service worker: none runs on file://.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const SINGLE_DIR = path.resolve('dist-single');
export const SINGLE_FILE = path.join(SINGLE_DIR, 'round-table.html');

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Makes the single file from the built page; returns its size in bytes. */
export function inlineSingleFile(dir = SINGLE_DIR, out = path.join(dir, 'round-table.html')): number {
  const pagePath = path.join(dir, 'index.html');
  let html = readFileSync(pagePath, 'utf8');
  const local = (ref: string) => path.join(dir, ref.replace(/^\.?\//, ''));

  const scripts = [...html.matchAll(/<script type="module" crossorigin src="([^"]+)"><\/script>/g)];
  if (scripts.length !== 1) throw new Error(`Expected one module script in ${pagePath}, found ${scripts.length}: build with --mode single.`);
  const styles = [...html.matchAll(/<link rel="stylesheet" crossorigin href="([^"]+)">/g)];
  if (styles.length !== 1) throw new Error(`Expected one stylesheet in ${pagePath}, found ${styles.length}.`);

  // "</script" inside the code would end the element early; "<\/script" means the same in JS text.
  const script = readFileSync(local(scripts[0]?.[1] ?? ''), 'utf8').replace(/<\/script/gi, '<\\/script');
  const style = readFileSync(local(styles[0]?.[1] ?? ''), 'utf8').replace(/<\/style/gi, '<\\/style');
  if (/\bimport\s*\(\s*["'`]\.{0,2}\//.test(script)) throw new Error('The single file still imports another file: build with --mode single.');

  html = html
    .replace(scripts[0]?.[0] ?? '', () => '')
    .replace(styles[0]?.[0] ?? '', () => `<style>${style}</style>`)
    // The script goes last in <body>, where a deferred module script would have run: after the DOM.
    .replace('</body>', () => `<script type="module">${script}</script>\n  </body>`);
  html = html.replace(/<link rel="icon" href="([^"]+\.svg)" type="image\/svg\+xml" \/>/, (_, ref: string) => {
    const svg = readFileSync(local(ref));
    return `<link rel="icon" href="data:image/svg+xml;base64,${svg.toString('base64')}" type="image/svg+xml" />`;
  });

  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)" \/>/.exec(html);
  if (!policy?.[1]) throw new Error('The page has no Content-Security-Policy to adapt.');
  const adapted = policy[1]
    .replace("script-src 'self'", `script-src ${hash(script)}`)
    .replace("style-src 'self'", `style-src ${hash(style)}`)
    .replace("font-src 'self'", "font-src 'self' data:")
    .replace("img-src 'self' data: blob:", "img-src 'self' data: blob:");
  if (adapted.includes("'unsafe-inline'") || adapted.includes("'unsafe-eval'")) throw new Error('The single file must not allow unsafe-inline or unsafe-eval.');
  html = html.replace(policy[1], () => adapted);
  writeFileSync(out, html);
  return Buffer.byteLength(html);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve('scripts/single-file.ts')) {
  if (!existsSync(path.join(SINGLE_DIR, 'index.html'))) throw new Error('dist-single/index.html is missing: run "vite build --mode single" first (npm run build:single does).');
  const bytes = inlineSingleFile();
  // Only the one file is the product; the intermediate files go.
  rmSync(path.join(SINGLE_DIR, 'assets'), { recursive: true, force: true });
  rmSync(path.join(SINGLE_DIR, 'index.html'), { force: true });
  console.log(`Wrote ${path.relative(process.cwd(), SINGLE_FILE)}: one file, ${(bytes / 1024 / 1024).toFixed(2)} MB. Open it in a browser (file:// works).`);
}
