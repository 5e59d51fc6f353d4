// Tests on the real, compiled debate (story/main.ink), beyond the story check's walk: scripted
// strategies reach the endings the design promises, and the content keeps its contract.
import { describe, expect, it } from 'vitest';
import json, { storyHash } from '../../story/main.ink';
import { seededRandom } from '../../scripts/ink/report.ts';
import { FIGURES, GRADES, OPPONENTS, type Grade, type Preset } from '../../src/debate/contract.ts';
import { DebateEngine } from '../../src/debate/engine.ts';
import type { ChoiceView, LineEvent } from '../../src/debate/events.ts';

const PRESETS: Preset[] = ['full', 'short'];
const GRADED = new Set(['concede', 'rebut', 'attack', 'closing']);
const rank = (g: Grade | undefined) => (g ? GRADES.length - GRADES.indexOf(g) : 0);
const lines = (e: DebateEngine) => e.events.filter((x): x is LineEvent => x.type === 'line');

/** The grade a choice would earn now (0 when ungraded, e.g. a press). */
function gradeOf(engine: DebateEngine, choice: ChoiceView): Grade | undefined {
  const beat = engine.preview(engine.history.length - 1, choice.index);
  return beat.events.find((x): x is LineEvent => x.type === 'line' && !!x.grade)?.grade;
}

type Strategy = (engine: DebateEngine, choices: ChoiceView[]) => ChoiceView;

function play(preset: Preset, strategy: Strategy, seed = 7): DebateEngine {
  const engine = new DebateEngine(json, storyHash);
  let beat = engine.start(preset, seed);
  for (let guard = 0; beat.choices && guard < 200; guard++) {
    beat = engine.choose(strategy(engine, beat.choices.choices).index);
  }
  return engine;
}

/** The choice with the best grade; ties go to the first offered. Ungraded moves come last. */
const strongest: Strategy = (engine, choices) => {
  let best = choices[0] as ChoiceView;
  let bestRank = -1;
  for (const choice of choices) {
    const r = rank(gradeOf(engine, choice));
    if (r > bestRank) {
      best = choice;
      bestRank = r;
    }
  }
  return best;
};

const byMove = (move: string) => (choices: ChoiceView[]) => choices.find((c) => c.move === move);
const byCard = (card: string) => (choices: ChoiceView[]) => choices.find((c) => c.card === card);

describe('scripted strategies', () => {
  it.each(PRESETS)('always playing the strongest move reaches talks with guarantees (%s table)', (preset) => {
    const engine = play(preset, strongest);
    expect(engine.state.ending).toBe('talks-with-guarantees');
    expect(engine.state.meters.audience).toBeGreaterThanOrEqual(70);
  });

  it.each(PRESETS)('always attacking reaches the walkout (%s table)', (preset) => {
    const engine = play(preset, (_, choices) => byMove('attack')(choices) ?? (choices[0] as ChoiceView));
    expect(engine.state.ending).toBe('walkout');
    expect(engine.state.meters.credibility).toBeLessThanOrEqual(15);
  });

  it.each(PRESETS)('conceding and playing home-front cards reaches home front first (%s table)', (preset) => {
    const engine = play(preset, (e, choices) =>
      byMove('concede')(choices) ??
      byCard('home-front')(choices) ??
      choices.find((c) => c.move === 'closing' && /home/i.test(c.text)) ??
      strongest(e, choices),
    );
    expect(engine.state.ending).toBe('home-front-first');
  });
});

describe('the content contract on the compiled story', () => {
  it.each(PRESETS)('each opponent first speaks a line that cites their viewpoint (%s table)', (preset) => {
    const engine = play(preset, strongest);
    const spoken = lines(engine);
    const seated = OPPONENTS.filter((id) => engine.state.seats.includes(id));
    expect(seated.length).toBe(preset === 'full' ? 6 : 3);
    for (const id of seated) {
      const first = spoken.find((l) => l.speaker === id);
      expect(first?.sources, `${id}'s first line`).toContain(`f-${id}`);
    }
  });

  // 200 seeded random games per preset reach most of the story quickly; the story check's
  // exhaustive walk covers every state.
  it.each(PRESETS)('every figure line is sourced or dramatized and every graded move has one why (%s table)', (preset) => {
    const random = seededRandom(preset === 'full' ? 11 : 12);
    for (let game = 0; game < 200; game++) {
      const engine = play(preset, (_, choices) => choices[Math.floor(random() * choices.length)] as ChoiceView, game);
      for (const line of lines(engine)) {
        if ((FIGURES as readonly string[]).includes(line.speaker)) {
          expect(line.dramatized || line.sources.length > 0, `${line.speaker}: ${line.text}`).toBe(true);
        }
      }
      engine.history.forEach((step, i) => {
        if (step.chosen === undefined) return;
        const choice = step.beat.choices?.choices[step.chosen];
        const graded = (engine.history[i + 1]?.beat.events ?? []).filter(
          (x): x is LineEvent => x.type === 'line' && !!x.grade,
        );
        if (choice && GRADED.has(choice.move)) {
          expect(graded, `after "${choice.text}"`).toHaveLength(1);
          expect(graded[0]?.why?.sources.length).toBeGreaterThan(0);
        } else {
          expect(graded).toHaveLength(0);
        }
      });
    }
  }, 60_000);

  it('replaying a recorded path reproduces the same transcript', () => {
    const random = seededRandom(99);
    for (const preset of PRESETS) {
      const original = play(preset, (_, choices) => choices[Math.floor(random() * choices.length)] as ChoiceView, 4242);
      const replayed = new DebateEngine(json, storyHash);
      replayed.replay(preset, 4242, original.path);
      expect(lines(replayed)).toEqual(lines(original));
      expect(replayed.state).toEqual(original.state);
    }
  });
});
