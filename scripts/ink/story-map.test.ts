import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Story } from 'inkjs';
import { describe, expect, it } from 'vitest';
import { DebateEngine } from '../../src/debate/core/engine.ts';
import { PRESETS } from '../../src/debate/core/contract.ts';
import { decisionPosition, figureOfSection, sectionOfPosition, STORY_MAP_FORMAT, storyOrder } from '../../src/debate/core/story-map.ts';
import { compileInkFile } from './compile.ts';
import { buildStoryMap, mapFromWalk, translateStoryMap, withoutReplay } from './story-map.ts';
import { loadStoryMap, saveStoryMap } from './vite-plugin-story-map.ts';
import { walkPresets } from './walk-parallel.ts';
import { walkStory } from './walk.ts';

const fixture = 'tests/fixtures/stories/good/main.ink';
const compiled = compileInkFile(fixture);

describe('buildStoryMap', () => {
  const map = buildStoryMap(compiled.json, compiled.hash);
  const full = map.presets.find((p) => p.preset === 'full');

  it('collapses the walk into decisions in story order, with where each choice leads', () => {
    expect(map.storyHash).toBe(compiled.hash);
    expect(map.presets.map((p) => p.preset)).toEqual(['full', 'short']);
    if (!full) throw new Error('no full preset');
    expect(full.decisions.map((d) => [d.id, d.section, d.after ?? null])).toEqual([
      ['d0', 'sediqi_round', null],
      ['d1', 'sediqi_round', 'press'],
      ['d2', '0', null],
    ]);
    expect(full.start).toBe('d0');
    const [first, , closing] = full.decisions;
    expect(first?.leadIn.map((l) => l.text)).toEqual(['The US has lost its negotiating credentials and instead it demands ransom.']);
    expect(first?.leadIn[0]).toMatchObject({ speaker: 'sediqi', sources: ['f-sediqi'], dramatized: false });
    expect(first?.choices.map((c) => [c.move, c.card ?? null, c.grades, c.leadsTo])).toEqual([
      ['press', null, [], ['d1']],
      ['rebut', 'guarantees', ['strong'], ['d2']],
      ['attack', null, ['backfire'], ['d2']],
    ]);
    // The attack rules the mandate out: only the deadlock is left after it.
    expect(first?.choices[2]?.reachable).toEqual(['deadlock']);
    expect(first?.reachable).toEqual(['deadlock', 'mandate']);
    // Two states meet at the closing (after the card, after the attack).
    expect(closing?.states).toBe(2);
    expect(closing?.choices[0]?.ends).toEqual(['deadlock', 'mandate']);
  });

  it('lists every ending the walk reaches, with the choices that end there', () => {
    for (const preset of map.presets) {
      const walked = new Set(walkStory(compiled.json, { preset: preset.preset }).nodes.flatMap((n) => (n.ending ? [n.ending] : [])));
      expect(new Set(preset.endings.map((e) => e.id))).toEqual(walked);
      for (const ending of preset.endings) {
        expect(ending.from.length).toBeGreaterThan(0);
        for (const { decision, choice } of ending.from) {
          const d = preset.decisions.find((x) => x.id === decision);
          expect(d?.choices[choice]?.ends).toContain(ending.id);
        }
      }
    }
  });

  it('places a played decision at the same position as the walk, through the engine', () => {
    if (!full) throw new Error('no full preset');
    const engine = new DebateEngine(compiled.json, compiled.hash);
    engine.replay('full', 7, [0, 0, 1]);
    const scratch = new Story(compiled.json);
    const positions = engine.history.filter((s) => s.beat.choices).map((s) => decisionPosition(scratch, s.stateJson));
    expect(positions).toEqual(['d0', 'd1', 'd2'].map((id) => full.decisions.find((d) => d.id === id)?.position));
  });
});

describe('the map helpers', () => {
  it('names sections and figures from positions', () => {
    expect(sectionOfPosition('sediqi_exchange.0.menu.13|sediqi_exchange.0.menu.24')).toBe('sediqi_exchange');
    expect(figureOfSection('sediqi_exchange')).toBe('sediqi');
    expect(figureOfSection('closing_statement')).toBeUndefined();
    // The section's name says whose exchange it is; the cast sheet says whether that is a figure.
    expect(figureOfSection('taeb_exchange')).toBe('taeb');
    expect(figureOfSection('Not A Figure_exchange')).toBeUndefined();
  });

  it('orders by what was seen to come first, falling back on rank', () => {
    const before = new Map([['b', new Set(['c'])], ['a', new Set(['b'])]]);
    const rank = { a: 2, b: 1, c: 0, d: 0 } as Record<string, number>;
    expect(storyOrder(['c', 'b', 'a', 'd'], before, (x) => rank[x] ?? 0)).toEqual(['d', 'a', 'b', 'c']);
  });
});

describe('loadStoryMap (the cache behind virtual:story-map)', () => {
  it('walks once, then serves the cached map for the same story build', async () => {
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'story-map-'));
    const first = await loadStoryMap(fixture, cacheDir);
    expect(first.cached).toBe(false);
    const files = readdirSync(cacheDir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(new RegExp(`^story-map-${compiled.hash}-[0-9a-f]{12}\\.json$`));
    // The walk says it is working: a line before it starts (and one every few seconds on a long walk).
    const said: string[] = [];
    await loadStoryMap(fixture, mkdtempSync(path.join(tmpdir(), 'story-map-')), (m) => said.push(m));
    expect(said[0]).toMatch(/working out every state/);
    const second = await loadStoryMap(fixture, cacheDir);
    expect(second.cached).toBe(true);
    expect(second.map).toEqual(first.map);
    expect(second.files.some((f) => f.endsWith('sediqi.ink'))).toBe(true);
    expect(existsSync(path.join(cacheDir, files[0] as string))).toBe(true);
  });

  it("serves the map the story check saved from its parallel walk, equal to the build's own", async () => {
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'story-map-'));
    const walked = await walkPresets(compiled.json, PRESETS, 2);
    const presets = PRESETS.map((preset, i) => mapFromWalk(walked.graphs[i]!, preset));
    saveStoryMap(cacheDir, { format: STORY_MAP_FORMAT, storyHash: compiled.hash, presets });
    const loaded = await loadStoryMap(fixture, cacheDir);
    expect(loaded.cached).toBe(true);
    expect(loaded.map).toEqual(buildStoryMap(compiled.json, compiled.hash));
  });

  it('fails on a story that does not compile, caching nothing', async () => {
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'story-map-'));
    await expect(loadStoryMap('tests/fixtures/stories/broken-line/main.ink', cacheDir)).rejects.toThrow(/sediqi\.ink:\d+/);
    expect(readdirSync(cacheDir)).toEqual([]);
  });
});

describe('translateStoryMap', () => {
  // A "translation" of the fixture: the same program with every word of text in capitals.
  const shout = (node: unknown): unknown =>
    typeof node === 'string' ? (node.startsWith('^') ? node.toUpperCase() : node) : Array.isArray(node) ? node.map(shout) : node && typeof node === 'object' ? Object.fromEntries(Object.entries(node).map(([k, v]) => [k, shout(v)])) : node;
  const translated = JSON.stringify(shout(JSON.parse(compiled.json)));
  const map = buildStoryMap(compiled.json, compiled.hash);

  it('reads every lead-in line and choice in the translation, at the same places', () => {
    const other = translateStoryMap(map, translated);
    let texts = 0;
    for (const [p, preset] of map.presets.entries()) {
      for (const [i, d] of preset.decisions.entries()) {
        const t = other.presets[p]?.decisions[i];
        expect(t?.leadIn.map((l) => l.text)).toEqual(d.leadIn.map((l) => l.text.toUpperCase()));
        expect(t?.choices.map((c) => c.text)).toEqual(d.choices.map((c) => c.text.toUpperCase()));
        // Everything but the words is the same.
        expect({ ...t, leadIn: [], choices: t?.choices.map((c) => ({ ...c, text: '' })) }).toEqual({ ...d, leadIn: [], choices: d.choices.map((c) => ({ ...c, text: '' })) });
        texts += d.leadIn.length + d.choices.length;
      }
    }
    expect(texts).toBeGreaterThan(10);
    expect(other.presets.flatMap((p) => p.decisions.flatMap((d) => d.leadIn.map((l) => l.text))).join(' ')).not.toMatch(/[a-z]/);
  });

  it('fails, naming the decision, when the translation offers other choices', () => {
    // A map that asks for twice the choices the story offers (as a translation that drops some would).
    const broken = { ...map, presets: map.presets.map((p) => ({ ...p, decisions: p.decisions.map((d) => ({ ...d, choices: [...d.choices, ...d.choices] })) })) };
    expect(() => translateStoryMap(broken, translated)).toThrow(/choices at full d0/);
  });

  it('ships no replay paths', () => {
    expect(map.presets[0]?.decisions[0]?.replay).toBeDefined();
    expect(JSON.stringify(withoutReplay(map))).not.toContain('replay');
  });
});
