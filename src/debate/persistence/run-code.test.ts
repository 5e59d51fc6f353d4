// Run codes: what a student pastes instead of a file. A code round-trips a run exactly, a typo is
// caught by the checksum (not replayed as another debate), a code from another build or version is
// refused with its reason, and pasted lines give up their names.
import { describe, expect, it } from 'vitest';
import json, { storyHash } from '../../../tests/fixtures/stories/good/main.ink';
import { DebateEngine } from '../core/engine.ts';
import { buildOf } from './link.ts';
import { decodeRunCode, encodeRunCode, runCodeOf, splitPastedCodes } from './run-code.ts';
import { cleanName, nameSlug, parseStudentName, readStudentName, saveStudentName, STUDENT_KEY } from './student.ts';
import { MemoryStore } from '../../platform/storage.ts';

const build = buildOf(storyHash);

describe('run codes', () => {
  it('round-trips a run, in any case, and stays short', () => {
    const run = { preset: 'short' as const, seed: 123456789, build, path: [0, 3, 7, 1, 2, 0, 5, 4, 6, 1, 1, 2, 0, 3] };
    const code = encodeRunCode(run);
    expect(code).toMatch(/^RT1-S-[0-9A-Z]+-[0-9A-F]{8}-[0-9]+-[0-9A-Z]{5}$/);
    expect(code.length).toBeLessThan(50);
    expect(decodeRunCode(code, storyHash)).toEqual({ ok: true, value: run });
    expect(decodeRunCode(`  ${code.toLowerCase()} `, storyHash)).toEqual({ ok: true, value: run });
    const empty = { preset: 'full' as const, seed: 0, build, path: [] };
    expect(decodeRunCode(encodeRunCode(empty))).toEqual({ ok: true, value: empty });
  });

  it('is the code of where the engine stands, and replays there', () => {
    const engine = new DebateEngine(json, storyHash);
    let beat = engine.start('full', 42);
    while (beat.choices) beat = engine.choose(beat.choices.choices.length - 1);
    const decoded = decodeRunCode(runCodeOf(engine), storyHash);
    if (!decoded.ok) throw new Error('refused');
    const again = new DebateEngine(json, storyHash);
    again.replay(decoded.value.preset, decoded.value.seed, decoded.value.path);
    expect(again.state.ending).toBe(engine.state.ending);
    expect(again.path).toEqual(engine.path);
  });

  it('catches every single-character typo with the checksum', () => {
    const code = encodeRunCode({ preset: 'full', seed: 987654, build, path: [1, 2, 3, 0, 0, 4, 2, 1] });
    const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    let tried = 0;
    for (let i = 4; i < code.length; i++) {
      if (code[i] === '-') continue;
      for (const c of alphabet) {
        if (c === code[i]) continue;
        const typo = code.slice(0, i) + c + code.slice(i + 1);
        const decoded = decodeRunCode(typo, storyHash);
        expect(decoded.ok, typo).toBe(false);
        tried++;
      }
    }
    expect(tried).toBeGreaterThan(500);
    // A character left out, or two swapped, too.
    const dropped = code.slice(0, 12) + code.slice(13);
    expect(decodeRunCode(dropped, storyHash)).toMatchObject({ ok: false });
  });

  it('says why a code cannot be used', () => {
    const other = encodeRunCode({ preset: 'short', seed: 5, build: 'deadbeef', path: [0, 1] });
    expect(decodeRunCode(other, storyHash)).toEqual({ ok: false, error: { code: 'other-build', subject: 'run-code', found: 'deadbeef', here: build } });
    const code = encodeRunCode({ preset: 'short', seed: 5, build, path: [0, 1] });
    expect(decodeRunCode(code.replace('RT1', 'RT2'))).toMatchObject({ ok: false, error: { code: 'other-format', newer: true } });
    expect(decodeRunCode(code.slice(0, -3))).toMatchObject({ ok: false, error: { code: 'code-damaged', part: 'checksum' } });
    expect(decodeRunCode(code.split('-').slice(0, 4).join('-'))).toMatchObject({ ok: false, error: { code: 'code-damaged', part: 'parts' } });
    expect(decodeRunCode('hello')).toMatchObject({ ok: false, error: { code: 'not-a-code' } });
    expect(decodeRunCode(`RT1-${'0'.repeat(5000)}`)).toMatchObject({ ok: false, error: { code: 'too-large' } });
    expect(decodeRunCode(42)).toMatchObject({ ok: false, error: { code: 'not-a-code' } });
  });

  it('reads pasted lines with or without names, and keeps a line with no code to report it', () => {
    const a = encodeRunCode({ preset: 'short', seed: 5, build, path: [0, 1] });
    const b = encodeRunCode({ preset: 'full', seed: 6, build, path: [2] });
    const text = `Ana: ${a}\r\n\n${b} (Anne-Marie)\n  ${a.toLowerCase()}  \nno code here\n- ${b} -- Ben`;
    expect(splitPastedCodes(text)).toEqual([
      { line: 1, label: 'Ana', code: a },
      { line: 3, label: 'Anne-Marie', code: b },
      { line: 4, label: '', code: a.toLowerCase() },
      { line: 5, label: '', code: 'no code here' },
      { line: 6, label: 'Ben', code: b },
    ]);
    expect(splitPastedCodes(undefined)).toEqual([]);
  });
});

describe('the student name', () => {
  it('is one short line of printable text, in any script', () => {
    expect(cleanName('  Ana \t  B.\n')).toBe('Ana B.');
    expect(cleanName('A\u202eB\u200bC')).toBe('A B C');
    expect(cleanName('می\u200cخواهم')).toBe('می\u200cخواهم');
    expect([...cleanName('x'.repeat(100))]).toHaveLength(40);
    expect(nameSlug('Zoë')).toBe('zoe');
    expect(nameSlug('  ')).toBe('');
  });

  it('is kept on the device, forgotten when emptied, and a stored value that is not a name is set aside', () => {
    const store = new MemoryStore();
    expect(readStudentName(store)).toEqual({ name: null });
    expect(saveStudentName(store, '  Ana  ')).toBe(true);
    expect(store.getItem(STUDENT_KEY)).toBe('Ana');
    expect(readStudentName(store)).toEqual({ name: 'Ana' });
    expect(saveStudentName(store, '   ')).toBe(true);
    expect(store.getItem(STUDENT_KEY)).toBeNull();
    const huge = 'x'.repeat(5000);
    store.setItem(STUDENT_KEY, huge);
    const read = readStudentName(store, 7);
    expect(read.name).toBeNull();
    expect(read.damage).toMatchObject({ code: 'too-large', subject: 'student' });
    expect(store.keys().some((k) => store.getItem(k) === huge)).toBe(true);
    expect(parseStudentName(5)).toMatchObject({ ok: false });
  });
});
