// The transcript exporters: every line of the run, in order, with its speaker, its dramatized mark
// or sources, the moves and grades; and story text that looks like markup stays text.
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import articleText from '../../../story/source/article.md?raw';
import debriefJson from '../../../story/debrief.json';
import json, { storyHash } from '../../../story/main.ink';
import castJson from '../../../story/cast.json';
import hostileJson, { storyHash as hostileHash } from '../../../tests/fixtures/stories/hostile/main.ink';
import { parseArticle } from '../core/article.ts';
import { speakerName, type CastSheet } from '../core/cast.ts';
import { buildDebrief, findAlternatives, parseDebriefContent } from './debrief.ts';
import { escapeHtml, escapeMarkdown, plainText, toHtml, toMarkdown, type Doc } from './document.ts';
import { DebateEngine } from '../core/engine.ts';
import type { LineEvent } from '../core/events.ts';
import { buildTranscript } from './transcript-doc.ts';
import { ENGLISH_DOCUMENTS } from './english-documents.ts';

const cast = castJson as unknown as CastSheet;
const article = parseArticle(articleText);
const content = parseDebriefContent(debriefJson).content;
const madeAt = new Date('2026-03-02T10:15:00Z');

function transcriptOf(engine: DebateEngine, title = 'The Round Table'): Doc {
  const debrief = findAlternatives(engine, cast, article, buildDebrief({ engine, cast, article, content }));
  return buildTranscript({ engine, cast, article, debrief, title, madeAt, words: ENGLISH_DOCUMENTS });
}

/** Parses HTML the way a browser opening the file would. */
function parseHtml(html: string): Document {
  const window = new Window();
  // eslint-disable-next-line no-restricted-syntax -- the test parses the exported file to prove its text stayed text
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

/** Asserts the pieces appear in this order in the text; returns where the last one was found. */
function expectInOrder(text: string, pieces: string[]): void {
  let from = 0;
  for (const piece of pieces) {
    const at = text.indexOf(piece, from);
    if (at < 0) throw new Error(`"${piece}" is missing after position ${from}`);
    from = at + piece.length;
  }
}

describe('escaping', () => {
  it('escapes the five HTML characters and nothing else', () => {
    expect(escapeHtml(`<a href="x">Tom & 'Jerry'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;');
    expect(escapeHtml('مذاکره — «گفت‌وگو»')).toBe('مذاکره — «گفت‌وگو»');
  });

  it('defuses Markdown syntax', () => {
    expect(escapeMarkdown('*a* _b_ `c` [d](e) <f> & |g| ~h~ \\')).toBe('\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\<f\\> \\& \\|g\\| \\~h\\~ \\\\');
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
    expect(escapeMarkdown('- not a list')).toBe('\\- not a list');
    expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list');
    expect(escapeMarkdown('two\nlines')).toBe('two lines');
  });
});

describe('the transcript of a real run', () => {
  const engine = new DebateEngine(json, storyHash);
  let beat = engine.start('short', 5);
  while (beat.choices) {
    const cs = beat.choices.choices;
    beat = engine.choose((cs.find((c) => c.move === 'press') ?? cs.find((c) => c.move === 'rebut') ?? cs[0])!.index);
  }
  const doc = transcriptOf(engine);
  const lines = engine.events.filter((e): e is LineEvent => e.type === 'line');
  const html = toHtml(doc);
  const markdown = toMarkdown(doc);

  it('has every line, in order, with its speaker and mark, in HTML', () => {
    const page = parseHtml(html);
    expect(page.querySelectorAll('script')).toHaveLength(0);
    const paragraphs = [...page.querySelectorAll('p.line')].map((p) => p.textContent ?? '');
    expect(paragraphs).toHaveLength(lines.length);
    lines.forEach((line, i) => {
      const p = paragraphs[i] ?? '';
      expect(p.startsWith(`${speakerName(cast, line.speaker)}: ${line.text}`)).toBe(true);
      // A sourced line with the game's own lead-in says so; a wholly sourced line does not.
      expect(p.includes('dramatized')).toBe(line.dramatized || line.leadIn !== undefined);
      if (line.leadIn) expect(p).toContain('lead-in dramatized');
      if (line.sources.length > 0) expect(p).toContain(`source: ${line.sources.join(', ')}`);
      if (line.grade) expect(p).toContain(`grade: ${line.grade}`);
    });
    // The moves, in order, between the lines.
    const moves = [...page.querySelectorAll('p.choice')].map((p) => p.textContent ?? '');
    const taken = engine.path
      .map((c, d) => engine.history[d]?.beat.choices?.choices[c])
      .filter((c) => c && c.move !== 'continue');
    expect(moves).toHaveLength(taken.length);
    taken.forEach((c, i) => expect(moves[i]).toContain(`Your move: “${c?.text}”`));
    // The meters after each exchange, the ending and the debrief.
    expect(page.querySelectorAll('p.meters').length).toBeGreaterThanOrEqual(6);
    const headings = [...page.querySelectorAll('h2')].map((h) => h.textContent);
    expect(headings).toContain(`Ending: ${cast.endings[engine.state.ending ?? '']?.title}`);
    expect(headings).toContain('Debrief');
    expect(headings.at(-1)).toBe('Sources cited');
    expect(page.querySelectorAll('style')).toHaveLength(1);
    expect(page.querySelectorAll('link, img, iframe, [src], [href]')).toHaveLength(0);
  });

  it('has every line, in order, with its speaker and mark, in Markdown', () => {
    expectInOrder(
      markdown,
      lines.map((l) => {
        const mark = l.dramatized ? ' \\[dramatized\\]' : l.sources.length > 0 ? ` \\[source: ${l.sources.join(', ')}\\]` : '';
        // A dramatized lead-in is in italics, marked, before the part from the source.
        if (l.leadIn) {
          const rest = l.text.slice(l.leadIn.length);
          return `**${escapeMarkdown(speakerName(cast, l.speaker))}:** *${escapeMarkdown(l.leadIn)}*${escapeMarkdown(rest)} \\[lead-in dramatized\\]${mark}`;
        }
        return `**${escapeMarkdown(speakerName(cast, l.speaker))}:** ${escapeMarkdown(l.text)}${mark}`;
      }),
    );
    for (const l of lines.filter((x) => x.grade)) expect(markdown).toContain(`${escapeMarkdown(l.text)}${l.dramatized ? ' \\[dramatized\\]' : ''}`);
    expect(markdown.match(/\\\[grade: (strong|partial|weak|backfire)\\\]/g)?.length).toBeGreaterThanOrEqual(lines.filter((l) => l.grade).length);
    expect(markdown).toContain('## Debrief');
    expect(markdown).toContain('### Critique the expert');
  });

  it('keeps the same text in both renderings', () => {
    const page = parseHtml(html);
    const text = (page.querySelector('main')?.textContent ?? '').replace(/\s+/g, ' ');
    for (const piece of plainText(doc.blocks)) expect(text).toContain(piece.replace(/\s+/g, ' '));
  });
});

describe('story text that looks like markup', () => {
  const engine = new DebateEngine(hostileJson, hostileHash);
  engine.replay('full', 1, [0, 1, 0]);
  const doc = transcriptOf(engine, engine.globalTags.title ?? '');
  const lines = engine.events.filter((e): e is LineEvent => e.type === 'line');

  it('comes out escaped in HTML: no element the story did not ask for', () => {
    const html = toHtml(doc);
    expect(html).not.toMatch(/<script|<img|<b>|<i>|<em>papers|onerror=alert\(1\)>/);
    expect(html).toContain('&lt;script&gt;alert(&quot;x &amp; &#39;y&#39;&quot;)&lt;/script&gt;');
    expect(html).toContain('<title>Hostile &lt;Table&gt; &amp; &quot;Co&quot;: transcript</title>');
    expect(html).toContain('مذاکره با آمریکا؛');
    const page = parseHtml(html);
    expect(page.querySelectorAll('script, img, b, i, iframe')).toHaveLength(0);
    const paragraphs = [...page.querySelectorAll('p.line')].map((p) => p.textContent ?? '');
    lines.forEach((line, i) => expect(paragraphs[i]).toContain(line.text));
    expect(page.title).toBe('Hostile <Table> & "Co": transcript');
    expect(page.body.textContent).toContain('Distrust <is> handled & "guaranteed"');
    expect(page.body.textContent).toContain('Close: "talks" & <guarantees>');
  });

  it('comes out escaped in Markdown', () => {
    const markdown = toMarkdown(doc);
    expect(markdown).not.toMatch(/(^|[^\\])<(script|img|b>|i>)/m);
    expect(markdown).toContain('\\<script\\>alert("x \\& \'y\'")\\</script\\>');
    expect(markdown).toContain('مذاکره با آمریکا؛ \\*not\\* \\_now\\_, # never \\[click\\](javascript:void) \\| \\~\\~ok\\~\\~ \\`code\\` 1. done');
    for (const line of lines) expect(markdown).toContain(escapeMarkdown(line.text));
  });
});
