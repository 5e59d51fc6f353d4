import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Story } from 'inkjs';
import { compileCacheDir, compileInkFile, InkCompileError } from './compile.ts';

const fixture = (name: string) => `tests/fixtures/stories/${name}/main.ink`;

describe('compileInkFile', () => {
  it('compiles a story with INCLUDEs resolved against the main file folder', () => {
    const compiled = compileInkFile(fixture('good'));
    const story = new Story(compiled.json);
    expect(story.globalTags).toContain('title: Fixture Table');
    expect(compiled.files.map((f) => f.split('/').slice(-2).join('/'))).toEqual([
      'good/main.ink',
      'figures/sediqi.ink',
    ]);
    expect(compiled.hash).toMatch(/^[0-9a-f]{12}$/);
    expect(compiled.warnings).toEqual([]);
  });

  it('gives the same hash for the same story and a different one for an edited story', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ink-'));
    cpSync('tests/fixtures/stories/good', dir, { recursive: true });
    const original = compileInkFile(path.join(dir, 'main.ink')).hash;
    expect(compileInkFile(fixture('good')).hash).toBe(original);
    const figure = path.join(dir, 'figures/sediqi.ink');
    writeFileSync(figure, readFileSync(figure, 'utf8').replace('ransom.', 'a ransom.'));
    expect(compileInkFile(path.join(dir, 'main.ink')).hash).not.toBe(original);
  });

  it('reports a missing INCLUDE with the including file and line', () => {
    try {
      compileInkFile(fixture('broken-include'));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InkCompileError);
      const message = (error as Error).message;
      expect(message).toMatch(/^tests\/fixtures\/stories\/broken-include\/main\.ink:2: /m);
      expect(message).toContain('figures/missing.ink');
    }
  });

  it('reports a broken line inside an included file with that file and line', () => {
    try {
      compileInkFile(fixture('broken-line'));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InkCompileError);
      const [first] = (error as InkCompileError).diagnostics;
      expect(first).toMatchObject({
        severity: 'error',
        file: 'tests/fixtures/stories/broken-line/figures/sediqi.ink',
        line: 4,
      });
      expect(first?.message).toMatch(/Divert target not found/);
      expect((error as Error).message).toMatch(
        /^tests\/fixtures\/stories\/broken-line\/figures\/sediqi\.ink:4: Divert target not found/m,
      );
    }
  });
});

describe('the compile cache', () => {
  it('serves a story compiled before while its files are unchanged, and compiles afresh after an edit', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ink-cache-'));
    cpSync('tests/fixtures/stories/good', path.join(dir, 'story'), { recursive: true });
    const main = path.join(dir, 'story/main.ink');
    const cacheDir = path.join(dir, 'cache');
    const first = compileInkFile(main, process.cwd(), cacheDir);
    expect(first).toEqual(compileInkFile(main, process.cwd(), null));
    const [entryName] = readdirSync(cacheDir);
    const entry = path.join(cacheDir, entryName!);
    // Proof that the entry is what is served: marked, it comes back marked.
    writeFileSync(entry, readFileSync(entry, 'utf8').replace('Welcome to the fixture table.', 'Welcome, from the cache.'));
    const served = compileInkFile(main, process.cwd(), cacheDir);
    expect(served.json).toContain('Welcome, from the cache.');
    expect(served.files).toEqual(first.files);
    expect(served.warnings).toEqual(first.warnings);
    // An edit in an INCLUDEd file (not the main one) makes the entry stale: compiled afresh.
    const figure = path.join(dir, 'story/figures/sediqi.ink');
    writeFileSync(figure, readFileSync(figure, 'utf8').replace('ransom.', 'a ransom.'));
    const edited = compileInkFile(main, process.cwd(), cacheDir);
    expect(edited).toEqual(compileInkFile(main, process.cwd(), null));
    expect(edited.json).not.toContain('Welcome, from the cache.');
    expect(edited.hash).not.toBe(first.hash);
    // A damaged entry is compiled over, never trusted.
    writeFileSync(entry, '{"stamp":');
    expect(compileInkFile(main, process.cwd(), cacheDir)).toEqual(edited);
  });

  it('keeps stories of the project only, and can be turned off', () => {
    expect(compileCacheDir('story/main.ink')).toBe(path.resolve('node_modules/.cache/round-table/ink'));
    expect(compileCacheDir(path.join(tmpdir(), 'x/main.ink'))).toBeNull();
    process.env.INK_COMPILE_CACHE = '0';
    try {
      expect(compileCacheDir('story/main.ink')).toBeNull();
    } finally {
      delete process.env.INK_COMPILE_CACHE;
    }
  });
});
