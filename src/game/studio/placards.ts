// The name card in front of each figure: the name, then the stance told by shape and word (never
// colour alone). Text is the browser's own canvas text; letter spacing is never set, so scripts
// that join their letters (Persian) draw whole.
import type { Stance } from '../../debate/core/contract.ts';
import { placardSize, stanceLineWidth, type Measure, type PlacardText } from '../layout.ts';
import { STANCE_LOOK } from '../presenter.ts';
import { FONT, type Palette } from '../theme.ts';
import { makeCanvas, roundRect, type Ctx } from './canvas.ts';

export function fontFor(px: number, bold: boolean): string {
  return `${bold ? 700 : 400} ${Math.round(px)}px ${FONT}`;
}

/** A measure backed by a real canvas, in the font the placards use. */
export function canvasMeasure(): Measure {
  const { ctx } = makeCanvas(1, 1);
  return (text, bold, px) => {
    ctx.font = fontFor(px, bold);
    return ctx.measureText(text).width;
  };
}

export function drawPlacard(
  text: PlacardText,
  stance: Stance | undefined,
  px: number,
  colors: Palette,
  stripe: string,
  measure: Measure,
  flash = false,
): HTMLCanvasElement {
  const { w, h } = placardSize(text, px, measure);
  const { canvas, ctx } = makeCanvas(w, h);
  const pad = px * 0.45;
  const r = px * 0.3;
  ctx.fillStyle = colors.placard;
  roundRect(ctx, 0.5, 0.5, w - 1, h - 1, r);
  ctx.fill();
  ctx.strokeStyle = flash ? colors.text : colors.placardLine;
  ctx.lineWidth = Math.max(1, px * (flash ? 0.16 : 0.08));
  ctx.stroke();
  if (!colors.flat) {
    // The figure's own colour along the top edge ties the card to its seat.
    ctx.fillStyle = stripe;
    ctx.fillRect(r, 1, w - 2 * r, Math.max(2, px * 0.16));
  }
  ctx.textBaseline = 'top';
  ctx.fillStyle = colors.text;
  ctx.font = fontFor(px, true);
  ctx.textAlign = 'center';
  ctx.fillText(text.name, w / 2, pad * 0.8);
  if (stance && text.stance) {
    const small = px * 0.9;
    ctx.font = fontFor(small, false);
    const y = pad * 0.8 + px * 1.25;
    // The label's first character is the shape: a drawn shape takes its slot, then the word.
    const word = text.stance.slice(2);
    const { slot, width } = stanceLineWidth(text.stance, small, measure);
    const x0 = (w - width) / 2;
    drawStanceShape(ctx, stance, x0 + slot * 0.4, y + small * 0.55, small * 0.36, colors);
    ctx.textAlign = 'left';
    ctx.fillStyle = colors.muted;
    if (word) ctx.fillText(word, x0 + slot, y);
  }
  return canvas;
}

export function drawStanceShape(ctx: Ctx, stance: Stance, x: number, y: number, s: number, colors: Palette): void {
  const shape = STANCE_LOOK[stance].shape;
  ctx.fillStyle = colors.stance[stance];
  ctx.beginPath();
  if (shape === 'square') ctx.rect(x - s, y - s, s * 2, s * 2);
  else if (shape === 'triangle') {
    ctx.moveTo(x, y - s * 1.1);
    ctx.lineTo(x + s * 1.1, y + s * 0.85);
    ctx.lineTo(x - s * 1.1, y + s * 0.85);
    ctx.closePath();
  } else ctx.arc(x, y, s, 0, Math.PI * 2);
  ctx.fill();
}
