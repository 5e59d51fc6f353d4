// Breaking a laid-out document into pages, as the browser prints it (the measuring is in the browser
// test: tests/e2e/classroom.e2e.ts checks the count said against the printed PDF's).
import { describe, expect, it } from 'vitest';
import { paginate, type LaidBlock } from './page-count.ts';

/** Blocks one after another, `gap` apart. */
function stack(heights: readonly number[], gap = 0, over: (i: number) => Partial<LaidBlock> = () => ({})): LaidBlock[] {
  let top = 0;
  return heights.map((height, i) => {
    const block = { top, bottom: top + height, whole: true, keepWithNext: false, lineHeight: 20, ...over(i) };
    top += height + gap;
    return block;
  });
}

describe('paginate', () => {
  it('one page for what fits, and for nothing at all', () => {
    expect(paginate([], 1000)).toBe(1);
    expect(paginate(stack([400, 400, 200]), 1000)).toBe(1);
  });

  it('a block that must not split moves whole to the next page', () => {
    // 600 + 600: the second would straddle the break, so it starts page 2; the third fits there.
    expect(paginate(stack([600, 600, 300]), 1000)).toBe(2);
    expect(paginate(stack([600, 600, 500]), 1000)).toBe(3);
  });

  it('a heading moves with the block it introduces', () => {
    // Heading at 900-940 keeps with the 200 block after it: both start page 2, then 800 more fits.
    const blocks = stack([900, 40, 200, 750], 0, (i) => ({ keepWithNext: i === 1 }));
    expect(paginate(blocks, 1000)).toBe(2);
    // Without keeping, the heading stays on page 1 and page 2 starts with the 200 block: 200 + 750 fit.
    expect(paginate(stack([900, 40, 200, 750]), 1000)).toBe(2);
    // The kept heading takes 40 more on page 2: 40 + 200 + 750 + 20 > 1000.
    expect(paginate(stack([900, 40, 200, 750, 20], 0, (i) => ({ keepWithNext: i === 1 })), 1000)).toBe(3);
  });

  it('a paragraph breaks between lines, two at least on each side', () => {
    // 800 used; a 400 paragraph of 20 lines: 10 lines fit, 10 go on, and the 700 block joins them.
    expect(paginate(stack([800, 400, 700], 0, (i) => ({ whole: i !== 1 })), 1000)).toBe(2);
    // The same paragraph kept whole moves on, and the 700 block no longer fits beside it.
    expect(paginate(stack([800, 400, 700]), 1000)).toBe(3);
    // Only one line would fit: the whole paragraph moves.
    expect(paginate(stack([990, 400, 700], 0, (i) => ({ whole: i !== 1 })), 1000)).toBe(3);
  });

  it('a block taller than a page takes as many pages as it needs', () => {
    expect(paginate(stack([2500]), 1000)).toBe(3);
    expect(paginate(stack([100, 2500]), 1000)).toBe(4);
  });
});
