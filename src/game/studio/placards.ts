// The name card in front of each figure: the name, then the stance told by shape and word (never
// colour alone). Text is the browser's own canvas text; letter spacing is never set, so scripts
// that join their letters (Persian) draw whole.
import type { Stance } from '../../debate/core/contract.ts';
import { placardSize, stanceLinePlaces, type Measure, type PlacardText } from '../layout.ts';
import { STANCE_LOOK } from '../presenter.ts';
import { LATIN_SCRIPT, type CanvasScript, type Palette } from '../theme.ts';
import { makeCanvas, roundRect, type Ctx } from './canvas.ts';

export function fontFor(px: number, bold: boolean, script: CanvasScript = LATIN_SCRIPT): string {
  return `${bold ? 700 : 400} ${Math.round(px)}px ${script.font}`;
}

/**
 * A measure backed by a real canvas, in the font and direction the placards use. It remembers each
 * width: choosing the placards' size tries up to twelve layouts, each measuring every name with
 * every stance it may show, and setting the canvas's font (parsed each time) was most of a stage
 * slice's ~70 ms at 4x CPU. A width measured while a font is still loading is not kept: it may be
 * the fallback font's.
 */
export function canvasMeasure(script: CanvasScript = LATIN_SCRIPT, fontsSettled: () => boolean = documentFontsLoaded): Measure {
  const { ctx } = makeCanvas(1, 1);
  ctx.direction = script.direction;
  const widths = new Map<string, number>();
  return (text, bold, px) => {
    const font = fontFor(px, bold, script);
    const key = `${font}\n${text}`;
    const known = widths.get(key);
    if (known !== undefined) return known;
    ctx.font = font;
    const width = ctx.measureText(text).width;
    if (fontsSettled()) widths.set(key, width);
    return width;
  };
}

const documentFontsLoaded = (): boolean => typeof document === 'undefined' || !('fonts' in document) || document.fonts.status === 'loaded';

export function drawPlacard(
  text: PlacardText,
  stance: Stance | undefined,
  px: number,
  colors: Palette,
  stripe: string,
  measure: Measure,
  flash = false,
  script: CanvasScript = LATIN_SCRIPT,
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
  // An offscreen canvas is outside the page, so it does not inherit <html dir>: say it.
  ctx.direction = script.direction;
  ctx.textBaseline = 'top';
  ctx.fillStyle = colors.text;
  ctx.font = fontFor(px, true, script);
  ctx.textAlign = 'center';
  ctx.fillText(text.name, w / 2, pad * 0.8);
  if (stance && text.stance) {
    const small = px * 0.9;
    ctx.font = fontFor(small, false, script);
    const y = pad * 0.8 + px * 1.25;
    // The label's first character is the shape: a drawn shape takes its slot (at the line's start
    // side: the right in Persian), then the word.
    const word = text.stance.slice(2);
    const places = stanceLinePlaces(text.stance, small, measure, w, script.direction);
    drawStanceShape(ctx, stance, places.shapeX, y + small * 0.55, small * 0.36, colors);
    ctx.textAlign = places.align;
    ctx.fillStyle = colors.muted;
    if (word) ctx.fillText(word, places.wordX, y);
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
