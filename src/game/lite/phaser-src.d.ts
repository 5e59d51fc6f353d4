// Phaser's CommonJS sources, imported by the custom build (phaser-lite.ts). Untyped on purpose: the
// game's code is typed against Phaser's public declarations, which the custom build matches.
declare module 'phaser-src/*' {
  const value: unknown;
  export default value;
}
