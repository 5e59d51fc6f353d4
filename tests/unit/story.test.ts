// Tests on the real, compiled debate (story/main.ink), beyond the story check's walk: scripted
// strategies reach the endings the design promises, and the content keeps its contract.
import { Story } from 'inkjs';
import { describe, expect, it } from 'vitest';
import quizJson from '../../story/quiz.json';
import json, { storyHash } from '../../story/main.ink';
import castJson from '../../story/cast.json';
import { seededRandom } from '../../scripts/ink/report.ts';
import { figuresOf, opponentsOf, type CastSheet } from '../../src/debate/core/cast.ts';
import { CARDS, GRADES, type Grade, type Preset } from '../../src/debate/core/contract.ts';
import { DebateEngine } from '../../src/debate/core/engine.ts';
import type { ChoiceView, LineEvent } from '../../src/debate/core/events.ts';
import { MOVE_ORDER } from '../../src/ui/play/choices.ts';

const PRESETS: Preset[] = ['full', 'short'];
/** The cast sheet's figures and opponents. */
const FIGURES = figuresOf(castJson as unknown as CastSheet);
const OPPONENTS = opponentsOf(castJson as unknown as CastSheet);
const GRADED = new Set(['concede', 'rebut', 'argue', 'attack', 'closing']);
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

  it.each(PRESETS)('taking the first move shown every time (a card, never engaging) does not reach the best ending (%s table)', (preset) => {
    const shownFirst: Strategy = (_, choices) => [...choices].sort((a, b) => MOVE_ORDER.indexOf(a.move) - MOVE_ORDER.indexOf(b.move))[0] as ChoiceView;
    const engine = play(preset, shownFirst);
    expect(engine.state.ending).toBeTruthy();
    expect(engine.state.ending).not.toBe('talks-with-guarantees');
  });

  it.each(PRESETS)('always attacking reaches the walkout (%s table)', (preset) => {
    const engine = play(preset, (_, choices) => byMove('attack')(choices) ?? (choices[0] as ChoiceView));
    expect(engine.state.ending).toBe('walkout');
    expect(engine.state.meters.credibility).toBeLessThanOrEqual(15);
  });

  // Honest but unconvincing: no attack, but answers that miss the claim. The guests carry the room.
  it.each(PRESETS)('answering beside the point, without attacking, lets the guests carry the room (%s table)', (preset) => {
    const weakest: Strategy = (engine, choices) =>
      choices.find((c) => c.move !== 'attack' && c.move !== 'press' && c.move !== 'concede' && gradeOf(engine, c) === 'weak') ??
      choices.find((c) => c.move === 'closing' || c.move === 'continue') ??
      (choices.find((c) => c.move === 'rebut') as ChoiceView);
    const engine = play(preset, weakest);
    expect(engine.state.ending).toBe('opponents-carry-the-room');
    expect(engine.state.meters.audience).toBeLessThanOrEqual(30);
    expect(engine.events.some((e) => e.type === 'line' && e.grade === 'backfire')).toBe(false);
  });

  // Strong answers without ever pressing or granting a point win the room, not the table.
  it.each(PRESETS)('strong answers without engaging the guests win the room but not the table (%s table)', (preset) => {
    const aloof: Strategy = (engine, choices) => strongest(engine, choices.filter((c) => c.move !== 'press' && c.move !== 'concede'));
    const engine = play(preset, aloof);
    expect(engine.state.ending).toBe('audience-not-table');
    expect(engine.state.meters.audience).toBeGreaterThanOrEqual(70);
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

// The rules, read straight from rules.ink's functions: the same move earns the same grade logic
// everywhere, and the before-and-after check (story/quiz.json) agrees with the game.
describe('the grading rules', () => {
  const story = new Story(json);
  const grade = (who: string, card: string) => story.EvaluateFunction('card_grade', [who, card]) as Grade;

  it('grade know-the-concepts alike against the two guests who question motives', () => {
    // Both answer a charge about people with a charge about people (m18).
    expect(grade('hamedani', 'know-the-concepts')).toBe('weak');
    expect(grade('shariatmadari', 'know-the-concepts')).toBe('weak');
  });

  it("grade take-the-wheel (m01, a tu quoque) weak against everyone, as the check's m01 item is a fallacy", () => {
    for (const who of OPPONENTS) expect(grade(who, 'take-the-wheel'), who).toBe('weak');
    const plan = quizJson.items.find((i) => i.id === 'plan');
    expect(plan?.source).toBe('m01');
    expect(plan?.kind).toBe('fallacy');
  });

  it('keep every card strong against at most three opponents, and grade every card against every opponent', () => {
    for (const card of CARDS) {
      const grades = OPPONENTS.map((who) => grade(who, card));
      expect(grades.every((g) => GRADES.includes(g)), card).toBe(true);
      expect(grades.filter((g) => g === 'strong').length, card).toBeLessThanOrEqual(3);
    }
  });

  it('give every guest a true kernel to grant', () => {
    for (const who of FIGURES) expect(story.EvaluateFunction('concession_grade', [who])).toBe('strong');
  });

  it('let a card that landed strongly land softer where it would be strong again', () => {
    story.variablesState.$('worn', 'relative-trust,');
    expect(story.EvaluateFunction('grade_of', ['laeini', 'relative-trust'])).toBe('partial');
    expect(story.EvaluateFunction('grade_of', ['laeini', 'cost-of-war'])).toBe('strong');
    story.variablesState.$('worn', '');
    expect(story.EvaluateFunction('grade_of', ['laeini', 'relative-trust'])).toBe('strong');
  });

  it('mark a card weaker only before a guest it would have landed strongly on', () => {
    // Guarantees lands on Sediqi and confidence on Saeidi; both are remembered.
    const guest = (e: DebateEngine) => e.events.findLast((x): x is LineEvent => x.type === 'line' && FIGURES.includes(x.speaker))?.speaker;
    const marks: Record<string, Record<string, boolean>> = {};
    play('full', (e, choices) => {
      const who = guest(e) ?? '';
      for (const c of choices) if (c.card) (marks[who] ??= {})[c.card] = c.worn;
      if (who === 'sediqi') return byCard('guarantees')(choices) ?? (choices[0] as ChoiceView);
      if (who === 'saeidi') return byCard('confidence')(choices) ?? (choices[0] as ChoiceView);
      return byMove('rebut')(choices) ?? (choices[0] as ChoiceView);
    });
    expect(marks.sediqi?.guarantees).toBe(false);
    // Laeini is offered confidence, but it was only ever partial against him: not marked.
    expect(marks.laeini?.confidence).toBe(false);
    expect(marks.shariatmadari?.confidence).toBe(true);
    // Wear runs between the six opponents only: Taeb hears guarantees fresh.
    expect(marks.taeb?.guarantees).toBe(false);
  });

  it("list every ending in cast.json with the side that carried the room", () => {
    const endings = castJson.endings as Record<string, { room: string }>;
    expect(Object.values(endings).map((e) => e.room).sort()).toEqual(
      ['opponents', 'opponents', 'player', 'player', 'split', 'split', 'split'],
    );
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
        if (FIGURES.includes(line.speaker)) {
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
