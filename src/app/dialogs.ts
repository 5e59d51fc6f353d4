// The dialogs a debate opens from its menus: settings, the sources, the transcript and the
// debrief. Each loads when first opened (src/app/dialog-loader.ts); the debrief and the
// transcript share one reading of the run, worked out once.
import type { Paragraph } from '../debate/core/article.ts';
import type { CastSheet } from '../debate/core/cast.ts';
import type { KeyValueStore } from '../debate/core/ports.ts';
import type { Notices } from '../ui/kit/notices.ts';
import { m } from '../i18n/index.ts';
import type { Edition } from './content.ts';
import type { DebateController } from './controller.ts';
import type { DialogLoader } from './dialog-loader.ts';
import type { PageSettings } from './page-settings.ts';

export interface DialogDeps {
  loader: DialogLoader;
  settings: PageSettings;
  store: KeyValueStore;
  edition: Edition;
  cast: CastSheet;
  article: ReadonlyMap<string, Paragraph>;
  title: string;
  notices: Pick<Notices, 'show'>;
  controller: () => DebateController;
  /** "Delete all data" in the settings: what was removed, what could not be. */
  clearAllData(): { removed: number; failed: number; reachable: boolean };
}

export function createDialogs(deps: DialogDeps) {
  const { loader, notices, controller } = deps;
  const settings = loader.later(
    () => import('../ui/play/settings-dialog.ts'),
    ({ openSettings }) => {
      let cleared = false;
      const dialog = openSettings(deps.settings.current, {
        persistent: deps.store.persistent,
        change: (next) => {
          if (!deps.settings.change(next)) notices.show(m().start.settingsNotKept);
        },
        clearData: () => {
          cleared = true;
          const report = deps.clearAllData();
          notices.show(m().words.cleared(report.removed, report.failed, report.reachable), { repeat: true });
        },
      });
      // The title offered Continue and saved debates that are gone now: draw it again once the
      // dialog is closed (a debate in progress plays on; it simply has no saves any more).
      void dialog.closed.then(() => {
        if (cleared && !controller().playing) controller().showTitle();
      });
    },
  );
  const sources = loader.later(
    () => import('../ui/play/sources.ts'),
    ({ openSources }) => openSources(deps.article, deps.edition.about),
  );
  // The debrief and the transcript of the current run, worked out once for both.
  let reports: ReturnType<typeof loadReports> | null = null;
  const loadReports = () =>
    Promise.all([import('./reports.ts'), deps.edition.debrief()]).then(([mod, debrief]) => ({
      ...mod,
      reports: mod.makeReports(deps.cast, deps.article, deps.title, deps.store, debrief),
    }));
  const withReports = () => (reports ??= loadReports());
  const transcript = loader.later(withReports, (r) => r.openTranscript(controller().debate, r.reports));
  const debrief = loader.later(withReports, (r) =>
    r.openDebrief(controller().debate, r.reports, {
      transcript,
      aboutSource: sources,
      // "Try it": back to the decision where the stronger move was on offer.
      tryIt: (prefix, hint, choice) => {
        const { preset, seed } = controller().debate.state;
        try {
          controller().replayTo(preset, seed, prefix);
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
  return { settings, sources, transcript, debrief };
}
