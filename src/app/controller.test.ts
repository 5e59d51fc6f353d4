// @vitest-environment happy-dom
// The play loop with fake views: what the controller gives the stage, the dialogue, the choices,
// the transcript, the HUD, the screens and the speakers as a debate on the fixture story starts,
// takes a move, steps back and reaches an ending.
import { afterEach, describe, expect, it, vi } from 'vitest';
import json, { storyHash } from '../../tests/fixtures/stories/good/main.ink';
import table from '../../story/cast.json';
import type { CastSheet } from '../debate/core/cast.ts';
import { DebateEngine } from '../debate/core/engine.ts';
import type { ChoiceView, LineEvent, Meters, Progress } from '../debate/core/events.ts';
import { SaveStore } from '../debate/persistence/saves.ts';
import { m } from '../i18n/index.ts';
import type { TableModel } from '../game/presenter.ts';
import { captionOf, type Cue, type SoundPlayer } from '../platform/audio.ts';
import { defaultSettings } from '../platform/settings.ts';
import { MemoryStore } from '../platform/storage.ts';
import { choiceForCode } from '../ui/play/move-keys.ts';
import { DebateController, type ControllerHooks, type ControllerViews } from './controller.ts';
import type { EndingActions } from './menus.ts';

const cast = table as unknown as CastSheet;

/** Views that record what they are given; the dialogue reads on at once, the choices wait for the test. */
function fakes() {
  const said: string[] = [];
  const captions: string[] = [];
  const offered: { texts: string[]; before: readonly number[] }[] = [];
  const stamps: string[] = [];
  const played: Cue[] = [];
  const meters: Meters[] = [];
  const progress: Progress[] = [];
  const canStepBack: boolean[] = [];
  const notices: string[] = [];
  const tables: TableModel[] = [];
  const rebuilt: { lines: number; live: boolean }[] = [];
  const endings: { ending: { id: string; title: string; epilogue: string[]; runCode?: string }; actions: EndingActions }[] = [];
  let pick: ((index: number) => void) | null = null;
  let current: ChoiceView[] = [];
  const choices = {
    open: false,
    onlyContinue: false,
    show(list: ChoiceView[], _animate: boolean, before: readonly number[] = []) {
      this.open = true;
      current = list;
      offered.push({ texts: list.map((c) => c.text), before });
      return new Promise<number>((resolve) => (pick = resolve));
    },
    hide() {
      this.open = false;
    },
    // The real keys by move (src/ui/play/move-keys.ts), as the real panel has them.
    offers(code: string) {
      return this.open && choiceForCode(code, current) !== undefined;
    },
    pickCode(code: string) {
      const at = this.open ? choiceForCode(code, current) : undefined;
      const choice = at === undefined ? undefined : current[at];
      if (!choice) return false;
      this.open = false;
      pick?.(choice.index);
      return true;
    },
  };
  const views = {
    stage: {
      showTitle: vi.fn(),
      showTable: (model: TableModel) => tables.push(model),
      showEnding: vi.fn(),
      setLook: vi.fn(),
    },
    broadcast: { stamp: (grade: string) => stamps.push(grade), clear: vi.fn() },
    dialogue: {
      revealing: false,
      waiting: false,
      clear: vi.fn(),
      show: async (line: LineEvent) => void said.push(line.text),
      waitForAdvance: async () => {},
      press: vi.fn(),
      completeReveal: vi.fn(),
    },
    choices,
    transcript: {
      clear: vi.fn(),
      addLine: vi.fn(),
      addCaption: (caption: string) => captions.push(caption),
      settle: vi.fn(),
      rebuild: (events: unknown[], _caption: unknown, live: boolean) => rebuilt.push({ lines: events.length, live }),
    },
    hud: {
      showGame: vi.fn(),
      setMeters: (value: Meters) => meters.push({ ...value }),
      setProgress: (value: Progress) => progress.push({ ...value }),
      setCanStepBack: (can: boolean) => canStepBack.push(can),
    },
    screen: {
      showTitle: vi.fn(),
      hide: vi.fn(),
      showEnding: (_cast: unknown, ending: (typeof endings)[number]['ending'], _state: unknown, actions: EndingActions) =>
        endings.push({ ending, actions }),
    },
    notices: { show: (text: string) => void notices.push(text) },
  };
  const sound: SoundPlayer = {
    play: (cue) => void played.push(cue),
    startAmbience: vi.fn(),
    stopAmbience: vi.fn(),
    prepare: vi.fn(),
    apply: vi.fn(),
    onProblem: null,
    dispose: vi.fn(),
  };
  const hooks = {
    openSettings: vi.fn(),
    openSources: vi.fn(),
    openTeachers: vi.fn(),
    openPause: vi.fn(),
    toggleSound: vi.fn(),
    openDebrief: vi.fn(),
    openBranchMap: vi.fn(),
    onProgress: vi.fn(),
  } satisfies ControllerHooks;
  const saves = new SaveStore(new MemoryStore());
  const engine = new DebateEngine(json, storyHash);
  const controller = new DebateController(
    engine,
    cast,
    new Map(),
    views as unknown as ControllerViews,
    { saves, sound, settings: () => defaultSettings(true) },
    hooks,
  );
  /** Waits until the play loop offers choices (start() itself resolves only when the debate moves on). */
  const offeredChoices = () => vi.waitFor(() => expect(choices.open).toBe(true));
  const choose = async (index: number) => {
    await offeredChoices();
    choices.open = false;
    pick?.(index);
  };
  return {
    controller, engine, views, hooks, saves,
    said, captions, offered, stamps, played, meters, progress, canStepBack, notices, tables, rebuilt, endings,
    offeredChoices, choose,
  };
}

afterEach(() => vi.restoreAllMocks());

describe('DebateController with fake views', () => {
  it('starts a debate: plays the opening lines with their sound and caption, then offers the first moves', async () => {
    const f = fakes();
    void f.controller.start('full', 1);
    await f.offeredChoices();
    expect(f.controller.playing).toBe(true);
    expect(f.views.screen.hide).toHaveBeenCalled();
    expect(f.views.hud.showGame).toHaveBeenLastCalledWith(true);
    expect(f.said[0]).toBe('Welcome to the fixture table.');
    expect(f.said.at(-1)).toBe('The US has lost its negotiating credentials and instead it demands ransom.');
    // The welcome's # sfx: gavel is heard and captioned.
    expect(f.played).toEqual(['gavel']);
    expect(f.captions).toContain(captionOf('gavel'));
    expect(f.offered).toEqual([{ texts: ['What do you mean by ransom?', 'Guarantees, not trust', 'Attack the speaker'], before: [] }]);
    expect(f.progress.at(-1)).toEqual({ stage: 'opponents', round: 1, rounds: 1 });
    expect(f.meters.at(-1)).toEqual({ audience: 50, credibility: 50 });
    // Nothing to step back to yet; nothing saved until a move is made.
    expect(f.canStepBack.at(-1)).toBe(false);
    expect(f.saves.has('auto')).toBe(false);
    // The last table painted is the decision: Sediqi has the floor.
    expect(f.tables.at(-1)).toMatchObject({ deciding: true });
  });

  it('shows a line in the press that brings it; the stage, the transcript and the sounds follow after the frame, in order', async () => {
    const f = fakes();
    const tablesBefore = f.tables.length;
    void f.controller.start('full', 1);
    await Promise.resolve();
    // In the same task: the line is in the dialogue, nothing else has moved for it yet.
    expect(f.said).toEqual(['Welcome to the fixture table.']);
    expect(f.played).toEqual([]);
    expect(f.captions).toEqual([]);
    const painted = f.tables.length;
    expect(f.tables.slice(tablesBefore).some((t) => t.line > 0)).toBe(false);
    // Then the rest catches up: the welcome's gavel is heard and captioned, the stage counts the line.
    await vi.waitFor(() => expect(f.played).toContain('gavel'));
    expect(f.captions).toContain(captionOf('gavel'));
    expect(f.tables.length).toBeGreaterThan(painted);
    expect(f.tables.at(-1)?.line).toBeGreaterThan(0);
  });

  it("hands the thread back while the line's follow-up runs long, so a key press waiting is handled first", async () => {
    const f = fakes();
    // A slow stage (10 ms a paint, as at 4x CPU) and a player who has not read on yet.
    let task = 0;
    const paints: { task: number; model: TableModel }[] = [];
    f.views.stage.showTable = (model: TableModel) => {
      paints.push({ task, model });
      // A microtask runs when the task that painted hands the thread back.
      queueMicrotask(() => (task = paints.length));
      const until = performance.now() + 10;
      while (performance.now() < until);
      return f.tables.push(model);
    };
    let advance = () => {};
    f.views.dialogue.waitForAdvance = () => new Promise<void>((resolve) => (advance = resolve));
    void f.controller.start('full', 1);
    // The line's catch-up: its paint while the speaker talks, then the one when the line is whole.
    await vi.waitFor(() => expect(paints.some((p) => p.model.line > 0 && !p.model.talking)).toBe(true));
    const talking = paints.find((p) => p.model.line > 0 && p.model.talking);
    const still = paints.find((p) => p.model.line > 0 && !p.model.talking);
    expect(talking && still && still.task).not.toBe(talking?.task);
    // Everything still follows, in order: the gavel is heard and captioned.
    expect(f.played).toContain('gavel');
    f.views.dialogue.waitForAdvance = async () => {};
    advance();
    await f.offeredChoices();
  });

  it('takes a move: the grade is stamped and heard, the room reacts, the game saves and reports progress', async () => {
    const f = fakes();
    void f.controller.start('full', 1);
    await f.offeredChoices();
    const before = f.played.length;
    await f.choose(1); // Guarantees, not trust: graded strong, audience +20, Sediqi turns wary
    await f.offeredChoices();
    expect(f.stamps).toEqual(['strong']);
    const cues = f.played.slice(before);
    expect(cues[0]).toBe('stamp-strong');
    expect(cues).toContain('applause');
    expect(cues.filter((c) => c === 'chime')).toHaveLength(2); // the stance moving, and the line's sfx
    for (const cue of cues) expect(f.captions).toContain(captionOf(cue));
    expect(f.said).toContain('Written guarantees would answer my worry.');
    expect(f.meters.at(-1)).toEqual({ audience: 70, credibility: 50 });
    expect(f.offered.at(-1)?.texts).toEqual(['Close with guarantees', 'Guarantees, once more', 'Close angrily']);
    // Written after the next frame (see the autosave test below).
    await vi.waitFor(() => expect(f.saves.has('auto')).toBe(true));
    expect(f.hooks.onProgress).toHaveBeenCalledOnce();
    expect(f.hooks.onProgress).toHaveBeenCalledWith(f.engine);
    expect(f.canStepBack.at(-1)).toBe(true);
  });

  it('autosaves off the choice: not in the press that chose, but after the next frame, or at once when flushed (leaving the page)', async () => {
    const f = fakes();
    void f.controller.start('full', 1);
    await f.choose(1);
    for (let i = 0; i < 5; i++) await Promise.resolve();
    expect(f.engine.path).toEqual([1]);
    expect(f.saves.has('auto')).toBe(false);
    f.controller.flushAutosave();
    expect(JSON.parse(f.saves.text('auto') ?? '{}')).toMatchObject({ path: [1] });
    // Left alone, a pending save is written after the frame.
    await f.choose(0);
    await vi.waitFor(() => expect(JSON.parse(f.saves.text('auto') ?? '{}')).toMatchObject({ path: [1, 0] }));
  });

  it('steps back with Backspace: the decision is offered again, with the earlier text, meters and a notice', async () => {
    const f = fakes();
    void f.controller.start('full', 1);
    await f.choose(1);
    await f.offeredChoices();
    const used = f.controller.handleKey(new KeyboardEvent('keydown', { key: 'Backspace', code: 'Backspace' }));
    expect(used).toBe(true);
    expect(f.engine.history).toHaveLength(1);
    expect(f.notices).toEqual([m().words.steppedBack]);
    expect(f.rebuilt.at(-1)).toEqual({ lines: f.engine.events.length, live: true });
    expect(f.meters.at(-1)).toEqual({ audience: 50, credibility: 50 });
    await f.offeredChoices();
    expect(f.offered.at(-1)?.texts).toEqual(['What do you mean by ransom?', 'Guarantees, not trust', 'Attack the speaker']);
    expect(f.canStepBack.at(-1)).toBe(false);
    // A second Backspace at the first decision does nothing more.
    f.controller.handleKey(new KeyboardEvent('keydown', { key: 'Backspace', code: 'Backspace' }));
    expect(f.notices).toHaveLength(1);
  });

  it('reaches an ending: the last line is played, the ending screen gets its id, run code and menu; the ending is reported', async () => {
    const f = fakes();
    void f.controller.start('full', 1);
    await f.choose(1);
    await f.choose(0); // Close with guarantees: audience 70 >= 60 carries the room
    await vi.waitFor(() => expect(f.endings).toHaveLength(1));
    const [{ ending, actions }] = f.endings as [(typeof f.endings)[number]];
    expect(ending).toMatchObject({ id: 'mandate', title: cast.endings.mandate?.title ?? 'mandate' });
    expect(f.said.at(-1)).toBe('The room agrees to talk with guarantees.');
    expect(ending.runCode).toMatch(/\S/);
    expect(f.views.stage.showEnding).toHaveBeenCalledOnce();
    expect(f.views.choices.open).toBe(false);
    expect(f.hooks.onProgress).toHaveBeenCalledTimes(3); // two moves and the ending
    // The menu offers what was wired (the branch map) and leaves out what was not (sharing).
    expect(Object.keys(actions).sort()).toEqual(['branchMap', 'debrief', 'playAgain', 'title']);
    actions.debrief();
    expect(f.hooks.openDebrief).toHaveBeenCalledOnce();
    // Play again: the same table (same seed) from the start.
    const seed = f.engine.state.seed;
    actions.playAgain();
    await f.offeredChoices();
    expect(f.engine.state.seed).toBe(seed);
    expect(f.engine.history).toHaveLength(1);
  });

  it('Escape opens the pause menu during a debate, and keys do nothing on the title', async () => {
    const f = fakes();
    f.controller.showTitle();
    expect(f.controller.handleKey(new KeyboardEvent('keydown', { key: 'Escape', code: 'Escape' }))).toBe(false);
    expect(f.views.screen.showTitle).toHaveBeenCalledOnce();
    void f.controller.start('short', 2);
    await f.offeredChoices();
    expect(f.controller.handleKey(new KeyboardEvent('keydown', { key: 'Escape', code: 'Escape' }))).toBe(true);
    expect(f.hooks.openPause).toHaveBeenCalledOnce();
  });

  it('Escape writes a pending autosave before the pause menu opens, as the HUD menu button does', async () => {
    const f = fakes();
    void f.controller.start('full', 1);
    await f.choose(1);
    for (let i = 0; i < 5; i++) await Promise.resolve();
    expect(f.saves.has('auto')).toBe(false);
    // The menu opens on what is saved: the choice just made is in it (a slot, a quit to the title).
    let savedWhenOpened: unknown = null;
    f.hooks.openPause.mockImplementation(() => (savedWhenOpened = JSON.parse(f.saves.text('auto') ?? 'null')));
    expect(f.controller.handleKey(new KeyboardEvent('keydown', { key: 'Escape', code: 'Escape' }))).toBe(true);
    expect(f.hooks.openPause).toHaveBeenCalledOnce();
    expect(savedWhenOpened).toMatchObject({ path: [1] });
  });

  it('picks a move by the key’s position, whatever the layout types: Persian digits and letters', async () => {
    const f = fakes();
    void f.controller.start('full', 1);
    await f.offeredChoices();
    // On a Persian keyboard the digit row types Persian digits; the code is still Digit1 (card 1).
    expect(f.controller.handleKey(new KeyboardEvent('keydown', { key: '۱', code: 'Digit1' }))).toBe(true);
    await vi.waitFor(() => expect(f.stamps).toEqual(['strong']));
    expect(f.engine.path).toEqual([1]);
    await f.offeredChoices();
    // M types 'پ' there; it still turns sound off. A key no move sits on does nothing.
    expect(f.controller.handleKey(new KeyboardEvent('keydown', { key: 'ض', code: 'KeyQ' }))).toBe(false);
    expect(f.controller.handleKey(new KeyboardEvent('keydown', { key: 'پ', code: 'KeyM' }))).toBe(true);
    expect(f.hooks.toggleSound).toHaveBeenCalledOnce();
    expect(f.engine.path).toEqual([1]);
  });
});
