// The composition root: builds the platform services, the engine, the views and the controller,
// and wires them together. Loaded by src/main.ts after the HTML loading screen is up.
import { parseArticle } from '../debate/core/article.ts';
import { DebateEngine } from '../debate/core/engine.ts';
import { SaveStore } from '../debate/persistence/saves.ts';
import { DeferredStage } from '../game/deferred-stage.ts';
import { createHowlerPlayer } from '../platform/audio.ts';
import { DeferredSoundPlayer } from '../platform/deferred-audio.ts';
import { defaultSettings, readSettings, saveSettings, type Settings } from '../platform/settings.ts';
import { soundSources } from '../platform/sound-files.ts';
import { openBrowserStore } from '../platform/storage.ts';
import { registerOfflineWorker } from '../platform/offline.ts';
import { openTabPresence } from '../platform/tabs.ts';
import { ChoicesPanel } from '../ui/play/choices.ts';
import { DialoguePanel } from '../ui/play/dialogue.ts';
import { byId } from '../ui/kit/dom.ts';
import { Hud } from '../ui/play/hud.ts';
import { Notices } from '../ui/kit/notices.ts';
import { Screen } from '../ui/play/screens.ts';
import { teacherHooks } from '../ui/teachers/teacher-hooks.ts';
import { Broadcast } from '../ui/play/broadcast.ts';
import { showHand } from '../ui/play/hand.ts';
import { Transcript, TranscriptDrawer } from '../ui/play/transcript.ts';
import { m, reasonText, type Locale } from '../i18n/index.ts';
import { DebateController } from './controller.ts';
import { BrowserAddress } from '../platform/url.ts';
import { createKeeping, type StartDamage } from './keeping.ts';
import { applyLanguage, localeInputs, switchLanguage } from './language.ts';
import { loadEdition, watchStoryEdits } from './content.ts';
import { createBranches } from './branches.ts';
import { offerUpdates } from './updates.ts';
import { readStudentName, saveStudentName } from '../debate/persistence/student.ts';
import { courseProgress } from '../debate/classroom/course-progress.ts';
import { decodeRunCode } from '../debate/persistence/run-code.ts';
import { connectLms } from '../platform/lms.ts';

/** Puts the settings on the page: text size, contrast and motion are CSS switches on <html>. */
function applyToDocument(settings: Settings): void {
  const root = document.documentElement;
  root.style.setProperty('--text-scale', String(settings.textScale));
  root.dataset.contrast = settings.highContrast ? 'high' : 'normal';
  root.dataset.motion = settings.reducedMotion ? 'reduced' : 'full';
  // Phones, and large text anywhere, get the stacked layout that scrolls (src/ui/play/play.css).
  const narrow = window.matchMedia?.(NARROW).matches ?? false;
  root.dataset.layout = narrow || settings.textScale > 1.25 ? 'stacked' : 'wide';
}

const NARROW = '(max-width: 56rem)';

export async function start(onProgress: (fraction: number) => void): Promise<void> {
  const { store, problem: storeProblem } = openBrowserStore(() => window.localStorage, window);
  // The language first: every view reads its words from the catalogue it chooses.
  const locale = await applyLanguage(document, localeInputs(window.location.search, store, navigator.languages ?? [navigator.language]), store);
  // The content of that language: the story, the cast sheet and, on demand, the rest.
  const edition = await loadEdition(locale);
  const { json: storyJson, hash: storyHash, globalTags: storyGlobalTags } = edition.story;
  const prefersReduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  const settingsRead = readSettings(store, defaultSettings(prefersReduced));
  let settings = settingsRead.settings;
  const startDamage: StartDamage[] = settingsRead.damage ? [{ what: 'settings', ...settingsRead.damage }] : [];
  applyToDocument(settings);
  window.matchMedia?.(NARROW).addEventListener?.('change', () => applyToDocument(settings));

  const cast = edition.table;
  const article = parseArticle(edition.articleText);
  // The story is parsed once the title is on screen (below), not before it.
  const engine = new DebateEngine(storyJson, storyHash, storyGlobalTags);
  const saves = new SaveStore(store);
  const notices = new Notices(
    byId('notices'),
    () => document.querySelector<HTMLElement>('#screen:not([hidden]) button, #choices button, #dialogue button'),
    // Rather over the picture than over the moves on offer or the line being read.
    () => [...document.querySelectorAll('#choices button, #dialogue')],
  );
  const title = engine.globalTags.title ?? m().start.gameTitle;
  // A school's learning platform around the page (the SCORM package): null in a normal tab or a
  // file opened from disk, where nothing of it runs.
  const lms = connectLms(window, (problem) =>
    notices.show(m().lms.problem(problem.kind, problem.call, problem.detail), { repeat: true, key: 'lms' }),
  );
  // The platform knows who is signed in: on a shared machine, that is whose run this is.
  if (lms?.learnerName) saveStudentName(store, lms.learnerName);

  // Sound and the canvas load after the title menu is on screen (see the end of this function):
  // the menu is DOM and needs neither, and they are most of a first visit's bytes.
  const sound = new DeferredSoundPlayer(() => createHowlerPlayer(soundSources));
  sound.onProblem = (message) => notices.show(message);

  const stage = new DeferredStage(
    {
      textScale: settings.textScale,
      reducedMotion: settings.reducedMotion,
      highContrast: settings.highContrast,
    },
    async (look) => {
      const { PhaserStage } = await import('../game/stage.ts');
      const real = new PhaserStage({ parent: byId('table'), look, onProgress });
      await real.ready;
      return real;
    },
  );

  // Hooks the controller calls; defined before it exists, so they close over `controller`.
  // eslint-disable-next-line prefer-const -- assigned once below; the hooks above close over it
  let controller: DebateController;
  const replay = createBranches({
    store,
    saves,
    cast,
    notices,
    controller: () => controller,
    // The live engine's own story: after a dev-server story edit, the new one.
    scratchEngine: () => controller.debate.fork(),
    address: new BrowserAddress(),
    openTranscript: () => drawer.set(true),
  });
  const keeping = createKeeping({
    store,
    problem: storeProblem,
    saves,
    runs: replay.runs,
    notices,
    controller: () => controller,
    tabs: openTabPresence(),
  });
  /** Set once the offline worker is registered (after the first screen). */
  let updates: ReturnType<typeof offerUpdates> | null = null;
  /**
   * The dialogs load when first opened: none is needed to play, so none is paid for before the
   * first decision. A chunk that cannot arrive (offline before the game was kept) says so.
   */
  // While one is on its way (even a loaded chunk arrives a task later), a second press of its key
  // or button opens nothing more, and the debate's keys wait for it: Escape pressed twice used to
  // stack two pause menus, the second opened behind the first.
  let arriving = 0;
  const later = <M>(load: () => Promise<M>, use: (module: M) => void) => {
    let pending = false;
    return () => {
      if (pending) return;
      pending = true;
      arriving++;
      void load()
        .then(use)
        .catch((error: unknown) =>
          notices.show(m().app.couldNotOpen(String(error)), { repeat: true }),
        )
        .finally(() => {
          pending = false;
          arriving--;
        });
    };
  };
  const showSettings = later(
    () => import('../ui/play/settings-dialog.ts'),
    ({ openSettings }) => {
      let cleared = false;
      const dialog = openSettings(settings, {
        persistent: store.persistent,
        change: (next) => {
          settings = next;
          applyToDocument(next);
          controller.applySettings(next);
          hud.setSound(!next.muted);
          if (!saveSettings(store, next))
            notices.show(m().start.settingsNotKept);
        },
        clearData: () => {
          cleared = true;
          const report = keeping.clearAllData();
          notices.show(m().words.cleared(report.removed, report.failed, report.reachable), { repeat: true });
        },
      });
      // The title offered Continue and saved debates that are gone now: draw it again once the
      // dialog is closed (a debate in progress plays on; it simply has no saves any more).
      void dialog.closed.then(() => {
        if (cleared && !controller.playing) controller.showTitle();
      });
    },
  );
  const showSources = later(
    () => import('../ui/play/sources.ts'),
    ({ openSources }) => openSources(article, edition.about),
  );
  // The debrief and the transcript of the current run, worked out once for both.
  let reports: ReturnType<typeof loadReports> | null = null;
  const loadReports = () =>
    Promise.all([import('./reports.ts'), edition.debrief()]).then(([mod, debrief]) => ({
      ...mod,
      reports: mod.makeReports(cast, article, title, store, debrief),
    }));
  const withReports = () => (reports ??= loadReports());
  const showTranscript = later(withReports, (r) => r.openTranscript(controller.debate, r.reports));
  const showDebrief = later(withReports, (r) =>
    r.openDebrief(controller.debate, r.reports, {
      transcript: showTranscript,
      aboutSource: showSources,
      // "Try it": back to the decision where the stronger move was on offer.
      tryIt: (prefix, hint, choice) => {
        const { preset, seed } = controller.debate.state;
        try {
          controller.replayTo(preset, seed, prefix);
          notices.show(hint, {
            repeat: true,
            timeoutMs: 8000,
            about: () => document.querySelector(`#choices [data-choice="${choice}"]`),
          });
        } catch (error) {
          notices.show(m().app.couldNotReplay(String(error)), { repeat: true });
        }
      },
    }),
  );
  /** Sound on or off (the HUD's button, key M), remembered on this device with the settings. */
  const toggleSound = () => {
    const next = { ...settings, muted: !settings.muted };
    settings = next;
    controller.applySettings(next);
    hud.setSound(!next.muted);
    notices.show(next.muted ? m().words.soundMuted : m().words.soundUnmuted, {
      timeoutMs: 2000,
      repeat: true,
    });
    if (!saveSettings(store, next))
      notices.show(m().start.settingsNotKept);
  };
  const hud = new Hud(byId('hud'), title, {
    menu: () => hooks.openPause(),
    stepBack: () => controller.stepBack(),
    toggleSound,
    toggleTranscript: () => drawer.toggle(),
  });
  hud.setSound(!settings.muted);
  const drawer = new TranscriptDrawer(byId('transcript-panel'), byId('transcript'), (open) =>
    hud.setTranscriptOpen(open),
  );
  showHand(byId('hand'), cast);
  const hooks = {
    openSettings: showSettings,
    openSources: showSources,
    ...teacherHooks({
      article,
      cast,
      story: { json: storyJson, hash: storyHash },
      quizSheet: edition.check,
      store,
      notify: (message) => notices.show(message),
    }),
    openDebrief: showDebrief,
    openTranscript: showTranscript,
    onProgress: replay.onProgress,
    openBranchMap: replay.openMap,
    language: {
      current: locale,
      // Reloads in the other language; the autosave is language-free, so Continue resumes it.
      choose: (next: Locale) => window.location.assign(switchLanguage(window.location.href, store, next)),
    },
    savedEnding: replay.savedEnding,
    openSavedDebates: () => keeping.openSaved(),
    toggleSound,
    share: replay.share,
    openPause: later(
      () => import('../ui/play/pause.ts'),
      ({ openPause }) =>
        openPause({
          settings: showSettings,
          sources: showSources,
          branchMap: replay.openMap,
          saveSlot: replay.saveToSlot,
          share: replay.share,
          transcript: showTranscript,
          quit: () => controller.quitToTitle(),
        }),
    ),
  };
  controller = new DebateController(
    engine,
    cast,
    article,
    {
      stage,
      broadcast: new Broadcast(byId('broadcast'), title),
      dialogue: new DialoguePanel(byId('dialogue'), cast, article),
      choices: new ChoicesPanel(byId('choices'), cast),
      transcript: new Transcript(byId('transcript'), cast),
      hud,
      screen: new Screen(byId('screen')),
      notices,
    },
    {
      saves,
      sound,
      settings: () => settings,
      // Every autosave (a choice, a step back, a jump) is where the debate stands: the platform hears it too.
      saved: (outcome) => {
        keeping.savedOutcome(outcome);
        lms?.report(courseProgress(controller.debate));
      },
      student: { get: () => readStudentName(store).name, set: (name) => saveStudentName(store, name) },
      playing: (playing) => {
        keeping.playing(playing);
        if (!playing) updates?.betweenDebates();
      },
    },
    hooks,
  );
  controller.applySettings(settings);
  keeping.tellStart(startDamage);
  keeping.watchOthers();

  // The keys (src/app/key-commands.ts) wait while a dialog is open or on its way.
  document.addEventListener('keydown', (event) => {
    if (arriving > 0 || document.querySelector('dialog[open]')) return;
    if (controller.handleKey(event)) event.preventDefault();
  });
  byId('table').addEventListener('click', () => controller.handleStageClick());
  byId('dialogue').addEventListener('click', (event) => {
    if (!(event.target as HTMLElement).closest('button')) controller.handleStageClick();
  });

  // The hook for browser tests and the benchmark, only for what nothing on screen shows: the seed
  // and choice indices (to replay a run in Node), the story build, frames the canvas drew. It
  // reads copies, so a test cannot change the debate through it; `replay` jumps the way the
  // branch map's "Jump here" does (through the controller: autosave, run record, the table shown).
  Object.assign(window, {
    roundTable: Object.freeze({
      get state() {
        return structuredClone(controller.debate.state);
      },
      get path() {
        return [...controller.debate.path];
      },
      get framesDrawn() {
        return stage.framesDrawn;
      },
      storyHash,
      replay(preset: 'full' | 'short', seed: number, path: readonly number[]) {
        controller.replayTo(preset, seed, [...path]);
      },
    }),
  });

  // A replay link in the address opens that debate instead of the title; then the debate the
  // student's course kept (on any machine they played it).
  if (replay.openLinkFromAddress() === 'none' && !(lms?.resumeData && resumeFromCourse(lms.resumeData))) controller.showTitle();
  if (lms) {
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') lms.commit();
    });
    window.addEventListener('pagehide', () => lms.finish());
  }
  function resumeFromCourse(kept: string): boolean {
    const code = decodeRunCode(kept, storyHash);
    try {
      if (!code.ok) throw new Error(reasonText(code.error));
      controller.replayTo(code.value.preset, code.value.seed, code.value.path);
      notices.show(m().lms.resumed, { timeoutMs: 5000 });
      return true;
    } catch (error) {
      notices.show(m().lms.resumeRefused(error instanceof Error ? error.message : String(error)), { repeat: true });
      return false;
    }
  }
  replay.watchAddress();
  // The offline copy downloads once the first screen is up, never before it; a new version it finds
  // is offered between debates.
  setTimeout(() => {
    updates = offerUpdates(registerOfflineWorker(), notices, () => controller.playing);
  }, 1000);

  // Once the menu has been painted, fetch the rest: the table picture first, then the sounds. The
  // story is parsed meanwhile, in a task of its own while the stage's files arrive, so that a
  // table chosen at once starts without parsing it (a click before then parses it in its handler).
  requestAnimationFrame(() =>
    setTimeout(() => {
      setTimeout(() => engine.prepare(), 0);
      stage
        .load()
        .catch((error: unknown) => {
          console.warn('The table picture could not start:', error);
          notices.show(
            m().start.noPicture,
          );
        })
        .finally(() => sound.load());
    }, 0),
  );

  // Editing a .ink file during development swaps in the new story and replays the player's
  // choices on it, so the writer keeps their place.
  watchStoryEdits(locale, (story) => {
    const next = new DebateEngine(story.json, story.hash, story.globalTags);
    const { preset, seed } = controller.debate.state;
    const path = controller.debate.path;
    const wasPlaying = controller.playing;
    controller.replaceEngine(next);
    if (!wasPlaying) return controller.showTitle();
    let kept = 0;
    try {
      next.start(preset, seed);
      for (const choice of path) {
        const offered = next.current?.choices?.choices.length ?? 0;
        if (choice >= offered) break;
        next.choose(choice);
        kept++;
      }
    } catch (error) {
      notices.show(m().start.storyError(String(error)), { repeat: true });
      if (next.history.length === 0) return controller.quitToTitle();
    }
    notices.show(m().start.storyReloaded(kept, path.length), {
      repeat: true,
      timeoutMs: 4000,
    });
    controller.resume();
  });
}
