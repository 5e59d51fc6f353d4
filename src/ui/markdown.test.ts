// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdown, renderMarkdown, sectionOf, slugify } from './markdown.ts';

const tags = (root: Element) => [...root.children].map((c) => c.tagName.toLowerCase());

describe('parseInline', () => {
  it('reads bold, italic, code and same-page links, and leaves stray marks as text', () => {
    expect(parseInline('a **b** *c* _d_ `e` [f](#g) 2 * 3 snake_case_name')).toEqual([
      { type: 'text', text: 'a ' },
      { type: 'strong', children: [{ type: 'text', text: 'b' }] },
      { type: 'text', text: ' ' },
      { type: 'em', children: [{ type: 'text', text: 'c' }] },
      { type: 'text', text: ' ' },
      { type: 'em', children: [{ type: 'text', text: 'd' }] },
      { type: 'text', text: ' ' },
      { type: 'code', text: 'e' },
      { type: 'text', text: ' ' },
      { type: 'link', anchor: 'g', children: [{ type: 'text', text: 'f' }] },
      { type: 'text', text: ' 2 * 3 snake_case_name' },
    ]);
  });

  it('keeps links to other places as text without a target', () => {
    expect(parseInline('[site](https://example.com) [js](javascript:alert(1))')).toEqual([
      { type: 'link', anchor: null, children: [{ type: 'text', text: 'site' }] },
      { type: 'text', text: ' ' },
      { type: 'link', anchor: null, children: [{ type: 'text', text: 'js' }] },
      { type: 'text', text: ')' },
    ]);
  });

  it('honours backslash escapes', () => {
    expect(parseInline('\\*not italic\\*')).toEqual([{ type: 'text', text: '*not italic*' }]);
  });
});

describe('slugify', () => {
  it('makes GitHub-style ids and numbers repeats', () => {
    const taken = new Map<string, number>();
    expect(slugify('A 20-minute lesson (full table)', taken)).toBe('a-20-minute-lesson-full-table');
    expect(slugify('Questions', taken)).toBe('questions');
    expect(slugify('Questions', taken)).toBe('questions-1');
  });
});

describe('parseMarkdown', () => {
  it('splits headings, paragraphs, nested lists, tables, quotes, code, rules and slots', () => {
    const blocks = parseMarkdown(
      [
        '# Title',
        'One line',
        'continues here.',
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
        '> quoted',
        '',
        '```',
        '<b>raw</b>',
        '```',
        '',
        '---',
        '<!-- slot: sheet -->',
        '<!-- a note for editors',
        'spanning lines -->',
        'End.',
      ].join('\n'),
    );
    expect(blocks.map((b) => b.type)).toEqual(['heading', 'paragraph', 'list', 'list', 'table', 'quote', 'code', 'rule', 'slot', 'paragraph']);
    expect(blocks[1]).toEqual({ type: 'paragraph', children: [{ type: 'text', text: 'One line continues here.' }] });
    const bullets = blocks[2] as Extract<(typeof blocks)[number], { type: 'list' }>;
    expect(bullets.items).toHaveLength(2);
    expect(bullets.items[0]?.blocks[0]).toMatchObject({ type: 'list', items: [{ children: [{ type: 'text', text: 'nested' }] }] });
    expect(blocks[3]).toMatchObject({ type: 'list', ordered: true, start: 3 });
    expect(blocks[4]).toMatchObject({ type: 'table', align: [null, 'right'] });
    expect(blocks[6]).toEqual({ type: 'code', text: '<b>raw</b>' });
    expect(blocks[8]).toEqual({ type: 'slot', name: 'sheet' });
  });
});

describe('renderMarkdown', () => {
  it('builds the matching elements, with prefixed ids and working anchors', () => {
    const root = renderMarkdown('# Guide\n\nSee [the rubric](#the-rubric).\n\n## The rubric\n\n1. **Claim**\n2. *Reason*\n', {
      idPrefix: 'guide-',
      headingShift: 1,
    });
    document.body.append(root);
    expect(tags(root)).toEqual(['h2', 'p', 'h3', 'ol']);
    expect(root.querySelector('h3')?.id).toBe('guide-the-rubric');
    const link = root.querySelector('a') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('#guide-the-rubric');
    link.click();
    expect(document.activeElement).toBe(root.querySelector('h3'));
    expect(root.querySelector('ol strong')?.textContent).toBe('Claim');
    expect(root.querySelector('ol em')?.textContent).toBe('Reason');
    root.remove();
  });

  it('shows HTML in the Markdown as text and never creates elements from it', () => {
    const evil = '<script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\n- <b>bold?</b>\n\n| <i>x</i> |\n|---|\n| <svg onload=alert(3)> |\n\n**<a href="javascript:alert(4)">x</a>**';
    const root = renderMarkdown(evil);
    for (const tag of ['script', 'img', 'b', 'i', 'svg', 'a']) expect(root.querySelector(tag)).toBeNull();
    expect(root.querySelector('p')?.textContent).toBe('<script>alert(1)</script>');
    expect(root.textContent).toContain('<img src=x onerror="alert(2)">');
    expect(root.querySelector('li')?.textContent).toBe('<b>bold?</b>');
    expect(root.querySelector('td')?.textContent).toBe('<svg onload=alert(3)>');
    expect(root.querySelector('strong')?.textContent).toBe('<a href="javascript:alert(4)">x</a>');
  });

  it('fills slots with live content and leaves unknown slots empty', () => {
    const root = renderMarkdown('Before\n\n<!-- slot: sheet -->\n\n<!-- slot: missing -->\n\nAfter', {
      slots: { sheet: () => Object.assign(document.createElement('section'), { textContent: 'live' }) },
    });
    expect(tags(root)).toEqual(['p', 'section', 'p']);
  });

  it('renders the teacher guide with every same-page link pointing at a heading it has', () => {
    const guide = readFileSync(path.resolve('docs/teacher-guide.md'), 'utf8');
    const root = renderMarkdown(guide, { idPrefix: 'g-' });
    const ids = new Set([...root.querySelectorAll('[id]')].map((el) => el.id));
    const anchors = [...root.querySelectorAll('a')].map((a) => a.getAttribute('href')?.slice(1));
    expect(anchors.length).toBeGreaterThan(5);
    for (const anchor of anchors) expect(ids, `link to #${anchor}`).toContain(anchor);
    expect(sectionOf(parseMarkdown(guide), 'privacy-nothing-leaves-the-device').length).toBeGreaterThan(1);
  });
});
