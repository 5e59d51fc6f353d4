// The DOM layer's views, built on the page's elements: notices first (anything may need to say
// something), then the HUD, the transcript drawer and the hand, then what the controller plays to.
import type { Paragraph } from '../debate/core/article.ts';
import type { CastSheet } from '../debate/core/cast.ts';
import type { StageView } from '../game/stage.ts';
import { byId } from '../ui/kit/dom.ts';
import { Notices } from '../ui/kit/notices.ts';
import { Broadcast } from '../ui/play/broadcast.ts';
import { ChoicesPanel } from '../ui/play/choices.ts';
import { DialoguePanel } from '../ui/play/dialogue.ts';
import { showHand } from '../ui/play/hand.ts';
import { Hud, type HudActions } from '../ui/play/hud.ts';
import { Screen } from '../ui/play/screens.ts';
import { Transcript, TranscriptDrawer } from '../ui/play/transcript.ts';
import type { ControllerViews } from './controller.ts';

export function createNotices(): Notices {
  return new Notices(
    byId('notices'),
    () => document.querySelector<HTMLElement>('#screen:not([hidden]) button, #choices button, #dialogue button'),
    // Rather over the picture than over the moves on offer or the line being read.
    () => [...document.querySelectorAll('#choices button, #dialogue')],
  );
}

export interface ViewDeps {
  cast: CastSheet;
  article: ReadonlyMap<string, Paragraph>;
  title: string;
  muted: boolean;
  stage: StageView;
  notices: Notices;
  /** The HUD's buttons; the transcript button is wired here. */
  hud: Omit<HudActions, 'toggleTranscript'>;
}

export function createViews(deps: ViewDeps): { views: ControllerViews; hud: Hud; drawer: TranscriptDrawer } {
  const { cast, article, title } = deps;
  const hud = new Hud(byId('hud'), title, { ...deps.hud, toggleTranscript: () => drawer.toggle() });
  hud.setSound(!deps.muted);
  const drawer = new TranscriptDrawer(byId('transcript-panel'), byId('transcript'), (open) => hud.setTranscriptOpen(open));
  showHand(byId('hand'), cast);
  const views: ControllerViews = {
    stage: deps.stage,
    broadcast: new Broadcast(byId('broadcast'), title),
    dialogue: new DialoguePanel(byId('dialogue'), cast, article),
    choices: new ChoicesPanel(byId('choices'), cast),
    transcript: new Transcript(byId('transcript'), cast),
    hud,
    screen: new Screen(byId('screen')),
    notices: deps.notices,
  };
  return { views, hud, drawer };
}
