import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';
import { inkPlugin } from './vite-plugin-ink.ts';

const fixtures = path.resolve('tests/fixtures/stories');

/** Builds a one-file app that imports the given story, and returns the bundled JS. */
async function buildWith(story: string): Promise<string> {
  const root = mkdtempSync(path.join(tmpdir(), 'ink-vite-'));
  writeFileSync(
    path.join(root, 'entry.js'),
    `import { Story } from 'inkjs';\n` +
      `import json, { storyHash, storyGlobalTags } from ${JSON.stringify(path.join(fixtures, story, 'main.ink'))};\n` +
      `const s = new Story(json);\nconsole.log(storyHash, s.globalTags, storyGlobalTags);\n`,
  );
  await build({
    root,
    logLevel: 'silent',
    configFile: false,
    plugins: [inkPlugin()],
    resolve: { alias: { inkjs: path.resolve('node_modules/inkjs/dist/ink.mjs') } },
    build: {
      outDir: path.join(root, 'dist'),
      lib: { entry: path.join(root, 'entry.js'), formats: ['es'], fileName: 'out' },
      minify: false,
    },
  });
  const dist = path.join(root, 'dist');
  return readdirSync(dist)
    .filter((f) => /\.m?js$/.test(f))
    .map((f) => readFileSync(path.join(dist, f), 'utf8'))
    .join('\n');
}

describe('inkPlugin', () => {
  it('bundles the compiled story and the runtime, never the compiler', async () => {
    const js = await buildWith('good');
    expect(js).toContain('inkVersion');
    expect(js).toContain('Fixture Table');
    expect(js).toMatch(/"[0-9a-f]{12}"/);
    // The global tags, read at build time for the title.
    expect(js).toMatch(/storyGlobalTags = \[[^\]]*"title: Fixture Table"/);
    // Names that only the compiler has.
    expect(js).not.toContain('InkParser');
    expect(js).not.toContain('Recursive INCLUDE detected');
  }, 60_000);

  it('fails the build with the file and line of a broken line', async () => {
    await expect(buildWith('broken-line')).rejects.toThrow(
      /tests\/fixtures\/stories\/broken-line\/figures\/sediqi\.ink:4: Divert target not found/,
    );
  }, 60_000);

  it('fails the build with the file and line of a missing include', async () => {
    await expect(buildWith('broken-include')).rejects.toThrow(
      /tests\/fixtures\/stories\/broken-include\/main\.ink:2: .*figures\/missing\.ink/,
    );
  }, 60_000);
});
