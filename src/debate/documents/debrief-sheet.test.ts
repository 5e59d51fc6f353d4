// The one-page debrief sheet: the name line, the ending, one row per graded move with the strongest
// move not taken, two critique questions; and a blank name line when no name was given.
import { describe, expect, it } from 'vitest';
import articleText from '../../../story/source/article.md?raw';
import debriefJson from '../../../story/debrief.json';
import json, { storyHash } from '../../../story/main.ink';
import castJson from '../../../story/cast.json';
import { parseArticle } from '../core/article.ts';
import type { CastSheet } from '../core/cast.ts';
import { buildDebrief, findAlternatives, parseDebriefContent } from './debrief.ts';
import { buildDebriefSheet } from './debrief-sheet.ts';
import { toMarkdown } from './document.ts';
import { DebateEngine } from '../core/engine.ts';
import { ENGLISH_DOCUMENTS } from './english-documents.ts';

const cast = castJson as unknown as CastSheet;
const article = parseArticle(articleText);
const content = parseDebriefContent(debriefJson).content;

describe('the one-page debrief sheet', () => {
  it('holds the name, the ending, every graded move with the strongest not taken, and two questions', () => {
    const engine = new DebateEngine(json, storyHash);
    let beat = engine.start('full', 7);
    while (beat.choices) beat = engine.choose(beat.choices.decision % beat.choices.choices.length);
    const debrief = findAlternatives(engine, cast, article, buildDebrief({ engine, cast, article, content }));
    const sheet = buildDebriefSheet({ debrief, title: 'The Round Table', madeAt: new Date(2026, 2, 2), student: 'Ana', runCode: 'RT1-X', words: ENGLISH_DOCUMENTS });
    const table = sheet.blocks.find((b) => b.kind === 'table');
    if (table?.kind !== 'table') throw new Error('no table');
    const moves = debrief.exchanges.flatMap((x) => x.moves);
    expect(moves.length).toBeGreaterThan(6);
    expect(table.rows).toHaveLength(moves.length);
    const markdown = toMarkdown(sheet);
    expect(markdown).toContain('**Name:** Ana');
    expect(markdown).toContain('RT1-X');
    expect(markdown).toContain(debrief.ending?.title ?? '?');
    for (const m of moves) {
      if (m.alternative) expect(markdown).toContain(m.alternative.text.slice(0, 20));
    }
    expect(moves.some((m) => m.alternative)).toBe(true);
    for (const p of content.prompts.slice(0, 2)) expect(markdown).toContain(p.title);
    expect(markdown).not.toContain(content.prompts[2]?.title ?? '\u0000');
    // No name: a line to write it on.
    const blank = toMarkdown(buildDebriefSheet({ debrief, title: 'T', madeAt: new Date(), words: ENGLISH_DOCUMENTS }));
    expect(blank).toContain(ENGLISH_DOCUMENTS.sheet.blankName.replace(/_/g, '\\_'));
  });
});
