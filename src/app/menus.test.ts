import { describe, expect, it, vi } from 'vitest';
import { endingMenu, titleMenu, type MenuHooks } from './menus.ts';

const required = () => ({
  openSettings: vi.fn(),
  openSources: vi.fn(),
  openTeachers: vi.fn(),
  openDebrief: vi.fn(),
});

const everything = () =>
  ({
    ...required(),
    openBranchMap: vi.fn(),
    openSavedDebates: vi.fn(),
    share: vi.fn(),
    openQuiz: vi.fn(),
    openPrivacy: vi.fn(),
    openTranscript: vi.fn(),
  }) satisfies MenuHooks;

describe('titleMenu', () => {
  it('offers only what the game wired', () => {
    const menu = titleMenu(required(), { start: vi.fn(), continueSaved: vi.fn() });
    expect(Object.keys(menu).sort()).toEqual(['continueSaved', 'settings', 'sources', 'start', 'teachers']);
  });

  it('sends each action to its hook, the check as the one before the debate', () => {
    const hooks = everything();
    const play = { start: vi.fn(), continueSaved: vi.fn() };
    const menu = titleMenu(hooks, play);
    expect(Object.keys(menu).sort()).toEqual(
      ['branchMap', 'check', 'continueSaved', 'privacy', 'savedDebates', 'settings', 'sources', 'start', 'teachers'],
    );
    menu.start('short');
    expect(play.start).toHaveBeenCalledWith('short');
    menu.continueSaved();
    expect(play.continueSaved).toHaveBeenCalledOnce();
    menu.check?.();
    expect(hooks.openQuiz).toHaveBeenCalledWith('before');
    menu.settings();
    menu.sources();
    menu.teachers();
    menu.branchMap?.();
    menu.savedDebates?.();
    menu.privacy?.();
    for (const hook of [hooks.openSettings, hooks.openSources, hooks.openTeachers, hooks.openBranchMap, hooks.openSavedDebates, hooks.openPrivacy]) {
      expect(hook).toHaveBeenCalledOnce();
    }
    expect(hooks.share).not.toHaveBeenCalled();
    expect(hooks.openTranscript).not.toHaveBeenCalled();
  });
});

describe('endingMenu', () => {
  it('offers only what the game wired', () => {
    const menu = endingMenu(required(), { playAgain: vi.fn(), title: vi.fn() });
    expect(Object.keys(menu).sort()).toEqual(['debrief', 'playAgain', 'title']);
  });

  it('sends each action to its hook, the check as the one after the debate', () => {
    const hooks = everything();
    const play = { playAgain: vi.fn(), title: vi.fn() };
    const menu = endingMenu(hooks, play);
    expect(Object.keys(menu).sort()).toEqual(['branchMap', 'check', 'debrief', 'playAgain', 'share', 'title', 'transcript']);
    menu.playAgain();
    menu.title();
    menu.debrief();
    menu.branchMap?.();
    menu.share?.();
    menu.transcript?.();
    menu.check?.();
    expect(play.playAgain).toHaveBeenCalledOnce();
    expect(play.title).toHaveBeenCalledOnce();
    expect(hooks.openQuiz).toHaveBeenCalledWith('after');
    for (const hook of [hooks.openDebrief, hooks.openBranchMap, hooks.share, hooks.openTranscript]) expect(hook).toHaveBeenCalledOnce();
    expect(hooks.openSavedDebates).not.toHaveBeenCalled();
    expect(hooks.openPrivacy).not.toHaveBeenCalled();
  });
});
