// A translation of the story (story/fa) checked against the English: it compiles without a warning,
// compiles to the same program (parity.ts, compareStructure: same knots, choices, logic and id
// tags, only the words differ), every word a player reads is in the translation's language, and
// its JSON files (table, debrief, check) have the English files' shape with the same ids.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArticle } from '../../src/debate/core/article.ts';
import { parseQuizSheet } from '../../src/debate/classroom/quiz.ts';
import { parseDebriefContent } from '../../src/debate/documents/debrief.ts';
import { compileInkFile, formatDiagnostic, InkCompileError } from './compile.ts';
import { storyIdentity } from './identity.ts';
import { compareStructure, lintPersianText } from './parity.ts';

export interface Translation {
  /** Language code, used in messages: 'fa'. */
  label: string;
  /** The translation's folder, mirroring story/ file for file. */
  dir: string;
  mainFile: string;
  /**
   * Words its about-source.md must contain: the notice that quotes are translated back from IRNA's
   * English edition, not the article's original wording.
   */
  notice?: string;
}

/** The Persian edition's notice: "translated from the English edition; not the original wording". */
export const PERSIAN_NOTICE = 'ترجمه از نسخه انگلیسی؛ نه عین عبارت اصلی';

/** The JSON files a translation mirrors, beside its ink. */
export const MIRRORED_JSON = ['cast.json', 'debrief.json', 'quiz.json'] as const;

export interface TranslationCheck {
  problems: string[];
  /** Pieces of player-visible text checked (lines, choices, lead-ins, whys). */
  pieces: number;
  seconds: number;
}

/**
 * Checks translation `t` against the English story's compiled JSON. `englishDir` holds the English
 * JSON files (the folder of `castFile`).
 */
export function checkTranslation(
  englishJson: string,
  t: Translation,
  options: { castFile: string; articleFile: string },
): TranslationCheck {
  const started = performance.now();
  const problems: string[] = [];
  let json: string | undefined;
  try {
    const compiled = compileInkFile(t.mainFile);
    json = compiled.json;
    for (const w of compiled.warnings) problems.push(`${t.label}: ${formatDiagnostic(w)} (compiler ${w.severity})`);
  } catch (error) {
    if (!(error instanceof InkCompileError)) throw error;
    problems.push(...error.diagnostics.map((d) => `${t.label}: ${formatDiagnostic(d)}`));
  }
  let pieces = 0;
  if (json !== undefined) {
    const structure = compareStructure(englishJson, json, t.label);
    const sources = inkSources(t.dir);
    problems.push(...structure.problems.map((p) => withPlace(p, sources)));
    problems.push(...lintPersianText(structure.pieces, t.label).map((p) => withPlace(p, sources)));
    pieces = structure.pieces.length;
    // The same program must give the same identity, or saves and links would not cross languages.
    if (structure.problems.length === 0 && storyIdentity(englishJson) !== storyIdentity(json)) {
      problems.push(`${t.label}: the story's identity differs from the English (${storyIdentity(json)} vs ${storyIdentity(englishJson)}): saves and links would not carry across`);
    }
  }
  problems.push(...checkMirror(path.dirname(options.castFile), t));

  const englishDir = path.dirname(options.castFile);
  const articleIds = new Set(parseArticle(readFileSync(options.articleFile, 'utf8')).keys());
  for (const file of MIRRORED_JSON) {
    const en = path.join(englishDir, file);
    const fa = path.join(t.dir, file);
    if (!existsSync(en)) continue;
    if (!existsSync(fa)) {
      problems.push(`${t.label}: ${path.relative(process.cwd(), fa)} is missing (it mirrors ${file})`);
      continue;
    }
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(fa, 'utf8'));
    } catch (error) {
      problems.push(`${t.label}: ${file} is not valid JSON (${String(error)})`);
      continue;
    }
    problems.push(...compareJsonShape(JSON.parse(readFileSync(en, 'utf8')), data, `${t.label}: ${file}`));
    if (file === 'quiz.json') {
      try {
        parseQuizSheet(data, articleIds);
      } catch (error) {
        problems.push(`${t.label}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    if (file === 'debrief.json') problems.push(...parseDebriefContent(data, articleIds).problems.map((p) => `${t.label}: debrief.json: ${p}`));
  }
  const about = path.join(t.dir, 'about-source.md');
  if (!existsSync(about)) problems.push(`${t.label}: about-source.md is missing`);
  else if (t.notice && !readFileSync(about, 'utf8').includes(t.notice)) {
    problems.push(`${t.label}: about-source.md must say that its quotes are translated back from the English edition ("${t.notice}")`);
  }
  return { problems, pieces, seconds: (performance.now() - started) / 1000 };
}

/** An id the code reads ("opponent", "f-sediqi", "sound"): the same in every language. */
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * The translation's JSON has the English shape: the same keys and array lengths, equal numbers,
 * booleans and ids, and every string of words (other than "$comment" notes) in Persian.
 */
export function compareJsonShape(en: unknown, fa: unknown, where: string): string[] {
  const problems: string[] = [];
  const walk = (e: unknown, f: unknown, at: string) => {
    if (Array.isArray(e)) {
      if (!Array.isArray(f)) return problems.push(`${where} at ${at}: an array in English`);
      if (e.length !== f.length) problems.push(`${where} at ${at}: ${e.length} items in English, ${f.length} in the translation`);
      e.forEach((x, i) => i < f.length && walk(x, f[i], `${at}[${i}]`));
      return;
    }
    if (e !== null && typeof e === 'object') {
      if (f === null || typeof f !== 'object' || Array.isArray(f)) return problems.push(`${where} at ${at}: an object in English`);
      const fo = f as Record<string, unknown>;
      for (const [k, v] of Object.entries(e)) {
        if (!(k in fo)) problems.push(`${where}: '${at ? `${at}.` : ''}${k}' is missing`);
        else if (!k.startsWith('$')) walk(v, fo[k], at ? `${at}.${k}` : k);
      }
      for (const k of Object.keys(fo)) if (!(k in e)) problems.push(`${where}: '${at ? `${at}.` : ''}${k}' is not in the English file`);
      return;
    }
    if (typeof e === 'string' && typeof f === 'string') {
      if (e === '' || ID.test(e)) {
        if (e !== f) problems.push(`${where} at ${at}: the id '${e}' must stay '${e}' (found '${f.slice(0, 40)}')`);
      } else {
        problems.push(...lintPersianText([{ path: at, text: f, kind: 'line' }], where).map((p) => p.replace(`${where}: line at`, `${where} at`)));
      }
      return;
    }
    if (e !== f) problems.push(`${where} at ${at}: English has ${JSON.stringify(e)}, the translation ${JSON.stringify(f)}`);
  };
  walk(en, fa, '');
  return problems;
}

/**
 * The translation mirrors the English file for file and line for line (plus one header comment
 * line), so that a writer finds line N of story/X.ink at line N+1 of story/fa/X.ink.
 */
export function checkMirror(englishDir: string, t: Translation): string[] {
  const problems: string[] = [];
  const relative = (d: string) => inkSources(d, d).map((s) => ({ ...s, name: s.file }));
  // The English files are story/'s own, not those of a translation kept inside it (story/fa).
  const english = relative(englishDir).filter((s) => !s.name.startsWith(`${t.label}/`) && !s.name.startsWith(`${path.relative(englishDir, t.dir)}/`));
  const translated = new Map(relative(t.dir).map((s) => [s.name, s]));
  for (const en of english) {
    const fa = translated.get(en.name);
    if (!fa) {
      problems.push(`${t.label}: ${en.name} has no translation (${path.join(path.relative(process.cwd(), t.dir), en.name)})`);
      continue;
    }
    translated.delete(en.name);
    // Lines as an editor counts them (a final newline does not start a line).
    const count = (lines: string[]) => lines.length - (lines.at(-1) === '' ? 1 : 0);
    if (count(fa.lines) !== count(en.lines) + 1) {
      problems.push(
        `${t.label}: ${en.name} has ${count(en.lines)} lines and its translation ${count(fa.lines)}: keep it line for line, with one header line (line N of the English is line N+1)`,
      );
    }
  }
  for (const name of translated.keys()) problems.push(`${t.label}: ${name} has no English original`);
  return problems;
}

/** The translation's ink files, line by line, to point a problem at file and line. */
function inkSources(dir: string, relativeTo = process.cwd()): { file: string; lines: string[] }[] {
  const out: { file: string; lines: string[] }[] = [];
  const visit = (d: string) => {
    for (const name of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, name.name);
      if (name.isDirectory()) visit(full);
      else if (name.name.endsWith('.ink')) out.push({ file: path.relative(relativeTo, full), lines: readFileSync(full, 'utf8').split('\n') });
    }
  };
  if (existsSync(dir)) visit(dir);
  return out;
}

/** Adds "file:line" to a problem that quotes a piece of the translation's text. */
function withPlace(problem: string, sources: { file: string; lines: string[] }[]): string {
  const quoted = /(?:Persian text|: )"([^"]{8,})"/.exec(problem)?.[1] ?? /near-fa "([^"]+)"/.exec(problem)?.[1];
  if (!quoted) return problem;
  const needle = quoted.slice(0, 30);
  for (const s of sources) {
    const i = s.lines.findIndex((l) => l.includes(needle));
    if (i >= 0) return `${problem.replace(/ near-fa "[^"]*"/, '')} [${s.file}:${i + 1}]`;
  }
  return problem.replace(/ near-fa "[^"]*"/, '');
}
