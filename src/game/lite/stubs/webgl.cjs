// The WebGL renderer is left out of this build (the stage uses the Canvas renderer).
module.exports = {};
