// The custom Phaser build's source transform: flags become literals, and the device check no
// longer creates a WebGL context the Canvas renderer never uses.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { replaceFlags } from './phaser-lite.ts';

const features = path.resolve('node_modules/phaser/src/device/Features.js');

describe('phaser-lite source transform', () => {
  it('skips the WebGL test at load and keeps the rest of the device check', () => {
    const out = replaceFlags(readFileSync(features, 'utf8'), features)?.code ?? '';
    expect(out).not.toContain('Features.webGL = testWebGL();');
    expect(out).toContain('Features.webGL = false;');
    expect(out).toContain('Features.support32bit');
  });

  it('replaces the renderer flags with literals', () => {
    const file = path.resolve('node_modules/phaser/src/core/CreateRenderer.js');
    const out = replaceFlags(readFileSync(file, 'utf8'), file)?.code ?? '';
    expect(out).not.toMatch(/typeof WEBGL_RENDERER/);
  });

  it('leaves files outside Phaser alone', () => {
    expect(replaceFlags('typeof WEBGL_RENDERER', '/x/src/game/stage.ts')).toBeNull();
  });
});
