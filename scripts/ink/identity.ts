// The story's identity: a hash of the compiled program without its words. Saves, replay links, run
// files and class results are stamped with it, so the English story and its translation (story/fa,
// proved the same program by parity.ts) share one identity: a debate saved in English continues in
// Persian, a link made in one opens in the other, class results read a mix. Any change to the
// program (a choice, a divert, a variable, an id tag) changes it; a change of words does not.
// Node only (the Vite ink plugin and the story check): the browser gets the hash, not this code.
import { createHash } from 'node:crypto';
import { parseLineTags } from '../../src/debate/core/tags.ts';

/** Line tags whose values are words (translated); every other tag is part of the program. */
const WORD_TAGS = new Set(['dramatized', 'why', 'title']);

/** A tag as every language must agree on it: ids exactly, words only by presence (and a why's sources). */
export function tagShape(tag: string): string {
  const colon = tag.indexOf(':');
  const key = (colon < 0 ? tag : tag.slice(0, colon)).trim().toLowerCase();
  if (!WORD_TAGS.has(key) || colon < 0) return tag.trim();
  if (key === 'why') return `why: (${parseLineTags([tag]).value.why?.sources.join(', ') ?? '?'})`;
  return `${key}: <words>`;
}

type J = unknown;
const isText = (x: J): x is string => typeof x === 'string' && x.startsWith('^');
const tagText = (xs: readonly J[]) => xs.map((x) => (isText(x) ? x.slice(1) : '{}')).join('');

/**
 * The compiled story (JSON text) with every word a player reads blanked: lines and choice texts
 * become '^', a tag keeps its shape (tagShape). Strings the logic uses stay, as parity.ts's
 * compareStructure requires them equal in both languages (the same reading of the JSON).
 */
export function languageFreeJson(json: string): string {
  const story = JSON.parse(json) as Record<string, J>;
  return JSON.stringify({ ...story, root: strip(story.root) });
}

function strip(x: J): J {
  if (Array.isArray(x)) return stripArray(x);
  if (x && typeof x === 'object') {
    const out: Record<string, J> = {};
    for (const [k, v] of Object.entries(x)) out[k] = k === '#' && typeof v === 'string' ? tagShape(v) : strip(v);
    return out;
  }
  return x;
}

function stripArray(xs: readonly J[]): J[] {
  const out: J[] = [];
  let inString = false;
  for (let i = 0; i < xs.length; i++) {
    const a = xs[i];
    const end = a === '#' ? xs.indexOf('/#', i) : -1;
    if (end > i) {
      const inner = xs.slice(i + 1, end);
      out.push('#', `^${tagShape(tagText(inner))}`, ...inner.filter((x) => !isText(x)).map(strip), '/#');
      i = end;
      continue;
    }
    if (a === 'str') inString = true;
    if (a === '/str') inString = false;
    if (isText(a)) {
      // Inside "str" ... "/str" a text is a string the logic uses, unless it is a choice's text
      // (which carries its tags inside the same string).
      const close = xs.indexOf('/str', i);
      const choiceText = inString && xs.slice(i, close < 0 ? undefined : close).includes('#');
      out.push(inString && !choiceText ? a : '^');
      continue;
    }
    out.push(strip(a));
  }
  return out;
}

/** The story's identity: the first 12 hex digits of SHA-256 over its language-free program. */
export function storyIdentity(json: string): string {
  return createHash('sha256').update(languageFreeJson(json)).digest('hex').slice(0, 12);
}
