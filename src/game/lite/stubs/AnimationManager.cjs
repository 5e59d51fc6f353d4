// Phaser's animation manager: the stage shows images, never sprite animations.
class AnimationManager {
  constructor(game) {
    this.game = game;
  }
  destroy() {
    this.game = null;
  }
}
module.exports = AnimationManager;
