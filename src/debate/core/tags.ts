// Parses Ink tags against the contract in contract.ts. One module, so the engine, the story check
// and the tests read tags the same way. Parsing never throws: each malformed or unknown tag becomes
// a problem, which the engine tolerates and the story check reports as an error.
import {
  CARDS,
  GRADES,
  isOneOf,
  MOVES,
  SFX,
  isSpeakerId,
  STANCES,
  type CardId,
  type Grade,
  type Move,
  type SfxId,
  type SpeakerId,
  type Stance,
} from './contract.ts';

export interface Why {
  text: string;
  sources: string[];
}

export interface LineTags {
  speaker?: SpeakerId;
  sources: string[];
  /** The whole line goes beyond the article. */
  dramatized: boolean;
  /**
   * A sourced line's own opening words, written for the game (`# dramatized: <those words>`): the
   * rest of the line is the quoted or closely paraphrased part its `# source:` names.
   */
  leadIn?: string;
  grade?: Grade;
  why?: Why;
  /** Stance changes: a line may set several (the opening seats everyone). */
  stances: { speaker: SpeakerId; stance: Stance }[];
  sfx?: SfxId;
  ending?: string;
}

export interface ChoiceTags {
  move?: Move;
  card?: CardId;
}

export interface GlobalTags {
  title?: string;
  version?: string;
  [key: string]: string | undefined;
}

export interface Parsed<T> {
  value: T;
  problems: string[];
}

const SOURCE_ID = /^[a-z][a-z0-9-]*$/;
const ENDING_ID = /^[a-z][a-z0-9-]*$/;
/** `# why: <principle> (m08, m09)`: the principle, then its source paragraph ids in brackets. */
const WHY = /^(.*\S)\s*\(([a-z0-9,\s-]+)\)\s*$/;

function splitTag(tag: string): { key: string; value: string } {
  const colon = tag.indexOf(':');
  if (colon < 0) return { key: tag.trim().toLowerCase(), value: '' };
  return { key: tag.slice(0, colon).trim().toLowerCase(), value: tag.slice(colon + 1).trim() };
}

export function parseSourceList(value: string): { ids: string[]; bad: string[] } {
  const ids: string[] = [];
  const bad: string[] = [];
  for (const part of value.split(',')) {
    const id = part.trim();
    if (id === '') continue;
    (SOURCE_ID.test(id) ? ids : bad).push(id);
  }
  return { ids, bad };
}

export function parseLineTags(tags: readonly string[] | null | undefined): Parsed<LineTags> {
  const value: LineTags = { sources: [], dramatized: false, stances: [] };
  const problems: string[] = [];
  for (const raw of tags ?? []) {
    const { key, value: text } = splitTag(raw);
    switch (key) {
      case 'speaker':
        if (isSpeakerId(text)) value.speaker = text;
        else problems.push(`malformed speaker id '${text}'`);
        break;
      case 'source': {
        const { ids, bad } = parseSourceList(text);
        if (ids.length === 0 && bad.length === 0) problems.push(`'# source:' names no paragraph id`);
        for (const id of bad) problems.push(`malformed source id '${id}'`);
        value.sources.push(...ids);
        break;
      }
      case 'dramatized':
        // Bare: the whole line is dramatized. With a value: the line's dramatized lead-in.
        if (text === '') value.dramatized = true;
        else value.leadIn = text;
        break;
      case 'grade':
        if (isOneOf(GRADES, text)) value.grade = text;
        else problems.push(`unknown grade '${text}' (expected ${GRADES.join('|')})`);
        break;
      case 'why': {
        const match = WHY.exec(text);
        const sources = match ? parseSourceList(match[2] ?? '') : undefined;
        if (!match || !sources || sources.ids.length === 0 || sources.bad.length > 0) {
          problems.push(`'# why:' must end with its source ids in brackets, e.g. '(m08, m09)'`);
        } else {
          value.why = { text: match[1] ?? '', sources: sources.ids };
        }
        break;
      }
      case 'stance': {
        const [who = '', stance = ''] = text.split('=').map((s) => s.trim());
        if (!isSpeakerId(who)) problems.push(`stance for a malformed speaker id '${who}'`);
        else if (!isOneOf(STANCES, stance)) problems.push(`unknown stance '${stance}' for ${who}`);
        else value.stances.push({ speaker: who, stance });
        break;
      }
      case 'sfx':
        if (isOneOf(SFX, text)) value.sfx = text;
        else problems.push(`unknown sfx '${text}' (expected ${SFX.join('|')})`);
        break;
      case 'ending':
        if (ENDING_ID.test(text)) value.ending = text;
        else problems.push(`malformed ending id '${text}'`);
        break;
      default:
        problems.push(`unknown line tag '${raw.trim()}'`);
    }
  }
  if (value.dramatized && value.sources.length > 0) {
    problems.push(`a line is either sourced or dramatized; a sourced line marks its own lead-in with '# dramatized: <lead-in>'`);
  }
  if (value.leadIn !== undefined && value.sources.length === 0) {
    problems.push(`'# dramatized: <lead-in>' belongs on a sourced line (the rest of it needs '# source:')`);
  }
  return { value, problems };
}

/**
 * A spoken line as its two parts, for display: the dramatized lead-in (empty when there is none)
 * and the rest, with the space between them kept, so that `lead + rest` is the line.
 */
export function lineParts(line: { text: string; leadIn?: string | undefined }): { lead: string; rest: string } {
  const lead = line.leadIn && line.text.startsWith(line.leadIn) ? line.leadIn : '';
  return { lead, rest: line.text.slice(lead.length) };
}

/**
 * Splits a line with a dramatized lead-in into its two parts. `problem` is set when the lead-in is
 * not the line's opening words, or leaves nothing for the source.
 */
export function splitLeadIn(text: string, leadIn: string | undefined): { leadIn: string; quoted: string; problem?: string } {
  if (leadIn === undefined) return { leadIn: '', quoted: text };
  const lead = leadIn.trim();
  if (!text.startsWith(lead)) {
    return { leadIn: '', quoted: text, problem: `the dramatized lead-in '${lead}' is not how the line begins` };
  }
  const quoted = text.slice(lead.length).trim();
  if (quoted === '') return { leadIn: lead, quoted, problem: 'the dramatized lead-in is the whole line: nothing is left for the source' };
  return { leadIn: lead, quoted };
}

export function parseChoiceTags(tags: readonly string[] | null | undefined): Parsed<ChoiceTags> {
  const value: ChoiceTags = {};
  const problems: string[] = [];
  for (const raw of tags ?? []) {
    const { key, value: text } = splitTag(raw);
    if (key === 'move') {
      if (isOneOf(MOVES, text)) value.move = text;
      else problems.push(`unknown move '${text}' (expected ${MOVES.join('|')})`);
    } else if (key === 'card') {
      if (isOneOf(CARDS, text)) value.card = text;
      else problems.push(`unknown card '${text}'`);
    } else {
      problems.push(`unknown choice tag '${raw.trim()}'`);
    }
  }
  if (value.move === undefined) problems.push(`choice has no '# move:' tag`);
  if (value.move === 'rebut' && value.card === undefined) problems.push(`a rebuttal needs '# card:'`);
  if (value.card !== undefined && value.move !== 'rebut') {
    problems.push(`'# card:' belongs on rebuttals only`);
  }
  return { value, problems };
}

export function parseGlobalTags(tags: readonly string[] | null | undefined): Parsed<GlobalTags> {
  const value: GlobalTags = {};
  const problems: string[] = [];
  for (const raw of tags ?? []) {
    const { key, value: text } = splitTag(raw);
    if (key === 'title' || key === 'version') value[key] = text;
    else problems.push(`unknown global tag '${raw.trim()}'`);
  }
  return { value, problems };
}
