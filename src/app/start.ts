// The composition root: builds the platform services, the engine, the views and the controller,
// and wires them together. Loaded by src/main.ts after the HTML loading screen is up.
import articleText from '../../story/source/article.md?raw';
import storyJson, { storyHash } from '../../story/main.ink';
import tableJson from '../../story/table.json';
import { parseArticle } from '../debate/article.ts';
import debriefJson from '../../story/debrief.json';
import { parseDebriefContent } from '../debate/debrief.ts';
import { quizForRunFile } from '../debate/check.ts';
import type { StoryTable } from '../debate/cast.ts';
import { DebateEngine } from '../debate/engine.ts';
import { SaveStore } from '../debate/saves.ts';
import { DeferredStage } from '../game/deferred-stage.ts';
import { createHowlerPlayer } from '../platform/audio.ts';
import { DeferredSoundPlayer } from '../platform/deferred-audio.ts';
import { defaultSettings, loadSettings, saveSettings, type Settings } from '../platform/settings.ts';
import { soundSources } from '../platform/sound-files.ts';
import { openBrowserStore } from '../platform/storage.ts';
import { ChoicesPanel } from '../ui/choices.ts';
import { openDebrief } from '../ui/debrief.ts';
import { RunReports } from '../ui/run-report.ts';
import { openTranscript } from '../ui/transcript-export.ts';
import { DialoguePanel } from '../ui/dialogue.ts';
import { byId } from '../ui/dom.ts';
import { Hud } from '../ui/hud.ts';
import { Notices } from '../ui/notices.ts';
import { openPause } from '../ui/pause.ts';
import { Screen } from '../ui/screens.ts';
import { openSettings } from '../ui/settings-dialog.ts';
import { openSources } from '../ui/sources.ts';
import { teacherHooks } from '../ui/teacher-hooks.ts';
import { Transcript } from '../ui/transcript.ts';
import { DebateController } from './controller.ts';
import { BrowserAddress } from '../platform/url.ts';
import { createReplay } from './replay.ts';

/** Puts the settings on the page: text size, contrast and motion are CSS switches on <html>. */
function applyToDocument(settings: Settings): void {
  const root = document.documentElement;
  root.style.setProperty('--text-scale', String(settings.textScale));
  root.dataset.contrast = settings.highContrast ? 'high' : 'normal';
  root.dataset.motion = settings.reducedMotion ? 'reduced' : 'full';
}

export async function start(onProgress: (fraction: number) => void): Promise<void> {
  const store = openBrowserStore(() => window.localStorage);
  const prefersReduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  let settings = loadSettings(store, defaultSettings(prefersReduced));
  applyToDocument(settings);

  const cast = tableJson as unknown as StoryTable;
  const article = parseArticle(articleText);
  const engine = new DebateEngine(storyJson, storyHash);
  const saves = new SaveStore(store);
  const notices = new Notices(byId('notices'), () =>
    document.querySelector<HTMLElement>('#screen:not([hidden]) button, #choices button, #dialogue button'),
  );
  const title = engine.globalTags.title ?? 'The Round Table';

  // Sound and the canvas load after the title menu is on screen (see the end of this function):
  // the menu is DOM and needs neither, and they are most of a first visit's bytes.
  const sound = new DeferredSoundPlayer(() => createHowlerPlayer(soundSources));
  sound.onProblem = (message) => notices.show(message);

  const stage = new DeferredStage(
    { textScale: settings.textScale, reducedMotion: settings.reducedMotion, highContrast: settings.highContrast },
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
  const replay = createReplay({
    store,
    saves,
    cast,
    notices,
    controller: () => controller,
    // The live engine's own story: after a dev-server story edit, the new one.
    scratchEngine: () => controller.debate.fork(),
    address: new BrowserAddress(),
  });
  const showSettings = () => {
    let cleared = false;
    const dialog = openSettings(settings, {
      persistent: store.persistent,
      change: (next) => {
        settings = next;
        applyToDocument(next);
        controller.applySettings(next);
        if (!saveSettings(store, next)) notices.show('Settings apply for this visit but cannot be remembered here.');
      },
      clearData: () => {
        cleared = true;
        const failed = replay.clearAllData();
        notices.show(
          failed === 0
            ? 'Everything this game stored in this browser has been deleted.'
            : `The browser refused to delete ${failed} of the game's stored items; try again, or clear this site's data in the browser's settings.`,
          { repeat: true },
        );
      },
    });
    // The title offered Continue and saved debates that are gone now: draw it again once the
    // dialog is closed (a debate in progress plays on; it simply has no saves any more).
    void dialog.closed.then(() => {
      if (cleared && !controller.playing) controller.showTitle();
    });
    return dialog;
  };
  const showSources = () => void openSources(article);
  // The debrief and the transcript of the current run, worked out once for both.
  // Run files carry the 2-minute check's scores, kept in the store until then (src/debate/check.ts).
  const reports = new RunReports(cast, article, parseDebriefContent(debriefJson).content, title, () => quizForRunFile(store));
  const showTranscript = () => openTranscript(controller.debate, reports);
  const showDebrief = () =>
    openDebrief(controller.debate, reports, {
      transcript: showTranscript,
      aboutSource: showSources,
      // "Try it": back to the decision where the stronger move was on offer.
      tryIt: (prefix, hint) => {
        const { preset, seed } = controller.debate.state;
        try {
          controller.replayTo(preset, seed, prefix);
          notices.show(hint, { repeat: true, timeoutMs: 8000 });
        } catch (error) {
          notices.show(`That decision could not be replayed: ${String(error)}`, { repeat: true });
        }
      },
    });
  const hud = new Hud(byId('hud'), title, {
    menu: () => hooks.openPause(),
    stepBack: () => controller.stepBack(),
  });
  const hooks = {
    openSettings: showSettings,
    openSources: showSources,
    ...teacherHooks({ article, cast, story: { json: storyJson, hash: storyHash }, store, notify: (message) => notices.show(message) }),
    openDebrief: showDebrief,
    openTranscript: showTranscript,
    onProgress: replay.onProgress,
    openBranchMap: replay.openMap,
    openLoadSlots: replay.loadFromSlot,
    share: replay.share,
    openPause: () =>
      openPause({
        settings: showSettings,
        sources: showSources,
        branchMap: replay.openMap,
        saveSlot: replay.saveToSlot,
        share: replay.share,
        transcript: showTranscript,
        quit: () => controller.quitToTitle(),
      }),
  };
  controller = new DebateController(
    engine,
    cast,
    article,
    {
      stage,
      dialogue: new DialoguePanel(byId('dialogue'), cast, article),
      choices: new ChoicesPanel(byId('choices'), cast),
      transcript: new Transcript(byId('transcript'), cast),
      hud,
      screen: new Screen(byId('screen')),
      notices,
    },
    { saves, sound, settings: () => settings },
    hooks,
  );
  controller.applySettings(settings);
  if (!store.persistent) {
    notices.show('This browser is not letting the game store anything, so saves are off. The debate still plays.');
  }

  document.addEventListener('keydown', (event) => {
    if (document.querySelector('dialog[open]')) return;
    if (controller.handleKey(event)) event.preventDefault();
  });
  byId('table').addEventListener('click', () => controller.handleStageClick());
  byId('dialogue').addEventListener('click', (event) => {
    if (!(event.target as HTMLElement).closest('button')) controller.handleStageClick();
  });

  // Hooks for the browser tests and the benchmark: read-only views of what is on screen.
  Object.assign(window, {
    roundTable: {
      /** The lines of the debate so far, as "speaker: text". */
      get transcript() {
        return controller.debate.events.flatMap((e) => (e.type === 'line' ? [`${e.speaker}: ${e.text}`] : []));
      },
      get runs() {
        return replay.runs.all().length;
      },
      get state() {
        return controller.debate.state;
      },
      get path() {
        return controller.debate.path;
      },
      get framesDrawn() {
        return stage.framesDrawn;
      },
      storyHash,
      /** Replays a whole path and shows where it leads: the bench's memory test drives this. */
      replay(preset: 'full' | 'short', seed: number, path: number[]) {
        controller.debate.replay(preset, seed, path);
        controller.resume();
      },
    },
  });

  // A replay link in the address opens that debate instead of the title.
  if (replay.openLinkFromAddress() === 'none') controller.showTitle();
  replay.watchAddress();
  // Once the menu has been painted, fetch the rest: the table picture first, then the sounds.
  requestAnimationFrame(() =>
    setTimeout(() => {
      stage
        .load()
        .catch((error: unknown) => {
          console.warn('The table picture could not start:', error);
          notices.show('The table picture cannot be drawn in this browser; the debate plays the same without it.');
        })
        .finally(() => sound.load());
    }, 0),
  );

  // Editing a .ink file during development swaps in the new story and replays the player's
  // choices on it, so the writer keeps their place.
  if (import.meta.hot) {
    import.meta.hot.accept('../../story/main.ink', (mod) => {
      if (!mod) return;
      const next = new DebateEngine(mod.default as string, mod.storyHash as string);
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
        notices.show(`The edited story stopped with an error: ${String(error)}`, { repeat: true });
        if (next.history.length === 0) return controller.quitToTitle();
      }
      notices.show(`Story reloaded; replayed ${kept} of ${path.length} choices.`, { repeat: true, timeoutMs: 4000 });
      controller.resume();
    });
  }
}
