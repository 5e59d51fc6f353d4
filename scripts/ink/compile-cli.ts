// Compiles a story and prints its diagnostics: `npx tsx scripts/ink/compile-cli.ts story/main.ink`.
import { compileInkFile, formatDiagnostic, InkCompileError } from './compile.ts';

const file = process.argv[2] ?? 'story/main.ink';
try {
  const compiled = compileInkFile(file);
  for (const w of compiled.warnings) console.warn(`warning: ${formatDiagnostic(w)}`);
  console.log(`ok: ${file} (${compiled.files.length} files, hash ${compiled.hash})`);
} catch (error) {
  if (!(error instanceof InkCompileError)) throw error;
  console.error(error.message);
  process.exit(1);
}
