// Build-time Ink compilation, shared by the Vite plugin, the story check and the tests.
// Only Node code imports this file: it pulls in inkjs's compiler, which must never reach the
// browser bundle (the game ships the compiled JSON and the runtime only).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Compiler, CompilerOptions } from 'inkjs/full';
import { storyIdentity } from './identity.ts';

export interface InkDiagnostic {
  severity: 'error' | 'warning' | 'todo';
  /** Path of the .ink file, relative to the working directory, with forward slashes. */
  file: string;
  /** 1-based line, or 0 when inkjs did not say. */
  line: number;
  message: string;
}

export interface CompiledInk {
  /** The compiled story JSON, as inkjs's runtime `new Story(json)` takes it. */
  json: string;
  /** Short hash of the compiled JSON, words and all: keys caches of what the walk found. */
  hash: string;
  /**
   * Short hash of the program without its words (identity.ts): stamps saves, replay links and run
   * files, the same for the English story and its translations.
   */
  identity: string;
  /** Absolute paths of the main file and every file it INCLUDEs, for watching. */
  files: string[];
  warnings: InkDiagnostic[];
}

export class InkCompileError extends Error {
  constructor(readonly diagnostics: InkDiagnostic[]) {
    super(diagnostics.map(formatDiagnostic).join('\n'));
    this.name = 'InkCompileError';
  }
}

export function formatDiagnostic(d: InkDiagnostic): string {
  const where = d.line > 0 ? `${d.file}:${d.line}` : d.file;
  return `${where}: ${d.message}`;
}

/** The story-build hash: the first 12 hex digits of SHA-256 over the compiled JSON. */
export function hashStoryJson(json: string): string {
  return createHash('sha256').update(json).digest('hex').slice(0, 12);
}

const MESSAGE = /^(ERROR|WARNING|TODO|RUNTIME ERROR|RUNTIME WARNING):\s*(?:'([^']*)'\s*)?(?:line (\d+):\s*)?([\s\S]*)$/;

/**
 * Compiles an Ink story from disk. INCLUDEs resolve against the main file's folder, as Inky and
 * inklecate resolve them, so the same files open in Inky unchanged.
 * Throws InkCompileError (every error with file and line) when the story does not compile.
 */
export function compileInkFile(mainFile: string, cwd = process.cwd()): CompiledInk {
  const mainPath = path.resolve(cwd, mainFile);
  const root = path.dirname(mainPath);
  const files = new Set<string>([mainPath]);
  const relative = (abs: string) => path.relative(cwd, abs).split(path.sep).join('/');
  const fileOf = (inkName: string | undefined): string => {
    if (!inkName) return relative(mainPath);
    return relative(path.resolve(root, inkName));
  };

  const errors: InkDiagnostic[] = [];
  const warnings: InkDiagnostic[] = [];
  const onMessage = (message: string, type: number) => {
    const match = MESSAGE.exec(message.trim());
    const kind = match?.[1] ?? '';
    const severity: InkDiagnostic['severity'] =
      type === 0 || kind === 'TODO' ? 'todo' : type === 1 || kind.endsWith('WARNING') ? 'warning' : 'error';
    const diagnostic: InkDiagnostic = {
      severity,
      file: fileOf(match?.[2]),
      line: match?.[3] ? Number(match[3]) : 0,
      message: (match?.[4] ?? message).trim(),
    };
    (severity === 'error' ? errors : warnings).push(diagnostic);
  };

  const fileHandler = {
    ResolveInkFilename: (filename: string) => path.resolve(root, filename),
    LoadInkFileContents: (fullFilename: string) => {
      files.add(fullFilename);
      return stripBom(readFileSync(fullFilename, 'utf8'));
    },
  };

  const source = stripBom(readFileSync(mainPath, 'utf8'));
  const compiler = new Compiler(
    source,
    new CompilerOptions(path.basename(mainPath), [], false, onMessage, fileHandler),
  );
  let json: string | undefined;
  try {
    json = compiler.Compile().ToJson() ?? undefined;
  } catch (cause) {
    // inkjs throws after reporting its errors; anything else is a compiler failure worth showing.
    if (errors.length === 0) {
      errors.push({ severity: 'error', file: relative(mainPath), line: 0, message: String(cause) });
    }
  }
  if (errors.length > 0 || json === undefined) throw new InkCompileError(errors);
  return { json, hash: hashStoryJson(json), identity: storyIdentity(json), files: [...files], warnings };
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
