// Which files a figure counts, and how many bytes they weigh: pure functions over a build's file
// list, so the bench's byte figures are unit-tested (count.test.ts).
import path from 'node:path';

export type Kind = 'html' | 'js' | 'css' | 'fonts' | 'audio' | 'images' | 'other';

/** A build's files by path relative to its folder ('index.html', 'assets/x.js'), with gzip -9 sizes. */
export type BuildFiles = ReadonlyMap<string, { bytes: number; gzip: number }>;

export function kindOf(file: string): Kind {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.html') return 'html';
  if (ext === '.js' || ext === '.mjs') return 'js';
  if (ext === '.css') return 'css';
  if (['.woff', '.woff2', '.ttf', '.otf'].includes(ext)) return 'fonts';
  if (['.webm', '.mp3', '.ogg', '.wav', '.m4a'].includes(ext)) return 'audio';
  if (['.svg', '.png', '.jpg', '.jpeg', '.webp', '.gif', '.ico'].includes(ext)) return 'images';
  return 'other';
}

/**
 * A requested URL path as a file of the build: no query or fragment, percent-decoded, no leading
 * slash; a folder ('/', './', 'sub/') is its index.html.
 */
export function buildPath(urlPath: string): string {
  let p = urlPath.replace(/[?#].*$/, '');
  try {
    p = decodeURIComponent(p);
  } catch {
    // A malformed escape is kept as it came; it will simply match no file.
  }
  p = p.replace(/^\.?\/+/, '');
  if (p === '' || p.endsWith('/')) p += 'index.html';
  return p;
}

export interface Bytes extends Record<Kind, number> {
  /** gzip bytes of every counted file. */
  total: number;
  /** How many distinct files of the build were counted. */
  files: number;
  /** Requested paths that are not files of this build (a 404, another origin's file): not counted. */
  outside: string[];
}

/**
 * The gzip bytes of the build files among `requested` (URL paths), each file counted once however
 * often it was fetched: what a server with ordinary HTTP caching sends. Paths that are not files of
 * the build count nothing and are listed in `outside`.
 */
export function bytesOf(files: BuildFiles, requested: readonly string[]): Bytes {
  const byKind: Record<Kind, number> = { html: 0, js: 0, css: 0, fonts: 0, audio: 0, images: 0, other: 0 };
  const seen = new Set<string>();
  const outside = new Set<string>();
  for (const url of requested) {
    const file = buildPath(url);
    const entry = files.get(file);
    if (!entry) {
      outside.add(url);
      continue;
    }
    if (seen.has(file)) continue;
    seen.add(file);
    byKind[kindOf(file)] += entry.gzip;
  }
  const total = Object.values(byKind).reduce((a, b) => a + b, 0);
  return { ...byKind, total, files: seen.size, outside: [...outside] };
}

/** gzip bytes of every fetch of a build file, repeats included: what a server without caching sends. */
export function transferredBytes(files: BuildFiles, requested: readonly string[]): number {
  return requested.reduce((sum, url) => sum + (files.get(buildPath(url))?.gzip ?? 0), 0);
}

/** A resource the page fetched, from the Resource Timing API: URL and start, in page milliseconds. */
export interface ResourceEntry {
  name: string;
  startTime: number;
}

/**
 * The same-origin paths the page had requested by `at` (page milliseconds), the document first:
 * the files a figure that stops at `at` counts.
 */
export function requestedBy(entries: readonly ResourceEntry[], origin: string, at: number): string[] {
  const paths = entries
    .filter((e) => e.startTime <= at && new URL(e.name).origin === origin)
    .map((e) => new URL(e.name).pathname);
  return ['/', ...paths];
}

/** One request the bench's server answered: the path and when it arrived (epoch milliseconds). */
export interface ServedRequest {
  path: string;
  at: number;
}

/** The paths of the requests the server had received by `until` (epoch ms; all when omitted). */
export function servedBy(log: readonly ServedRequest[], until = Infinity): string[] {
  return log.filter((r) => r.at <= until).map((r) => r.path);
}
