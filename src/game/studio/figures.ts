// A seated figure, drawn in code from its costume and pose. Posture shows stance: firm sits up with
// arms crossed, wary leans away with a hand at the chin, open leans in with open hands on the
// table. A speaker gestures (two still frames of their own gesture). Each figure is two pictures:
// the body, drawn before the table (which hides the lap), and the arms, drawn after it (hands rest
// on the table top).
import type { Stance } from '../../debate/core/contract.ts';
import type { Palette } from '../theme.ts';
import { makeCanvas, shade, type Ctx } from './canvas.ts';
import type { Costume } from './wardrobe.ts';

export type GestureFrame = 'rest' | 'a' | 'b';

export interface FigurePose {
  stance?: Stance;
  gesture: GestureFrame;
  /** A stance just changed: a brighter edge for a beat. */
  flash?: boolean;
  /** High contrast marks the speaker with a coloured outline (the normal look lights them). */
  speaking?: boolean;
}

export interface FigurePictures {
  back: HTMLCanvasElement;
  front: HTMLCanvasElement;
  /** Where the seat's point (the rim, the foot of the torso) falls in both pictures. */
  originX: number;
  originY: number;
}

type Point = [number, number];

/** Draws a figure facing the camera, `size` from the table's rim to the top of the head. */
export function drawFigure(costume: Costume, pose: FigurePose, size: number, turn: number, colors: Palette): FigurePictures {
  const S = size;
  const w = Math.ceil(S * 1.25);
  const h = Math.ceil(S * 1.32);
  const originX = w / 2;
  const originY = S * 1.12;
  const back = makeCanvas(w, h);
  const front = makeCanvas(w, h);
  // Toward the table's centre: +1 leans right, -1 leans left; the host leans right by default.
  const dir = turn < -0.05 ? -1 : 1;
  const stance = pose.stance;
  const lean = stance === 'open' ? 0.09 * dir : stance === 'wary' ? -0.07 * dir : stance === 'firm' ? -0.015 * dir : 0;
  const headDrop = stance === 'open' ? 0.035 : stance === 'firm' ? -0.015 : 0;
  const headTilt = stance === 'wary' ? -0.16 * dir : stance === 'open' ? 0.06 * dir : 0;
  const outline = pose.speaking && colors.flat ? colors.speakerOutline : colors.outline;
  const line = Math.max(1, S * 0.018);

  const b = back.ctx;
  b.translate(originX, originY);
  b.rotate(lean);
  chair(b, S, colors);
  const shoulders = torso(b, S, costume, colors, outline, line);
  head(b, S, costume, colors, outline, line, headDrop, headTilt, dir);
  if (pose.flash && !colors.flat) rimFlash(b, S, costume);

  const f = front.ctx;
  f.translate(originX, originY);
  f.rotate(lean);
  arms(f, S, costume, stance, pose.gesture, dir, shoulders, colors, outline, line);
  return { back: back.canvas, front: front.canvas, originX, originY };
}

function chair(ctx: Ctx, S: number, colors: Palette): void {
  ctx.fillStyle = colors.flat ? '#000000' : '#0c1320';
  ctx.strokeStyle = colors.flat ? colors.outline : '#26344e';
  ctx.lineWidth = Math.max(1, S * 0.015);
  ctx.beginPath();
  ctx.moveTo(-S * 0.3, S * 0.1);
  ctx.lineTo(-S * 0.28, -S * 0.6);
  ctx.quadraticCurveTo(0, -S * 0.7, S * 0.28, -S * 0.6);
  ctx.lineTo(S * 0.3, S * 0.1);
  ctx.closePath();
  ctx.fill();
  ctx.stroke();
}

/** The torso with its collar; returns the shoulder points the arms hang from. */
function torso(ctx: Ctx, S: number, c: Costume, colors: Palette, outline: string, line: number): { left: Point; right: Point } {
  const ys = -S * 0.56;
  const sw = S * 0.25 * c.build;
  const ww = S * 0.21 * c.build;
  const g = ctx.createLinearGradient(0, ys, 0, S * 0.15);
  g.addColorStop(0, shade(c.jacket, 0.12));
  g.addColorStop(1, shade(c.jacket, -0.35));
  ctx.fillStyle = colors.flat ? '#000000' : g;
  ctx.beginPath();
  ctx.moveTo(-ww, S * 0.16);
  ctx.lineTo(-sw * 0.98, ys + S * 0.1);
  ctx.quadraticCurveTo(-sw * 0.96, ys, -sw * 0.55, ys - S * 0.005);
  ctx.lineTo(sw * 0.55, ys - S * 0.005);
  ctx.quadraticCurveTo(sw * 0.96, ys, sw * 0.98, ys + S * 0.1);
  ctx.lineTo(ww, S * 0.16);
  ctx.closePath();
  ctx.fill();
  if (colors.flat) {
    ctx.strokeStyle = outline;
    ctx.lineWidth = line;
    ctx.stroke();
  }
  // The collar.
  const v = S * 0.075;
  if (c.collar === 'turtleneck') {
    ctx.fillStyle = colors.flat ? '#000000' : c.shirt;
    ctx.fillRect(-S * 0.055, ys - S * 0.06, S * 0.11, S * 0.09);
  } else {
    ctx.fillStyle = colors.flat ? '#000000' : c.shirt;
    ctx.beginPath();
    ctx.moveTo(-v, ys);
    ctx.lineTo(0, ys + (c.collar === 'band' ? S * 0.1 : S * 0.2));
    ctx.lineTo(v, ys);
    ctx.closePath();
    ctx.fill();
    if (c.collar === 'tie' && c.tie) {
      ctx.fillStyle = colors.flat ? colors.outline : c.tie;
      ctx.beginPath();
      ctx.moveTo(-S * 0.016, ys + S * 0.02);
      ctx.lineTo(S * 0.016, ys + S * 0.02);
      ctx.lineTo(S * 0.026, ys + S * 0.3);
      ctx.lineTo(0, ys + S * 0.34);
      ctx.lineTo(-S * 0.026, ys + S * 0.3);
      ctx.closePath();
      ctx.fill();
    }
    if (!colors.flat) {
      // Lapels.
      ctx.strokeStyle = shade(c.jacket, -0.45);
      ctx.lineWidth = Math.max(1, S * 0.012);
      ctx.beginPath();
      ctx.moveTo(-v * 1.1, ys);
      ctx.lineTo(-S * 0.02, ys + S * 0.3);
      ctx.moveTo(v * 1.1, ys);
      ctx.lineTo(S * 0.02, ys + S * 0.3);
      ctx.stroke();
    }
  }
  if (!colors.flat) {
    // Rim light along the shoulders, from the rig behind.
    ctx.strokeStyle = 'rgba(255, 241, 201, 0.35)';
    ctx.lineWidth = Math.max(1, S * 0.012);
    ctx.beginPath();
    ctx.moveTo(-sw * 0.97, ys + S * 0.08);
    ctx.quadraticCurveTo(-sw * 0.96, ys, -sw * 0.55, ys);
    ctx.moveTo(sw * 0.55, ys);
    ctx.quadraticCurveTo(sw * 0.96, ys, sw * 0.97, ys + S * 0.08);
    ctx.stroke();
  }
  return { left: [-sw * 0.86, ys + S * 0.06], right: [sw * 0.86, ys + S * 0.06] };
}

function head(ctx: Ctx, S: number, c: Costume, colors: Palette, outline: string, line: number, drop: number, tilt: number, dir: number): void {
  const ys = -S * 0.56;
  // The neck.
  ctx.fillStyle = colors.flat ? '#000000' : shade(c.skin, -0.2);
  ctx.fillRect(-S * 0.045, ys - S * 0.09 + drop * S, S * 0.09, S * 0.11);
  const [rx, ry] = c.head === 'long' ? [S * 0.088, S * 0.13] : c.head === 'broad' ? [S * 0.108, S * 0.118] : [S * 0.1, S * 0.122];
  const hx = dir * drop * S * 0.8;
  const hy = -S * 0.78 + drop * S;
  ctx.save();
  ctx.translate(hx, hy);
  ctx.rotate(tilt);
  const face = new Path2D();
  face.ellipse(0, 0, rx, ry, 0, 0, Math.PI * 2);
  ctx.fillStyle = colors.flat ? '#000000' : c.skin;
  ctx.fill(face);
  ctx.save();
  ctx.clip(face);
  if (!colors.flat) {
    // Shade on the side away from the key light: a round head, not a disc.
    ctx.fillStyle = shade(c.skin, -0.22);
    ctx.beginPath();
    ctx.ellipse(dir * rx * 0.9, ry * 0.2, rx * 0.75, ry * 1.2, 0, 0, Math.PI * 2);
    ctx.fill();
  }
  const hair = colors.flat ? colors.outline : c.hair;
  ctx.fillStyle = hair;
  if (c.hairStyle === 'short' || c.hairStyle === 'full') {
    ctx.fillRect(-rx * 1.2, -ry * 1.3, rx * 2.4, ry * (c.hairStyle === 'full' ? 0.85 : 0.68));
  } else if (c.hairStyle === 'side') {
    ctx.fillRect(-rx * 1.2, -ry * 0.3, rx * 0.45, ry * 0.55);
    ctx.fillRect(rx * 0.75, -ry * 0.3, rx * 0.45, ry * 0.55);
  }
  if (c.beard !== 'none') {
    ctx.fillStyle = hair;
    ctx.beginPath();
    ctx.ellipse(0, ry * (c.beard === 'full' ? 0.55 : 0.75), rx * 1.05, ry * (c.beard === 'full' ? 0.62 : 0.42), 0, 0, Math.PI * 2);
    ctx.fill();
  }
  ctx.restore();
  if (c.hairStyle === 'full') {
    // A fuller head of hair rises above the outline.
    ctx.fillStyle = hair;
    ctx.beginPath();
    ctx.ellipse(0, -ry * 0.72, rx * 1.02, ry * 0.42, 0, Math.PI, 0);
    ctx.fill();
  }
  if (c.beard === 'full') {
    ctx.fillStyle = hair;
    ctx.beginPath();
    ctx.ellipse(0, ry * 0.92, rx * 0.72, ry * 0.3, 0, 0, Math.PI);
    ctx.fill();
  }
  if (c.glasses) {
    ctx.strokeStyle = colors.flat ? colors.outline : '#1a1a1f';
    ctx.lineWidth = Math.max(1, S * 0.011);
    const gy = -ry * 0.08;
    const gw = rx * 0.62;
    const gh = ry * 0.3;
    ctx.strokeRect(-rx * 0.08 - gw, gy - gh / 2, gw, gh);
    ctx.strokeRect(rx * 0.08, gy - gh / 2, gw, gh);
    ctx.beginPath();
    ctx.moveTo(-rx * 0.08, gy);
    ctx.lineTo(rx * 0.08, gy);
    ctx.stroke();
  }
  if (colors.flat) {
    ctx.strokeStyle = outline;
    ctx.lineWidth = line;
    ctx.stroke(face);
  } else {
    ctx.strokeStyle = 'rgba(255, 241, 201, 0.3)';
    ctx.lineWidth = Math.max(1, S * 0.01);
    ctx.beginPath();
    ctx.ellipse(0, 0, rx, ry, 0, Math.PI * 1.1, Math.PI * 1.9);
    ctx.stroke();
  }
  ctx.restore();
}

/** A brief bright edge round a figure whose stance has just changed. */
function rimFlash(ctx: Ctx, S: number, c: Costume): void {
  ctx.strokeStyle = 'rgba(255, 241, 201, 0.85)';
  ctx.lineWidth = Math.max(2, S * 0.025);
  const sw = S * 0.25 * c.build;
  ctx.beginPath();
  ctx.moveTo(-sw, -S * 0.44);
  ctx.quadraticCurveTo(-sw, -S * 0.57, -sw * 0.55, -S * 0.57);
  ctx.lineTo(sw * 0.55, -S * 0.57);
  ctx.quadraticCurveTo(sw, -S * 0.57, sw, -S * 0.44);
  ctx.stroke();
  ctx.beginPath();
  ctx.arc(0, -S * 0.78, S * 0.135, Math.PI, 0);
  ctx.stroke();
}

type Hand = 'closed' | 'open' | 'point' | 'flat' | 'card';

function arms(
  ctx: Ctx,
  S: number,
  c: Costume,
  stance: Stance | undefined,
  gesture: GestureFrame,
  dir: number,
  shoulders: { left: Point; right: Point },
  colors: Palette,
  outline: string,
  line: number,
): void {
  const at = (x: number, y: number): Point => [x * S, y * S];
  const shoulder = (side: number) => (side < 0 ? shoulders.left : shoulders.right);
  const draws: { side: number; elbow: Point; hand: Point; kind: Hand }[] = [];
  // The arm toward the table's centre gestures; the other keeps the stance's pose.
  const g = dir;
  const o = -dir;
  const rest = (side: number, kind: Hand = 'closed') =>
    draws.push({ side, elbow: at(side * 0.29, -0.1), hand: at(side * 0.13, 0.06), kind });
  const open = (side: number) => draws.push({ side, elbow: at(side * 0.3, -0.08), hand: at(side * 0.2, 0.1), kind: 'open' });
  if (gesture !== 'rest') {
    const second = gesture === 'b';
    if (c.gesture === 'both') {
      for (const side of [-1, 1]) {
        draws.push({ side, elbow: at(side * 0.34, -0.2), hand: second ? at(side * 0.42, -0.4) : at(side * 0.33, -0.47), kind: 'open' });
      }
      return drawArms(ctx, S, c, draws, shoulder, colors, outline, line);
    }
    if (stance === 'open') open(o);
    else rest(o, c.card ? 'card' : 'closed');
    if (c.gesture === 'palm') {
      draws.push({ side: g, elbow: at(g * 0.34, -0.22), hand: second ? at(g * 0.5, -0.44) : at(g * 0.36, -0.58), kind: 'open' });
    } else if (c.gesture === 'point') {
      draws.push({ side: g, elbow: at(g * 0.32, -0.24), hand: second ? at(g * 0.42, -0.52) : at(g * 0.3, -0.64), kind: 'point' });
    } else {
      draws.push({ side: g, elbow: at(g * 0.33, -0.2), hand: second ? at(g * 0.36, -0.32) : at(g * 0.31, -0.5), kind: 'flat' });
    }
    return drawArms(ctx, S, c, draws, shoulder, colors, outline, line);
  }
  if (stance === 'firm') {
    // Arms crossed: the far forearm first, the near one over it.
    draws.push({ side: -1, elbow: at(-0.27, -0.27), hand: at(0.15, -0.36), kind: 'closed' });
    draws.push({ side: 1, elbow: at(0.27, -0.26), hand: at(-0.15, -0.33), kind: 'closed' });
  } else if (stance === 'wary') {
    // A hand at the chin, the other forearm across the table's edge.
    rest(g);
    draws.push({ side: o, elbow: at(o * 0.22, -0.12), hand: at(o * 0.05, -0.66), kind: 'closed' });
  } else if (stance === 'open') {
    open(-1);
    open(1);
  } else {
    rest(-1, c.card ? 'card' : 'closed');
    rest(1);
  }
  drawArms(ctx, S, c, draws, shoulder, colors, outline, line);
}

function drawArms(
  ctx: Ctx,
  S: number,
  c: Costume,
  draws: { side: number; elbow: Point; hand: Point; kind: Hand }[],
  shoulder: (side: number) => Point,
  colors: Palette,
  outline: string,
  line: number,
): void {
  const width = S * 0.09 * c.build;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  for (const d of draws) {
    const s = shoulder(d.side);
    const path = new Path2D();
    path.moveTo(s[0], s[1]);
    path.lineTo(d.elbow[0], d.elbow[1]);
    path.lineTo(d.hand[0], d.hand[1]);
    // A darker edge first, so an arm reads against the jacket behind it.
    ctx.strokeStyle = colors.flat ? outline : shade(c.jacket, -0.5);
    ctx.lineWidth = width + (colors.flat ? line * 2 : S * 0.022);
    ctx.stroke(path);
    ctx.strokeStyle = colors.flat ? '#000000' : shade(c.jacket, -0.08);
    ctx.lineWidth = width;
    ctx.stroke(path);
    hand(ctx, S, c, d, colors, outline, line);
  }
}

function hand(ctx: Ctx, S: number, c: Costume, d: { hand: Point; elbow: Point; kind: Hand; side: number }, colors: Palette, outline: string, line: number): void {
  const [x, y] = d.hand;
  const angle = Math.atan2(d.hand[1] - d.elbow[1], d.hand[0] - d.elbow[0]);
  ctx.save();
  ctx.translate(x, y);
  ctx.rotate(angle);
  ctx.fillStyle = colors.flat ? '#000000' : c.skin;
  ctx.strokeStyle = outline;
  ctx.lineWidth = line;
  const r = S * 0.045;
  ctx.beginPath();
  if (d.kind === 'open') ctx.ellipse(r * 0.5, 0, r * 1.35, r * 1.15, 0, 0, Math.PI * 2);
  else if (d.kind === 'flat') ctx.ellipse(r * 0.6, 0, r * 1.5, r * 0.7, 0, 0, Math.PI * 2);
  else ctx.ellipse(r * 0.3, 0, r * 1.05, r * 0.95, 0, 0, Math.PI * 2);
  ctx.fill();
  if (colors.flat) ctx.stroke();
  if (d.kind === 'point') {
    ctx.strokeStyle = colors.flat ? outline : c.skin;
    ctx.lineCap = 'round';
    ctx.lineWidth = r * 0.55;
    ctx.beginPath();
    ctx.moveTo(r, 0);
    ctx.lineTo(r * 2.3, 0);
    ctx.stroke();
  }
  if (d.kind === 'card') {
    ctx.rotate(-angle);
    ctx.fillStyle = colors.flat ? colors.outline : '#f4f1e8';
    ctx.fillRect(-r * 0.4, -r * 1.6, r * 1.5, r * 2);
  }
  ctx.restore();
}

/** The player, seen from behind in the foreground: the back of the head and the shoulders. */
export function drawPlayer(costume: Costume, pose: FigurePose, size: number, colors: Palette): FigurePictures {
  const S = size;
  const w = Math.ceil(S * 1.1);
  const h = Math.ceil(S * 1.05);
  const originX = w / 2;
  const originY = h;
  const back = makeCanvas(w, h);
  const front = makeCanvas(w, h);
  const ctx = back.ctx;
  ctx.translate(originX, originY);
  const outline = pose.speaking && colors.flat ? colors.speakerOutline : colors.outline;
  const line = Math.max(1, S * 0.01);
  const ys = -S * 0.62;
  const sw = S * 0.3 * costume.build;
  const g = ctx.createLinearGradient(0, ys, 0, 0);
  g.addColorStop(0, shade(costume.jacket, -0.1));
  g.addColorStop(1, shade(costume.jacket, -0.7));
  ctx.fillStyle = colors.flat ? '#000000' : g;
  ctx.beginPath();
  ctx.moveTo(-sw * 1.05, 0);
  ctx.lineTo(-sw, ys + S * 0.12);
  ctx.quadraticCurveTo(-sw * 0.95, ys, -sw * 0.5, ys - S * 0.01);
  ctx.lineTo(sw * 0.5, ys - S * 0.01);
  ctx.quadraticCurveTo(sw * 0.95, ys, sw, ys + S * 0.12);
  ctx.lineTo(sw * 1.05, 0);
  ctx.closePath();
  ctx.fill();
  ctx.strokeStyle = colors.flat ? outline : 'rgba(255, 241, 201, 0.4)';
  ctx.lineWidth = colors.flat ? line : Math.max(1, S * 0.008);
  ctx.stroke();
  // Neck and the back of the head.
  ctx.fillStyle = colors.flat ? '#000000' : shade(costume.skin, -0.35);
  ctx.fillRect(-S * 0.05, ys - S * 0.08, S * 0.1, S * 0.1);
  ctx.fillStyle = colors.flat ? '#000000' : shade(costume.skin, -0.2);
  for (const side of [-1, 1]) {
    ctx.beginPath();
    ctx.ellipse(side * S * 0.1, ys - S * 0.17, S * 0.025, S * 0.04, 0, 0, Math.PI * 2);
    ctx.fill();
  }
  ctx.fillStyle = colors.flat ? '#000000' : costume.hair;
  ctx.beginPath();
  ctx.ellipse(0, ys - S * 0.2, S * 0.105, S * 0.125, 0, 0, Math.PI * 2);
  ctx.fill();
  ctx.strokeStyle = colors.flat ? outline : 'rgba(255, 241, 201, 0.45)';
  ctx.lineWidth = colors.flat ? line : Math.max(1, S * 0.008);
  ctx.beginPath();
  ctx.ellipse(0, ys - S * 0.2, S * 0.105, S * 0.125, 0, Math.PI * 1.05, Math.PI * 1.95);
  ctx.stroke();
  if (pose.gesture !== 'rest') {
    const f = front.ctx;
    f.translate(originX, originY);
    const hand: Point = pose.gesture === 'a' ? [S * 0.36, ys - S * 0.16] : [S * 0.46, ys - S * 0.02];
    drawArms(f, S, costume, [{ side: 1, elbow: [S * 0.4, ys + S * 0.2], hand, kind: 'open' }], () => [sw * 0.85, ys + S * 0.08], colors, outline, line);
  }
  return { back: back.canvas, front: front.canvas, originX, originY };
}
