// Replaying branches, wired into the app: the run history (fed by the controller's onProgress), the
// branch map and run comparison, named save slots, and replay links in the address's fragment.
import type { BranchTree, DetailsCache, LivePosition } from '../debate/branches/branches.ts';
import { figuresOf, isFigure, speakerName, type CastSheet } from '../debate/core/cast.ts';
import type { DebateEngine } from '../debate/core/engine.ts';
import { isReplayFragment, linkTo, replayLink } from '../debate/persistence/link.ts';
import { isPrefix, RunHistory, sameTable, type RunRecord } from '../debate/persistence/runs.ts';
import type { SaveStore } from '../debate/persistence/saves.ts';
import { parseSaveText } from '../debate/persistence/save.ts';
import type { KeyValueStore } from '../debate/core/ports.ts';
import type { PageAddress } from '../platform/url.ts';
import type { DialogHandle } from '../ui/kit/dialogs.ts';
import type { Notices } from '../ui/kit/notices.ts';
import { m, reasonText, withDialogWords } from '../i18n/index.ts';
import type { DebateController } from './controller.ts';

// The map, the slots and the share dialog load when first opened: playing needs none of them.
const mapParts = () =>
  Promise.all([
    withDialogWords(import('../ui/branches/branch-map/dialog.ts')),
    import('../debate/branches/branches.ts'),
    import('../debate/branches/compare.ts'),
  ]).then(([ui, branches, compare]) => ({ ...ui, ...branches, ...compare }));
const slotParts = () =>
  Promise.all([withDialogWords(import('../ui/branches/slots.ts')), import('../ui/branches/branch-map/words.ts')]).then(([slots, map]) => ({
    ...slots,
    presetName: map.presetName,
  }));
const shareParts = () => withDialogWords(import('../ui/branches/share.ts'));

export interface BranchesDeps {
  store: KeyValueStore;
  saves: SaveStore;
  cast: CastSheet;
  notices: Notices;
  controller: () => DebateController;
  /** A new engine of the story build in play, for replays that must not touch the live debate. */
  scratchEngine: () => DebateEngine;
  address: PageAddress;
  copy?: (text: string) => Promise<boolean>;
  /** Opens the transcript beside the stage (after a jump, the lines that led there are in it). */
  openTranscript?: () => void;
}

export type LinkResult = 'none' | 'replayed' | 'refused';

/** Where the debate stands, in words: "decision 7, with Kazem Sediqi" or "the ending “Deadlock”". */
export function whereWords(engine: DebateEngine, cast: CastSheet): string {
  const ending = engine.state.ending;
  if (ending) return m().app.whereEnding(cast.endings[ending]?.title ?? ending);
  const figure = (engine.current?.events ?? [])
    .flatMap((e) => (e.type === 'line' && isFigure(cast, e.speaker) ? [e.speaker] : []))
    .at(-1);
  const decision = m().app.whereDecision(engine.history.length);
  return figure ? m().app.whereWith(decision, speakerName(cast, figure)) : decision;
}

export function createBranches(deps: BranchesDeps) {
  const runs = new RunHistory(deps.store);
  const figures = new Set(figuresOf(deps.cast));
  let scratch: DebateEngine | null = null;
  const scratchFor = (storyHash: string) => {
    if (!scratch || scratch.storyHash !== storyHash) scratch = deps.scratchEngine();
    return scratch;
  };
  let map: DialogHandle | null = null;
  // The story's details of every decision drawn so far: reopening the map replays only what is new.
  const details: DetailsCache = new Map();

  function onProgress(engine: DebateEngine): void {
    runs.record(engine);
  }

  /** Runs `use` once `load` has brought its module; a module that cannot arrive says so. */
  const later = <M>(load: () => Promise<M>, use: (module: M) => void): void =>
    void load()
      .then(use)
      .catch((error: unknown) =>
        deps.notices.show(m().app.couldNotOpen(String(error)), { repeat: true }),
      );

  function openMap(): void {
    later(mapParts, showMap);
  }

  function showMap({
    openBranchMap,
    groupBranchTrees,
    tallyEndings,
    fillBranchTree,
    compareRuns,
  }: Awaited<ReturnType<typeof mapParts>>): void {
    map?.close();
    const controller = deps.controller();
    const engine = controller.debate;
    const hash = engine.storyHash;
    const live: LivePosition | undefined =
      controller.playing && engine.history.length > 0
        ? {
            preset: engine.state.preset,
            seed: engine.state.seed,
            storyHash: hash,
            path: engine.path,
          }
        : undefined;
    const ofBuild = runs.ofBuild(hash);
    // "This run": the one the last choice was recorded in, else the one the live position is on
    // (after Continue, before any choice); the comparison starts from it, or from the latest run.
    const onLivePath = (r: RunRecord) =>
      !!live && sameTable(r, live) && (isPrefix(live.path, r.path) || isPrefix(r.path, live.path));
    const current =
      (runs.current?.storyHash === hash ? runs.current : undefined) ??
      [...ofBuild].reverse().find(onLivePath);
    const first = current ?? [...ofBuild].sort((a, b) => b.updatedAt - a.updatedAt)[0];
    const second = runs.previous(first, hash);
    map = openBranchMap(
      {
        trees: groupBranchTrees(ofBuild, hash, live),
        endings: tallyEndings(deps.cast.endings, ofBuild, hash),
        runs: ofBuild,
        ...(current && { currentRun: current }),
        ...(first && { compareFirst: first }),
        ...(second && { compareSecond: second }),
        otherBuildRuns: runs.all().length - ofBuild.length,
        remembered: deps.store.persistent && runs.saving,
      },
      deps.cast,
      {
        fill: (tree: BranchTree) => fillBranchTree(tree, scratchFor(hash), figures, details),
        jump: (tree, path, chosenBefore) => {
          try {
            const controller = deps.controller();
            controller.replayTo(tree.preset, tree.seed, path, { autosave: true, ...(chosenBefore && { chosenBefore }) });
            // The decision in context: the lines that led here are in the transcript (one button
            // away on a narrow screen), the move chosen before is marked on its button.
            if (!controller.debate.state.ending) {
              deps.notices.show(m().map.jumpedTo(whereWords(controller.debate, deps.cast)), {
                key: 'jumped',
                timeoutMs: 8000,
                about: () => document.querySelector('#choices .choice--before') ?? document.getElementById('dialogue'),
                ...(deps.openTranscript && { actions: [{ label: m().map.openTranscript, run: () => deps.openTranscript?.() }] }),
              });
            }
          } catch (error) {
            deps.notices.show(m().app.couldNotReplay(String(error)), {
              repeat: true,
            });
          }
        },
        compare: (a, b) => compareRuns(scratchFor(hash), a, b, figures),
      },
    );
    void map.closed.then(() => (map = null));
  }

  function share(): void {
    const engine = deps.controller().debate;
    if (engine.history.length === 0) return;
    later(shareParts, ({ openShare, copyText }) =>
      openShare(
        deps.address.withFragment(linkTo(engine)),
        whereWords(engine, deps.cast),
        deps.copy ?? copyText,
      ),
    );
  }

  function saveToSlot(): void {
    const controller = deps.controller();
    const engine = controller.debate;
    if (!controller.playing || engine.history.length === 0) return;
    later(slotParts, ({ openSaveSlots, presetName }) =>
      openSaveSlots(m().app.tableAt(presetName(engine.state.preset), whereWords(engine, deps.cast)), {
        summary: (slot) => deps.saves.summary(slot),
        save: (slot, name) => {
          const outcome = deps.saves.writeNamed(slot, engine.save(), name);
          if (!outcome.ok) return m().words.slotNotSaved(outcome.failure);
          return deps.saves.persistent
            ? null
            : m().app.savedThisVisit;
        },
      }),
    );
  }

  /**
   * Opens the replay link in the address, if there is one: it is checked on a scratch engine, so
   * a bad link never touches the debate; then the fragment is cleared, so a reload continues
   * normally. A bad link brings a fresh title and a notice saying what was wrong.
   */
  function openLinkFromAddress(): LinkResult {
    const fragment = deps.address.fragment();
    if (!isReplayFragment(fragment)) return 'none';
    const controller = deps.controller();
    const outcome = replayLink(scratchFor(controller.debate.storyHash), fragment);
    if (outcome.status === 'not-a-link') return 'none';
    deps.address.clearFragment();
    map?.close();
    if (outcome.status === 'refused') {
      // quitToTitle: a link opened mid-debate also stops the room's sound.
      controller.quitToTitle();
      deps.notices.show(
        m().app.linkRefused(reasonText(outcome.reason)),
        { repeat: true },
      );
      return 'refused';
    }
    const { preset, seed, path } = outcome.link;
    try {
      // Someone else's debate must not replace the player's own autosave until they choose.
      controller.replayTo(preset, seed, path, { autosave: false });
    } catch (error) {
      controller.quitToTitle();
      deps.notices.show(m().app.linkFailed(String(error)), { repeat: true });
      return 'refused';
    }
    deps.notices.show(m().app.linkReplayed(whereWords(controller.debate, deps.cast)), {
      repeat: true,
      timeoutMs: 5000,
      // Where the link reached: the ending's words, else the line and the moves on offer.
      about: () => document.getElementById('ending-heading') ?? document.getElementById('dialogue'),
    });
    return 'replayed';
  }

  /**
   * The ending the autosave stands at, when the debate it holds is over (the run history knows:
   * saves do not say so), for the title's Continue; null while it is still going or unknown.
   */
  function savedEnding(): string | null {
    const text = deps.saves.text('auto');
    if (text === null) return null;
    const save = parseSaveText(text);
    if (!save.ok) return null;
    const { storyHash, preset, seed, path } = save.value;
    const run = runs
      .all()
      .find((r) => r.ending && sameTable(r, { storyHash, preset, seed }) && r.path.length === path.length && isPrefix(r.path, path));
    return run?.ending ?? null;
  }

  return {
    runs,
    savedEnding,
    /** Opens links pasted into the address bar while the game is open. */
    watchAddress: () => deps.address.onFragmentChange(() => void openLinkFromAddress()),
    onProgress,
    openMap,
    share,
    saveToSlot,
    openLinkFromAddress,
  };
}
