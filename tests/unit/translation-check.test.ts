// The Persian story (story/fa) must be the English debate in other words. The story check compares
// the two compiled programs (scripts/ink/parity.ts) and lints the Persian text; each case below
// breaks one copy of story/fa in one place and the check must name that place.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileInkFile } from '../../scripts/ink/compile.ts';
import { compareStructure, compareWithWalk } from '../../scripts/ink/parity.ts';
import { walkStory } from '../../scripts/ink/walk.ts';
import { checkMirror, compareJsonShape, checkTranslation, PERSIAN_NOTICE } from '../../scripts/ink/translation.ts';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'round-table-fa-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let english = '';
beforeAll(() => {
  english = compileInkFile('story/main.ink').json;
});

const options = { castFile: 'story/cast.json', articleFile: 'story/source/article.md' };

/** A copy of story/fa with `edit` applied to one file; returns the check's problems. */
function checkEdited(file: string, edit: (text: string) => string): string[] {
  const dir = mkdtempSync(path.join(scratch, 'fa-'));
  cpSync('story/fa', dir, { recursive: true });
  const target = path.join(dir, file);
  const before = readFileSync(target, 'utf8');
  const after = edit(before);
  expect(after, 'the edit changed nothing').not.toBe(before);
  writeFileSync(target, after);
  return checkTranslation(english, { label: 'fa', dir, mainFile: path.join(dir, 'main.ink'), notice: PERSIAN_NOTICE }, options).problems;
}

/** Removes the choice whose line contains `marker`, with its body (up to the next choice). */
function dropChoice(text: string, marker: string): string {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.includes(marker));
  let end = at + 1;
  while (end < lines.length && !/^\s*\+/.test(lines[end] ?? '')) end++;
  lines.splice(at, end - at);
  return lines.join('\n');
}

describe('the Persian story check', () => {
  it('passes story/fa as it is', () => {
    const result = checkTranslation(english, { label: 'fa', dir: 'story/fa', mainFile: 'story/fa/main.ink', notice: PERSIAN_NOTICE }, options);
    expect(result.problems).toEqual([]);
    expect(result.pieces).toBeGreaterThan(350);
  });

  it('fails on a missing choice, naming the exchange and the file', () => {
    const problems = checkEdited('figures/sediqi.ink', (t) => dropChoice(t, '# card: confidence]'));
    expect(problems[0]).toMatch(/^fa: 8 choices in English but 7 in Persian at sediqi_exchange\..* \[.*figures\/sediqi\.ink:\d+\]$/);
  });

  it('fails on a changed grade tag, naming the line', () => {
    const problems = checkEdited('figures/laeini.ink', (t) => t.replace(/(# speaker: laeini # dramatized )# grade: \{g\}/, '$1# grade: strong'));
    expect(problems.join('\n')).toMatch(/tag '# grade: \{\}\{\}\{\}\{\}' in English is '# grade: strong' in Persian at laeini_exchange\..*figures\/laeini\.ink:\d+\]/);
  });

  it('fails on a changed stance or choice tag', () => {
    const stance = checkEdited('figures/taeb.ink', (t) => t.replace('# move: press]', '# move: concede]'));
    expect(stance.join('\n')).toMatch(/tag '# move: press' in English is '# move: concede' in Persian at taeb_exchange/);
  });

  it('fails on a missing knot with the file and line of the divert to it', () => {
    const problems = checkEdited('verdicts.ink', (t) => t.replace('=== room_verdict(', '=== room_verdict_gone('));
    expect(problems.join('\n')).toMatch(/^fa: .*figures\/sediqi\.ink:\d+: Divert target not found: '-> room_verdict'/m);
  });

  it('fails on a knot renamed everywhere, naming the knot', () => {
    const write = (name: string, text: string) => {
      const file = path.join(scratch, name);
      writeFileSync(file, text);
      return compileInkFile(file).json;
    };
    const en = write('en.ink', 'Hello. # speaker: moderator # dramatized\n-> verdict\n=== verdict ===\nDone. # speaker: narrator # dramatized # ending: deadlock\n-> END\n');
    const fa = write('fa.ink', 'سلام. # speaker: moderator # dramatized\n-> hokm\n=== hokm ===\nتمام. # speaker: narrator # dramatized # ending: deadlock\n-> END\n');
    const problems = compareStructure(en, fa).problems.join('\n');
    expect(problems).toMatch(/'verdict' is missing in Persian/);
    expect(problems).toMatch(/'hokm' is in Persian only/);
    expect(compareStructure(en, write('fa2.ink', 'سلام. # speaker: moderator # dramatized\n-> verdict\n=== verdict ===\nتمام. # speaker: narrator # dramatized # ending: deadlock\n-> END\n')).problems).toEqual([]);
  });

  it('fails on a line left in English, and on Arabic letters', () => {
    const english = checkEdited('figures/saeidi.ink', (t) =>
      t.replace(/^(.*)(حرف او شنیده شد\. سعیدی اکنون گوش می‌دهد\.)/m, '$1His point has been heard. Saeidi turns to listen.'),
    );
    expect(english.join('\n')).toMatch(/line at saeidi_exchange\..* is not translated: "His point has been heard\. Saeidi turns to listen\."/);
    const arabic = checkEdited('opening.ink', (t) => t.replace('مهمانان', 'مهمانان يك'));
    expect(arabic.join('\n')).toMatch(/uses Arabic ي or ك/);
    const comma = checkEdited('opening.ink', (t) => t.replace('پرسش امشب: آیا مذاکره با آمریکا راهی عملی برای حل مشکلات ایران است،', 'پرسش امشب: آیا مذاکره با آمریکا راهی عملی برای حل مشکلات ایران است,'));
    expect(comma.join('\n')).toMatch(/line at opening_remarks\..* uses the Latin ',' \(Persian writes ، ؛ ؟ « »\)/);
  });

  it('fails when a dramatized lead-in is no longer how its line begins', () => {
    const problems = checkEdited('figures/sediqi.ink', (t) => t.replace('# dramatized: روشن گفتم:', '# dramatized: بی‌پرده گفتم:'));
    expect(problems.join('\n')).toMatch(/lead-in at sediqi_exchange\..*: the lead-in "بی‌پرده گفتم:" is not how the line begins/);
  });

  it('fails without the back-translation notice in about-source.md', () => {
    const problems = checkEdited('about-source.md', (t) => t.replace(PERSIAN_NOTICE, 'ترجمه'));
    expect(problems).toContainEqual(expect.stringMatching(/about-source\.md must say that its quotes are translated back/));
  });
});

describe('the mirrored JSON files', () => {
  it('keep ids, shape and Persian words', () => {
    const en = { speakers: { sediqi: { name: 'Kazem Sediqi', role: 'opponent', source: 'f-sediqi' } }, items: [{ kind: 'sound' }] };
    expect(compareJsonShape(en, { speakers: { sediqi: { name: 'کاظم صدیقی', role: 'opponent', source: 'f-sediqi' } }, items: [{ kind: 'sound' }] }, 'cast.json')).toEqual([]);
    const broken = compareJsonShape(en, { speakers: { sediqi: { name: 'Kazem Sediqi', role: 'مخالف', source: 'f-sediqi' } }, items: [] }, 'cast.json');
    expect(broken).toEqual([
      `cast.json at speakers.sediqi.name is not translated: "Kazem Sediqi"`,
      `cast.json at speakers.sediqi.role: the id 'opponent' must stay 'opponent' (found 'مخالف')`,
      'cast.json at items: 1 items in English, 0 in the translation',
    ]);
  });
});

describe('the lockstep replay (story:check --deep)', () => {
  const clean = readFileSync('tests/fixtures/stories/check/clean.ink', 'utf8');
  const persian = clean
    .replace('Welcome to the table.', 'به میز خوش آمدید.')
    .replace('The US breaks its word.', 'آمریکا زیر قولش می‌زند.')
    .replace('Ask what he means', 'بپرسید منظورش چیست')
    .replace('Guarantees answer distrust without asking for trust', 'تضمین بی‌آنکه اعتماد بخواهد به بی‌اعتمادی پاسخ می‌دهد');
  const compile = (name: string, text: string) => {
    const file = path.join(scratch, name);
    writeFileSync(file, text);
    return compileInkFile(file).json;
  };

  it('finds no difference between a story and its translation, and names a changed grade', () => {
    const en = compile('replay-en.ink', clean);
    const graph = walkStory(en);
    const same = compareWithWalk(en, compile('replay-fa.ink', persian), graph);
    expect(same.problems).toEqual([]);
    expect(same.graph.lines.map((l) => l.text)).toContain('آمریکا زیر قولش می‌زند.');
    const changed = compareWithWalk(en, compile('replay-fa2.ink', persian.replace('# grade: strong', '# grade: weak')), graph);
    // Both routes to the rebuttal (straight away, and after pressing first) are reported.
    expect(changed.problems).toEqual(
      ['[1]', '[0, 0]'].map(
        (route) =>
          `fa: tags differ at 0.menu.c-1.22 (after choices ${route}): English '# speaker: sediqi # dramatized # grade: strong # why: (m09)', Persian '# speaker: sediqi # dramatized # grade: weak # why: (m09)'`,
      ),
    );
  });
});

describe('the mirror, file for file and line for line', () => {
  it('fails when a Persian file drifts out of line or goes missing', () => {
    const drifted = checkEdited('figures/taeb.ink', (t) => t.replace('\n=== taeb_exchange ===', '\n\n=== taeb_exchange ==='));
    expect(drifted).toContain(
      'fa: figures/taeb.ink has 64 lines and its translation 66: keep it line for line, with one header line (line N of the English is line N+1)',
    );
    const dir = mkdtempSync(path.join(scratch, 'fa-'));
    cpSync('story/fa', dir, { recursive: true });
    rmSync(path.join(dir, 'verdicts.ink'));
    expect(checkMirror('story', { label: 'fa', dir, mainFile: path.join(dir, 'main.ink') })).toEqual([
      expect.stringMatching(/^fa: verdicts\.ink has no translation/),
    ]);
  });
});
