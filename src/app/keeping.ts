// Keeping the player's data, wired into the app: what was damaged at start (told, set aside),
// storage that is full or blocked (told, with a way to free space), saves that fail mid-debate
// (told every time, with the debate to download), "Saved debates" (slots, export and import,
// set-aside copies), other tabs of the game (told; their runs merged) and "Clear my data" (told
// only what was really removed).
import { listAside, removeAside, type AsideCopy } from '../debate/persistence/aside.ts';
import { QUIZ_KEY, parseStoredQuizzes, readStoredQuizzes } from '../debate/classroom/quiz.ts';
import type { KeyValueStore } from '../debate/core/ports.ts';
import type { Reason } from '../debate/persistence/reasons.ts';
import { parseRuns, RUNS_KEY, type RunHistory } from '../debate/persistence/runs.ts';
import { loadText, saveFileName, type SaveOutcome, type SaveStore, type SlotId } from '../debate/persistence/saves.ts';
import { MAX_SAVE_CHARS, parseSaveText } from '../debate/persistence/save.ts';
import { defaultSettings, parseSettings, SETTINGS_KEY } from '../platform/settings.ts';
import { clearAll, type ClearReport } from '../platform/storage.ts';
import type { TabPresence } from '../platform/tabs.ts';
import type { DialogHandle } from '../ui/kit/dialogs.ts';
import { downloadText } from '../ui/kit/download.ts';
import type { Notices } from '../ui/kit/notices.ts';
import type { openSavedDebates as OpenSavedDebates } from '../ui/branches/slots.ts';
import { m, reasonText, withDialogWords } from '../i18n/index.ts';
import type { DebateController } from './controller.ts';

export interface KeepingDeps {
  store: KeyValueStore;
  /** What opening the browser's storage found (src/platform/storage.ts openBrowserStore). */
  problem: 'full' | 'blocked' | null;
  saves: SaveStore;
  runs: RunHistory;
  notices: Notices;
  controller: () => DebateController;
  tabs?: TabPresence;
  now?: () => Date;
}

/** A damaged entry found while reading at start. */
export interface StartDamage {
  what: 'history' | 'settings' | 'check';
  reason: Reason;
  asideKey: string | null;
}

/** Why a set-aside copy could not be used, read again from its text (the readers never throw). */
function whyAside(from: string, text: string): Reason | undefined {
  if (from.startsWith('save:')) {
    const parsed = parseSaveText(text);
    return parsed.ok ? undefined : parsed.error;
  }
  if (from === RUNS_KEY) return parseRuns(text).damage;
  if (from === QUIZ_KEY) return parseStoredQuizzes(text).damage;
  if (from === SETTINGS_KEY) return parseSettings(text, defaultSettings(false)).damage;
  return undefined;
}

/** Finished debates the record keeps when space is freed. */
const KEEP_FINISHED = 20;

export function createKeeping(deps: KeepingDeps) {
  const now = deps.now ?? (() => new Date());
  let saved: DialogHandle | null = null;
  /** The container a download link goes in: an open modal dialog makes the rest of the page inert. */
  const downloadInto = () => document.querySelector<HTMLElement>('dialog[open]') ?? document.body;

  function downloadDebate(): void {
    const engine = deps.controller().debate;
    if (engine.history.length === 0) return;
    downloadText(saveFileName(now()), `${JSON.stringify(engine.save())}\n`, 'application/json', downloadInto());
  }

  let opening = 0;
  function openSaved(focus?: 'space'): void {
    saved?.close();
    // The dialog's code loads when first asked for (it is not needed for the first screen).
    const ticket = ++opening;
    void withDialogWords(import('../ui/branches/slots.ts')).then(
      ({ openSavedDebates }) => {
        if (ticket === opening) show(openSavedDebates, focus);
      },
      (error: unknown) => {
        console.error(error);
        deps.notices.show(m().teacherHooks.failed(m().screens.savedDebates));
      },
    );
  }

  function show(openSavedDebates: typeof OpenSavedDebates, focus?: 'space'): void {
    saved?.close();
    saved = openSavedDebates(
      {
        summary: (slot) => deps.saves.summary(slot),
        aside: () => listAside(deps.store),
        asideReason: (copy: AsideCopy) => {
          let text: string | null;
          try {
            text = deps.store.getItem(copy.key);
          } catch {
            return null;
          }
          const reason = text === null ? undefined : whyAside(copy.from, text);
          return reason ? reasonText(reason) : null;
        },
        finishedRuns: () => deps.runs.all().filter((r) => r.ending).length,
      },
      {
        load: (slot) => deps.controller().continueSaved(slot),
        exportSlot: (slot: SlotId) => {
          const text = deps.saves.text(slot);
          if (text === null) return false;
          downloadText(saveFileName(now()), text, 'application/json', downloadInto());
          return true;
        },
        importFile,
        downloadAside: (copy: AsideCopy) => {
          let text: string | null;
          try {
            text = deps.store.getItem(copy.key);
          } catch {
            text = null;
          }
          if (text === null) return;
          const day = copy.at !== null ? new Date(copy.at).toISOString().slice(0, 10) : 'undated';
          const name = `round-table-set-aside-${copy.from.replace(/[^a-z0-9-]+/gi, '-')}-${day}.txt`;
          downloadText(name, text, 'text/plain', downloadInto());
        },
        deleteAside: (copy: AsideCopy) => removeAside(deps.store, copy.key),
        removeOldRuns: () => deps.runs.removeOldRuns(KEEP_FINISHED),
      },
      focus,
    );
    const handle = saved;
    void handle.closed.then(() => {
      if (saved === handle) saved = null;
    });
  }

  /** Reads a save file picked by the player and plays it: the same reader as Continue. */
  async function importFile(file: File): Promise<string | null> {
    if (file.size > MAX_SAVE_CHARS * 4) return m().words.importTooLarge(file.size);
    let text: string;
    try {
      text = await file.text();
    } catch {
      return m().words.importUnreadable;
    }
    const controller = deps.controller();
    const loaded = loadText(controller.debate, text);
    if (!loaded.ok) return m().words.importRefused(reasonText(loaded.error));
    controller.resume();
    // Kept from now on like any debate: the autosave and the record of past debates.
    savedOutcome(deps.saves.write('auto', controller.debate.save()));
    deps.runs.record(controller.debate);
    return null;
  }

  /** After every autosave: a failure is told every time, with the debate to download. */
  function savedOutcome(outcome: SaveOutcome): void {
    if (outcome.ok) {
      deps.notices.dismiss('save-failed');
      return;
    }
    deps.notices.show(`${m().words.saveFailed(outcome.failure)} ${m().words.saveFailedHelp}`, {
      key: 'save-failed',
      actions: [
        { label: m().words.downloadDebate, run: downloadDebate },
        ...(outcome.failure === 'blocked' ? [] : [{ label: m().words.freeSpace, run: () => openSaved('space') }]),
      ],
    });
  }

  /** What opening the store and reading it found: told once, at start. */
  function tellStart(damage: StartDamage[]): void {
    if (deps.problem === 'blocked') deps.notices.show(m().words.storageOff);
    if (deps.problem === 'full') {
      deps.notices.show(m().words.storageFull, { key: 'storage-full', actions: [{ label: m().words.freeSpace, run: () => openSaved('space') }] });
    }
    const all = [...damage];
    if (deps.runs.damage) all.push({ what: 'history', ...deps.runs.damage });
    const checks = readStoredQuizzes(deps.store, now().getTime());
    if (checks.damage) all.push({ what: 'check', ...checks.damage });
    // One notice for all of it; each copy's reason is given in Saved debates.
    if (all.length === 0) return;
    deps.notices.show(
      m().words.damagedAtStart(
        all.map((d) => d.what),
        all.every((d) => d.asideKey !== null),
      ),
      { key: 'damaged-at-start', actions: [{ label: m().words.openSaved, run: () => openSaved() }] },
    );
  }

  /** Other tabs: their runs join the record as they write; a debate played there is told here. */
  function watchOthers(): void {
    deps.store.watch?.((key) => {
      if (key === null || key === RUNS_KEY) deps.runs.refresh();
    });
    deps.tabs?.onOtherPlaying(() => deps.notices.show(m().words.otherTab, { key: 'other-tab' }));
  }

  /** "Clear my data": every key the game wrote, and the run history in memory. */
  function clearAllData(): ClearReport {
    deps.runs.forgetAll();
    return clearAll(deps.store);
  }

  return {
    tellStart,
    watchOthers,
    savedOutcome,
    openSaved,
    downloadDebate,
    clearAllData,
    playing: (playing: boolean) => {
      deps.tabs?.setPlaying(playing);
      // What was told at start stays in Saved debates; it need not cover the debate (a failed
      // save is told again, every time, by its own notice).
      if (playing) for (const key of ['damaged-at-start', 'storage-full']) deps.notices.dismiss(key);
    },
  };
}
