// A Phaser build of only what the stage uses, so the first screen downloads and parses less than
// half of stock Phaser. vite.config.ts aliases `phaser` here for the game build; types still come
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
import LoaderEvents from 'phaser-src/loader/events/index.js';
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
import 'phaser-src/loader/LoaderPlugin.js';
import 'phaser-src/scene/ScenePlugin.js';
import 'phaser-src/tweens/TweenManager.js';
// The game objects the scenes add, and the one file type they load.
import 'phaser-src/gameobjects/container/ContainerFactory.js';
import 'phaser-src/gameobjects/graphics/GraphicsFactory.js';
import 'phaser-src/gameobjects/image/ImageFactory.js';
import 'phaser-src/gameobjects/text/TextFactory.js';
import 'phaser-src/loader/filetypes/SVGFile.js';

const Phaser = {
  ...(CONST as object),
  Core: { Events: CoreEvents },
  Game,
  Loader: { Events: LoaderEvents },
  Scale,
  Scene,
  Scenes: { Events: SceneEvents },
};

export default Phaser;
