// The composition root: the game as a list of features, each built by its own module and wired
// here in boot order. Loaded by src/main.ts after the HTML loading screen is up.
import { parseArticle } from '../debate/core/article.ts';
import { DebateEngine } from '../debate/core/engine.ts';
import { SaveStore } from '../debate/persistence/saves.ts';
import { readStudentName, saveStudentName } from '../debate/persistence/student.ts';
import { registerOfflineWorker } from '../platform/offline.ts';
import { openBrowserStore } from '../platform/storage.ts';
import { openTabPresence } from '../platform/tabs.ts';
import { BrowserAddress } from '../platform/url.ts';
import { teacherHooks } from '../ui/teachers/teacher-hooks.ts';
import { nextTask } from '../ui/kit/tasks.ts';
import { m, type Locale } from '../i18n/index.ts';
import { createBranches } from './branches.ts';
import { loadEdition } from './content.ts';
import { DebateController } from './controller.ts';
import { connectCourse } from './course.ts';
import { createDialogLoader } from './dialog-loader.ts';
import { createDialogs } from './dialogs.ts';
import { listenForInput } from './input.ts';
import { createKeeping } from './keeping.ts';
import { applyLanguage, localeInputs, switchLanguage } from './language.ts';
import { createMedia, prepareFirstClick } from './media.ts';
import { createPageSettings, soundSwitch } from './page-settings.ts';
import { pauseMenu } from './pause-menu.ts';
import { followStoryEdits } from './story-edits.ts';
import { exposeTestHooks } from './test-hooks.ts';
import { offerUpdates } from './updates.ts';
import { createNotices, createViews } from './views.ts';

export async function start(onProgress: (fraction: number) => void): Promise<void> {
  const { store, problem: storeProblem } = openBrowserStore(() => window.localStorage, window);
  // The language first: every view reads its words from the catalogue it chooses.
  const locale = await applyLanguage(document, localeInputs(window.location.search, store, navigator.languages ?? [navigator.language]), store);
  // The content of that language: the story, the cast sheet and, on demand, the rest.
  const edition = await loadEdition(locale);
  const { cast, story } = edition;
  const settings = createPageSettings(store);
  const article = parseArticle(edition.articleText);
  // The story is parsed in a task of its own before the title menu is shown (prepareFirstClick).
  const engine = new DebateEngine(story.json, story.hash, story.globalTags);
  const saves = new SaveStore(store);
  const notices = createNotices();
  const title = engine.globalTags.title ?? m().start.gameTitle;
  const course = connectCourse(store, notices);
  const { stage, sound, loadAfterPaint } = createMedia(settings.current, locale, notices, onProgress);
  // The features are handed `() => controller`: they call it only once the game is up.
  const branches = createBranches({
    store, saves, cast, notices, controller: () => controller,
    // The live engine's own story: after a dev-server story edit, the new one.
    scratchEngine: () => controller.debate.fork(),
    address: new BrowserAddress(),
    openTranscript: () => drawer.set(true),
  });
  const keeping = createKeeping({ store, problem: storeProblem, saves, runs: branches.runs, notices, controller: () => controller, tabs: openTabPresence() });
  let updates: ReturnType<typeof offerUpdates> | null = null; // once the offline worker is registered
  const loader = createDialogLoader(notices);
  const dialogs = createDialogs({ loader, settings, store, edition, cast, article, title, notices, controller: () => controller, clearAllData: () => keeping.clearAllData() });
  const toggleSound = soundSwitch(settings, notices);
  const openPause = pauseMenu(loader, () => ({
    settings: dialogs.settings, sources: dialogs.sources, branchMap: branches.openMap, saveSlot: branches.saveToSlot,
    share: branches.share, transcript: dialogs.transcript, quit: () => controller.quitToTitle(),
  }));
  // The views in a task of their own: built in the same task as everything above, start() was one
  // task of 50-110 ms at 4x CPU while the title loads. (Nothing calls `controller` before it exists:
  // the features above only keep the function.)
  await nextTask();
  const { views, hud, drawer } = createViews({
    cast, article, title, muted: settings.current.muted, stage, notices,
    hud: { menu: () => controller.pause(), stepBack: () => controller.stepBack(), toggleSound },
  });
  // The page is shown once its views are built, in the same task: shown before (while start()
  // waited for the content), its frames laid out an empty HUD that the views then pushed down, a
  // layout shift of 0.32 on a phone (Lighthouse's CLS).
  const app = document.getElementById('app');
  if (app) app.hidden = false;
  const teachers = teacherHooks({ article, cast, story: { json: story.json, hash: story.hash }, quizSheet: edition.quiz, storyMap: edition.storyMap, store, notify: (message) => notices.show(message) });
  const controller = new DebateController(engine, cast, article, views, {
    saves, sound, settings: () => settings.current,
    // Every autosave (a choice, a step back, a jump) is where the debate stands: the platform hears it too.
    saved: (outcome) => {
      keeping.savedOutcome(outcome);
      course?.report(controller.debate);
    },
    student: { get: () => readStudentName(store).name, set: (name) => saveStudentName(store, name) },
    playing: (playing) => {
      keeping.playing(playing);
      if (!playing) updates?.betweenDebates();
    },
  }, {
    openSettings: dialogs.settings, openSources: dialogs.sources, ...teachers, openDebrief: dialogs.debrief,
    openTranscript: dialogs.transcript, onProgress: branches.onProgress, openBranchMap: branches.openMap,
    language: {
      current: locale,
      // Reloads in the other language; the autosave is language-free, so Continue resumes it.
      choose: (next: Locale) => window.location.assign(switchLanguage(window.location.href, store, next)),
    },
    savedEnding: branches.savedEnding, openSavedDebates: () => keeping.openSaved(), toggleSound, share: branches.share, openPause,
  });
  settings.onChange((next) => {
    controller.applySettings(next);
    hud.setSound(!next.muted);
  });
  controller.applySettings(settings.current);
  keeping.tellStart(settings.damage);
  keeping.watchOthers();
  listenForInput(controller, loader);
  // The autosave is written a frame after a choice (controller.autosave): leaving or hiding the
  // page writes a pending one at once, so a choice is never lost.
  window.addEventListener('pagehide', () => controller.flushAutosave());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') controller.flushAutosave();
  });
  exposeTestHooks(window, { controller, stage, storyHash: story.hash });
  await prepareFirstClick(engine);
  // A replay link in the address opens that debate instead of the title; then the debate the
  // student's course kept (on any machine they played it).
  if (branches.openLinkFromAddress() === 'none' && !course?.resume(controller, story.hash)) controller.showTitle();
  course?.listen();
  branches.watchAddress();
  // The offline copy downloads once the first screen is up, never before it; a new version it finds
  // is offered between debates.
  setTimeout(() => (updates = offerUpdates(registerOfflineWorker(), notices, () => controller.playing)), 1000);
  loadAfterPaint();
  followStoryEdits(locale, controller, notices);
}
