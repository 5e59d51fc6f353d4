// A new version of the game, installed in the background by the offline worker, is offered
// between debates only ("a new version is ready: reload"): never in the middle of a lesson's
// debate, and the player chooses when.
import type { OfflineWorker } from '../platform/offline.ts';
import type { Notices } from '../ui/kit/notices.ts';
import { m } from '../i18n/index.ts';

export function offerUpdates(worker: OfflineWorker, notices: Notices, playing: () => boolean) {
  let ready = false;
  const offer = () => {
    if (!ready || playing()) return;
    notices.show(m().words.newVersion, { key: 'new-version', actions: [{ label: m().words.reload, run: () => worker.applyUpdate() }] });
  };
  worker.onUpdateReady(() => {
    ready = true;
    offer();
  });
  return {
    /** The controller left a debate (title or ending): the offer may be made now. */
    betweenDebates: offer,
  };
}
