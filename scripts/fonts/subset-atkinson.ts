// Makes the English text font's first-load files: Atkinson Hyperlegible (npm
// @fontsource/atkinson-hyperlegible, SIL Open Font Licence) cut down to printable ASCII and the
// other characters the English words use (story/, src/i18n/en.ts and en-dialogs.ts), as woff2, in
// src/ui/kit/fonts/, and src/ui/kit/atkinson.css, which declares them for exactly those characters
// and the package's whole Latin file for the rest of its range. A page fetches the small file; the
// whole one only when it shows a character outside it (a student's name with an accent, say), so no
// glyph is lost.
// Run it after the English words change:
//   npx tsx scripts/fonts/subset-atkinson.ts
// and commit what it writes.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import subsetFont from 'subset-font';

const require = createRequire(import.meta.url);
const WEIGHTS = [400, 700] as const;
const OUT = 'src/ui/kit/fonts';
/**
 * Without TrueType hinting: its instructions are ~40% of a subset (10.8 KB a weight with them, ~6 KB
 * without). Browsers on macOS, iOS and Android ignore them and Google Fonts leaves them out for every
 * system but Windows; ChromeOS and Linux draw the glyphs from their outlines with light vertical
 * hinting of their own. (subset-font 2.9 has the option, its types not yet: a variable, so the extra
 * field is allowed.)
 */
const SUBSET_OPTIONS = { targetFormat: 'woff2' as const, noHinting: true };
/** The package's Latin file's range (its unicode.json, "latin"). */
const LATIN = 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? (name === 'fa' ? [] : filesUnder(file)) : [file];
  });
}

export function parseRanges(ranges: string): [number, number][] {
  return ranges.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/, '').split('-');
    return [parseInt(from!, 16), parseInt(to ?? from!, 16)];
  });
}

const inRanges = (code: number, ranges: [number, number][]) => ranges.some(([a, b]) => code >= a && code <= b);

/** Printable ASCII and every character of the English words within the Latin file's range. */
export function englishCodes(): number[] {
  const latin = parseRanges(LATIN);
  const codes = new Set<number>();
  for (let c = 0x20; c <= 0x7e; c++) codes.add(c);
  codes.add(0xa0);
  for (const file of [...filesUnder('story'), 'src/i18n/en.ts', 'src/i18n/en-dialogs.ts']) {
    if (!/\.(ink|json|md|ts)$/.test(file)) continue;
    for (const c of readFileSync(file, 'utf8')) {
      const code = c.codePointAt(0)!;
      if (code > 0x7e && inRanges(code, latin)) codes.add(code);
    }
  }
  return [...codes].sort((a, b) => a - b);
}

/** `codes` as CSS unicode-range parts, consecutive codes joined. */
export function toRanges(codes: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < codes.length; i++) {
    let j = i;
    while (j + 1 < codes.length && codes[j + 1] === codes[j]! + 1) j++;
    const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');
    parts.push(i === j ? `U+${hex(codes[i]!)}` : `U+${hex(codes[i]!)}-${hex(codes[j]!)}`);
    i = j;
  }
  return parts.join(', ');
}

/** The Latin file's range less `codes`. */
export function restOf(codes: readonly number[]): string {
  const taken = new Set(codes);
  const rest: number[] = [];
  for (const [a, b] of parseRanges(LATIN)) for (let c = a; c <= b; c++) if (!taken.has(c)) rest.push(c);
  return toRanges(rest);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const codes = englishCodes();
  const text = String.fromCodePoint(...codes);
  const faces: string[] = [];
  for (const weight of WEIGHTS) {
    const source = require.resolve(`@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-${weight}-normal.woff2`);
    const input = readFileSync(source);
    const output = await subsetFont(input, text, SUBSET_OPTIONS);
    const file = path.join(OUT, `atkinson-en-${weight}.woff2`);
    writeFileSync(file, output);
    console.log(`${file}: ${codes.length} characters, ${output.length} bytes (from ${input.length})`);
    faces.push(
      `@font-face {\n  font-family: 'Atkinson Hyperlegible';\n  font-style: normal;\n  font-display: swap;\n  font-weight: ${weight};\n  src: url('./fonts/atkinson-en-${weight}.woff2') format('woff2');\n  unicode-range: ${toRanges(codes)};\n}`,
      `@font-face {\n  font-family: 'Atkinson Hyperlegible';\n  font-style: normal;\n  font-display: swap;\n  font-weight: ${weight};\n  src: url('@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-${weight}-normal.woff2') format('woff2');\n  unicode-range: ${restOf(codes)};\n}`,
    );
  }
  const header = `/* Written by scripts/fonts/subset-atkinson.ts: do not edit. Atkinson Hyperlegible (SIL Open Font\n   Licence) in two files per weight: the characters the English words use, fetched by every page,\n   and the package's whole Latin file for the rest of its range, fetched only for a character\n   outside the first. */\n`;
  writeFileSync('src/ui/kit/atkinson.css', `${header}${faces.join('\n')}\n`);
  console.log('src/ui/kit/atkinson.css');
}
