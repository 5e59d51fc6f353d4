// The build-time reading of the game's Markdown documents: the teacher guide becomes the same
// document model as the transcript; text stays text; what the game cannot show fails the build.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainText, sectionOf, toHtml, type Block } from '../../src/debate/documents/document.ts';
import { DocError, markdownToDoc, slugify } from './to-doc.ts';

const doc = (md: string) => markdownToDoc(md, 'test.md').blocks;

describe('markdownToDoc', () => {
  it('reads headings with ids, paragraphs, marks, same-page links, lists, tables and slots', () => {
    const blocks = doc(
      [
        '# Title',
        'One line',
        'continues *here* with **bold**, `code` and [a link](#the-rubric).',
        '',
        '- first',
        '  - nested',
        '- second',
        '',
        '3. three',
        '4. four',
        '',
        '| a | b |',
        '|---|--:|',
        '| 1 | **2** |',
        '',
        '<!-- slot: sheet -->',
        '<!-- a note for editors',
        'spanning lines -->',
        '## The rubric',
      ].join('\n'),
    );
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'list', 'list', 'table', 'slot', 'heading']);
    expect(blocks[0]).toEqual({
      kind: 'paragraph',
      content: ['One line continues ', { kind: 'em', text: 'here' }, ' with ', { kind: 'strong', text: 'bold' }, ', ', { kind: 'code', text: 'code' }, ' and ', { kind: 'link', text: 'a link', target: 'the-rubric' }, '.'],
    });
    expect(blocks[1]).toEqual({ kind: 'list', items: [['first'], ['second']], nested: [[{ kind: 'list', items: [['nested']] }], []] });
    expect(blocks[2]).toEqual({ kind: 'list', items: [['three'], ['four']], ordered: true, start: 3 });
    expect(blocks[3]).toEqual({ kind: 'table', head: [['a'], ['b']], rows: [[['1'], [{ kind: 'strong', text: '2' }]]], align: [null, 'right'] });
    expect(blocks[4]).toEqual({ kind: 'slot', name: 'sheet' });
    expect(blocks[5]).toEqual({ kind: 'heading', level: 2, text: 'The rubric', id: 'the-rubric' });
    expect(markdownToDoc('# Title\n\nx', 'a.md').title).toBe('Title');
  });

  it('keeps HTML and links elsewhere as text, and decodes entities', () => {
    const blocks = doc('Tom &amp; Jerry &#8212; <b>bold?</b> [site](https://example.com) [js](javascript:alert(1)) **<img src=x onerror=alert(2)>**');
    expect(blocks).toEqual([
      {
        kind: 'paragraph',
        content: ['Tom & Jerry — <b>bold?</b> site js ', { kind: 'strong', text: '<img src=x onerror=alert(2)>' }],
      },
    ]);
    expect(toHtml({ title: 't', lang: 'en', blocks })).toContain('&lt;img src=x onerror=alert(2)&gt;');
  });

  it('fails the build on what the game cannot show, naming the file', () => {
    expect(() => doc('<script>alert(1)</script>')).toThrow(DocError);
    expect(() => doc('> a quote')).toThrow(/test\.md: "blockquote" is not supported/);
    expect(() => doc('```\ncode\n```')).toThrow(/"code" is not supported/);
    expect(() => doc('**bold *and italic***')).toThrow(/em inside another mark/);
    expect(() => doc('- a\n  - b\n    - c')).toThrow(/nested more than one level/);
  });

  it('makes GitHub-style ids and numbers repeats', () => {
    const taken = new Map<string, number>();
    expect(slugify('A 20-minute lesson (full table)', taken)).toBe('a-20-minute-lesson-full-table');
    expect(slugify('Questions', taken)).toBe('questions');
    expect(slugify('Questions', taken)).toBe('questions-1');
  });

  it('takes a heading’s id from its id comment, so a translation keeps the original’s ids', () => {
    const blocks = doc('## حریم خصوصی <!-- id: privacy -->\n\n## Privacy\n\n## Privacy');
    expect(blocks).toEqual([
      { kind: 'heading', level: 2, text: 'حریم خصوصی', id: 'privacy' },
      { kind: 'heading', level: 2, text: 'Privacy', id: 'privacy-1' },
      { kind: 'heading', level: 2, text: 'Privacy', id: 'privacy-2' },
    ]);
    expect(() => doc('## A <!-- id: a -->\n\n## B <!-- id: a -->')).toThrow(/a second heading with the id "a"/);
  });

  it('reads the whole teacher guide: every link points at a heading it has, and no text is lost', () => {
    const source = readFileSync(path.resolve('docs/teacher-guide.md'), 'utf8');
    const guide = markdownToDoc(source, 'docs/teacher-guide.md');
    expect(guide.title).toBe('The Round Table: a guide for teachers');
    const all: Block[] = [];
    const walk = (blocks: readonly Block[]) => {
      for (const b of blocks) {
        all.push(b);
        if (b.kind === 'list') b.nested?.forEach(walk);
      }
    };
    walk(guide.blocks);
    const ids = new Set(all.flatMap((b) => (b.kind === 'heading' && b.id ? [b.id] : [])));
    const targets = all.flatMap((b) => {
      const inlines = b.kind === 'paragraph' ? b.content : b.kind === 'list' ? b.items.flat() : b.kind === 'table' ? [...b.head, ...b.rows.flat()].flat() : [];
      return inlines.flatMap((i) => (typeof i !== 'string' && i.kind === 'link' ? [i.target] : []));
    });
    expect(targets.length).toBeGreaterThan(10);
    for (const target of targets) expect(ids, `link to #${target}`).toContain(target);
    expect(all.some((b) => b.kind === 'slot' && b.name === 'source-sheet')).toBe(true);
    expect(all.filter((b) => b.kind === 'table')).toHaveLength(4); // the 25-, 15- and 45-minute lessons and the rubric
    expect(sectionOf(guide.blocks, 'privacy-nothing-leaves-the-device').length).toBeGreaterThan(1);
    // Every word of the guide's prose is in the document (Markdown marks and comments aside).
    const text = plainText(guide.blocks).join(' ');
    for (const phrase of ['No accounts, nothing to install, nothing leaves the device.', 'for each decision, what share of those who reached it chose each move;', 'Pairs play The full table.']) {
      expect(text).toContain(phrase);
    }
  });
});
