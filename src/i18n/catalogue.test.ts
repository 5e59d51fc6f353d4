// Every catalogue holds every message of the reference (English) catalogue, each of the same kind,
// so no language shows a player a blank or a key name; and the formatting follows the locale.
import { describe, expect, it, vi } from 'vitest';
import { en } from './all.ts';
import { enDialogs } from './en-dialogs.ts';
import { faDialogs } from './fa-dialogs.ts';
import { catalogueGaps, wordsOf } from './gaps.ts';
import { formatters } from './format.ts';
import { CATALOGUES, DIALOG_SECTIONS, loadCatalogue, loadDialogWords, m, useLocale, activeLocale } from './index.ts';

// Every catalogue but English arrives on demand, in two parts: bring them all, to check each.
await loadCatalogue('fa');
useLocale('fa');
await loadDialogWords();
useLocale('en');

describe('the catalogues', () => {
  it.each(Object.entries(CATALOGUES))('%s has every message of English, of the same kind', (_, catalogue) => {
    expect(catalogueGaps(en, catalogue)).toEqual([]);
  });

  it('finds a catalogue that lacks a message, holds words where a function is expected, or adds one of its own', () => {
    const partial = { ...en, words: { ...en.words, sound: undefined, cleared: 'Deleted.' }, extra: 'x' };
    const { hud: _hud, ...withoutHud } = en;
    expect(catalogueGaps(en, partial)).toEqual(['words.sound: missing', 'words.cleared: words where message is expected', 'extra: not in the reference catalogue']);
    expect(catalogueGaps(en, withoutHud)).toEqual(['hud: missing']);
  });

  it('has no empty message and no key name for words', () => {
    for (const [path, words] of wordsOf(en)) {
      expect(words.trim(), path).not.toBe('');
      // A key name (camelCase or dotted) in place of words is what a missing translation shows elsewhere.
      expect(words, path).not.toMatch(/^[a-z]+([A-Z][a-z]*)+$|^[a-z]+\.[a-zA-Z.]+$/);
    }
  });

  it('lists the sections of the dialogs’ part as every language’s second part has them', () => {
    expect([...DIALOG_SECTIONS].sort()).toEqual(Object.keys(enDialogs).sort());
    expect([...DIALOG_SECTIONS].sort()).toEqual(Object.keys(faDialogs).sort());
  });

  it('throws when a dialog’s words are read before their part has arrived, and reads them once it has', async () => {
    vi.resetModules();
    const fresh = await import('./index.ts');
    await fresh.loadCatalogue('fa');
    expect(fresh.useLocale('fa')).toBe('fa');
    expect(fresh.m().hud.menu).toBe(faCoreMenu());
    expect(() => fresh.m().debrief).toThrow(/m\(\)\.debrief was read before the fa dialogs' words arrived/);
    expect(() => fresh.m().settingsDialog.percent(0.5)).toThrow(/settingsDialog/);
    const opened = await fresh.withDialogWords(Promise.resolve('the dialog’s module'));
    expect(opened).toBe('the dialog’s module');
    expect(fresh.m().debrief.working).toBe(faDialogs.debrief.working);
    expect(fresh.m().settingsDialog.percent(0.375)).toBe('۳۸٪');
  });

  it('falls back to English for a language whose catalogue is not loaded', async () => {
    expect(Object.keys(CATALOGUES)).toEqual(['en', 'fa']);
    delete CATALOGUES.fa;
    expect(useLocale('fa')).toBe('en');
    expect(activeLocale()).toBe('en');
    await loadCatalogue('fa');
    expect(useLocale('fa')).toBe('fa');
    useLocale('en');
    expect(m().hud.menu).toBe('Menu');
  });
});

describe('numbers and plurals by the locale', () => {
  it('chooses the plural form by the locale’s rules and writes the number its way', () => {
    const english = formatters('en');
    expect(english.plural(1, { one: '# run', other: '# runs' })).toBe('1 run');
    expect(english.plural(0, { one: '# run', other: '# runs' })).toBe('0 runs');
    expect(english.plural(1200, { one: '# run', other: '# runs' })).toBe('1,200 runs');
    expect(english.percent(0.375)).toBe('38%');
    const persian = formatters('fa');
    // Persian writes its own digits, and has no separate singular in CLDR's rules for "one" at 0.
    expect(persian.num(12)).toBe('۱۲');
    expect(persian.plural(1, { one: '# بار', other: '# بار' })).toBe('۱ بار');
  });

  it('words English counts as before', () => {
    expect(m().words.cleared(1, 0, true)).toMatch(/^Deleted 1 stored item:/);
    expect(m().words.cleared(2, 1, true)).toMatch(/^Deleted 2 stored items: .* refused to delete 1 item;/);
    expect(m().classResults.done(1, 0)).toBe('1 run counted, 0 left out.');
    expect(m().hud.opponent(2, 6)).toBe('Opponent 2 of 6');
  });
});

/** The Persian HUD's Menu button, from the whole catalogue the module under test does not share. */
function faCoreMenu(): string {
  const fa = CATALOGUES.fa;
  if (!fa) throw new Error('the Persian catalogue is not loaded');
  return fa.hud.menu;
}
