// Lets game code `import story from '../story/main.ink'`.
// The module it yields holds the compiled JSON and its identity (a hash of the program without
// its words, scripts/ink/identity.ts, so every language of the story shares it), never the compiler, so the
// production bundle carries only inkjs's runtime. Errors carry file and line to the build output
// and to Vite's dev overlay; every INCLUDEd file is watched, so editing a figure reloads the story.
import path from 'node:path';
import { Story } from 'inkjs/full';
import type { Plugin } from 'vite';
import { storyObject } from '../../src/debate/core/engine.ts';
import { compileInkFile, formatDiagnostic, InkCompileError } from './compile.ts';

export interface InkModule {
  default: string;
  storyHash: string;
  /** The story's global tags (its title...), read here so the game's title needs no parse. */
  storyGlobalTags: string[];
}

export function inkPlugin(): Plugin {
  return {
    name: 'round-table:ink',
    load(id) {
      const file = id.split('?')[0] ?? id;
      if (!file.endsWith('.ink')) return null;
      try {
        const compiled = compileInkFile(file);
        for (const included of compiled.files) this.addWatchFile(included);
        for (const warning of compiled.warnings) this.warn(formatDiagnostic(warning));
        return {
          code:
            `export default ${JSON.stringify(compiled.json)};\n` +
            `export const storyHash = ${JSON.stringify(compiled.identity)};\n` +
            `export const storyGlobalTags = ${JSON.stringify(new Story(storyObject(compiled.json)).globalTags ?? [])};\n`,
          map: null,
        };
      } catch (error) {
        if (error instanceof InkCompileError) {
          const first = error.diagnostics[0];
          // Watch the files even when broken, so fixing the mistake recompiles.
          for (const d of error.diagnostics) this.addWatchFile(path.resolve(d.file));
          this.error({
            message: `Ink compile failed:\n${error.message}`,
            id: first ? path.resolve(first.file) : file,
            loc: first ? { file: path.resolve(first.file), line: first.line, column: 0 } : undefined,
          });
        }
        throw error;
      }
    },
  };
}
