// The boot module (src/main.ts) asks for the game's chunks without writing preload links into the
// page: that insertion was one long task (~120 ms at 4x CPU) while the title loads. Every other
// chunk still preloads its imports, and stylesheets are always loaded (Vite adds them after).
import { describe, expect, it } from 'vitest';
import config, { preloadsOf } from '../../vite.config.ts';

type Resolve = (file: string, deps: string[], context: { hostId: string; hostType: 'html' | 'js' }) => string[];

function resolveDependencies(mode: string): Resolve | undefined {
  const resolved = typeof config === 'function' ? config({ command: 'build', mode, isSsrBuild: false, isPreview: false }) : config;
  const preload = (resolved as { build?: { modulePreload?: unknown } }).build?.modulePreload;
  return typeof preload === 'object' && preload !== null ? (preload as { resolveDependencies?: Resolve }).resolveDependencies : undefined;
}

describe('module preloads of the built site', () => {
  const resolve = resolveDependencies('production');
  const deps = ['assets/start-Dd403WoA.js', 'assets/download-ClYo-nn4.js'];

  it('none from the boot module', () => {
    expect(resolve?.('assets/start-Dd403WoA.js', deps, { hostId: 'assets/index-BG6wUggZ.js', hostType: 'js' })).toEqual([]);
  });

  it("every other chunk's imports, and the page's own", () => {
    expect(resolve?.('assets/phaser-6OM0kqie.js', deps, { hostId: 'assets/start-Dd403WoA.js', hostType: 'js' })).toEqual(deps);
    expect(resolve?.('assets/index-BG6wUggZ.js', deps, { hostId: 'index.html', hostType: 'html' })).toEqual(deps);
  });
});

describe('the stage preloaded with phaser-in-tasks', () => {
  const stage = ['assets/stage-Aa1.js', 'assets/phaser-Bb2.js'];
  const own = ['assets/phaser-in-tasks-Cc3.js', 'assets/slices-Dd4.js'];

  it('phaser-in-tasks brings the stage and Phaser with it, fetched together instead of one after another', () => {
    expect(preloadsOf('assets/phaser-in-tasks-Cc3.js', own, 'assets/start-Ee5.js', stage)).toEqual([...own, ...stage]);
  });

  it('no other import changes, and the boot module still preloads nothing', () => {
    expect(preloadsOf('assets/stage-Aa1.js', stage, 'assets/start-Ee5.js', stage)).toEqual(stage);
    expect(preloadsOf('assets/phaser-in-tasks-Cc3.js', own, 'assets/index-Ff6.js', stage)).toEqual([]);
  });
});
