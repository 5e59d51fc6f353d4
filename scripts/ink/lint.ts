// The content lint: every line and choice the walk reaches is checked against the tag contract
// (src/debate/tags.ts, src/debate/contract.ts), the article's paragraph ids and story/table.json.
import { FIGURES, GRADED_MOVES, GRADES, isOneOf, OPPONENTS, SPEAKERS, CARDS } from '../../src/debate/contract.ts';
import { parseChoiceTags, parseGlobalTags, parseLineTags } from '../../src/debate/tags.ts';
import type { WalkGraph } from './walk.ts';

/** The parts of story/table.json the lint checks (the full shape is src/debate/cast.ts). */
export interface StoryTable {
  speakers: Record<string, { name: string; source?: string }>;
  cards: Record<string, { name: string; point: string; sources: string[] }>;
  endings: Record<string, { title: string; room?: string }>;
}

export interface LintProblem {
  message: string;
  /** Runtime path of the line or choice, e.g. "sediqi_exchange.0.menu.c-2.3". */
  where: string;
  text?: string;
}

const GRADED = new Set<string>(GRADED_MOVES);

/** Lints what a walk reached; `articleIds` are the paragraph ids of story/source/article.md. */
export function lintWalk(
  graph: WalkGraph,
  articleIds: ReadonlySet<string>,
  table: StoryTable,
): LintProblem[] {
  const problems: LintProblem[] = [];
  const seen = new Set<string>();
  const report = (message: string, where: string, text?: string) => {
    const key = `${message}\u0000${where}`;
    if (seen.has(key)) return;
    seen.add(key);
    problems.push({ message, where, ...(text !== undefined && { text: text.slice(0, 80) }) });
  };
  const checkSources = (ids: string[], where: string, text: string) => {
    for (const id of ids) {
      if (!articleIds.has(id)) report(`cites '${id}', which is not a paragraph of the article`, where, text);
    }
  };

  for (const line of graph.lines) {
    const { value, problems: tagProblems } = parseLineTags(line.tags);
    for (const p of tagProblems) report(p, line.path, line.text);
    if (line.text !== '' && !value.speaker) report('a spoken line has no # speaker', line.path, line.text);
    if (/\b(PLACEHOLDER|TODO|TBD|FIXME)\b/.test(line.text)) report('unfinished text', line.path, line.text);
    if (value.speaker && !table.speakers[value.speaker]) {
      report(`speaker '${value.speaker}' has no placard in story/table.json`, line.path, line.text);
    }
    if (value.speaker && isOneOf(FIGURES, value.speaker) && !value.dramatized && value.sources.length === 0) {
      report(`a line by ${value.speaker} needs '# source:' or '# dramatized'`, line.path, line.text);
    }
    checkSources(value.sources, line.path, line.text);
    if (value.grade && !value.why) report(`a graded line needs its '# why:'`, line.path, line.text);
    if (value.why) checkSources(value.why.sources, line.path, line.text);
    if (value.ending && !table.endings[value.ending]) {
      report(`ending '${value.ending}' has no title in story/table.json`, line.path, line.text);
    }
  }

  for (const node of graph.nodes) {
    for (const choice of node.choices) {
      const where = node.position.split('|')[choice.index] ?? node.position;
      const { value, problems: tagProblems } = parseChoiceTags(choice.tags);
      for (const p of tagProblems) report(p, where, choice.text);
      if (choice.text.trim() === '') report('a choice has no text', where);
      if (/\b(PLACEHOLDER|TODO|TBD|FIXME)\b/.test(choice.text)) report('unfinished text', where, choice.text);
      // Every graded move is graded exactly once, so the debrief has one grade and one why for it.
      const grades = choice.lines.filter((id) => parseLineTags(graph.lines[id]?.tags).value.grade);
      if (value.move && GRADED.has(value.move) && grades.length !== 1 && choice.target >= 0) {
        report(`a '${value.move}' move must be followed by exactly one graded line (found ${grades.length})`, where, choice.text);
      }
      if (value.move && !GRADED.has(value.move) && grades.length > 0) {
        report(`a '${value.move}' move is not graded, but a graded line follows it`, where, choice.text);
      }
    }
  }
  return problems;
}

/** Checks that story/table.json covers the contract and the story's endings, and nothing else. */
export function lintTable(table: StoryTable, endingsReached: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  for (const id of SPEAKERS) if (!table.speakers[id]) problems.push(`table.json: no placard for speaker '${id}'`);
  for (const id of Object.keys(table.speakers)) {
    if (!isOneOf(SPEAKERS, id)) problems.push(`table.json: '${id}' is not a speaker of the contract`);
  }
  for (const id of OPPONENTS) {
    if (table.speakers[id]?.source !== `f-${id}`) problems.push(`table.json: ${id}'s source must be 'f-${id}'`);
  }
  for (const id of CARDS) if (!table.cards[id]) problems.push(`table.json: no face for card '${id}'`);
  for (const id of Object.keys(table.cards)) {
    if (!isOneOf(CARDS, id)) problems.push(`table.json: '${id}' is not a card of the contract`);
  }
  for (const id of Object.keys(table.endings)) {
    if (!endingsReached.has(id)) problems.push(`table.json: ending '${id}' is never reached`);
  }
  return problems;
}

export function lintGlobals(tags: string[] | null): string[] {
  const { value, problems } = parseGlobalTags(tags);
  if (!value.title) problems.push("the story needs a '# title:' global tag");
  if (!value.version) problems.push("the story needs a '# version:' global tag");
  return problems;
}

export { GRADES };
