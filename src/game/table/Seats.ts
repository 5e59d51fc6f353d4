// The seats at the table: a monogram medallion, a placard (name, title, city) and a stance marker
// told by word and shape. The speaker is lit and brought forward; reduced motion skips the motion.
import type Phaser from 'phaser';
import {
  PLACARD_GAP,
  STANCE_LOOK,
  type SeatPlacement,
  type SeatView,
  type TableLayout,
} from '../presenter.ts';
import { FONT, type Look, type Palette } from '../theme.ts';

interface SeatParts {
  container: Phaser.GameObjects.Container;
  light: Phaser.GameObjects.Graphics;
  ring: Phaser.GameObjects.Graphics;
  stanceMark: Phaser.GameObjects.Graphics;
  stanceText?: Phaser.GameObjects.Text;
  view: SeatView;
}

export class SeatManager {
  private readonly parts = new Map<string, SeatParts>();

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly layout: TableLayout,
    private readonly colors: Palette,
    private readonly look: Look,
  ) {}

  build(seats: SeatView[]): void {
    for (const placement of this.layout.seats) {
      const view = seats.find((s) => s.id === placement.id);
      if (view) this.parts.set(view.id, this.buildSeat(placement, view));
    }
    this.update(seats, false, true);
  }

  /** Applies who speaks and each stance; animates unless reduced motion asks not to. */
  update(seats: SeatView[], animate = !this.look.reducedMotion, all = false): void {
    for (const view of seats) {
      const parts = this.parts.get(view.id);
      if (!parts) continue;
      const stanceChanged = parts.view.stance !== view.stance;
      // A new line usually changes one or two seats: leave the others (and their tweens) alone.
      const unchanged = !stanceChanged && parts.view.speaking === view.speaking;
      parts.view = view;
      if (unchanged && !all) continue;
      if (stanceChanged) this.paintStance(parts);
      const scale = view.speaking ? 1.12 : 1;
      const light = view.speaking ? 1 : 0;
      this.paintRing(parts);
      this.scene.tweens.killTweensOf([parts.container, parts.light]);
      if (animate) {
        this.scene.tweens.add({
          targets: parts.container,
          scale,
          duration: 220,
          ease: 'Sine.easeOut',
        });
        this.scene.tweens.add({ targets: parts.light, alpha: light, duration: 220 });
      } else {
        parts.container.setScale(scale);
        parts.light.setAlpha(light);
      }
      if (view.speaking) this.scene.children.bringToTop(parts.container);
    }
  }

  private buildSeat(p: SeatPlacement, view: SeatView): SeatParts {
    const { scene, layout, colors } = this;
    const r = layout.medallion;
    const container = scene.add.container(p.x, p.y);
    const light = scene.add.graphics();
    light.fillStyle(colors.spotlight, colors.spotlightAlpha).fillEllipse(0, 0, r * 5, r * 3.6);
    light.fillStyle(colors.spotlight, colors.spotlightAlpha).fillEllipse(0, 0, r * 3.4, r * 2.6);
    light.setAlpha(0);
    const ring = scene.add.graphics();
    const monogram = scene.add
      .text(0, 0, view.monogram, {
        fontFamily: FONT,
        fontSize: `${Math.round(r * 0.72)}px`,
        fontStyle: 'bold',
        color: colors.text,
      })
      .setOrigin(0.5);
    const stanceMark = scene.add.graphics();
    container.add([light, ring, monogram, stanceMark]);
    const parts: SeatParts = { container, light, ring, stanceMark, view };
    this.addPlacard(parts, p);
    this.paintStance(parts);
    return parts;
  }

  private addPlacard(parts: SeatParts, p: SeatPlacement): void {
    const { scene, layout, colors } = this;
    const r = layout.medallion;
    const { view } = parts;
    const lines: { text: string; bold?: boolean; muted?: boolean }[] = [];
    if (layout.labels === 'full') {
      lines.push({ text: view.name, bold: true });
      if (view.subtitle) lines.push({ text: view.subtitle, muted: true });
    } else if (layout.labels === 'name') {
      lines.push({ text: view.shortName, bold: true });
    }
    const fontSize = layout.fontSize;
    const texts = lines.map((line) =>
      scene.add
        .text(0, 0, line.text, {
          fontFamily: FONT,
          fontSize: `${line.muted ? Math.round(fontSize * 0.85) : fontSize}px`,
          fontStyle: line.bold ? 'bold' : 'normal',
          color: line.muted ? colors.muted : colors.text,
          align: 'center',
          // Names stay on one line (the layout chose a label size that fits); titles may wrap.
          ...(line.muted && {
            wordWrap: { width: p.placardMax - fontSize, useAdvancedWrap: false },
          }),
        })
        .setOrigin(0.5, 0),
    );
    if (view.stance !== undefined || view.role === 'opponent' || view.role === 'voice') {
      parts.stanceText = scene.add
        .text(0, 0, stanceLabel(view), {
          fontFamily: FONT,
          fontSize: `${Math.round(fontSize * 0.9)}px`,
          color: colors.text,
        })
        .setOrigin(0.5, 0);
      texts.push(parts.stanceText);
    }
    if (texts.length === 0) return;
    if (layout.labels === 'monogram') {
      // No room for placards: the stance word sits under the medallion, the shape beside it.
      for (const t of texts) {
        t.setPosition(0, r * 1.05).setFontSize(Math.round(fontSize * 0.8));
        parts.container.add(t);
      }
      return;
    }
    const pad = fontSize * 0.35;
    const height = texts.reduce((sum, t) => sum + t.height, 0) + pad * 2;
    // The name always fits (the layout chose labels that do); the rest wraps within placardMax.
    const width = Math.max(
      texts[0]!.width + pad * 2,
      Math.min(p.placardMax, Math.max(...texts.map((t) => t.width)) + pad * 3),
    );
    const gap = r * PLACARD_GAP;
    const top = p.placard === 'below' ? gap : p.placard === 'above' ? -gap - height : -height / 2;
    const centerX =
      p.placard === 'left' ? -gap - width / 2 : p.placard === 'right' ? gap + width / 2 : 0;
    const card = scene.add.graphics();
    card
      .fillStyle(colors.placard, 0.92)
      .fillRoundedRect(centerX - width / 2, top, width, height, pad);
    card
      .lineStyle(Math.max(1, fontSize / 12), colors.placardLine, 1)
      .strokeRoundedRect(centerX - width / 2, top, width, height, pad);
    parts.container.add(card);
    let y = top + pad;
    for (const t of texts) {
      t.setPosition(centerX, y);
      y += t.height;
      parts.container.add(t);
    }
  }

  private paintRing(parts: SeatParts): void {
    const r = this.layout.medallion;
    const { colors } = this;
    const speaking = parts.view.speaking;
    parts.ring
      .clear()
      .fillStyle(colors.seat, 1)
      .fillCircle(0, 0, r)
      .lineStyle(
        Math.max(2, r * (speaking ? 0.16 : 0.09)),
        speaking ? colors.speakingRing : colors.seatRing,
        1,
      )
      .strokeCircle(0, 0, r);
  }

  /** Stance: a shape beside the medallion and the word on the placard (never colour alone). */
  private paintStance(parts: SeatParts): void {
    const stance = parts.view.stance;
    const r = this.layout.medallion;
    const g = parts.stanceMark.clear();
    if (!stance) {
      parts.stanceText?.setText('');
      return;
    }
    const look = STANCE_LOOK[stance];
    const s = r * 0.42;
    const x = r * 0.85;
    const y = -r * 0.85;
    const color = this.look.highContrast ? 0xffffff : look.color;
    g.fillStyle(0x000000, 0.6).fillCircle(x, y, s * 1.15);
    g.fillStyle(color, 1).lineStyle(Math.max(1, s * 0.15), 0x000000, 1);
    if (look.shape === 'square') g.fillRect(x - s * 0.7, y - s * 0.7, s * 1.4, s * 1.4);
    else if (look.shape === 'triangle')
      g.fillTriangle(x, y - s * 0.85, x - s * 0.85, y + s * 0.65, x + s * 0.85, y + s * 0.65);
    else g.fillCircle(x, y, s * 0.8);
    parts.stanceText?.setText(stanceLabel(parts.view));
  }
}

function stanceLabel(view: SeatView): string {
  if (!view.stance) return '';
  const look = STANCE_LOOK[view.stance];
  const symbol = look.shape === 'square' ? '■' : look.shape === 'triangle' ? '▲' : '●';
  return `${symbol} ${look.word}`;
}
