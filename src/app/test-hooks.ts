// The hook for browser tests and the benchmark, only for what nothing on screen shows: the seed
// and choice indices (to replay a run in Node), the story build, frames the canvas drew and which
// picture it last showed. It reads copies, so a test cannot change the debate through it; `replay`
// jumps the way the branch map's "Jump here" does (through the controller: autosave, run record,
// the table shown).
import type { Preset } from '../debate/core/contract.ts';
import type { DebateController } from './controller.ts';

export function exposeTestHooks(
  win: Window,
  deps: { controller: DebateController; stage: { readonly framesDrawn: number; readonly onScreen?: string | null }; storyHash: string },
): void {
  const { controller, stage, storyHash } = deps;
  Object.assign(win, {
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
      /** The scene ('title', 'table', 'ending') whose whole picture the canvas last drew, or null. */
      get stageOnScreen() {
        return stage.onScreen ?? null;
      },
      storyHash,
      replay(preset: Preset, seed: number, path: readonly number[]) {
        controller.replayTo(preset, seed, [...path]);
      },
    }),
  });
}
