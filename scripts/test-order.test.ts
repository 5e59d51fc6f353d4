import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { environmentOf, LONG_FILES, startOrder } from './test-order.ts';

describe('the unit test files’ start order', () => {
  it('puts node files first, the long ones first among them, then each other environment together', () => {
    const files = [
      ['a.test.ts', 'node'],
      ['view.test.ts', 'happy-dom'],
      [LONG_FILES[1]!, 'node'],
      ['b.test.ts', 'node'],
      ['other-view.test.ts', 'happy-dom'],
      [LONG_FILES[0]!, 'node'],
    ] as const;
    const order = startOrder([...files], (f) => f[0], (f) => f[1]).map((f) => f[0]);
    expect(order).toEqual([LONG_FILES[0], LONG_FILES[1], 'a.test.ts', 'b.test.ts', 'view.test.ts', 'other-view.test.ts']);
  });

  it('reads the environment from the docblock', () => {
    expect(environmentOf('src/app/controller.test.ts')).toBe('happy-dom');
    expect(environmentOf('scripts/test-order.test.ts')).toBe('node');
  });

  it('names only files that exist', () => {
    expect(LONG_FILES.filter((f) => !existsSync(f))).toEqual([]);
  });
});
