import { describe, expect, it } from 'vitest';
import storyJson, { storyHash } from '../../../story/main.ink';
import { aggregateClassResults, ClassResultsBuilder, type RunFileInput } from './class-results.ts';
import type { Preset } from '../core/contract.ts';
import { DebateEngine } from '../core/engine.ts';
import { buildOf } from '../persistence/link.ts';
import { encodeRunCode, splitPastedCodes } from '../persistence/run-code.ts';
import type { QuizScore, RunFile } from '../persistence/run-file.ts';

const story = { json: storyJson, hash: storyHash };

/** A run file as the game writes one: the engine replays the path, the file records the outcome. */
function runFile(preset: Preset, seed: number, path: number[], quiz?: RunFile['quiz']): RunFile {
  const engine = new DebateEngine(storyJson, storyHash);
  engine.replay(preset, seed, path);
  return {
    app: 'the-round-table',
    kind: 'run',
    version: 1,
    storyHash,
    preset,
    seed,
    path,
    grades: [],
    ending: engine.state.ending ?? null,
    meters: { ...engine.state.meters },
    endedAt: `2026-03-02T10:${String(seed % 60).padStart(2, '0')}:00Z`,
    ...(quiz && { quiz }),
  };
}

/** Plays the short table choosing, at each decision, the first offered choice with this move. */
function pathPreferring(preset: Preset, seed: number, prefer: (moves: string[], decision: number) => number): number[] {
  const engine = new DebateEngine(storyJson, storyHash);
  let beat = engine.start(preset, seed);
  while (beat.choices) beat = engine.choose(prefer(beat.choices.choices.map((c) => c.move), beat.choices.decision));
  return engine.path;
}

const firstOf = (move: string) => (moves: string[]) => Math.max(0, moves.indexOf(move));
const asFile = (name: string, run: unknown): RunFileInput => ({ name, text: JSON.stringify(run) });
const score = (hits: number, falseAlarms: number): QuizScore => ({ hits, falseAlarms, score: hits - falseAlarms });

describe('aggregateClassResults', () => {
  // Three students on the short table: two answer with the first card every time, one attacks.
  const carder = pathPreferring('short', 1, firstOf('rebut'));
  const attacker = pathPreferring('short', 2, firstOf('attack'));
  const files = [
    asFile('ana.json', runFile('short', 1, carder, { before: score(2, 2), after: score(4, 1) })),
    asFile('ben.json', runFile('short', 3, carder, { before: score(3, 1) })),
    asFile('cy.json', runFile('short', 2, attacker)),
  ];

  it('gives each decision the share of the class that chose each move', () => {
    const results = aggregateClassResults(files, story);
    expect(results.runs).toBe(3);
    expect(results.invalid).toEqual([]);
    expect(results.presets).toEqual({ full: 0, short: 3 });
    const sediqi = results.decisions[0];
    expect(sediqi).toMatchObject({ section: 'sediqi_exchange', figure: 'sediqi', reached: 3 });
    expect(sediqi?.leadIn?.speaker).toBe('sediqi');
    const byMove = Object.fromEntries((sediqi?.moves ?? []).map((m) => [m.move, m.share]));
    expect(byMove.rebut).toBeCloseTo(2 / 3);
    expect(byMove.attack).toBeCloseTo(1 / 3);
    expect(byMove.press).toBe(0);
    const guarantees = sediqi?.choices.find((c) => c.card === 'guarantees');
    expect(guarantees).toMatchObject({ count: 2 });
    // Every share at a decision adds up to the whole of those who reached it.
    for (const d of results.decisions) {
      expect(d.choices.reduce((sum, c) => sum + c.count, 0)).toBe(d.reached);
    }
    // The opening's single "Take your seat" is left out; exchanges come in story order.
    expect(results.decisions.map((d) => d.section)).toEqual([
      ...new Set(['sediqi_exchange', 'alamolhoda_exchange', 'shariatmadari_exchange', 'taeb_exchange', 'abdolalizadeh_exchange', 'closing_statement'].filter((s) => results.decisions.some((d) => d.section === s))),
    ]);
  });

  it('counts endings and the moves most often graded weak or backfire', () => {
    const results = aggregateClassResults(files, story);
    const engine = new DebateEngine(storyJson, storyHash);
    const expected = new Map<string, number>();
    for (const [seed, path] of [[1, carder], [3, carder], [2, attacker]] as const) {
      engine.replay('short', seed, path);
      const id = engine.state.ending ?? 'none';
      expected.set(id, (expected.get(id) ?? 0) + 1);
    }
    expect(Object.fromEntries(results.endings.map((e) => [e.id, e.count]))).toEqual(Object.fromEntries(expected));
    expect(results.endings.reduce((s, e) => s + e.share, 0)).toBeCloseTo(1);
    const attackOnSediqi = results.weakMoves.find((m) => m.figure === 'sediqi' && m.move === 'attack');
    expect(attackOnSediqi).toMatchObject({ backfire: 1, weak: 0, chosen: 1 });
    const counts = results.weakMoves.map((m) => m.weak + m.backfire);
    expect(counts.every((c) => c > 0)).toBe(true);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('reports the check as hits, false alarms and their difference, before and after', () => {
    const { quiz } = aggregateClassResults(files, story);
    expect(quiz.before).toEqual({ count: 2, meanHits: 2.5, meanFalseAlarms: 1.5, meanScore: 1 });
    expect(quiz.after).toEqual({ count: 1, meanHits: 4, meanFalseAlarms: 1, meanScore: 3 });
    expect(quiz.paired).toEqual({ count: 1, meanChange: 3 });
  });

  it('lists bad files with the reason and still counts the rest', () => {
    const good = runFile('short', 1, carder);
    const damaged = { ...good, path: [...good.path.slice(0, 3), 42, ...good.path.slice(4)] };
    const lying = { ...good, endedAt: '2026-03-02T11:00:00Z', ending: good.ending === 'walkout' ? 'deadlock' : 'walkout' };
    const results = aggregateClassResults(
      [
        asFile('good.json', good),
        { name: 'notes.txt', text: 'these are my notes' },
        asFile('save.json', { app: 'the-round-table', schema: 1, inkState: '{}' }),
        asFile('other.json', { app: 'something-else', kind: 'run' }),
        asFile('old-build.json', { ...good, storyHash: '000000000000' }),
        asFile('damaged.json', damaged),
        asFile('lying.json', lying),
        asFile('copy.json', good),
        { name: 'huge.json', text: '', problem: { code: 'too-large', subject: 'run-file', size: 900_000, limit: 800_000 } },
      ],
      story,
    );
    expect(results.runs).toBe(1);
    const reasons = Object.fromEntries(results.invalid.map((i) => [i.name, i.reasons]));
    expect(Object.keys(reasons)).toEqual(['notes.txt', 'save.json', 'other.json', 'old-build.json', 'damaged.json', 'lying.json', 'copy.json', 'huge.json']);
    expect(reasons['notes.txt']).toEqual([{ code: 'not-json', subject: 'run-file' }]);
    expect(reasons['save.json']).toEqual([{ code: 'not-ours', subject: 'run-file', looksLike: 'save' }]);
    expect(reasons['other.json']).toEqual([{ code: 'not-ours', subject: 'run-file' }]);
    expect(reasons['old-build.json']).toMatchObject([{ code: 'other-build', found: '000000000000' }]);
    expect(reasons['damaged.json']).toMatchObject([{ code: 'path-does-not-fit', detail: expect.stringMatching(/Step 4.*choice 42/) }]);
    expect(reasons['lying.json']).toMatchObject([{ code: 'ending-mismatch', claimed: lying.ending }]);
    expect(reasons['copy.json']).toEqual([{ code: 'duplicate', subject: 'run-file', of: 'good.json' }]);
    expect(reasons['huge.json']).toMatchObject([{ code: 'too-large' }]);
  });

  it('counts an unfinished run for its decisions but not for an ending', () => {
    const partial = runFile('short', 5, carder.slice(0, 4));
    expect(partial.ending).toBeNull();
    const results = aggregateClassResults([asFile('partial.json', partial)], story);
    expect(results.runs).toBe(1);
    expect(results.unfinished).toBe(1);
    expect(results.endings).toEqual([]);
    expect(results.decisions.length).toBeGreaterThan(0);
  });

  it('adds files in batches to the same totals, one at a time', () => {
    const builder = new ClassResultsBuilder(story);
    expect(builder.add(files[0] as RunFileInput)).toBeNull();
    const between = builder.results;
    expect(between.runs).toBe(1);
    for (const f of files.slice(1)) builder.add(f);
    expect(builder.add({ name: 'again.json', text: (files[1] as RunFileInput).text })?.reasons).toEqual([{ code: 'duplicate', subject: 'run-file', of: 'ben.json' }]);
    const { invalid, ...rest } = builder.results;
    const { invalid: _, ...all } = aggregateClassResults(files, story);
    expect(rest).toEqual(all);
    expect(invalid.map((i) => i.name)).toEqual(['again.json']);
  });

  it('is empty, not broken, with no files', () => {
    const results = aggregateClassResults([], story);
    expect(results).toMatchObject({ runs: 0, invalid: [], decisions: [], endings: [], weakMoves: [] });
    expect(results.quiz).toEqual({ before: null, after: null, paired: null });
  });

  it('gives one row per student: name, table, ending, the grades of each exchange, the check scores', () => {
    const named = { ...runFile('short', 1, carder, { before: score(2, 2), after: score(4, 1) }), student: 'Ana' };
    const results = aggregateClassResults([asFile('ana.json', named), files[2] as RunFileInput], story);
    expect(results.students.map((s) => [s.source, s.name, s.from, s.preset])).toEqual([
      ['ana.json', 'Ana', 'file', 'short'],
      ['cy.json', undefined, 'file', 'short'],
    ]);
    const [ana, cy] = results.students;
    // The grades are the story's, replayed: the same as the engine gives, exchange by exchange.
    const engine = new DebateEngine(storyJson, storyHash);
    engine.replay('short', 1, carder);
    expect(ana?.ending).toBe(engine.state.ending);
    expect(results.exchanges[0]).toEqual({ section: 'sediqi_exchange', figure: 'sediqi' });
    expect(Object.keys(ana?.grades ?? {})).toEqual(results.exchanges.map((x) => x.section).filter((s) => ana?.grades[s]));
    const total = (row: typeof ana) => Object.values(row?.counts ?? {}).reduce((a, b) => a + b, 0);
    expect(total(ana)).toBe(Object.values(ana?.grades ?? {}).flat().length);
    expect(total(ana)).toBeGreaterThan(2);
    expect(cy?.counts.backfire).toBeGreaterThan(0);
    expect(ana?.quiz).toEqual({ before: 0, after: 3 });
    expect(cy?.quiz).toEqual({});
  });

  it('reads pasted run codes like files: named, replayed, and refused with their reason', () => {
    const builder = new ClassResultsBuilder(story, (line) => `Line ${line}`);
    const code = encodeRunCode({ preset: 'short', seed: 2, build: buildOf(storyHash), path: attacker });
    const typo = code.slice(0, -1) + (code.endsWith('0') ? '1' : '0');
    const foreign = encodeRunCode({ preset: 'short', seed: 2, build: 'deadbeef', path: attacker });
    const lines = splitPastedCodes(`Cy: ${code}\n${typo} Dee\nEd ${foreign}\n<img src=x onerror=alert(1)>\n${code} (again)`);
    const outcomes = lines.map((l) => builder.addCode(l));
    expect(outcomes[0]).toBeNull();
    expect(outcomes.slice(1).map((o) => [o?.name, o?.reasons[0]?.code])).toEqual([
      ['Line 2 (Dee)', 'code-damaged'],
      ['Line 3 (Ed)', 'other-build'],
      ['Line 4', 'not-a-code'],
      ['Line 5 (again)', 'duplicate'],
    ]);
    // The code's run counts exactly as its file would.
    builder.add(files[2] as RunFileInput);
    const results = builder.results;
    expect(results.runs).toBe(1);
    expect(results.students).toEqual([{ ...results.students[0], source: 'Line 1 (Cy)', name: 'Cy', from: 'code' }]);
    const fromFile = aggregateClassResults([files[2] as RunFileInput], story);
    expect({ ...results.students[0], source: '', name: '', from: '' }).toEqual({ ...fromFile.students[0], source: '', name: '', from: '' });
    expect(results.invalid.at(-1)?.reasons[0]).toEqual({ code: 'duplicate', subject: 'run-file', of: 'Line 1 (Cy)' });
  });
});
