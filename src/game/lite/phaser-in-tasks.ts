// Phaser's sources are CommonJS: the build wraps each module in a function that runs the first
// time the module is required, and the stage's chunk required them all at the top of its own
// evaluation, one task of ~100 ms at 4x CPU. Here they are required a group at a time, a few groups
// per task, in phaser-lite.ts's order (the renderer's index first: its modules require each other in a
// cycle that only resolves that way), before the stage's chunk is evaluated: it then finds them
// made. The stage's chunk still names every one of them (phaser-lite.ts), so nothing is missed if
// this is skipped.
import { nextTask } from '../slices.ts';

const GROUPS: (() => Promise<unknown>)[] = [
  () => import('phaser-src/const.js'),
  () => import('phaser-src/renderer/index.js'),
  () => import('phaser-src/core/events/index.js'),
  () => import('phaser-src/scale/index.js'),
  () => import('phaser-src/scene/Scene.js'),
  () => import('phaser-src/scene/events/index.js'),
  () => import('phaser-src/cameras/2d/CameraManager.js'),
  () => import('phaser-src/events/EventEmitter.js'),
  () => import('phaser-src/gameobjects/DisplayList.js'),
  () => import('phaser-src/gameobjects/GameObjectFactory.js'),
  () => import('phaser-src/gameobjects/UpdateList.js'),
  () => import('phaser-src/scene/ScenePlugin.js'),
  () => import('phaser-src/gameobjects/image/ImageFactory.js'),
  () => import('phaser-src/core/Game.js'),
];

/**
 * A task goes on to the next group while it has run less than this: about a group per task at 4x
 * CPU, several at full speed (a task per group there left the stage waiting behind the debate's
 * line frames fourteen times).
 */
const TASK_BUDGET_MS = 8;

/** Requires Phaser's modules a few groups per task; resolves once all are made. */
export async function requirePhaserInTasks(): Promise<void> {
  let started = performance.now();
  for (const group of GROUPS) {
    await group();
    if (performance.now() - started < TASK_BUDGET_MS) continue;
    await new Promise<void>((resolve) => nextTask(resolve));
    started = performance.now();
  }
}
