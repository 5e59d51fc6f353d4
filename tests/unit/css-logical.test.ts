// The stylesheets place things by the flow of the text (inline start and end), never by left and
// right, so a right-to-left page mirrors by switching `dir`. A physical property is allowed only
// where it is its own mirror image (a box centred with left: 50%), and says so in a comment.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const UI = path.resolve(import.meta.dirname, '../../src/ui');
const PHYSICAL = /(?:^|[\s;{])(left|right|(?:margin|padding|border)-(?:left|right)(?:-\w+)?|border-(?:top|bottom)-(?:left|right)-radius|float|clear)\s*:\s*([^;]*)|text-align\s*:\s*(left|right)\b/g;

/** Every physical declaration in `css` that is not marked as its own mirror image. */
function physicalDeclarations(css: string): string[] {
  const found: string[] = [];
  css.split('\n').forEach((line, i) => {
    if (/\/\*\s*centred:/.test(line)) return;
    const code = line.replace(/\/\*.*?\*\//g, '');
    for (const match of code.matchAll(PHYSICAL)) {
      const [, property, value, align] = match;
      if ((property === 'float' || property === 'clear') && !/\b(left|right)\b/.test(value ?? '')) continue;
      found.push(`${i + 1}: ${(align ? `text-align: ${align}` : `${property}: ${value}`).trim()}`);
    }
  });
  return found;
}

describe('logical properties', () => {
  it('finds physical properties (the check can fail)', () => {
    expect(physicalDeclarations('.a { margin-left: 1rem; text-align: right; left: 0; }\n.b { border-top-right-radius: 2px; float: left; }')).toEqual([
      '1: margin-left: 1rem',
      '1: text-align: right',
      '1: left: 0',
      '2: border-top-right-radius: 2px',
      '2: float: left',
    ]);
    expect(physicalDeclarations('.a { margin-inline-start: 1rem; text-align: start; inset-inline-end: 0; float: none; }')).toEqual([]);
  });

  it.each(readdirSync(UI, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.css')))('%s uses inline-start and inline-end, not left and right', (file) => {
    expect(physicalDeclarations(readFileSync(path.join(UI, file), 'utf8'))).toEqual([]);
  });
});
