// The texture manager keeps one tile sprite to stamp textures with; the stage never stamps one.
class TileSprite {
  setOrigin() {
    return this;
  }
  destroy() {}
}
module.exports = TileSprite;
