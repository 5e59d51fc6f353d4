import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Story } from 'inkjs';
import { compileInkFile, InkCompileError } from './compile.ts';

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
