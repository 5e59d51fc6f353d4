import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DebateEngine } from '../../src/debate/core/engine.ts';
import { compileInkFile } from './compile.ts';
import { languageFreeJson, storyIdentity } from './identity.ts';

/** A copy of the fixture story to edit, compiled after `edit` changed its figure file. */
function editedFixture(edit: (source: string) => string) {
  const dir = mkdtempSync(path.join(tmpdir(), 'identity-'));
  cpSync('tests/fixtures/stories/good', dir, { recursive: true });
  const figure = path.join(dir, 'figures/sediqi.ink');
  writeFileSync(figure, edit(readFileSync(figure, 'utf8')));
  return compileInkFile(path.join(dir, 'main.ink'));
}

describe('the story identity (language-free)', () => {
  const en = compileInkFile('story/main.ink');
  const fa = compileInkFile('story/fa/main.ink');

  it('is the same for the English story and the Persian one, whose compiled JSON differs', () => {
    expect(fa.hash).not.toBe(en.hash);
    expect(fa.identity).toMatch(/^[0-9a-f]{12}$/);
    expect(fa.identity).toBe(en.identity);
    expect(languageFreeJson(fa.json)).toBe(languageFreeJson(en.json));
  });

  it('ignores a change of words but not a change of the program', () => {
    const original = compileInkFile('tests/fixtures/stories/good/main.ink');
    const reworded = editedFixture((s) => s.replace('ransom.', 'a ransom.'));
    expect(reworded.hash).not.toBe(original.hash);
    expect(reworded.identity).toBe(original.identity);
    // A structural change: one more choice where the figure's round offers them.
    const restructured = editedFixture((s) => s.replace(/^(\s*)\+ \[/m, '$1+ [An extra answer # move: rebut]\n$1  -> DONE\n$1+ ['));
    expect(restructured.json).not.toBe(original.json);
    expect(restructured.identity).not.toBe(original.identity);
    // An id tag is program too: a card named differently is another story.
    const retagged = editedFixture((s) => s.replace('# card: guarantees', '# card: relative_trust'));
    if (retagged.json !== original.json) expect(retagged.identity).not.toBe(original.identity);
    expect(storyIdentity(en.json)).toBe(en.identity);
  });

  it('lets a debate saved in English continue in Persian at the same point', () => {
    const english = new DebateEngine(en.json, en.identity);
    english.start('short', 3);
    for (let i = 0; i < 6 && english.current?.choices; i++) english.choose(0);
    const path = [...english.path];
    expect(path.length).toBeGreaterThan(0);
    const save = english.save();
    const persian = new DebateEngine(fa.json, fa.identity);
    const loaded = persian.load(JSON.parse(JSON.stringify(save)));
    expect(loaded.ok).toBe(true);
    expect(persian.path).toEqual(path);
    expect(persian.state).toEqual(english.state);
    const choice = persian.current?.choices?.choices[0];
    expect(choice?.text).toMatch(/[\u0600-\u06FF]/);
  });
});
