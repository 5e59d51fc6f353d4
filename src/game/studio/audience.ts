// The studio audience: rows of silhouettes on the risers. How many are lit shows the audience
// meter at a glance (the room comes round, seat by seat); a reaction plays as a few still frames
// (hands up and down for applause, heads turning for a murmur, shoulders turning away for a loss),
// so it costs a handful of canvas frames, not one per display refresh.
import type { AudienceSeat, SetLayout } from '../layout.ts';
import type { Palette } from '../theme.ts';
import { makeCanvas, type Ctx } from './canvas.ts';

export type CrowdFrame = 'rest' | 'clap-up' | 'clap-down' | 'murmur-a' | 'murmur-b' | 'turning' | 'away';

/** The frames of each reaction, in order; the last one holds until the next change. */
export const REACTION_FRAMES: Record<'applause' | 'murmur' | 'away', CrowdFrame[]> = {
  applause: ['clap-up', 'clap-down', 'clap-up', 'clap-down', 'clap-up', 'rest'],
  murmur: ['murmur-a', 'murmur-b', 'murmur-a', 'rest'],
  away: ['turning', 'away', 'away', 'rest'],
};
/**
 * How long each reaction frame shows, in milliseconds. A reaction is over within a second, so a
 * player who is already being waited for finds the stage asleep.
 */
export const REACTION_FRAME_MS = 150;

export class Crowd {
  readonly canvas: HTMLCanvasElement;
  readonly top: number;
  private readonly ctx: Ctx;
  /** Who comes round first, second, ...: a fixed order, so the same seats light up every time. */
  private readonly order: number[];

  constructor(
    private readonly layout: SetLayout,
    private readonly colors: Palette,
  ) {
    const { wallBottom, height: H, width: W } = layout;
    this.top = Math.floor(wallBottom - H * 0.33);
    const { canvas, ctx } = makeCanvas(W, wallBottom + H * 0.04 - this.top);
    this.canvas = canvas;
    this.ctx = ctx;
    const n = layout.audience.length;
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    this.order = Array.from({ length: n }, (_, i) => i);
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [this.order[i], this.order[j]] = [this.order[j]!, this.order[i]!];
    }
  }

  /** Redraws the crowd: `share` (0-1) of it won over, in `frame` of a reaction. */
  draw(share: number, frame: CrowdFrame): void {
    const { ctx, layout } = this;
    ctx.clearRect(0, 0, this.canvas.width, this.canvas.height);
    const n = layout.audience.length;
    const lit = new Set(this.order.slice(0, Math.round(Math.max(0, Math.min(1, share)) * n)));
    // A cold room: some of those not won over have turned away for good.
    const coldCount = share < 0.3 ? Math.round((0.3 - share) * 1.6 * n) : 0;
    const cold = new Set(this.order.slice(n - coldCount));
    // Back rows first, so the front row overlaps them.
    const byRow = layout.audience.map((seat, i) => ({ seat, i })).sort((a, b) => b.seat.row - a.seat.row);
    for (const { seat, i } of byRow) {
      const won = lit.has(i);
      let pose: Pose = 'still';
      if (frame === 'clap-up' && (won || i % 4 === 0)) pose = 'hands-up';
      else if (frame === 'clap-down' && (won || i % 4 === 0)) pose = 'hands-down';
      else if (frame === 'murmur-a' && i % 3 === 0) pose = 'lean-left';
      else if (frame === 'murmur-b' && i % 3 === 0) pose = 'lean-right';
      else if ((frame === 'turning' || frame === 'away') && !won && i % 2 === 0) pose = frame === 'away' ? 'away' : 'half';
      else if (cold.has(i) && !won) pose = 'away';
      this.person(seat, won, pose);
    }
  }

  private person(seat: AudienceSeat, won: boolean, pose: Pose): void {
    const { ctx, colors } = this;
    const s = seat.size;
    const x = seat.x;
    const y = seat.y - this.top;
    const fill = won ? colors.crowdLit : colors.crowd;
    const turned = pose === 'away' ? 1 : pose === 'half' ? 0.5 : 0;
    const lean = pose === 'lean-left' ? -0.08 : pose === 'lean-right' ? 0.08 : 0;
    const shoulders = s * (0.34 - 0.08 * turned);
    const headR = s * 0.16;
    const headX = x + s * (lean + 0.1 * turned);
    const headY = y - s * (0.72 - 0.05 * turned);
    ctx.fillStyle = fill;
    ctx.strokeStyle = colors.flat ? colors.outline : colors.crowdRim;
    ctx.lineWidth = Math.max(1, s * 0.03);
    // Shoulders: a rounded mound.
    ctx.beginPath();
    ctx.moveTo(x - shoulders, y);
    ctx.quadraticCurveTo(x - shoulders, y - s * 0.42, x, y - s * 0.46);
    ctx.quadraticCurveTo(x + shoulders, y - s * 0.42, x + shoulders, y);
    ctx.closePath();
    ctx.fill();
    if (colors.flat || won) ctx.stroke();
    ctx.beginPath();
    ctx.ellipse(headX, headY, headR * (1 - 0.15 * turned), headR * 1.1, 0, 0, Math.PI * 2);
    ctx.fill();
    if (colors.flat || won) ctx.stroke();
    if (pose === 'hands-up' || pose === 'hands-down') {
      ctx.fillStyle = won ? colors.crowdLit : colors.crowdRim;
      const hy = pose === 'hands-up' ? headY - s * 0.05 : y - s * 0.38;
      const spread = pose === 'hands-up' ? s * 0.2 : s * 0.05;
      for (const side of [-1, 1]) {
        ctx.beginPath();
        ctx.ellipse(x + side * spread, hy, s * 0.07, s * 0.09, 0, 0, Math.PI * 2);
        ctx.fill();
      }
    }
  }
}

type Pose = 'still' | 'hands-up' | 'hands-down' | 'lean-left' | 'lean-right' | 'half' | 'away';
