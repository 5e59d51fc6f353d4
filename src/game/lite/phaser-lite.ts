// A Phaser build of only what the stage uses, so the first debate downloads and parses about a
// third of stock Phaser: the Canvas renderer (no WebGL), images and the scene machinery. vite.config.ts aliases `phaser` here for the game build; types still come
// from Phaser's own declarations. Anything the scenes start using must be added below, or it will
// be missing at run time (the browser tests load every scene, so they catch it).
// Each import registers itself: factories on `scene.add`, plugins on the scene, file types on
// `scene.load`.
import CONST from 'phaser-src/const.js';
// First, as in Phaser's own entry: the renderer's modules require each other in a cycle that only
// resolves when the renderer index loads before any single render node.
import 'phaser-src/renderer/index.js';
import CoreEvents from 'phaser-src/core/events/index.js';
import Game from 'phaser-src/core/Game.js';
import Scale from 'phaser-src/scale/index.js';
import Scene from 'phaser-src/scene/Scene.js';
import SceneEvents from 'phaser-src/scene/events/index.js';
// Scene plugins (core and default lists in phaser/src/plugins/DefaultPlugins.js; absent ones are
// skipped by the plugin manager).
import 'phaser-src/cameras/2d/CameraManager.js';
import 'phaser-src/events/EventEmitter.js';
import 'phaser-src/gameobjects/DisplayList.js';
import 'phaser-src/gameobjects/GameObjectFactory.js';
import 'phaser-src/gameobjects/UpdateList.js';
import 'phaser-src/scene/ScenePlugin.js';
// The one game object the scenes add: images of pictures drawn in code (src/game/studio/). No
// loader, no tweens: nothing is downloaded, and motion is a few timed stills.
import 'phaser-src/gameobjects/image/ImageFactory.js';

const Phaser = {
  ...(CONST as object),
  Core: { Events: CoreEvents },
  Game,
  Scale,
  Scene,
  Scenes: { Events: SceneEvents },
};

export default Phaser;
