// The story check refuses a story that picks at random. Its walk is exhaustive over the player's
// choices, but it runs one seed: a shuffle ({~a|b}), RANDOM(), SEED_RANDOM() or LIST_RANDOM()
// would make it see one of the branches they pick between and call the story complete. A writer
// who wants variety without chance has cycles ({&a|b}), sequences ({a|b}) and choices.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Compiler, CompilerOptions } from 'inkjs/full';

/** The compiled story's random commands (ink JSON names) and what a writer typed for each. */
const RANDOM_COMMANDS: Record<string, { type: number; what: string }> = {
  seq: { type: 17, what: 'a shuffle ({~...} or {shuffle: ...})' },
  rnd: { type: 14, what: 'RANDOM()' },
  srnd: { type: 15, what: 'SEED_RANDOM()' },
  lrnd: { type: 23, what: 'LIST_RANDOM()' },
};

/**
 * The random commands in a compiled story's JSON, by name ("seq", "rnd", "srnd", "lrnd"). In ink's
 * JSON a bare string is always a command (text is written "^text"), so this cannot mistake a line.
 */
export function randomCommands(json: string): string[] {
  const found: string[] = [];
  const visit = (node: unknown): void => {
    if (typeof node === 'string') {
      if (Object.hasOwn(RANDOM_COMMANDS, node)) found.push(node);
    } else if (Array.isArray(node)) {
      for (const item of node) visit(item);
    } else if (node && typeof node === 'object') {
      for (const value of Object.values(node)) visit(value);
    }
  };
  visit((JSON.parse(json) as { root: unknown }).root);
  return found;
}

interface RuntimeObject {
  _commandType?: number;
  debugMetadata?: { fileName: string | null; startLineNumber: number } | null;
  content?: RuntimeObject[];
  namedContent?: Map<string, RuntimeObject>;
}

/** Where each random command is in the .ink files ("story/figures/x.ink:12"), from a debug compile. */
function locate(mainFile: string, cwd: string): { what: string; where: string }[] {
  const mainPath = path.resolve(cwd, mainFile);
  const root = path.dirname(mainPath);
  const relative = (file: string | null) => path.relative(cwd, path.resolve(root, file ?? path.basename(mainPath))).split(path.sep).join('/');
  const compiler = new Compiler(
    readFileSync(mainPath, 'utf8').replace(/^\uFEFF/, ''),
    new CompilerOptions(path.basename(mainPath), [], false, () => undefined, {
      ResolveInkFilename: (name: string) => path.resolve(root, name),
      LoadInkFileContents: (full: string) => readFileSync(full, 'utf8').replace(/^\uFEFF/, ''),
    }),
  );
  const story = compiler.Compile() as unknown as { mainContentContainer: RuntimeObject };
  const byType = new Map(Object.values(RANDOM_COMMANDS).map((c) => [c.type, c.what]));
  const found = new Map<string, { what: string; where: string }>();
  const seen = new Set<RuntimeObject>();
  const visit = (obj: RuntimeObject): void => {
    if (seen.has(obj)) return;
    seen.add(obj);
    const what = obj._commandType !== undefined ? byType.get(obj._commandType) : undefined;
    if (what) {
      const dm = obj.debugMetadata;
      const where = dm ? `${relative(dm.fileName)}:${dm.startLineNumber}` : relative(null);
      found.set(`${where} ${what}`, { what, where });
    }
    for (const child of obj.content ?? []) visit(child);
    for (const child of obj.namedContent?.values() ?? []) visit(child);
  };
  visit(story.mainContentContainer);
  return [...found.values()];
}

/**
 * Problems for every random pick in the story (none for a story without chance): the story check
 * fails on them rather than walk one seed and miss what the others reach.
 */
export function randomnessProblems(mainFile: string, json: string, cwd = process.cwd()): string[] {
  const commands = randomCommands(json);
  if (commands.length === 0) return [];
  const why = 'the story check walks one seed, so it would miss what the other picks reach; use a cycle ({&...}), a sequence or a choice';
  let located: { what: string; where: string }[] = [];
  try {
    located = locate(mainFile, cwd);
  } catch {
    // The compiled JSON already proved the randomness; a location is only a convenience.
  }
  if (located.length === 0) return [...new Set(commands)].map((c) => `${RANDOM_COMMANDS[c]?.what ?? c} picks at random: ${why}`);
  return located.map((l) => `${l.where}: ${l.what} picks at random: ${why}`);
}
