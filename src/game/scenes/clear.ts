// Empties a scene for a repaint. Phaser's `children.removeAll()` only unlinks game objects from the
// display list: each Text keeps its canvas (held by Phaser's canvas pool) and its texture, so every
// repaint leaked them. Destroying releases both.
import type Phaser from 'phaser';

export function destroyChildren(scene: Phaser.Scene): void {
  for (const child of [...scene.children.list]) child.destroy();
}
