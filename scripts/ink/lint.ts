// The content lint: every line and choice the walk reaches is checked against the tag contract
// (src/debate/core/tags.ts, src/debate/core/contract.ts), the article's paragraph ids and story/cast.json.
import { isFigure, opponentsOf, ROLES } from '../../src/debate/core/cast.ts';
import { GRADED_MOVES, GRADES, isOneOf, isSpeakerId, CARDS } from '../../src/debate/core/contract.ts';
import { parseChoiceTags, parseGlobalTags, parseLineTags } from '../../src/debate/core/tags.ts';
import type { WalkGraph } from './walk.ts';

/** The parts of story/cast.json the lint checks (the full shape is src/debate/core/cast.ts). */
export interface CastSheet {
  speakers: Record<string, { name: string; source?: string; role?: string }>;
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
  table: CastSheet,
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
      report(`unknown speaker '${value.speaker}': story/cast.json has no placard for it`, line.path, line.text);
    }
    for (const s of value.stances) {
      if (!table.speakers[s.speaker]) report(`stance for unknown speaker '${s.speaker}': story/cast.json has no placard for it`, line.path, line.text);
    }
    if (value.speaker && isFigure(table, value.speaker) && !value.dramatized && value.sources.length === 0) {
      report(`a line by ${value.speaker} needs '# source:' or '# dramatized'`, line.path, line.text);
    }
    checkSources(value.sources, line.path, line.text);
    if (value.grade && !value.why) report(`a graded line needs its '# why:'`, line.path, line.text);
    if (value.why) checkSources(value.why.sources, line.path, line.text);
    if (value.ending && !table.endings[value.ending]) {
      report(`ending '${value.ending}' has no title in story/cast.json`, line.path, line.text);
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

/**
 * Checks that story/cast.json is a cast the game can seat (every speaker a well-formed id with a
 * known role; the player and the narrator, whom the game speaks for, and a host; each opponent's
 * viewpoint paragraph), faces every card of the contract and titles only endings the story reaches.
 */
export function lintCast(table: CastSheet, endingsReached: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  for (const [id, placard] of Object.entries(table.speakers)) {
    if (!isSpeakerId(id)) problems.push(`cast.json: '${id}' is not a speaker id (lower case letters, digits, '-' and '_')`);
    if (!isOneOf(ROLES, placard.role ?? '')) problems.push(`cast.json: ${id}'s role must be one of ${ROLES.join(', ')}`);
  }
  if (table.speakers.player?.role !== 'player') problems.push(`cast.json: no placard for 'player' with the role player`);
  if (table.speakers.narrator?.role !== 'narrator') problems.push(`cast.json: no placard for 'narrator' with the role narrator`);
  if (!Object.values(table.speakers).some((p) => p.role === 'host')) problems.push('cast.json: no speaker with the role host');
  for (const id of opponentsOf(table)) {
    if (table.speakers[id]?.source !== `f-${id}`) problems.push(`cast.json: ${id}'s source must be 'f-${id}'`);
  }
  for (const id of CARDS) if (!table.cards[id]) problems.push(`cast.json: no face for card '${id}'`);
  for (const id of Object.keys(table.cards)) {
    if (!isOneOf(CARDS, id)) problems.push(`cast.json: '${id}' is not a card of the contract`);
  }
  for (const id of Object.keys(table.endings)) {
    if (!endingsReached.has(id)) problems.push(`cast.json: ending '${id}' is never reached`);
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
