// The stage draws its pictures on plain canvases (src/game/table/canvas.ts), never into a
// dynamic texture.
class DynamicTexture {
  constructor() {
    throw new Error('DynamicTexture is not in this Phaser build (see scripts/phaser-lite.ts).');
  }
}
module.exports = DynamicTexture;
