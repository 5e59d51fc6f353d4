// The run code's QR code: a real QR symbol (finder patterns in three corners, quiet zone around),
// small enough to scan from a screen, and a different picture for a different code.
import { describe, expect, it } from 'vitest';
import { encodeRunCode } from '../../debate/persistence/run-code.ts';
import { qrModules } from './run-code-qr.ts';

describe('the run code as a QR code', () => {
  it('is a small QR symbol with its finder patterns and quiet zone', () => {
    const code = encodeRunCode({ preset: 'full', seed: 2 ** 40, build: 'abcdef12', path: Array.from({ length: 40 }, (_, i) => i % 8) });
    const modules = qrModules(code);
    const border = 4;
    const side = modules.length - 2 * border;
    // Version v is 17 + 4v modules wide: a whole full-table debate fits in version 4 or less.
    expect((side - 17) % 4).toBe(0);
    expect((side - 17) / 4).toBeLessThanOrEqual(4);
    const dark = (x: number, y: number) => modules[y + border]?.[x + border] === true;
    // The quiet zone is light all round.
    expect(modules.slice(0, border).flat().some(Boolean)).toBe(false);
    expect(modules.map((row) => row[0]).some(Boolean)).toBe(false);
    // A finder pattern: a dark 7x7 ring, a light ring, a dark 3x3 centre; top left, top right, bottom left.
    for (const [ox, oy] of [[0, 0], [side - 7, 0], [0, side - 7]] as const) {
      for (let i = 0; i < 7; i++) {
        expect(dark(ox + i, oy) && dark(ox + i, oy + 6) && dark(ox, oy + i) && dark(ox + 6, oy + i)).toBe(true);
      }
      expect(dark(ox + 1, oy + 1)).toBe(false);
      expect(dark(ox + 3, oy + 3)).toBe(true);
    }
    const other = qrModules(encodeRunCode({ preset: 'short', seed: 1, build: 'abcdef12', path: [1] }));
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(modules));
  });
});
