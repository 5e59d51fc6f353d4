// @vitest-environment happy-dom
// The loading screen speaks the page's language before the game's chunks arrive, chosen as
// start() will choose it: the address, then the remembered choice, then the browser.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { STORE_PREFIX } from '../platform/storage.ts';
import { earlyLocale, FONT_WAIT_MS, REMEMBERED_LANGUAGE, showEarlyScreen } from './early-language.ts';
import { LANGUAGE_KEY } from './language.ts';

const page = (search: string, remembered: string | null, languages: string[]) => ({
  location: { search } as Location,
  navigator: { languages, language: languages[0] ?? '' } as unknown as Navigator,
  localStorage: {
    getItem: (key: string) => (key === REMEMBERED_LANGUAGE ? remembered : null),
  } as Storage,
});

afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.lang = '';
  document.documentElement.dir = '';
});

describe('the loading screen’s language', () => {
  it('reads the key language.ts remembers the choice under', () => {
    expect(REMEMBERED_LANGUAGE).toBe(STORE_PREFIX + LANGUAGE_KEY);
  });

  it('is the address’s, else the remembered one, else the browser’s, else English', () => {
    const both = ['en', 'fa'];
    expect(earlyLocale(page('?lang=fa', 'en', ['en']), both)).toBe('fa');
    expect(earlyLocale(page('', 'fa', ['en-GB']), both)).toBe('fa');
    expect(earlyLocale(page('?lang=de', null, ['de', 'fa-IR']), both)).toBe('fa');
    expect(earlyLocale(page('', null, ['de']), both)).toBe('en');
    // A language the screen has no words for is not chosen.
    expect(earlyLocale(page('?lang=fa', null, []), ['en'])).toBe('en');
  });

  it('survives storage that throws', () => {
    const refusing = {
      ...page('', null, ['fa']),
      localStorage: {
        getItem: () => {
          throw new Error('denied');
        },
      } as unknown as Storage,
    };
    expect(earlyLocale(refusing, ['en', 'fa'])).toBe('fa');
  });

  it('shows only that language’s block and sets <html lang dir>', () => {
    for (const locale of ['en', 'fa']) {
      const block = document.createElement('div');
      block.lang = locale;
      block.dataset.earlyWords = '';
      block.hidden = true;
      document.body.append(block);
    }
    const shown = showEarlyScreen(document, page('?lang=fa', null, ['en']));
    expect(shown?.lang).toBe('fa');
    expect(
      [...document.querySelectorAll<HTMLElement>('[data-early-words]')].map((b) => [
        b.lang,
        b.hidden,
      ]),
    ).toEqual([
      ['en', true],
      ['fa', false],
    ]);
    expect(document.documentElement.lang).toBe('fa');
    expect(document.documentElement.dir).toBe('rtl');
  });

  const blocks = (words: Record<string, string>) =>
    Object.entries(words).map(([locale, text]) => {
      const block = document.createElement('div');
      block.lang = locale;
      block.dataset.earlyWords = '';
      block.hidden = true;
      block.textContent = text;
      document.body.append(block);
      return block;
    });

  it('shows Latin words at once, without waiting for a font', () => {
    // (As index.html writes it: the words on lines of their own.)
    const [en] = blocks({ en: '\n  The Round Table\n\tSetting the table…\n', fa: 'میز گرد' });
    const fonts = { load: vi.fn(() => new Promise<FontFace[]>(() => undefined)) };
    showEarlyScreen(document, page('?lang=en', null, ['en']), fonts);
    expect(en?.hidden).toBe(false);
    expect(fonts.load).not.toHaveBeenCalled();
  });

  it('shows Persian words once their font has arrived, not before', async () => {
    const [, fa] = blocks({ en: 'The Round Table', fa: '\n  میز گرد\n\t در حال چیدن میز…\n' });
    let arrive = () => {};
    const arrived = new Promise<FontFace[]>((resolve) => (arrive = () => resolve([])));
    const fonts = { load: vi.fn(() => arrived) };
    const shown = showEarlyScreen(document, page('?lang=fa', null, ['en']), fonts);
    expect(shown).toBe(fa);
    expect(fa?.hidden).toBe(true);
    expect(fonts.load).toHaveBeenCalledTimes(2);
    // The words as laid out, one space for each run of the HTML's white space.
    expect(fonts.load.mock.calls.map((c) => (c as unknown as [string, string])[1])).toEqual(['میز گرد در حال چیدن میز…', 'میز گرد در حال چیدن میز…']);
    arrive();
    await arrived;
    await Promise.resolve();
    expect(fa?.hidden).toBe(false);
  });

  it('shows them anyway when the font does not come in time, or fails', async () => {
    vi.useFakeTimers();
    try {
      const [, fa] = blocks({ en: 'The Round Table', fa: 'میز گرد' });
      showEarlyScreen(document, page('?lang=fa', null, ['en']), { load: () => new Promise<FontFace[]>(() => undefined) });
      vi.advanceTimersByTime(FONT_WAIT_MS - 1);
      expect(fa?.hidden).toBe(true);
      vi.advanceTimersByTime(1);
      expect(fa?.hidden).toBe(false);
    } finally {
      vi.useRealTimers();
    }
    document.body.replaceChildren();
    const [, failed] = blocks({ en: 'The Round Table', fa: 'میز گرد' });
    showEarlyScreen(document, page('?lang=fa', null, ['en']), { load: () => Promise.reject(new Error('offline')) });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(failed?.hidden).toBe(false);
  });
});
