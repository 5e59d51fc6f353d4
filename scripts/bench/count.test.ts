// Which files the bench's byte figures count.
import { describe, expect, it } from 'vitest';
import { buildPath, bytesOf, kindOf, requestedBy, servedBy, transferredBytes, type BuildFiles } from './count.ts';

const files: BuildFiles = new Map([
  ['index.html', { bytes: 3000, gzip: 1000 }],
  ['assets/index-a1.js', { bytes: 9000, gzip: 3000 }],
  ['assets/phaser-b2.js', { bytes: 90000, gzip: 30000 }],
  ['assets/index-c3.css', { bytes: 800, gzip: 200 }],
  ['assets/atkinson latin.woff2', { bytes: 500, gzip: 480 }],
  ['assets/gavel-d4.webm', { bytes: 700, gzip: 650 }],
  ['sw.js', { bytes: 400, gzip: 150 }],
]);

describe('which files count', () => {
  it('maps URL paths to build files: the folder is its index.html, queries and escapes are dropped', () => {
    expect(buildPath('/')).toBe('index.html');
    expect(buildPath('./')).toBe('index.html');
    expect(buildPath('/index.html?play=1#x')).toBe('index.html');
    expect(buildPath('/assets/atkinson%20latin.woff2')).toBe('assets/atkinson latin.woff2');
    expect(buildPath('./assets/index-a1.js')).toBe('assets/index-a1.js');
    expect(buildPath('/%E0%A4%A')).toBe('%E0%A4%A');
  });

  it('sorts files by kind', () => {
    expect(['x.html', 'x.js', 'x.mjs', 'x.css', 'x.woff2', 'x.mp3', 'x.webm', 'x.svg', 'x.json'].map(kindOf)).toEqual([
      'html',
      'js',
      'js',
      'css',
      'fonts',
      'audio',
      'audio',
      'images',
      'other',
    ]);
  });

  it('counts each build file once, however often fetched, and nothing that is not in the build', () => {
    const bytes = bytesOf(files, ['/', '/index.html', '/assets/index-a1.js', '/assets/index-a1.js?v=2', '/favicon.ico', '/assets/gavel-d4.webm']);
    expect(bytes).toMatchObject({ html: 1000, js: 3000, audio: 650, css: 0, fonts: 0, total: 4650, files: 3 });
    expect(bytes.outside).toEqual(['/favicon.ico']);
  });

  it('counts repeats in the transferred total (a server without caching sends them again)', () => {
    expect(transferredBytes(files, ['/', '/sw.js', '/assets/phaser-b2.js', './assets/phaser-b2.js', '/nope.js'])).toBe(1000 + 150 + 30000 * 2);
  });

  it('counts what the page requested by the moment, from its own origin only, the document included', () => {
    const origin = 'http://127.0.0.1:4000';
    const entries = [
      { name: `${origin}/assets/index-a1.js`, startTime: 10 },
      { name: 'http://elsewhere.example/x.js', startTime: 11 },
      { name: `${origin}/assets/phaser-b2.js`, startTime: 300 },
      { name: `${origin}/assets/index-c3.css`, startTime: 300.5 },
    ];
    expect(requestedBy(entries, origin, 300)).toEqual(['/', '/assets/index-a1.js', '/assets/phaser-b2.js']);
    expect(bytesOf(files, requestedBy(entries, origin, 100)).total).toBe(4000);
  });

  it('counts what the server had sent by a moment, the offline worker’s fetches included', () => {
    const log = [
      { path: '/', at: 1000 },
      { path: '/assets/index-a1.js', at: 1010 },
      { path: '/sw.js', at: 2000 },
      { path: '/assets/phaser-b2.js', at: 2100 },
    ];
    expect(servedBy(log, 2000)).toEqual(['/', '/assets/index-a1.js', '/sw.js']);
    expect(bytesOf(files, servedBy(log)).total).toBe(1000 + 3000 + 150 + 30000);
  });
});
