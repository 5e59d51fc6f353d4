// The debate controller: the one place where the engine meets the views. Input becomes engine
// commands; the engine's events are played out, line by line, to the stage (canvas), the dialogue
// panel, the transcript, the HUD and the speakers. Data flows one way: story -> engine -> views.
import type { Paragraph } from '../debate/core/article.ts';
import type { CastSheet } from '../debate/core/cast.ts';
import type { Preset, SpeakerId, Stance } from '../debate/core/contract.ts';
import { epilogueLines } from '../debate/documents/debrief.ts';
import type { DebateEngine } from '../debate/core/engine.ts';
import type { Beat, DebateEvent, LineEvent, Meters, TableState } from '../debate/core/events.ts';
import type { SaveOutcome, SaveStore, SlotId } from '../debate/persistence/saves.ts';
import { reactionTo, tableModel, type TableModel } from '../game/presenter.ts';
import type { StageView } from '../game/stage.ts';
import { captionOf, type SoundPlayer } from '../platform/audio.ts';
import { charactersPerSecond, type Settings } from '../platform/settings.ts';
import type { ChoicesPanel } from '../ui/play/choices.ts';
import type { Broadcast } from '../ui/play/broadcast.ts';
import type { DialoguePanel } from '../ui/play/dialogue.ts';
import type { Hud } from '../ui/play/hud.ts';
import type { Notices } from '../ui/kit/notices.ts';
import type { Screen } from '../ui/play/screens.ts';
import type { StudentNameStore } from '../ui/teachers/student-name.ts';
import { runCodeOf } from '../debate/persistence/run-code.ts';
import { captionFor, type Transcript } from '../ui/play/transcript.ts';
import { m, reasonText } from '../i18n/index.ts';
import { endingMenu, titleMenu, type MenuHooks } from './menus.ts';
import { commandForKey, type KeyCommand } from './key-commands.ts';
import { cuesFor } from './sound-cues.ts';
import { inOwnTask } from '../ui/kit/tasks.ts';

export interface ControllerViews {
  stage: StageView;
  /** The graphics over the picture: the on-air bug and the grade stamps. */
  broadcast: Pick<Broadcast, 'stamp' | 'clear'>;
  dialogue: DialoguePanel;
  choices: ChoicesPanel;
  transcript: Transcript;
  hud: Hud;
  screen: Screen;
  notices: Notices;
}

export interface ControllerServices {
  saves: SaveStore;
  sound: SoundPlayer;
  settings: () => Settings;
  /** Told after every autosave, kept or not, so a failure is told every time (src/app/keeping.ts). */
  saved?(outcome: SaveOutcome): void;
  /** Told when this tab starts or stops playing a debate (other tabs hear of it). */
  playing?(playing: boolean): void;
  /** The student's optional name, kept on this device (title screen). */
  student?: StudentNameStore;
}

/** The menus' hooks (src/app/menus.ts) and what the play loop itself tells or asks. */
export interface ControllerHooks extends MenuHooks {
  /** Escape, or the HUD's menu button: the pause menu. */
  openPause(): void;
  /** M, or the HUD's Sound button: sound off or on (remembered). */
  toggleSound(): void;
  /** Called after every choice and on every ending: the branch map and run history listen here. */
  onProgress?(engine: DebateEngine): void;
  /** The ending the autosave stands at, when its debate is over (the title's Continue says so). */
  savedEnding?(): string | null;
}

/** What the table shows at this instant of playback (the engine's state is the beat's end). */
interface Shown {
  seats: SpeakerId[];
  stances: Partial<Record<SpeakerId, Stance>>;
  meters: Meters;
  speaking: SpeakerId | null;
}

export class DebateController {
  /** Bumped whenever playback must stop (rewind, quit, load): stale loops check it and leave. */
  private generation = 0;
  /** After a jump from the branch map: the moves taken before at the decision it reached. */
  private chosenBefore: { depth: number; indices: readonly number[] } | null = null;
  private shown: Shown = { seats: [], stances: {}, meters: { audience: 0, credibility: 0 }, speaking: null };
  /** The stage's beats: lines spoken (each starts a gesture), deciding, the audience's reactions. */
  private beat: Pick<TableModel, 'line' | 'deciding' | 'reaction' | 'talking'> = { line: 0, deciding: false };
  private inDebate = false;
  /** An autosave asked for and not yet written (see autosave()). */
  private savePending = false;
  /**
   * What follows a line on screen, queued in order (see follow()): the stage, the transcript, the
   * HUD and the sounds catch up after the frame that shows the line.
   */
  private following: (() => void)[] = [];
  /** Which catch-up is scheduled: a newer one (or one run early) leaves an older timer idle. */
  private followBatch = 0;
  /** Lines put in the dialogue so far (a catch-up that yielded sees whether a press brought one). */
  private linesShown = 0;

  constructor(
    private engine: DebateEngine,
    private readonly cast: CastSheet,
    readonly article: ReadonlyMap<string, Paragraph>,
    private readonly views: ControllerViews,
    private readonly services: ControllerServices,
    private readonly hooks: ControllerHooks,
  ) {}

  get debate(): DebateEngine {
    return this.engine;
  }

  get playing(): boolean {
    return this.inDebate;
  }

  // ---- screens ------------------------------------------------------------------------------

  showTitle(): void {
    this.stop();
    this.inDebate = false;
    this.services.playing?.(false);
    const title = this.engine.globalTags.title ?? m().start.gameTitle;
    this.views.stage.showTitle(title);
    this.views.broadcast.clear();
    this.views.dialogue.clear();
    this.views.choices.hide();
    this.views.transcript.clear();
    this.views.hud.showGame(false);
    const hasSave = this.services.saves.has('auto');
    const ended = hasSave ? this.hooks.savedEnding?.() : null;
    const finished = ended ? (this.cast.endings[ended]?.title ?? ended) : null;
    const menu = titleMenu(this.hooks, {
      start: (preset) => void this.start(preset),
      continueSaved: () => this.continueSaved(),
    });
    this.views.screen.showTitle(title, hasSave, menu, this.services.student, finished);
  }

  async start(preset: Preset, seed?: number): Promise<void> {
    this.flushAutosave();
    const beat = this.engine.start(preset, seed);
    this.enterDebate(this.engine.opening);
    this.views.hud.setProgress(this.engine.opening.progress);
    this.services.sound.startAmbience();
    // The story's state at the first decision is written out once the first line is on screen,
    // not in the click's task (a choice writes it out with the autosave, after its paint).
    afterPaint(() => this.engine.keepPosition());
    await this.play(beat);
  }

  /** Loads the autosave (Continue) or a named slot; a refused save is set aside with the reason. */
  continueSaved(slot: SlotId = 'auto'): void {
    this.flushAutosave();
    const outcome = this.services.saves.loadInto(this.engine, slot);
    if (outcome.status === 'loaded') {
      this.resume();
      return;
    }
    if (outcome.status === 'refused') {
      // A second save refused for the same reason (the autosave, then a slot) says so again.
      this.views.notices.show(m().words.saveRefused(reasonText(outcome.reason), outcome.asideKey), { repeat: true });
    } else if (outcome.status === 'unavailable') {
      this.views.notices.show(m().words.storageOff, { repeat: true });
    }
    this.showTitle();
  }

  /**
   * Shows the engine's current position without replaying it: after a load, a jump or a rewind.
   * `record: false` (someone else's shared debate) keeps an ending out of this player's history.
   */
  resume(record = true): void {
    const step = this.engine.history.at(-1);
    if (!step) return this.showTitle();
    this.enterDebate(step.table);
    this.views.broadcast.clear();
    this.views.transcript.rebuild(this.engine.events, (e) => captionFor(this.cast, e), !step.beat.ending);
    this.setShown(step.table, null);
    this.views.hud.setProgress(step.table.progress);
    this.views.hud.setMeters(step.table.meters);
    this.services.sound.startAmbience();
    if (step.beat.ending) {
      this.showEnding(step.beat, record);
      return;
    }
    const lastLine = [...step.beat.events].reverse().find((e): e is LineEvent => e.type === 'line');
    if (lastLine) {
      this.shown.speaking = lastLine.speaker;
      this.paintTable();
      void this.views.dialogue.show(lastLine, Infinity, false);
    }
    if (step.beat.choices) void this.offer(step.beat, this.generation);
  }

  /** Jumps to a decision by replaying its path (the branch map, a replay link); may throw DebateError. */
  replayTo(
    preset: Preset,
    seed: number,
    path: readonly number[],
    options: { autosave: boolean; chosenBefore?: readonly number[] } = { autosave: true },
  ): void {
    const wasPlaying = this.inDebate;
    this.stop();
    // The moves taken here before are marked on the decision the jump reaches (and only there).
    this.chosenBefore = options.chosenBefore?.length ? { depth: path.length, indices: options.chosenBefore } : null;
    try {
      this.engine.replay(preset, seed, path);
    } catch (error) {
      // The engine is back where it was (replay is all or nothing): show that again, or stay on
      // the title if that is where the jump was asked from.
      if (wasPlaying) this.resume();
      else this.showTitle();
      throw error;
    }
    if (options.autosave) this.autosave();
    // A shared link is someone else's debate: not the player's save, nor their run, until they choose.
    this.resume(options.autosave);
  }

  stepBack(): void {
    const decision = this.engine.history.length - 1;
    if (!this.inDebate || decision < 1) return;
    this.stop();
    this.engine.rewind(decision - 1);
    this.autosave();
    this.resume();
    this.views.notices.show(m().words.steppedBack, { timeoutMs: 2500, repeat: true });
  }

  /** Replaces the engine (story edited during development, or a replay link). */
  replaceEngine(engine: DebateEngine): void {
    this.stop();
    this.engine = engine;
  }

  quitToTitle(): void {
    this.services.sound.stopAmbience();
    this.showTitle();
  }

  applySettings(settings: Settings): void {
    this.services.sound.apply({
      effects: settings.effectsVolume,
      ambience: settings.ambienceVolume,
      muted: settings.muted,
    });
    this.views.stage.setLook({
      textScale: settings.textScale,
      reducedMotion: settings.reducedMotion,
      highContrast: settings.highContrast,
    });
  }

  // ---- input --------------------------------------------------------------------------------

  /**
   * Carries out what a key asks for (src/app/key-commands.ts); returns true when the key was used.
   * Moves are picked by physical key (event.code), so any keyboard layout works; Enter and Space
   * read on and never make a move.
   */
  handleKey(event: KeyboardEvent): boolean {
    const target = event.target as HTMLElement | null;
    const { choices, dialogue } = this.views;
    const command = commandForKey(event, {
      inDebate: this.inDebate,
      onControl: !!target?.closest?.('button, input, select, textarea, a, [role="button"]'),
      typing: !!target?.closest?.('input, select, textarea, [contenteditable="true"]'),
      choicesOpen: choices.open,
      onlyContinue: choices.onlyContinue,
      offers: (code) => choices.offers(code),
      revealing: dialogue.revealing,
      waiting: dialogue.waiting,
    });
    if (!command) return false;
    this.execute(command);
    return true;
  }

  /** Carries out one key command. */
  execute(command: KeyCommand): void {
    switch (command.kind) {
      case 'pause':
        return this.pause();
      case 'step-back':
        return this.stepBack();
      case 'pick':
        this.views.choices.pickCode(command.code);
        return;
      case 'complete-reveal':
        return this.views.dialogue.completeReveal();
      case 'read-on':
        return this.views.dialogue.press();
      case 'toggle-sound':
        return this.hooks.toggleSound();
    }
  }

  /**
   * The pause menu (Escape or the HUD's menu button). A pending autosave is written first: the menu
   * saves to slots, quits to the title or reloads in another language from the autosave.
   */
  pause(): void {
    this.flushAutosave();
    this.hooks.openPause();
  }

  /** A click or tap on the stage (not on a control) shows the line, then moves on. */
  handleStageClick(): void {
    if (this.inDebate) this.views.dialogue.press();
  }

  // ---- playback -------------------------------------------------------------------------------

  private enterDebate(start: Pick<TableState, 'seats' | 'stances' | 'meters'>): void {
    this.stop();
    this.inDebate = true;
    this.services.playing?.(true);
    this.views.screen.hide();
    this.views.choices.hide();
    this.views.dialogue.clear();
    this.views.transcript.clear();
    this.views.hud.showGame(true);
    this.setShown({ ...start, seats: this.engine.state.seats }, null);
    this.views.hud.setMeters(start.meters);
  }

  private stop(): void {
    // What follows the lines shown so far is dropped, not played: every stop is followed by a
    // title, a fresh debate or a rebuilt position (resume), and a late stamp or gavel would sound
    // over it.
    this.following = [];
    this.followBatch++;
    this.flushAutosave();
    this.generation++;
    this.views.choices.hide();
  }

  private setShown(state: Pick<TableState, 'seats' | 'stances' | 'meters'>, speaking: SpeakerId | null): void {
    this.shown = {
      seats: [...state.seats],
      stances: { ...state.stances },
      meters: { ...state.meters },
      speaking,
    };
    this.paintTable();
  }

  private paintTable(): void {
    this.views.stage.showTable(tableModel(this.cast, this.shown, this.shown.speaking, this.beat));
    this.views.hud.setCanStepBack(this.engine.history.length > 1);
  }

  /** Plays a beat's events in order: lines wait for the player, everything else applies at once. */
  private async play(beat: Beat): Promise<void> {
    const generation = this.generation;
    const lines = beat.events.filter((e) => e.type === 'line');
    const lastLine = lines.at(-1);
    for (const event of beat.events) {
      if (generation !== this.generation) return;
      if (event.type === 'line') {
        await this.say(event, event !== lastLine || !!beat.ending);
      } else if (event.type === 'choices') {
        await this.offer(beat, generation);
        return;
      } else if (event.type === 'ending') {
        this.showEnding(beat);
        return;
      } else {
        this.apply(event);
      }
    }
  }

  private async say(line: LineEvent, waitAfter: boolean): Promise<void> {
    const generation = this.generation;
    // The key press (or click) that brings a line does the line's DOM work only; the rest follows
    // a frame later, in order.
    const shown = this.views.dialogue.show(line, charactersPerSecond(this.services.settings()), waitAfter);
    this.linesShown++;
    this.follow(() => {
      if (this.shown.seats.length === 0) this.shown.seats = this.engine.state.seats;
      this.shown.speaking = line.speaker === 'narrator' ? this.shown.speaking : line.speaker;
      this.beat = { ...this.beat, line: this.beat.line + 1, deciding: false, talking: true };
      this.paintTable();
      // The live log announces the line (the dialogue's copy is for the eyes).
      this.views.transcript.addLine(line);
      // The beat of a graded move: its stamp over the picture, with its sound (cuesFor).
      if (line.grade) this.views.broadcast.stamp(line.grade);
      this.cues(line);
    });
    await shown;
    if (generation !== this.generation) return;
    // The line is all on screen: the speaker stops gesturing, so a stage that waits is still.
    this.follow(() => {
      this.beat = { ...this.beat, talking: false };
      this.paintTable();
    });
    if (waitAfter) await this.views.dialogue.waitForAdvance();
  }

  /**
   * Queues what follows a line: the stage's redraw and camera, the transcript entry, the stamp,
   * the meters and the sounds. They run after the next frame is painted, so the frame that answers
   * a key press shows the new line with none of that work before it (at 4x CPU the stage alone
   * took ~18 ms of the press's task). A decision or an ending runs the queue first; a stop drops it.
   */
  private follow(task: () => void): void {
    this.following.push(task);
    if (this.following.length > 1) return;
    const batch = ++this.followBatch;
    const lines = this.linesShown;
    afterPaint(() => this.catchUpInSlices(batch, lines));
  }

  /**
   * Runs the queue after a paint, a slice at a time: after FOLLOW_SLICE_MS it hands the thread back
   * (a task of its own), so a key press that arrives meanwhile is handled before the rest (at 4x
   * CPU the whole queue of a line took up to ~65 ms). `lines`: the lines shown when this run was
   * scheduled; if a press has shown another since, the rest waits for the frame that shows it.
   */
  private catchUpInSlices(batch: number, lines: number): void {
    if (batch !== this.followBatch) return;
    if (this.linesShown !== lines) {
      const now = this.linesShown;
      afterPaint(() => this.catchUpInSlices(batch, now));
      return;
    }
    const started = performance.now();
    while (this.following.length > 0) {
      const task = this.following.shift() as () => void;
      task();
      if (batch !== this.followBatch) return;
      if (this.following.length > 0 && performance.now() - started >= FOLLOW_SLICE_MS) {
        inOwnTask(() => this.catchUpInSlices(batch, lines));
        return;
      }
    }
  }

  /** Runs what follows the lines already shown, now (see follow()). */
  private catchUp(): void {
    this.followBatch++;
    while (this.following.length > 0) {
      const tasks = this.following;
      this.following = [];
      for (const task of tasks) task();
    }
  }

  private apply(event: DebateEvent): void {
    this.follow(() => this.applyNow(event));
  }

  private applyNow(event: DebateEvent): void {
    const caption = captionFor(this.cast, event);
    if (event.type === 'stance') {
      this.shown.stances[event.speaker] = event.stance;
      this.paintTable();
    } else if (event.type === 'meters') {
      this.shown.meters = { ...event.meters };
      const reaction = reactionTo(event.delta.audience);
      if (reaction) this.beat = { ...this.beat, reaction: { kind: reaction, n: (this.beat.reaction?.n ?? 0) + 1 } };
      this.paintTable();
      this.views.hud.setMeters(event.meters, event.delta);
    } else if (event.type === 'progress') {
      this.views.hud.setProgress(event.progress);
    }
    this.cues(event);
    if (caption) this.views.transcript.addCaption(caption);
  }

  private async offer(beat: Beat, generation: number): Promise<void> {
    const choices = beat.choices?.choices;
    if (!choices || generation !== this.generation) return;
    this.catchUp();
    this.beat = { ...this.beat, deciding: true };
    this.paintTable();
    const before = this.chosenBefore?.depth === this.engine.path.length ? this.chosenBefore.indices : [];
    const picked = this.views.choices.show(choices, true, before);
    // A move is coming: its sounds (stamps, applause...) load while the player reads the choices,
    // once these are on screen (a lone "continue" needs none).
    if (choices.some((c) => c.move !== 'continue')) afterPaint(() => this.services.sound.prepare());
    const index = await picked;
    if (generation !== this.generation) return;
    this.chosenBefore = null;
    this.beat = { ...this.beat, deciding: false };
    this.views.dialogue.clear();
    this.views.transcript.settle();
    this.flushAutosave();
    const next = this.engine.choose(index);
    this.autosave();
    this.hooks.onProgress?.(this.engine);
    await this.play(next);
  }

  private showEnding(beat: Beat, record = true): void {
    this.catchUp();
    const id = beat.ending ?? '';
    // The ending's first line comes before its stage change is read, so the debrief's reading of
    // the run finds where the ending starts.
    const epilogue = epilogueLines(this.cast, this.engine.history).map((e) => e.text);
    this.shown.speaking = null;
    const model = tableModel(this.cast, this.engine.state, null);
    this.views.stage.showEnding(model);
    this.views.broadcast.clear();
    this.views.dialogue.clear();
    this.views.transcript.settle();
    this.views.choices.hide();
    if (record) this.hooks.onProgress?.(this.engine);
    this.views.screen.showEnding(
      this.cast,
      { id, title: this.cast.endings[id]?.title ?? id, epilogue, runCode: runCodeOf(this.engine) },
      this.engine.state,
      endingMenu(this.hooks, {
        // The same table again (same seed): the new run shares the branch map with this one.
        playAgain: () => void this.start(this.engine.state.preset, this.engine.state.seed),
        title: () => this.quitToTitle(),
      }),
    );
  }

  /** Plays the sounds an event asks for, each with its caption in the transcript. */
  private cues(event: DebateEvent): void {
    for (const cue of cuesFor(event)) {
      this.services.sound.play(cue);
      this.views.transcript.addCaption(captionOf(cue));
    }
  }

  /**
   * Asks for an autosave of where the debate stands now. Serializing the story (inkjs ToJson) takes
   * tens of milliseconds on a slow laptop, so it runs after the next frame is painted, off the
   * press that made the choice; the engine does not move until the next choice, step back, jump or
   * load, and each of those flushes the pending save first, as do leaving the page and hiding it.
   */
  private autosave(): void {
    if (this.savePending) return;
    this.savePending = true;
    afterPaint(() => this.flushAutosave());
  }

  /** Writes the pending autosave now, if there is one (before the engine moves; on pagehide). */
  flushAutosave(): void {
    if (!this.savePending) return;
    this.savePending = false;
    const outcome = this.services.saves.write('auto', this.engine.save());
    if (this.services.saved) this.services.saved(outcome);
    else if (!outcome.ok) this.views.notices.show(`${m().words.saveFailed(outcome.failure)} ${m().words.saveFailedHelp}`, { key: 'save-failed' });
  }
}

/** How long the catch-up after a line runs before it lets input in (ms). */
const FOLLOW_SLICE_MS = 8;

/** Runs `task` after the next frame is painted (a timer, where no frames come: a hidden tab). */
function afterPaint(task: () => void): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    task();
  };
  requestAnimationFrame(() => setTimeout(run, 0));
  setTimeout(run, 500);
}
