// The studio and the table, drawn with Phaser graphics: a backdrop with soft spotlights and an
// oval wooden table seen from above. No photographs, no textures to load.
import type Phaser from 'phaser';
import type { TableLayout } from '../presenter.ts';
import type { Palette } from '../theme.ts';

export function drawStudio(scene: Phaser.Scene, colors: Palette): Phaser.GameObjects.Graphics {
  const { width, height } = scene.scale;
  const g = scene.add.graphics();
  g.fillStyle(colors.background, 1).fillRect(0, 0, width, height);
  // Concentric ellipses give a soft glow behind the table without a gradient texture.
  const steps = 8;
  for (let i = steps; i > 0; i--) {
    g.fillStyle(colors.backgroundGlow, 0.12).fillEllipse(width / 2, height * 0.5, (width * 1.1 * i) / steps, (height * 1.1 * i) / steps);
  }
  return g;
}

export function drawTable(scene: Phaser.Scene, layout: TableLayout, colors: Palette): Phaser.GameObjects.Graphics {
  const { cx, cy, rx, ry } = layout.table;
  const g = scene.add.graphics();
  const rim = Math.max(4, rx * 0.05);
  g.fillStyle(0x000000, 0.25).fillEllipse(cx, cy + rim, rx * 2 + rim * 2, ry * 2 + rim * 2);
  g.fillStyle(colors.tableRim, 1).fillEllipse(cx, cy, rx * 2 + rim * 2, ry * 2 + rim * 2);
  g.fillStyle(colors.tableTop, 1).fillEllipse(cx, cy, rx * 2, ry * 2);
  g.lineStyle(Math.max(1, rim * 0.25), colors.tableInlay, 0.9).strokeEllipse(cx, cy, rx * 1.55, ry * 1.55);
  g.lineStyle(Math.max(1, rim * 0.2), colors.tableInlay, 0.6).strokeEllipse(cx, cy, rx * 0.5, ry * 0.5);
  return g;
}
