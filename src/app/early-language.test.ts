// @vitest-environment happy-dom
// The loading screen speaks the page's language before the game's chunks arrive, chosen as
// start() will choose it: the address, then the remembered choice, then the browser.
import { afterEach, describe, expect, it } from 'vitest';
import { STORE_PREFIX } from '../platform/storage.ts';
import { earlyLocale, REMEMBERED_LANGUAGE, showEarlyScreen } from './early-language.ts';
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
});
