// The studio set: the back wall with its light panels, the lighting rig and its beams, the risers
// the audience sits on, the glossy floor, and the table seen in perspective. All drawn in code.
import type { SetLayout } from '../layout.ts';
import type { Palette } from '../theme.ts';
import { makeCanvas, roundRect, type Ctx } from './canvas.ts';

/** The whole backdrop, opaque: everything behind the audience and the figures. */
export function drawBackdrop(layout: SetLayout, colors: Palette): HTMLCanvasElement {
  const { width: W, height: H, wallBottom, table } = layout;
  const { canvas, ctx } = makeCanvas(W, H);
  ctx.fillStyle = colors.background;
  ctx.fillRect(0, 0, W, H);
  const wall = ctx.createLinearGradient(0, 0, 0, wallBottom);
  wall.addColorStop(0, colors.wallTop);
  wall.addColorStop(1, colors.wallBottom);
  ctx.fillStyle = wall;
  ctx.fillRect(0, 0, W, wallBottom);
  drawPanels(ctx, layout, colors);
  drawRig(ctx, layout, colors);
  drawRisers(ctx, layout, colors);
  drawFloor(ctx, layout, colors);
  if (!colors.flat) drawBeams(ctx, W, H, table, colors);
  return canvas;
}

/** Light panels along the wall, brightest behind the host's seat. */
function drawPanels(ctx: Ctx, layout: SetLayout, colors: Palette): void {
  const { width: W, height: H } = layout;
  const top = H * 0.05;
  const bottom = H * 0.3;
  const count = Math.max(5, Math.round(W / (H * 0.22)));
  const gap = H * 0.012;
  const w = (W - gap * (count + 1)) / count;
  for (let i = 0; i < count; i++) {
    const x = gap + i * (w + gap);
    const centre = 1 - Math.min(1, Math.abs(x + w / 2 - W / 2) / (W / 2));
    if (colors.flat) {
      ctx.strokeStyle = colors.panelGlow;
      ctx.lineWidth = Math.max(1, H * 0.004);
      roundRect(ctx, x, top, w, bottom - top, H * 0.01);
      ctx.stroke();
      continue;
    }
    const g = ctx.createLinearGradient(0, top, 0, bottom);
    g.addColorStop(0, colors.panel);
    g.addColorStop(1, colors.panelGlow);
    ctx.globalAlpha = 0.35 + 0.45 * centre;
    ctx.fillStyle = g;
    roundRect(ctx, x, top, w, bottom - top, H * 0.01);
    ctx.fill();
    ctx.globalAlpha = 1;
  }
  // The show's emblem on the wall: rings round an empty centre, like the table seen from above.
  const cx = W / 2;
  const cy = (top + bottom) / 2;
  const r = (bottom - top) * 0.42;
  ctx.lineWidth = Math.max(1, H * 0.006);
  ctx.strokeStyle = colors.flat ? colors.panelGlow : 'rgba(240, 181, 76, 0.55)';
  for (const k of [1, 0.62]) {
    ctx.beginPath();
    ctx.ellipse(cx, cy, r * k * 1.6, r * k, 0, 0, Math.PI * 2);
    ctx.stroke();
  }
}

/** The lighting truss across the top, with its lamps. */
function drawRig(ctx: Ctx, layout: SetLayout, colors: Palette): void {
  const { width: W, height: H } = layout;
  const y = H * 0.025;
  ctx.fillStyle = colors.rig;
  ctx.fillRect(0, y - H * 0.008, W, H * 0.016);
  const lamps = Math.max(4, Math.round(W / (H * 0.35)));
  for (let i = 0; i < lamps; i++) {
    const x = ((i + 0.5) / lamps) * W;
    if (!colors.flat) {
      const glow = ctx.createRadialGradient(x, y + H * 0.012, 0, x, y + H * 0.012, H * 0.05);
      glow.addColorStop(0, 'rgba(255, 241, 201, 0.55)');
      glow.addColorStop(1, 'rgba(255, 241, 201, 0)');
      ctx.fillStyle = glow;
      ctx.fillRect(x - H * 0.05, y - H * 0.04, H * 0.1, H * 0.1);
    }
    ctx.fillStyle = colors.lamp;
    ctx.beginPath();
    ctx.ellipse(x, y + H * 0.012, H * 0.012, H * 0.007, 0, 0, Math.PI * 2);
    ctx.fill();
  }
}

/** The audience's risers: three steps, each a little lighter on its front edge. */
function drawRisers(ctx: Ctx, layout: SetLayout, colors: Palette): void {
  const { width: W, height: H, wallBottom } = layout;
  const steps = [wallBottom - H * 0.165, wallBottom - H * 0.085, wallBottom + H * 0.015];
  steps.forEach((y, i) => {
    const top = y - H * 0.02;
    const bottom = i === 2 ? wallBottom + H * 0.03 : steps[i + 1]! - H * 0.02;
    ctx.fillStyle = colors.riser;
    ctx.fillRect(0, top, W, bottom - top);
    ctx.fillStyle = colors.flat ? colors.floorLine : 'rgba(90, 111, 150, 0.35)';
    ctx.fillRect(0, top, W, Math.max(1, H * 0.004));
  });
}

/** The glossy studio floor, with rings round the table that give it depth. */
function drawFloor(ctx: Ctx, layout: SetLayout, colors: Palette): void {
  const { width: W, height: H, wallBottom, table } = layout;
  const top = wallBottom + H * 0.03;
  const g = ctx.createLinearGradient(0, top, 0, H);
  g.addColorStop(0, colors.floor);
  g.addColorStop(1, colors.flat ? colors.floor : '#070b14');
  ctx.fillStyle = g;
  ctx.fillRect(0, top, W, H - top);
  ctx.strokeStyle = colors.floorLine;
  ctx.lineWidth = Math.max(1, H * 0.003);
  for (const k of [1.25, 1.5, 1.85]) {
    ctx.globalAlpha = colors.flat ? 1 : 0.5 / k;
    ctx.beginPath();
    ctx.ellipse(table.cx, table.cy + table.edge, table.rx * k, table.ry * k, 0, 0, Math.PI * 2);
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
}

/** Soft beams from the rig down onto the table. */
function drawBeams(ctx: Ctx, W: number, H: number, table: SetLayout['table'], colors: Palette): void {
  ctx.save();
  ctx.globalCompositeOperation = 'lighter';
  for (const k of [-0.7, 0, 0.7]) {
    const x = table.cx + table.rx * k;
    const g = ctx.createLinearGradient(0, 0, 0, table.cy);
    g.addColorStop(0, colors.beam);
    g.addColorStop(1, 'rgba(255, 241, 201, 0)');
    ctx.fillStyle = g;
    ctx.beginPath();
    ctx.moveTo(x - W * 0.01, H * 0.03);
    ctx.lineTo(x + W * 0.01, H * 0.03);
    ctx.lineTo(x + table.rx * 0.35, table.cy);
    ctx.lineTo(x - table.rx * 0.35, table.cy);
    ctx.closePath();
    ctx.fill();
  }
  ctx.restore();
}

/** The table, cut to its own box: where to show it and the picture. */
export function drawTable(layout: SetLayout, colors: Palette): { x: number; y: number; canvas: HTMLCanvasElement } {
  const { cx, cy, rx, ry, edge } = layout.table;
  const pad = Math.ceil(ry * 0.4);
  const x0 = Math.floor(cx - rx - pad);
  const y0 = Math.floor(cy - ry - pad);
  const { canvas, ctx } = makeCanvas(rx * 2 + pad * 2, ry * 2 + edge + pad * 2);
  ctx.translate(-x0, -y0);
  const lw = Math.max(1, ry * 0.03);
  if (!colors.flat) {
    // Its shadow on the floor.
    ctx.fillStyle = 'rgba(0, 0, 0, 0.45)';
    ctx.beginPath();
    ctx.ellipse(cx, cy + edge + ry * 0.12, rx * 1.02, ry * 1.05, 0, 0, Math.PI * 2);
    ctx.fill();
  }
  // The front edge: the top ellipse swept down by the table's thickness.
  ctx.fillStyle = colors.tableEdge;
  ctx.beginPath();
  ctx.ellipse(cx, cy + edge, rx, ry, 0, 0, Math.PI);
  ctx.lineTo(cx - rx, cy);
  ctx.ellipse(cx, cy, rx, ry, 0, Math.PI, 0, true);
  ctx.closePath();
  ctx.fill();
  if (colors.flat) {
    ctx.strokeStyle = colors.tableRim;
    ctx.lineWidth = lw;
    ctx.stroke();
  } else {
    // A strip of light along the front edge.
    ctx.strokeStyle = 'rgba(240, 181, 76, 0.7)';
    ctx.lineWidth = lw * 1.2;
    ctx.beginPath();
    ctx.ellipse(cx, cy + edge * 0.55, rx * 0.995, ry, 0, Math.PI * 0.08, Math.PI * 0.92);
    ctx.stroke();
  }
  // The top, lit from above and behind.
  const top = ctx.createLinearGradient(0, cy - ry, 0, cy + ry);
  top.addColorStop(0, colors.tableTopLight);
  top.addColorStop(1, colors.tableTop);
  ctx.fillStyle = colors.flat ? colors.tableTop : top;
  ctx.beginPath();
  ctx.ellipse(cx, cy, rx, ry, 0, 0, Math.PI * 2);
  ctx.fill();
  ctx.strokeStyle = colors.tableRim;
  ctx.lineWidth = lw;
  ctx.globalAlpha = colors.flat ? 1 : 0.8;
  ctx.stroke();
  // The inlay: a ring and the emblem's centre.
  ctx.globalAlpha = colors.flat ? 1 : 0.4;
  ctx.beginPath();
  ctx.ellipse(cx, cy, rx * 0.72, ry * 0.72, 0, 0, Math.PI * 2);
  ctx.stroke();
  ctx.beginPath();
  ctx.ellipse(cx, cy, rx * 0.14, ry * 0.14, 0, 0, Math.PI * 2);
  ctx.stroke();
  ctx.globalAlpha = 1;
  if (!colors.flat) {
    // A sheen where the rig's light falls on the top.
    const sheen = ctx.createRadialGradient(cx, cy - ry * 0.35, 0, cx, cy - ry * 0.35, rx * 0.7);
    sheen.addColorStop(0, 'rgba(255, 241, 201, 0.16)');
    sheen.addColorStop(1, 'rgba(255, 241, 201, 0)');
    ctx.fillStyle = sheen;
    ctx.beginPath();
    ctx.ellipse(cx, cy, rx, ry, 0, 0, Math.PI * 2);
    ctx.fill();
  }
  return { x: x0, y: y0, canvas };
}

/** The key light on whoever speaks: a cone from the rig and a pool on the table. */
export function drawKeyLight(layout: SetLayout, colors: Palette): HTMLCanvasElement {
  const { height: H } = layout;
  const w = Math.ceil(H * 0.5);
  const h = Math.ceil(H * 0.75);
  const { canvas, ctx } = makeCanvas(w, h);
  const g = ctx.createRadialGradient(w / 2, h * 0.62, 0, w / 2, h * 0.62, w * 0.5);
  g.addColorStop(0, colors.keyLight);
  g.addColorStop(1, 'rgba(255, 236, 190, 0)');
  ctx.fillStyle = g;
  ctx.fillRect(0, 0, w, h);
  const cone = ctx.createLinearGradient(0, 0, 0, h);
  cone.addColorStop(0, 'rgba(255, 236, 190, 0)');
  cone.addColorStop(1, 'rgba(255, 236, 190, 0.08)');
  ctx.fillStyle = cone;
  ctx.beginPath();
  ctx.moveTo(w * 0.42, 0);
  ctx.lineTo(w * 0.58, 0);
  ctx.lineTo(w * 0.85, h * 0.75);
  ctx.lineTo(w * 0.15, h * 0.75);
  ctx.closePath();
  ctx.fill();
  return canvas;
}
