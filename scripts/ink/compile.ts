// Build-time Ink compilation, shared by the Vite plugin, the story check and the tests.
// Only Node code imports this file: it pulls in inkjs's compiler, which must never reach the
// browser bundle (the game ships the compiled JSON and the runtime only).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
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
 * A story compiled before, whose files are all as they were, comes from `cacheDir` (see
 * compileCacheDir; null compiles without it).
 */
export function compileInkFile(mainFile: string, cwd = process.cwd(), cacheDir = compileCacheDir(mainFile, cwd)): CompiledInk {
  const mainPath = path.resolve(cwd, mainFile);
  const cache = cacheDir === null ? null : cacheFileOf(cacheDir, mainPath, cwd);
  const kept = cache && readCompileCache(cache, cwd);
  if (kept) return { json: kept.json, hash: hashStoryJson(kept.json), identity: storyIdentity(kept.json), files: kept.files.map(([file]) => file), warnings: kept.warnings };
  const read = new Map<string, string>();
  const compiled = compileNow(mainPath, cwd, read);
  if (cache) writeCompileCache(cache, () => ({ stamp: compilerStamp(cwd), files: [...read], json: compiled.json, warnings: compiled.warnings }));
  return compiled;
}

/** Compiles; `read` gets every file read, with the SHA-256 of the text the compiler was given. */
function compileNow(mainPath: string, cwd: string, read: Map<string, string>): CompiledInk {
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
      return load(fullFilename);
    },
  };
  const load = (file: string) => {
    const text = readFileSync(file, 'utf8');
    read.set(file, sha256(text));
    return stripBom(text);
  };

  const source = load(mainPath);
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

// ---- the compile cache ----------------------------------------------------------------------------

/**
 * Compiles kept on disk. One `npm test` compiled the English and Persian stories a dozen times over
 * (the unit tests' workers, the story check, each build twice: the ink plugin and the story-map
 * plugin, the browser tests), ~1.3 CPU-s a compile (measured); with the cache, once each. An entry
 * lists every file its compile read with a hash of the text, and serves only while every one of
 * them is unchanged: an edit anywhere (a figure's file, an INCLUDE added) compiles afresh. Kept
 * under the project's node_modules/.cache, for stories inside the project only (a test's copy in a
 * temporary folder is compiled every time); INK_COMPILE_CACHE=0 turns it off.
 */
export function compileCacheDir(mainFile: string, cwd = process.cwd()): string | null {
  if (process.env.INK_COMPILE_CACHE === '0') return null;
  const modules = path.join(cwd, 'node_modules');
  const inside = !path.relative(cwd, path.resolve(cwd, mainFile)).startsWith('..');
  return inside && existsSync(modules) ? path.join(modules, '.cache/round-table/ink') : null;
}

interface CompileCacheEntry {
  /** What else the compile depends on: this code and the compiler (see compilerStamp). */
  stamp: string;
  /** Every file the compile read (the main file first), with the SHA-256 of its text then. */
  files: [string, string][];
  json: string;
  warnings: InkDiagnostic[];
}

/** This file's code and the installed inkjs: a change to either makes every entry stale. */
function compilerStamp(cwd: string): string {
  const code = readFileSync(fileURLToPath(import.meta.url));
  const inkjs = readFileSync(path.join(cwd, 'node_modules/inkjs/package.json'));
  return sha256(Buffer.concat([code, inkjs])).slice(0, 16);
}

const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

/** One entry per main file (and working directory: warnings name files relative to it). */
function cacheFileOf(cacheDir: string, mainPath: string, cwd: string): string {
  return path.join(cacheDir, `${path.basename(mainPath, '.ink')}-${sha256(`${mainPath}\n${cwd}`).slice(0, 16)}.json`);
}

function readCompileCache(file: string, cwd: string): CompileCacheEntry | null {
  try {
    const entry = JSON.parse(readFileSync(file, 'utf8')) as CompileCacheEntry;
    if (entry.stamp !== compilerStamp(cwd) || typeof entry.json !== 'string' || !Array.isArray(entry.warnings)) return null;
    for (const [inkFile, hash] of entry.files) if (sha256(readFileSync(inkFile, 'utf8')) !== hash) return null;
    return entry;
  } catch {
    return null; // none yet, a file gone, or a damaged entry: compiled afresh and written again
  }
}

function writeCompileCache(file: string, entry: () => CompileCacheEntry): void {
  try {
    const text = JSON.stringify(entry());
    mkdirSync(path.dirname(file), { recursive: true });
    // Written whole under another name, then renamed: processes compiling side by side (the two
    // builds) never read half an entry.
    const partial = `${file}.${process.pid}-${Math.random().toString(36).slice(2)}.partial`;
    writeFileSync(partial, text);
    renameSync(partial, file);
  } catch {
    // A cache that cannot be written costs the next compile, nothing else.
  }
}
