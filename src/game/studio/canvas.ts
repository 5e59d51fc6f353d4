// The stage's art is drawn with the browser's own 2D canvas (real gradients and soft light, text
// measured and shaped by the browser) into offscreen canvases, which Phaser shows as images. The
// loop then only composes finished pictures, and a frame costs a few image copies.
import type Phaser from 'phaser';

export type Ctx = CanvasRenderingContext2D;

export function makeCanvas(width: number, height: number): { canvas: HTMLCanvasElement; ctx: Ctx } {
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.ceil(width));
  canvas.height = Math.max(1, Math.ceil(height));
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw on a canvas.');
  return { canvas, ctx };
}

/**
 * The textures one scene has made, so a rebuild (or leaving the scene) frees every one of them:
 * a replayed debate must not leave its pictures behind.
 */
export class TextureBook {
  private readonly keys = new Set<string>();
  private static next = 0;
  private readonly prefix = `art${TextureBook.next++}:`;

  constructor(private readonly scene: Phaser.Scene) {}

  /** Registers (or replaces) a picture under `name`; returns the texture key to show it with. */
  put(name: string, canvas: HTMLCanvasElement): string {
    const key = this.prefix + name;
    const textures = this.scene.textures;
    if (textures.exists(key)) textures.remove(key);
    // addImage takes a canvas as is: no pixel read-back, unlike a CanvasTexture.
    textures.addImage(key, canvas as unknown as HTMLImageElement);
    this.keys.add(key);
    return key;
  }

  has(name: string): boolean {
    return this.keys.has(this.prefix + name);
  }

  key(name: string): string {
    return this.prefix + name;
  }

  clear(): void {
    for (const key of this.keys) if (this.scene.textures.exists(key)) this.scene.textures.remove(key);
    this.keys.clear();
  }
}

/** A rounded rectangle path. */
export function roundRect(ctx: Ctx, x: number, y: number, w: number, h: number, r: number): void {
  const rr = Math.max(0, Math.min(r, w / 2, h / 2));
  ctx.beginPath();
  ctx.moveTo(x + rr, y);
  ctx.arcTo(x + w, y, x + w, y + h, rr);
  ctx.arcTo(x + w, y + h, x, y + h, rr);
  ctx.arcTo(x, y + h, x, y, rr);
  ctx.arcTo(x, y, x + w, y, rr);
  ctx.closePath();
}

/** Lighter or darker by `amount` (-1..1) of a #rrggbb colour. */
export function shade(hex: string, amount: number): string {
  const n = parseInt(hex.slice(1), 16);
  const mix = (c: number) => Math.round(amount >= 0 ? c + (255 - c) * amount : c * (1 + amount));
  const r = mix((n >> 16) & 255);
  const g = mix((n >> 8) & 255);
  const b = mix(n & 255);
  return `#${((1 << 24) | (r << 16) | (g << 8) | b).toString(16).slice(1)}`;
}
