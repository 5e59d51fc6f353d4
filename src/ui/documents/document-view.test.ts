// @vitest-environment happy-dom
// The teacher guide drawn from the document model: the same view as the transcript, headings with
// prefixed ids, links that move within the document, live slots, and nothing but elements and
// text nodes made here (no style attributes: the policy refuses them).
import { describe, expect, it } from 'vitest';
import { documentView } from './document-view.ts';
import { loadGuide, PRIVACY_SECTION, renderGuide, renderGuideSection } from '../teachers/guide.ts';

describe('the document view', () => {
  it('draws the teacher guide with working in-document links and the source sheet in its slot', async () => {
    const root = renderGuide(await loadGuide('en'), { 'source-sheet': () => Object.assign(document.createElement('section'), { className: 'sheet', textContent: 'the article' }) });
    document.body.append(root);
    const ids = new Set([...root.querySelectorAll('[id]')].map((el) => el.id));
    const links = [...root.querySelectorAll('a')];
    expect(links.length).toBeGreaterThan(10);
    for (const a of links) expect(ids).toContain(a.getAttribute('href')?.slice(1));
    const rubric = links.find((a) => a.textContent === 'Rubric') as HTMLAnchorElement;
    rubric.click();
    expect(document.activeElement?.id).toBe('guide-a-rubric-for-the-transcript');
    expect(document.activeElement?.tagName).toBe('H3');
    expect(root.querySelector('section.sheet')?.textContent).toBe('the article');
    expect(root.querySelectorAll('table')).toHaveLength(4);
    expect(root.querySelectorAll('[style]')).toHaveLength(0);
    expect(root.querySelectorAll('script, img, iframe')).toHaveLength(0);
    root.remove();
  });

  it('draws one section of the guide (the privacy statement)', async () => {
    const root = renderGuideSection(await loadGuide('en'), PRIVACY_SECTION);
    expect(root.textContent).toMatch(/no accounts|nothing/i);
    expect(root.querySelector('h3')).toBeNull();
  });

  it('draws the Persian guide and its privacy statement by the same ids, links included', async () => {
    const guide = await loadGuide('fa');
    expect(guide.lang).toBe('fa');
    const privacy = renderGuideSection(guide, PRIVACY_SECTION);
    expect(privacy.textContent).toContain('هیچ چیز به جایی فرستاده نمی‌شود');
    expect(privacy.querySelectorAll('li')).toHaveLength(5);
    const root = renderGuide(guide, { 'source-sheet': () => document.createElement('section') });
    document.body.append(root);
    const ids = new Set([...root.querySelectorAll('[id]')].map((el) => el.id));
    const links = [...root.querySelectorAll('a')];
    expect(links.length).toBeGreaterThan(10);
    for (const a of links) expect(ids).toContain(a.getAttribute('href')?.slice(1));
    expect(root.querySelector('#guide-privacy-nothing-leaves-the-device')?.textContent).toBe('حریم خصوصی: هیچ چیز از دستگاه بیرون نمی‌رود');
    root.remove();
  });

  it('keeps story text as text, aligns table cells by class, and numbers ordered lists from their start', () => {
    const root = documentView([
      { kind: 'paragraph', content: ['<img src=x onerror=alert(1)>', { kind: 'link', text: '<b>x</b>' }] },
      { kind: 'table', head: [['a'], ['b']], rows: [[['1'], ['2']]], align: [null, 'right'] },
      { kind: 'list', ordered: true, start: 3, items: [['three']] },
    ]);
    expect(root.querySelector('img, b, a')).toBeNull();
    expect(root.querySelector('p')?.textContent).toBe('<img src=x onerror=alert(1)><b>x</b>');
    expect(root.querySelector('td.align-right')?.textContent).toBe('2');
    // Its box scrolls a wide table on a phone, so it takes the keyboard's focus and has a name.
    const box = root.querySelector('.markdown__table');
    expect([box?.getAttribute('tabindex'), box?.getAttribute('role'), box?.getAttribute('aria-label')]).toEqual(['0', 'region', 'a · b']);
    expect(root.querySelector('ol')?.getAttribute('start')).toBe('3');
  });
});
