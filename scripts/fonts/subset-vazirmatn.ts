// Makes the Persian edition's font: Vazirmatn (npm @fontsource/vazirmatn, SIL Open Font Licence)
// cut down to the characters the Persian edition uses (story/fa, src/i18n/fa.ts and fa-dialogs.ts,
// the Persian teacher guide docs/teacher-guide.fa.md, Persian digits and punctuation), as woff2, in
// src/ui/kit/fonts/.
// Run it after the Persian words change:
//   npx tsx scripts/fonts/subset-vazirmatn.ts
// and commit the fonts it writes. Latin text keeps the English edition's font (src/ui/kit/vazirmatn.css).
// It also writes the autonyms' font: only the characters of the title's language switch names that
// are not Latin (فارسی), for every other edition's page (src/ui/kit/autonyms.css says why).
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import subsetFont from 'subset-font';
import { AUTONYMS } from '../../src/i18n/locale.ts';

const require = createRequire(import.meta.url);
const WEIGHTS = [400, 700] as const;
const OUT = 'src/ui/kit/fonts';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? filesUnder(file) : [file];
  });
}

/** Every character of the Persian edition's words, and the ones Intl writes for numbers. */
export function persianCharacters(): string {
  const sources = [...filesUnder('story/fa'), 'src/i18n/fa.ts', 'src/i18n/fa-dialogs.ts', 'docs/teacher-guide.fa.md'];
  const chars = new Set<string>();
  for (const file of sources) for (const c of readFileSync(file, 'utf8')) if (c.codePointAt(0)! >= 0x0600) chars.add(c);
  for (const c of '۰۱۲۳۴۵۶۷۸۹٫٬٪،؛؟«»\u200c\u200d\u200e\u200f') chars.add(c);
  return [...chars].sort().join('');
}

const text = persianCharacters();
for (const weight of WEIGHTS) {
  const source = require.resolve(`@fontsource/vazirmatn/files/vazirmatn-arabic-${weight}-normal.woff2`);
  const input = readFileSync(source);
  const output = await subsetFont(input, text, { targetFormat: 'woff2' });
  const file = path.join(OUT, `vazirmatn-fa-${weight}.woff2`);
  writeFileSync(file, output);
  console.log(`${file}: ${text.length} characters, ${output.length} bytes (from ${input.length})`);
}

/** The switch's names outside Latin: an English page shows فارسی at the regular weight only. */
export function autonymCharacters(): string {
  const chars = new Set<string>();
  for (const name of Object.values(AUTONYMS)) for (const c of name) if (c.codePointAt(0)! >= 0x0600) chars.add(c);
  return [...chars].sort().join('');
}

const autonyms = autonymCharacters();
{
  const source = require.resolve('@fontsource/vazirmatn/files/vazirmatn-arabic-400-normal.woff2');
  const input = readFileSync(source);
  const output = await subsetFont(input, autonyms, { targetFormat: 'woff2' });
  const file = path.join(OUT, 'autonyms-400.woff2');
  writeFileSync(file, output);
  const ranges = [...autonyms].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(', ');
  console.log(`${file}: ${autonyms} (${ranges}), ${output.length} bytes`);
}
