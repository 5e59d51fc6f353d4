// The menus of the title and ending screens, built in one place from the game's hooks: a menu
// offers an action only when the game wired the feature behind it (a build without the branch map,
// the check or sharing shows no button for it). The pause menu is wired in src/app/start.ts.
import type { Preset } from '../debate/core/contract.ts';
import type { Locale } from '../i18n/index.ts';
import type { Screen, TitleActions } from '../ui/play/screens.ts';

export type EndingActions = Parameters<Screen['showEnding']>[3];

/** What the game can open from a menu; the optional ones are features a build may leave out. */
export interface MenuHooks {
  openSettings(): void;
  openSources(): void;
  openTeachers(): void;
  openDebrief(): void;
  /** The branch map (title and ending screens). */
  openBranchMap?(): void;
  /** Saved debates (title screen): slots, saves to and from files, what was set aside. */
  openSavedDebates?(): void;
  /** "Share this debate" (ending screen). */
  share?(): void;
  /** The 2-minute sound-or-fallacy check: before the debate (title) and after it (ending). */
  openQuiz?(when: 'before' | 'after'): void;
  /** The privacy statement (title screen). */
  openPrivacy?(): void;
  /** "Print or download the transcript" (ending screen; the pause menu has it too). */
  openTranscript?(): void;
  /** The language switch (title screen). */
  language?: { current: Locale; choose(locale: Locale): void };
}

/** The play loop's own commands that the menus offer. */
export interface TitlePlay {
  start(preset: Preset): void;
  continueSaved(): void;
}

export interface EndingPlay {
  /** The same table again (same seed). */
  playAgain(): void;
  title(): void;
}

export function titleMenu(hooks: MenuHooks, play: TitlePlay): TitleActions {
  return {
    start: (preset) => play.start(preset),
    continueSaved: () => play.continueSaved(),
    settings: () => hooks.openSettings(),
    sources: () => hooks.openSources(),
    teachers: () => hooks.openTeachers(),
    ...(hooks.openQuiz && { check: () => hooks.openQuiz?.('before') }),
    ...(hooks.openPrivacy && { privacy: () => hooks.openPrivacy?.() }),
    ...(hooks.openBranchMap && { branchMap: () => hooks.openBranchMap?.() }),
    ...(hooks.openSavedDebates && { savedDebates: () => hooks.openSavedDebates?.() }),
    ...(hooks.language && { language: hooks.language }),
  };
}

export function endingMenu(hooks: MenuHooks, play: EndingPlay): EndingActions {
  return {
    playAgain: () => play.playAgain(),
    debrief: () => hooks.openDebrief(),
    title: () => play.title(),
    ...(hooks.openBranchMap && { branchMap: () => hooks.openBranchMap?.() }),
    ...(hooks.share && { share: () => hooks.share?.() }),
    ...(hooks.openQuiz && { check: () => hooks.openQuiz?.('after') }),
    ...(hooks.openTranscript && { transcript: () => hooks.openTranscript?.() }),
  };
}
