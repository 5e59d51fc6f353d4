// The loading screen written into index.html: a block per language with the story's title, the
// title menu's subtitle and the catalogue's words, all hidden until the boot module shows one
// (tests/e2e/loading.e2e.ts checks the title against the title menu's, in the browser).
import { describe, expect, it } from 'vitest';
import { en, fa } from '../src/i18n/all.ts';
import { earlyScreenHtml, earlyWords, storyTitleTag } from './early-screen.ts';

describe('the loading screen', () => {
  it('reads the title tag from the top of a story, and only from there', () => {
    expect(storyTitleTag('# title: The Round Table\n# version: 1\n\nHello')).toBe(
      'The Round Table',
    );
    expect(storyTitleTag('// a comment\n# version: 1\n#title:میزگرد\n')).toBe('میزگرد');
    expect(storyTitleTag('Hello\n# title: Too late')).toBeNull();
  });

  it('takes its other words from each catalogue', () => {
    const words = earlyWords(process.cwd());
    expect(words.map((w) => w.locale)).toEqual(['en', 'fa']);
    for (const [w, messages] of [
      [words[0], en],
      [words[1], fa],
    ] as const) {
      expect(w).toMatchObject({
        subtitle: messages.screens.subtitle,
        loading: messages.start.loading,
        couldNotStart: messages.start.couldNotStart,
        needsScript: messages.start.needsScript,
      });
    }
  });

  it('writes one hidden block per language with its lang and dir, and escapes the words', () => {
    const html = earlyScreenHtml([
      {
        locale: 'en',
        title: 'A <b>"T"</b> & co',
        subtitle: 's',
        loading: 'l',
        couldNotStart: 'c "x"',
        needsScript: 'n',
      },
      {
        locale: 'fa',
        title: 'ت',
        subtitle: 'ز',
        loading: 'ل',
        couldNotStart: 'ش',
        needsScript: 'ن',
      },
    ]);
    expect(html).toContain(
      '<div class="loading__words" lang="en" dir="ltr" data-early-words data-failure="c &quot;x&quot;" hidden>',
    );
    expect(html).toContain(
      '<div class="loading__words" lang="fa" dir="rtl" data-early-words data-failure="ش" hidden>',
    );
    expect(html).toContain(
      '<p class="loading__title">A &lt;b&gt;&quot;T&quot;&lt;/b&gt; &amp; co</p>',
    );
    expect(html).toContain(
      '<noscript><p lang="en" dir="ltr">n</p><p lang="fa" dir="rtl">ن</p></noscript>',
    );
    expect(html).not.toContain('<script');
  });
});
