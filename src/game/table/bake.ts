// Bakes still drawings into one texture. A Graphics object is turned into triangles again on every
// frame the loop draws; the studio and the table never move, so drawing them once into a texture
// and showing that as an image makes each animated frame (a speaker's light coming up) cheaper.
import type Phaser from 'phaser';

const KEY = 'baked:backdrop';

export function bakeBackdrop(scene: Phaser.Scene, drawings: Phaser.GameObjects.Graphics[]): Phaser.GameObjects.Image | null {
  const { width, height } = scene.scale;
  // The previous bake is no longer shown (the scene was cleared first): free it.
  if (scene.textures.exists(KEY)) scene.textures.remove(KEY);
  const texture = scene.textures.addDynamicTexture(KEY, width, height);
  if (!texture) return null;
  texture.draw(drawings);
  texture.render();
  for (const g of drawings) g.destroy();
  return scene.add.image(0, 0, KEY).setOrigin(0, 0);
}
