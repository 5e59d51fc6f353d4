// Lets game code `import guide from '../../docs/teacher-guide.md?doc'`: the Markdown is read at
// build time (scripts/markdown/to-doc.ts) and the module holds only the document's blocks. A
// construct the game's documents do not support fails the build and the dev overlay with the file.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { DocError, markdownToDoc } from './to-doc.ts';

export function docPlugin(): Plugin {
  return {
    name: 'round-table:doc',
    enforce: 'pre',
    load(id) {
      const [file, query = ''] = id.split('?');
      if (!file?.endsWith('.md') || !new URLSearchParams(query).has('doc')) return null;
      this.addWatchFile(file);
      try {
        // `name.fa.md` is Persian; a file without a language in its name is English.
        const lang = /\.([a-z]{2,3})\.md$/.exec(file)?.[1] ?? 'en';
        const doc = markdownToDoc(readFileSync(file, 'utf8'), path.relative(process.cwd(), file), lang);
        return { code: `export default ${JSON.stringify(doc)};\n`, map: null };
      } catch (error) {
        if (error instanceof DocError) this.error({ message: error.message, id: file });
        throw error;
      }
    },
  };
}
