// The debate engine: one inkjs Story turned into typed events, with the path of choices recorded.
// Pure TypeScript over inkjs's runtime: no Phaser, no DOM, so every rule here is tested in Node.
import { Story } from 'inkjs';
import { storyInPieces } from './story-pieces.ts';
import {
  cardFromInkName,
  isSpeakerId,
  NARRATOR,
  type CardId,
  type Preset,
  type SpeakerId,
  type Stance,
} from './contract.ts';
import type {
  Beat,
  ChoicesEvent,
  ChoiceView,
  DebateEvent,
  Meters,
  Progress,
  TableState,
} from './events.ts';
import { guarded, ok, refuse, type Result } from '../persistence/reasons.ts';
import { SAVE_APP, SAVE_SCHEMA, validateEnvelope, type SaveEnvelope } from '../persistence/save.ts';
import { languageFreeSignature } from './signature.ts';
import { parseChoiceTags, parseGlobalTags, parseLineTags, splitLeadIn, type GlobalTags } from './tags.ts';

export class DebateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DebateError';
  }
}

/** One decision point reached in this run: how we got there and the state to return to. */
export interface Step {
  /** Events between the previous decision (or the start) and this one. */
  beat: Beat;
  /**
   * inkjs state at this decision (or at the ending), for rewind and branch jumps. Written out
   * (ToJson, tens of ms at 4x CPU) when first read, not when the decision is reached: the story
   * stays at a decision until the next choice, which writes it out first (see stepAt).
   */
  readonly stateJson: string;
  /** Table state at this decision, so a rewind restores meters and stances exactly. */
  table: TableState;
  /** The choice taken here, once taken. */
  chosen?: number;
}

/** How long each slice of the warm-up runs the throwaway story (ms): a few ink steps. */
const WARM_UP_SLICE_MS = 4;
/** The decisions the warm-up reaches: the first, then the one after its first choice. */
const WARM_UP_DECISIONS = 2;

/** Meters before the story sets them (a story without meters shows these). */
const INITIAL_METERS: Meters = { audience: 50, credibility: 50 };

export function randomSeed(): number {
  return Math.floor(Math.random() * 0x7fffffff);
}

export class DebateEngine {
  private parsed: Story | null = null;
  /** The parsed story has not been played yet: the next start() can take it as it is. */
  private parsedFresh = false;
  private tags: GlobalTags | null = null;
  private steps: Step[] = [];
  private table: TableState;
  private startTable: TableState;
  private scratch?: DebateEngine;

  /**
   * The story is parsed at its first use, not here: parsing is the heaviest thing the engine does
   * (a long task on a slow laptop), so the app can show its title first and call `prepare()` when
   * the page is idle. `knownGlobalTags` (read at build time) spares the parse for the title.
   */
  constructor(
    private readonly storyJson: string,
    readonly storyHash: string,
    private readonly knownGlobalTags?: readonly string[],
  ) {
    this.table = this.freshTable('full', 0);
    this.startTable = structuredClone(this.table);
  }

  private get story(): Story {
    if (!this.parsed) {
      this.parsed = this.newStory();
      this.parsedFresh = true;
    }
    return this.parsed;
  }

  private set story(story: Story) {
    this.parsed = story;
    this.parsedFresh = false;
  }

  /** The story's global tags (title, source...). */
  get globalTags(): GlobalTags {
    return (this.tags ??= parseGlobalTags(this.knownGlobalTags ? [...this.knownGlobalTags] : this.story.globalTags).value);
  }

  /** Parses the story now, so that the first start() does not have to. */
  prepare(): void {
    void this.story;
  }

  /**
   * prepare() a piece per step (storyInPieces: the JSON, then each knot, then the root), for a
   * caller that runs a few steps per task, so no task holds the whole parse. If the story is
   * needed meanwhile (a table chosen), it is parsed whole then and the rest of the steps do nothing.
   */
  *prepareSteps(): Generator<void, void, void> {
    if (this.parsed) return;
    const pieces = storyInPieces(storyObject(this.storyJson));
    for (let next = pieces.next(); ; next = pieces.next()) {
      if (this.parsed) return;
      if (next.done) {
        // Every later Story over this JSON (a replay, a load) shares the content read here.
        keepContent(this.storyJson, next.value);
        this.parsed = this.handled(next.value);
        this.parsedFresh = true;
        yield;
        // The first Continue() checks every EXTERNAL of the story against the bound functions,
        // a walk over the whole story (~20-35 ms at 4x CPU): done here, a step of its own, it is
        // not in the task of the click that starts a debate. A story that fails the check is left
        // to fail at its first Continue(), as before.
        if (this.parsed === next.value && this.parsedFresh) {
          try {
            next.value.ValidateExternalBindings();
          } catch {
            // inkjs marks the check done before it throws: undone, so the first Continue()
            // reports the missing function as it would have.
            (next.value as unknown as { _hasValidatedExternals: boolean })._hasValidatedExternals = false;
          }
        }
        yield* this.warmUp(next.value);
        return;
      }
      yield;
    }
  }

  /**
   * Plays the opening and the first choice once on a throwaway Story over the same content, a
   * slice per step (ContinueAsync), and forgets it. The first Continue() of a page runs inkjs's code cold: ~25 ms
   * of the opening's ~35 ms in Node, ~100 ms at 4x CPU in the task of the click that starts a
   * debate; warm, the same opening takes a few ms. Only the run's speed changes: the debate's own
   * story is untouched, and a Story's state is its own (storyOf). Stops when a debate starts.
   */
  private *warmUp(prepared: Story): Generator<void, void, void> {
    const scratch = this.handled(storyOf(this.storyJson));
    // The content was checked for EXTERNALs above (a Story keeps that flag for itself).
    const validated = (story: Story) => story as unknown as { _hasValidatedExternals: boolean };
    validated(scratch)._hasValidatedExternals = validated(prepared)._hasValidatedExternals;
    try {
      this.begin(scratch, 'short', 1);
      // The opening, then the first decision's first choice and on to the next decision: the
      // debate's first choice (taking the seat) runs knots the opening does not.
      for (let decisions = 0; decisions < WARM_UP_DECISIONS; decisions++) {
        while (scratch.canContinue || !scratch.asyncContinueComplete) {
          yield;
          if (this.parsed !== prepared || !this.parsedFresh) return;
          scratch.ContinueAsync(WARM_UP_SLICE_MS);
        }
        if (scratch.currentChoices.length === 0 || decisions === WARM_UP_DECISIONS - 1) return;
        yield;
        scratch.ChooseChoiceIndex(0);
      }
    } catch {
      // A story that fails here fails again, and is reported, when the debate starts.
    }
  }

  // ---- queries -------------------------------------------------------------------------------

  get state(): Readonly<TableState> {
    return this.table;
  }

  /** The choice index taken at each decision so far. */
  get path(): number[] {
    return this.steps.flatMap((s) => (s.chosen === undefined ? [] : [s.chosen]));
  }

  get history(): readonly Step[] {
    return this.steps;
  }

  /** Every event of this run in order: the transcript the views mirror. */
  get events(): DebateEvent[] {
    return this.steps.flatMap((s) => s.beat.events);
  }

  /** The table as the run began, before the first line: where playback starts drawing from. */
  get opening(): Readonly<TableState> {
    return this.startTable;
  }

  get current(): Beat | undefined {
    return this.steps.at(-1)?.beat;
  }

  /** A fresh engine over the same story, for scratch work that must not touch this debate. */
  fork(): DebateEngine {
    return new DebateEngine(this.storyJson, this.storyHash);
  }

  // ---- commands ------------------------------------------------------------------------------

  /** Starts a new debate at the chosen table size. The seed fixes every random pick in the story. */
  start(preset: Preset, seed = randomSeed()): Beat {
    // A story parsed ahead (prepare) and never played is as good as a new one.
    this.story = this.parsed && this.parsedFresh ? this.parsed : this.newStory();
    this.begin(this.story, preset, seed);
    this.table = this.freshTable(preset, seed);
    this.steps = [];
    // The story's starting values are where the meters begin, not a change to announce.
    this.readTable([]);
    this.startTable = structuredClone(this.table);
    return this.advance();
  }

  restart(): Beat {
    return this.start(this.table.preset, this.table.seed);
  }

  choose(index: number): Beat {
    const step = this.steps.at(-1);
    const choices = step?.beat.choices?.choices;
    if (!step || !choices) throw new DebateError('There is no choice to make now.');
    if (!Number.isInteger(index) || index < 0 || index >= choices.length) {
      throw new DebateError(`Choice ${index} does not exist here (there are ${choices.length}).`);
    }
    step.chosen = index;
    // The state at this decision is written out before the story leaves it (if nothing read it yet).
    void step.stateJson;
    this.story.ChooseChoiceIndex(index);
    return this.advance();
  }

  /**
   * Returns to decision `decision` (0 = the first), as it was before choosing: text, meters and
   * stances exactly. Later decisions are forgotten by this run (the branch map keeps them).
   */
  rewind(decision: number): Beat {
    const target = this.steps[decision];
    if (!target || !target.beat.choices) {
      throw new DebateError(`Decision ${decision} has not been reached in this run.`);
    }
    this.steps = this.steps.slice(0, decision + 1);
    delete target.chosen;
    this.story.state.LoadJson(target.stateJson);
    this.table = structuredClone(target.table);
    return target.beat;
  }

  /** Plays a recorded path from the start: the same preset, seed and choices give the same run. */
  replay(preset: Preset, seed: number, path: readonly number[]): Beat {
    // All or nothing: a path that does not fit leaves the debate as it was. start() makes a new
    // story, step list and table, so the old ones are untouched until the replay succeeds.
    const before = { story: this.story, steps: this.steps, table: this.table, startTable: this.startTable };
    try {
      let beat = this.start(preset, seed);
      for (const [i, choice] of path.entries()) {
        const count = beat.choices?.choices.length ?? 0;
        if (!Number.isInteger(choice) || choice < 0 || choice >= count) {
          throw new DebateError(
            `Step ${i + 1} of the path picks choice ${choice}, but only ${count} were offered.`,
          );
        }
        beat = this.choose(choice);
      }
      return beat;
    } catch (error) {
      Object.assign(this, before);
      throw error;
    }
  }

  /**
   * What choosing `index` at decision `decision` would lead to, computed on a scratch story: the
   * live debate is untouched. The debrief uses it to find the strongest move not taken.
   */
  preview(decision: number, index: number): Beat {
    const step = this.steps[decision];
    if (!step?.beat.choices) throw new DebateError(`Decision ${decision} has not been reached.`);
    // One scratch engine serves every preview: parsing the story JSON costs ~15 ms, loading a
    // state ~0.1 ms, and the debrief previews every choice of a run.
    const scratch = (this.scratch ??= new DebateEngine(this.storyJson, this.storyHash));
    scratch.story.state.LoadJson(step.stateJson);
    scratch.table = structuredClone(step.table);
    scratch.steps = [{ ...step, beat: step.beat, table: scratch.table }];
    return scratch.choose(index);
  }

  // ---- saves ---------------------------------------------------------------------------------

  save(): SaveEnvelope {
    if (this.steps.length === 0) throw new DebateError('Nothing to save: no debate has started.');
    return {
      app: SAVE_APP,
      schema: SAVE_SCHEMA,
      storyHash: this.storyHash,
      preset: this.table.preset,
      seed: this.table.seed,
      path: this.path,
      // The story stands at the last step's decision (or ending): its state, written out once.
      inkState: this.steps.at(-1)?.stateJson ?? this.story.state.ToJson(),
    };
  }

  /**
   * Writes out the state of the decision just reached, if nothing has yet: for a moment when the
   * page is idle, so that the next choice does not have to (see Step.stateJson).
   */
  keepPosition(): void {
    void this.steps.at(-1)?.stateJson;
  }

  /**
   * Loads a save. Everything is checked on a scratch engine first: the live debate changes only
   * when the whole save proved good, so a bad save never damages the game in progress.
   */
  load(data: unknown): Result<Beat> {
    return guarded('save', () => this.loadChecked(data));
  }

  private loadChecked(data: unknown): Result<Beat> {
    const valid = validateEnvelope(data);
    if (!valid.ok) return valid;
    const save = valid.value;
    if (save.storyHash !== this.storyHash) {
      return refuse({ code: 'other-build', subject: 'save', found: save.storyHash.slice(0, 12), here: this.storyHash.slice(0, 12) });
    }
    const probe = this.newStory();
    try {
      probe.state.LoadJson(save.inkState);
    } catch {
      return refuse({ code: 'corrupt-state', subject: 'save' });
    }
    const scratch = new DebateEngine(this.storyJson, this.storyHash);
    let beat: Beat;
    try {
      beat = scratch.replay(save.preset, save.seed, save.path);
    } catch (error) {
      return refuse({ code: 'path-does-not-fit', subject: 'save', detail: error instanceof Error ? error.message.slice(0, 200) : undefined });
    }
    // Without the choices' words: a save made in one language of the story loads in another.
    if (languageFreeSignature(scratch.story.state.ToJson()) !== languageFreeSignature(save.inkState)) {
      return refuse({ code: 'path-mismatch', subject: 'save' });
    }
    this.story = scratch.story;
    this.steps = scratch.steps;
    this.table = scratch.table;
    this.startTable = scratch.startTable;
    return ok(beat);
  }

  // ---- internals -----------------------------------------------------------------------------

  private newStory(): Story {
    return this.handled(storyOf(this.storyJson));
  }

  private handled(story: Story): Story {
    story.onError = (message, type) => {
      // Warnings are the story check's business; at play time only errors stop the debate.
      if (type === 2) throw new DebateError(`Story error: ${message}`);
    };
    return story;
  }

  private begin(story: Story, preset: Preset, seed: number): void {
    story.state.storySeed = seed;
    story.state.previousRandom = 0;
    if (story.variablesState.GlobalVariableExistsWithName('preset')) {
      story.variablesState.$('preset', preset);
    }
  }

  private freshTable(preset: Preset, seed: number): TableState {
    return {
      preset,
      seed,
      seats: [],
      stances: {},
      meters: { ...INITIAL_METERS },
      progress: { stage: '', round: 0, rounds: 0 },
      decision: 0,
      ended: false,
    };
  }

  /** Runs the story to the next decision or the end, turning output into events. */
  private advance(): Beat {
    const story = this.story;
    const table = this.table;
    const events: DebateEvent[] = [];
    // inkjs repeats the global tags (# title, # version) on the first line: they are not line tags.
    let globalTags = new Set(this.steps.length === 0 ? (story.globalTags ?? []) : []);
    while (story.canContinue) {
      const text = story.Continue() ?? '';
      const tags = parseLineTags((story.currentTags ?? []).filter((t) => !globalTags.has(t))).value;
      globalTags = new Set();
      // Variables changed by the logic that ran before this line (ink rolls back any look-ahead
      // past it), so meters and progress move before the line is spoken, not after.
      this.readTable(events);
      const spoken = text.trim();
      if (spoken !== '') {
        // A lead-in that does not open the line is the story check's error; at play time the line
        // simply shows as sourced.
        const lead = splitLeadIn(spoken, tags.leadIn);
        events.push({
          type: 'line',
          speaker: tags.speaker ?? NARRATOR,
          text: spoken,
          sources: tags.sources,
          dramatized: tags.dramatized,
          ...(lead.leadIn !== '' && !lead.problem && { leadIn: lead.leadIn }),
          ...(tags.sfx && { sfx: tags.sfx }),
          ...(tags.grade && { grade: tags.grade }),
          ...(tags.why && { why: tags.why }),
        });
      }
      for (const change of tags.stances) {
        const previous = table.stances[change.speaker];
        if (previous === change.stance) continue;
        table.stances[change.speaker] = change.stance;
        events.push({
          type: 'stance',
          speaker: change.speaker,
          stance: change.stance,
          ...(previous && { previous }),
        });
      }
      if (tags.ending) {
        table.ended = true;
        table.ending = tags.ending;
        events.push({ type: 'ending', id: tags.ending });
      }
    }
    const beat: Beat = { events };
    if (story.currentChoices.length > 0) {
      beat.choices = this.readChoices();
      events.push(beat.choices);
    } else {
      table.ended = true;
    }
    if (table.ending) beat.ending = table.ending;
    table.decision = this.steps.length;
    this.steps.push(stepAt(beat, story, structuredClone(table)));
    return beat;
  }

  private readChoices(): ChoicesEvent {
    // The cards that would land softer here (`worn_here`; older stories only had `worn`).
    const vars = this.story.variablesState;
    const worn = new Set(this.readList(vars.GlobalVariableExistsWithName('worn_here') ? 'worn_here' : 'worn').map(cardFromInkName));
    const choices: ChoiceView[] = this.story.currentChoices.map((choice) => {
      const tags = parseChoiceTags(choice.tags).value;
      const view: ChoiceView = {
        index: choice.index,
        text: choice.text.trim(),
        move: tags.move ?? 'continue',
        worn: tags.card !== undefined && worn.has(tags.card),
      };
      if (tags.card) view.card = tags.card;
      return view;
    });
    return { type: 'choices', decision: this.steps.length, choices };
  }

  /** Re-reads the meters, the seats and progress from ink variables; emits what changed. */
  private readTable(events: DebateEvent[]): void {
    const table = this.table;
    const meters: Meters = {
      audience: this.readNumber('audience', table.meters.audience),
      credibility: this.readNumber('credibility', table.meters.credibility),
    };
    if (
      meters.audience !== table.meters.audience ||
      meters.credibility !== table.meters.credibility
    ) {
      events.push({
        type: 'meters',
        meters,
        delta: {
          audience: meters.audience - table.meters.audience,
          credibility: meters.credibility - table.meters.credibility,
        },
      });
      table.meters = meters;
    }
    const progress: Progress = {
      stage: this.readString('stage', table.progress.stage),
      round: this.readNumber('round', table.progress.round),
      rounds: this.readNumber('rounds', table.progress.rounds),
    };
    const p = table.progress;
    if (progress.stage !== p.stage || progress.round !== p.round || progress.rounds !== p.rounds) {
      table.progress = progress;
      events.push({ type: 'progress', progress });
    }
    const seats = this.readList('table').filter((id): id is SpeakerId => isSpeakerId(id));
    if (seats.join() !== table.seats.join()) table.seats = seats;
  }

  private variable(name: string): unknown {
    const vars = this.story.variablesState;
    return vars.GlobalVariableExistsWithName(name) ? vars.$(name) : undefined;
  }

  private readNumber(name: string, fallback: number): number {
    const value = this.variable(name);
    return typeof value === 'number' ? value : fallback;
  }

  private readString(name: string, fallback: string): string {
    const value = this.variable(name);
    return typeof value === 'string' ? value : fallback;
  }

  /**
   * A set of ids from an ink variable: a comma-separated string (what this story uses, see
   * story/rules.ink) or an ink LIST, in order.
   */
  private readList(name: string): string[] {
    const value = this.variable(name);
    if (typeof value === 'string') {
      return value.split(',').map((s) => s.trim()).filter((s) => s !== '');
    }
    const list = value as { orderedItems?: { Key: { itemName: string | null } }[] } | undefined;
    return (list?.orderedItems ?? []).flatMap((item) => (item.Key.itemName ? [item.Key.itemName] : []));
  }
}

export type { CardId, Stance };

/**
 * A step whose story state is written out (ToJson) when first read: a start or a choice runs the
 * story to the next decision and shows its first line without serializing the whole state in the
 * same task (~40-100 ms at 4x CPU, the first time). Correct as long as `story` does not move before
 * the read: the engine reads it before every ChooseChoiceIndex, and a start, a replay or a load
 * plays a new Story, leaving the old one where it stood.
 */
function stepAt(beat: Beat, story: Story, table: TableState): Step {
  let json: string | undefined;
  return {
    beat,
    table,
    get stateJson(): string {
      return (json ??= story.state.ToJson());
    },
  };
}

/**
 * What a parse of the story JSON builds that playing never changes: the runtime content (a tree of
 * containers) and the list definitions. A Story's state (variables, call stack, visits, output) is
 * its own, made by ResetState. Built once per story and shared by every Story over it: parsing costs
 * ~10 ms, a Story over the built content with a fresh state ~0.5 ms (measured on story/main.ink),
 * and the engine makes one at every start, replay and load (two: the probe and the scratch engine).
 */
interface StoryContent {
  container: Story['mainContentContainer'];
  lists: NonNullable<Story['listDefinitions']>['lists'] | null;
}
const builtContent = new Map<string, StoryContent>();
/** The page holds one story per language; tests a few fixtures. The oldest is dropped past this. */
const BUILT_CONTENT_KEPT = 8;

/** A new Story over `json` in its starting state, as `new Story(json)` gives, sharing the built content. */
export function storyOf(json: string): Story {
  const built = builtContent.get(json);
  if (built) {
    const story = new Story(built.container, built.lists);
    // The container form of the constructor leaves the state to the caller: the json form's reset.
    story.ResetState();
    return story;
  }
  return keepContent(json, new Story(storyObject(json)));
}

/** Keeps `story`'s built content (fresh from `json`, not yet played) for the next storyOf(json). */
function keepContent(json: string, story: Story): Story {
  builtContent.set(json, { container: story.mainContentContainer, lists: story.listDefinitions?.lists ?? null });
  if (builtContent.size > BUILT_CONTENT_KEPT) builtContent.delete(builtContent.keys().next().value!);
  return story;
}

/**
 * The compiled story as the object inkjs builds its runtime from. inkjs parses text with a JSON
 * reviver (to keep floats written `3.0` apart from integers), which calls back into script for
 * every value: several times slower than a plain JSON.parse. The same distinction is kept here by
 * marking such floats the way inkjs itself does where the reviver is unsupported (`"3.0f"`), with
 * one pass of a regular expression that steps over strings, then a plain parse.
 */
export function storyObject(json: string): Record<string, unknown> {
  if (!/\d\.0[\s,\]}]/.test(json)) return JSON.parse(json) as Record<string, unknown>;
  const marked = json.replace(/"(?:[^"\\]|\\.)*"|(-?\d+\.0)(?=[\s,\]}])/g, (match, float: string | undefined) =>
    float === undefined ? match : `"${float}f"`,
  );
  return JSON.parse(marked) as Record<string, unknown>;
}
