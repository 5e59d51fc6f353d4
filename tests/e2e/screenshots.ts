// Screenshot comparison for the browser tests. A baseline is a PNG under tests/e2e/screenshots/,
// made on purpose (`UPDATE_SCREENSHOTS=1 npm run test:e2e`) and looked at before it is committed.
// A missing baseline fails: a test that wrote its own baseline would only compare with itself.
// On a mismatch the actual picture and a diff are written to tests/e2e/screenshots/__diff__/ so the
// change can be looked at.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

export const SCREENSHOT_DIR = path.resolve('tests/e2e/screenshots');

export interface ScreenshotResult {
  /** Share of pixels that differ beyond the anti-aliasing threshold (0 when the baseline was written). */
  diffRatio: number;
  sizeMatches: boolean;
  baseline: string;
}

/**
 * Compares `shot` with the baseline `name`.png. Throws when the baseline is missing (unless
 * UPDATE_SCREENSHOTS is set, which rewrites it); returns the share of differing pixels.
 */
export function compareScreenshot(name: string, shot: Buffer): ScreenshotResult {
  const baseline = path.join(SCREENSHOT_DIR, `${name}.png`);
  if (process.env.UPDATE_SCREENSHOTS) {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    writeFileSync(baseline, shot);
    return { diffRatio: 0, sizeMatches: true, baseline };
  }
  if (!existsSync(baseline)) {
    throw new Error(
      `No baseline screenshot ${path.relative(process.cwd(), baseline)}. Make it on purpose with ` +
        `UPDATE_SCREENSHOTS=1 npm run test:e2e, look at it, and commit it.`,
    );
  }
  const expected = PNG.sync.read(readFileSync(baseline));
  const actual = PNG.sync.read(shot);
  const diffDir = path.join(SCREENSHOT_DIR, '__diff__');
  if (expected.width !== actual.width || expected.height !== actual.height) {
    mkdirSync(diffDir, { recursive: true });
    writeFileSync(path.join(diffDir, `${name}.actual.png`), shot);
    return { diffRatio: 1, sizeMatches: false, baseline };
  }
  const diff = new PNG({ width: actual.width, height: actual.height });
  const changed = pixelmatch(expected.data, actual.data, diff.data, actual.width, actual.height, { threshold: 0.15 });
  const diffRatio = changed / (actual.width * actual.height);
  if (changed > 0) {
    mkdirSync(diffDir, { recursive: true });
    writeFileSync(path.join(diffDir, `${name}.actual.png`), shot);
    writeFileSync(path.join(diffDir, `${name}.diff.png`), PNG.sync.write(diff));
  }
  return { diffRatio, sizeMatches: true, baseline };
}
