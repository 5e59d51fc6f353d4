// Phaser's input manager, for a game made with `input: false`-style settings: the canvas takes no
// input at all (every control is a DOM button), so nothing here is ever asked to do anything.
class InputManager {
  constructor(game, config) {
    this.game = game;
    this.config = config;
    this.enabled = false;
  }
  destroy() {
    this.game = null;
  }
}
module.exports = InputManager;
