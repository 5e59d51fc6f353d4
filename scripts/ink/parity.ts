// The Persian story (story/fa) must be the English debate in other words: the same states, the same
// choices at each (by index and move/card tags), the same grades, meters, stances and endings along
// every path. Walking it from scratch would double the story check, so this replays the English
// walk's graph instead: both stories step in lockstep along every edge the walk found, and every
// state reached must have the same language-free signature (variables, visit counts, call stack,
// choices without their text) in both. The Persian lines met on the way make a graph of their own,
// which the story check lints like the English one.
import { Story } from 'inkjs';
import { parseChoiceTags, parseLineTags } from '../../src/debate/core/tags.ts';
import { languageFreeSignature } from '../../src/debate/core/signature.ts';
import { tagShape } from './identity.ts';
import type { WalkChoice, WalkGraph, WalkLine, WalkNode } from './walk.ts';

export interface ParityResult {
  /** Each difference, naming the place (the story path of the line or choice) and the route there. */
  problems: string[];
  /** The Persian lines and choices along the same graph, for the lint. */
  graph: WalkGraph;
  seconds: number;
}


const countWords = (text: string) => (text.match(/\S+/g) ?? []).length;
const shapes = (tags: readonly string[]) => tags.map(tagShape).join(' # ');


interface Stepper {
  story: Story;
  errors: string[];
  globalTags: Set<string>;
}

function stepper(json: string, preset: string | undefined): Stepper {
  const story = new Story(json);
  const s: Stepper = { story, errors: [], globalTags: new Set(story.globalTags ?? []) };
  story.onError = (message, type) => {
    if (type === 2) s.errors.push(message);
  };
  // The same start as walk.ts: seed 1 and the preset set before the first line.
  story.state.storySeed = 1;
  if (preset !== undefined && story.variablesState.GlobalVariableExistsWithName('preset')) {
    story.variablesState.$('preset', preset);
  }
  return s;
}

/** Continues to the next decision, as walk.ts does, returning the lines spoken. */
function run(s: Stepper): WalkLine[] {
  const lines: WalkLine[] = [];
  let lastPath = '';
  while (s.story.canContinue && s.errors.length === 0) {
    let text: string;
    try {
      text = s.story.Continue() ?? '';
    } catch (error) {
      s.errors.push(String(error));
      break;
    }
    const tags = (s.story.currentTags ?? []).filter((t) => !s.globalTags.has(t));
    s.globalTags = new Set();
    lastPath = s.story.state.previousPointer.path?.toString() ?? lastPath;
    if (text.trim() === '' && tags.length === 0) continue;
    lines.push({ text: text.trim(), tags: [...tags], path: lastPath });
  }
  return lines;
}

/**
 * Replays `english` (the walk of `enJson` for one preset) on both stories in lockstep and reports
 * every place where the Persian story `faJson` differs in structure.
 */
export function compareWithWalk(enJson: string, faJson: string, english: WalkGraph, label = 'fa'): ParityResult {
  const started = performance.now();
  const problems: string[] = [];
  const seen = new Set<string>();
  const report = (message: string) => {
    if (seen.has(message) || problems.length >= 50) return;
    seen.add(message);
    problems.push(`${label}: ${message}`);
  };
  const en = stepper(enJson, english.preset);
  const fa = stepper(faJson, english.preset);

  const lines: WalkLine[] = [];
  const lineIds = new Map<string, number>();
  const lineId = (line: WalkLine) => {
    const key = `${line.text}\u0000${line.tags.join('\u0001')}`;
    let id = lineIds.get(key);
    if (id === undefined) {
      id = lines.length;
      lines.push(line);
      lineIds.set(key, id);
    }
    return id;
  };
  const nodes: WalkNode[] = english.nodes.map((n) => ({ ...n, choices: [] }));
  const route = (node: number, extra?: number) => {
    const path: number[] = extra === undefined ? [] : [extra];
    for (let n = english.nodes[node]; n?.parent; n = english.nodes[n.parent.node]) path.unshift(n.parent.choice);
    return path.length > 0 ? ` (after choices [${path.join(', ')}])` : ' (before the first choice)';
  };

  /** Compares the lines both stories spoke on one step; returns the Persian line ids. */
  const compareLines = (enLines: WalkLine[], faLines: WalkLine[], where: string): number[] => {
    for (let i = 0; i < Math.max(enLines.length, faLines.length); i++) {
      const e = enLines[i];
      const f = faLines[i];
      if (!f) {
        report(`a line is missing at ${e?.path ?? '?'}${where}: English has "${e?.text.slice(0, 60) ?? ''}"`);
        break;
      }
      if (!e) {
        report(`an extra line at ${f.path}${where}: "${f.text.slice(0, 60)}"`);
        break;
      }
      if (e.path !== f.path) report(`a line is at ${f.path} in Persian but at ${e.path} in English${where}`);
      const es = shapes(e.tags);
      const fs = shapes(f.tags);
      if (es !== fs) report(`tags differ at ${e.path}${where}: English '# ${es}', Persian '# ${fs}'`);
    }
    return faLines.map(lineId);
  };

  /** Compares the choices on offer now with the English node's; returns the Persian choices. */
  const compareChoices = (id: number, where: string) => {
    const enNode = english.nodes[id] as WalkNode;
    const enChoices = en.story.currentChoices;
    const faChoices = fa.story.currentChoices;
    if (enChoices.length !== faChoices.length) {
      const at = enChoices.map((c) => c.sourcePath).join(', ') || faChoices.map((c) => c.sourcePath).join(', ');
      report(`${enChoices.length} choices in English but ${faChoices.length} in Persian at ${at}${where}`);
      return false;
    }
    for (const [i, c] of enChoices.entries()) {
      const f = faChoices[i];
      if (!f) continue;
      const et = parseChoiceTags(c.tags).value;
      const ft = parseChoiceTags(f.tags).value;
      if (c.sourcePath !== f.sourcePath || et.move !== ft.move || et.card !== ft.card) {
        report(
          `choice ${i} differs at ${c.sourcePath}${where}: English ${et.move ?? '?'}${et.card ? `/${et.card}` : ''}, Persian ${ft.move ?? '?'}${ft.card ? `/${ft.card}` : ''} at ${f.sourcePath}`,
        );
      }
    }
    if (enNode.choices.length !== 0 && enNode.choices.length !== enChoices.length) {
      report(`the English walk and its replay disagree at node ${id}${where}`);
    }
    return true;
  };

  const snapshots = new Map<number, [string, string]>();
  /** Registers the state both stories are in as English node `id`; false when they differ. */
  const arrive = (id: number, where: string): boolean => {
    if (!compareChoices(id, where)) return false;
    if (snapshots.has(id) || (english.nodes[id]?.end ?? true)) {
      if (english.nodes[id]?.end && (fa.story.currentChoices.length > 0 || en.story.currentChoices.length > 0)) {
        report(`the story should end here${where}`);
      }
      return true;
    }
    const enState = en.story.state.ToJson();
    const faState = fa.story.state.ToJson();
    if (languageFreeSignature(enState) !== languageFreeSignature(faState)) {
      report(`the state differs (variables, meters, visit counts or call stack)${where}`);
      return false;
    }
    snapshots.set(id, [enState, faState]);
    return true;
  };

  const openingEn = run(en);
  const openingFa = run(fa);
  const openingLines = compareLines(openingEn, openingFa, route(0));
  const queue: number[] = [];
  if (english.nodes.length > 0 && arrive(0, route(0))) queue.push(0);
  const expanded = new Set<number>();
  while (queue.length > 0) {
    const id = queue.shift() as number;
    if (expanded.has(id)) continue;
    expanded.add(id);
    const snapshot = snapshots.get(id);
    const enNode = english.nodes[id] as WalkNode;
    if (!snapshot) continue;
    const [enState, faState] = snapshot;
    for (const choice of enNode.choices) {
      en.story.state.LoadJson(enState);
      fa.story.state.LoadJson(faState);
      const offered = fa.story.currentChoices[choice.index];
      if (!offered) break;
      en.errors.length = 0;
      fa.errors.length = 0;
      en.story.ChooseChoiceIndex(choice.index);
      fa.story.ChooseChoiceIndex(choice.index);
      const where = route(id, choice.index);
      const spoken = run(fa);
      const faLines = compareLines(run(en), spoken, where);
      if (fa.errors.length > 0 && en.errors.length === 0) report(`runtime error in Persian${where}: ${fa.errors.join('; ')}`);
      const faChoice: WalkChoice = {
        index: choice.index,
        text: offered.text,
        tags: offered.tags ?? [],
        target: choice.target,
        lines: faLines,
        words: spoken.reduce((n, l) => n + countWords(l.text), 0),
      };
      nodes[id]?.choices.push(faChoice);
      if (choice.target < 0) continue;
      if (arrive(choice.target, where) && !expanded.has(choice.target)) queue.push(choice.target);
    }
    snapshots.delete(id);
  }

  const graph: WalkGraph = {
    preset: english.preset,
    nodes,
    lines,
    openingWords: openingFa.reduce((n, l) => n + countWords(l.text), 0),
    openingLines,
    problems: [],
    seconds: (performance.now() - started) / 1000,
  };
  return { problems, graph, seconds: graph.seconds };
}

// ---------------------------------------------------------------------------------------------
// The cheap proof: the two compiled stories must be the same program with other words. Both JSON
// trees are compared item by item: every command, divert, variable, string literal used by the
// logic, container name and id tag must be equal; only text shown to the player (lines, choice
// texts) and the values of word tags (`# dramatized: <lead-in>`, the words of `# why:`) may differ.
// Equal programs walk to equal graphs, so this stands in for walking the Persian story again.

/** A piece of Persian text the player reads, with where it is (for the language lint). */
export interface TextPiece {
  path: string;
  text: string;
  kind: 'line' | 'choice' | 'lead-in' | 'why';
  /** For a line: the whole line's text so far, to check that its lead-in is how it begins. */
  line?: string;
}

export interface StructureResult {
  problems: string[];
  pieces: TextPiece[];
}

type J = unknown;
const isText = (x: J): x is string => typeof x === 'string' && x.startsWith('^');

/** Compares two compiled ink stories (JSON text); `label` prefixes each problem. */
export function compareStructure(enJson: string, faJson: string, label = 'fa'): StructureResult {
  const problems: string[] = [];
  const pieces: TextPiece[] = [];
  // The English text last passed, to say where a difference is; the Persian one, to find its file.
  let near = '';
  let nearFa = '';
  const report = (path: string, message: string) => {
    if (problems.length >= 50) return;
    const context = near ? ` (near "${near.trim().slice(0, 60)}")` : '';
    problems.push(`${label}: ${message} at ${path || 'the top'}${context}${nearFa ? ` near-fa "${nearFa.trim().slice(0, 30)}"` : ''}`);
  };
  const describe = (x: J) => (x === undefined ? 'nothing' : JSON.stringify(x).slice(0, 60));

  const compare = (e: J, f: J, path: string): void => {
    if (Array.isArray(e) && Array.isArray(f)) return compareArrays(e, f, path);
    if (e && f && typeof e === 'object' && typeof f === 'object' && !Array.isArray(e) && !Array.isArray(f)) {
      const ek = Object.keys(e);
      const fk = Object.keys(f);
      for (const k of ek) if (!(k in f)) report(path, `'${k}' is missing in Persian`);
      for (const k of fk) if (!(k in e)) report(path, `'${k}' is in Persian only`);
      for (const k of ek) {
        if (k in f) compare((e as Record<string, J>)[k], (f as Record<string, J>)[k], k.startsWith('#') || k.length <= 3 && !k.startsWith('c-') && !/^\d/.test(k) ? path : join(path, k));
      }
      return;
    }
    if (JSON.stringify(e) !== JSON.stringify(f)) report(path, `English has ${describe(e)}, Persian ${describe(f)}`);
  };

  const join = (path: string, part: string | number) => (path === '' ? String(part) : `${path}.${part}`);

  const compareArrays = (e: J[], f: J[], path: string): void => {
    const choicePoints = (xs: J[]) => xs.filter((x) => x !== null && typeof x === 'object' && '*' in x).length;
    const [ce, cf] = [choicePoints(e), choicePoints(f)];
    if (ce !== cf) {
      near = String(e.find(isText) ?? near).slice(1);
      report(path, `${ce} choices in English but ${cf} in Persian`);
    }
    let i = 0;
    let j = 0;
    let line = '';
    let inString = false;
    while (i < e.length || j < f.length) {
      const a = e[i];
      const b = f[j];
      const here = join(path, i);
      // A tag: "#", its pieces, "/#". Compare what it says by its shape (ids exactly, words not).
      if (a === '#' && b === '#') {
        const ea = e.indexOf('/#', i);
        const fb = f.indexOf('/#', j);
        const et = tagText(e.slice(i + 1, ea));
        const ft = tagText(f.slice(j + 1, fb));
        if (tagShape(et) !== tagShape(ft)) report(here, `tag '# ${et.trim()}' in English is '# ${ft.trim()}' in Persian`);
        const inner = (xs: J[]) => xs.filter((x) => !isText(x));
        compare(inner(e.slice(i + 1, ea)), inner(f.slice(j + 1, fb)), here);
        const key = ft.slice(0, Math.max(0, ft.indexOf(':'))).trim().toLowerCase();
        const value = ft.slice(ft.indexOf(':') + 1).trim();
        if (key === 'dramatized' && value !== '') pieces.push({ path: here, text: value, kind: 'lead-in', line: line.trim() });
        if (key === 'why') pieces.push({ path: here, text: parseLineTags([ft]).value.why?.text ?? value, kind: 'why' });
        i = ea + 1;
        j = fb + 1;
        continue;
      }
      if (a === 'str' && b === 'str') inString = true;
      if (a === '/str' && b === '/str') inString = false;
      if (isText(a) && isText(b)) {
        // Inside "str" ... "/str" a text is a string the logic uses, unless it is a choice's text
        // (which carries its tags inside the same string).
        const choiceText = inString && e.slice(i, e.indexOf('/str', i)).includes('#');
        if (inString && !choiceText) {
          if (a !== b) report(here, `the string "${a.slice(1)}" the logic uses is "${b.slice(1)}" in Persian`);
        } else {
          near = a.slice(1);
          nearFa = b.slice(1);
          line += b.slice(1);
          pieces.push({ path: here, text: b.slice(1), kind: choiceText ? 'choice' : 'line' });
        }
        i++;
        j++;
        continue;
      }
      if (a === '\n') line = '';
      if (a === undefined || b === undefined || isText(a) !== isText(b)) {
        report(here, `English has ${describe(a)}, Persian ${describe(b)}`);
        return;
      }
      compare(a, b, Array.isArray(a) || (a && typeof a === 'object' && i === e.length - 1) ? (i === e.length - 1 && !Array.isArray(a) ? path : here) : here);
      i++;
      j++;
    }
  };

  let en: J;
  let fa: J;
  try {
    en = JSON.parse(enJson);
    fa = JSON.parse(faJson);
  } catch (error) {
    return { problems: [`${label}: not valid JSON (${String(error)})`], pieces };
  }
  compare((en as { root: J }).root, (fa as { root: J }).root, '');
  return { problems, pieces };
}

function tagText(xs: J[]): string {
  return xs.map((x) => (isText(x) ? x.slice(1) : '{}')).join('');
}

// ---------------------------------------------------------------------------------------------
// The language lint: every piece of the Persian story a player reads is Persian.

const PERSIAN_LETTER = /[\u0620-\u064A\u066E-\u06D3\u06FA-\u06FF]/;
const ARABIC_ONLY = /[\u064A\u0643]/; // ي and ك: Persian writes ی and ک
/** Latin words allowed inside a Persian line: acronyms (IRNA, IRGC, JCPOA) and paragraph ids. */
const ALLOWED_LATIN = /^([A-Z]{2,}|[a-z]\d\d|f-[a-z]+)$/;

export function lintPersianText(pieces: readonly TextPiece[], label = 'fa'): string[] {
  const problems: string[] = [];
  for (const p of pieces) {
    const text = p.text.trim();
    const where = `${label}: ${p.kind} at ${p.path}`;
    if (ARABIC_ONLY.test(text)) problems.push(`${where} uses Arabic ي or ك (Persian writes ی, ک): "${text.slice(0, 60)}"`);
    const latin = (text.match(/[A-Za-z][A-Za-z0-9'-]*/g) ?? []).filter((w) => !ALLOWED_LATIN.test(w));
    if (latin.length > 0 && !PERSIAN_LETTER.test(text)) problems.push(`${where} is not translated: "${text.slice(0, 60)}"`);
    else if (latin.length >= 2) problems.push(`${where} keeps English words (${latin.slice(0, 4).join(' ')}): "${text.slice(0, 60)}"`);
    // Persian punctuation: ، ؛ ؟ and « », not the Latin , ; ? or straight quotes.
    const latinMark = PERSIAN_LETTER.test(text) ? /[,;?"]/.exec(text) : null;
    if (latinMark) problems.push(`${where} uses the Latin '${latinMark[0]}' (Persian writes ، ؛ ؟ « »): "${text.slice(0, 60)}"`);
    if (p.kind === 'lead-in' && p.line !== undefined && !p.line.startsWith(text)) {
      problems.push(`${where}: the lead-in "${text.slice(0, 40)}" is not how the line begins ("${p.line.slice(0, 40)}")`);
    }
  }
  return problems;
}
