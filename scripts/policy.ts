// The Content-Security-Policy, in one place: written into index.html's <meta> at build time (and a
// looser one for the dev server, whose hot reload injects <style> elements), and documented in the
// README as the headers a host should send. Nothing comes from another origin, no eval, no inline
// script or style, and Trusted Types: no string reaches a script sink; the one named policy,
// 'round-table' (src/platform/trusted-types.ts), lets through only the service worker's own URL.
import type { Plugin } from 'vite';

/** The Trusted Types policy the game creates (src/platform/trusted-types.ts must use this name). */
export const TRUSTED_TYPES_POLICY = 'round-table';

const DIRECTIVES: [string, string][] = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  // Phaser turns the SVG art into images through blob: URLs; Vite may inline tiny images as data:.
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self'"],
  ['media-src', "'self' blob: data:"],
  ['connect-src', "'self' data: blob:"],
  ['worker-src', "'self'"],
  ['manifest-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['require-trusted-types-for', "'script'"],
  ['trusted-types', TRUSTED_TYPES_POLICY],
];

/**
 * The policy as text. 'meta' is what index.html carries; 'header' adds what only a header can say
 * (frame-ancestors: no other site may frame the game); 'dev' lets the dev server's hot reload
 * inject styles and its error overlay use innerHTML (never in a build).
 */
export function policyText(kind: 'meta' | 'header' | 'dev'): string {
  const directives = DIRECTIVES.flatMap(([name, value]): [string, string][] => {
    if (kind === 'dev' && name === 'style-src') return [[name, "'self' 'unsafe-inline'"]];
    if (kind === 'dev' && (name === 'require-trusted-types-for' || name === 'trusted-types')) return [];
    return [[name, value]];
  });
  if (kind === 'header') directives.push(['frame-ancestors', "'none'"]);
  return directives.map(([name, value]) => `${name} ${value}`).join('; ');
}

/** The response headers a host should send with every file of the game (documented in the README). */
export function hostHeaders(): [string, string][] {
  return [
    ['Content-Security-Policy', policyText('header')],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'no-referrer'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
  ];
}

const MARKER = '%ROUND_TABLE_POLICY%';

/** Fills the policy into index.html: the strict one in a build, the dev server's in development. */
export function policyPlugin(): Plugin {
  let kind: 'meta' | 'dev' = 'meta';
  return {
    name: 'round-table:policy',
    configResolved(config) {
      kind = config.command === 'serve' ? 'dev' : 'meta';
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        if (!html.includes(MARKER)) throw new Error(`index.html has lost its ${MARKER} marker (the Content-Security-Policy goes there).`);
        return html.replace(MARKER, policyText(kind));
      },
    },
  };
}
