// The figures at the table: each one's body, arms and placard as pictures, the key light on
// whoever speaks, a gesture while they speak and a visible beat when a stance changes. Motion is a
// few still frames on a timer (the loop wakes for each, then sleeps); reduced motion shows the
// same change as one still picture.
import type Phaser from 'phaser';
import type { SeatSpot, SetLayout, Measure } from '../layout.ts';
import { seatLabel, type SeatView } from '../presenter.ts';
import type { CanvasScript, Look, Palette } from '../theme.ts';
import type { TextureBook } from './canvas.ts';
import { drawFigure, drawPlayer, type FigurePose, type GestureFrame } from './figures.ts';
import { drawPlacard } from './placards.ts';
import { drawKeyLight } from './studio.ts';
import { costumeFor, type Costume } from './wardrobe.ts';

/** The gesture's frames while a line is spoken: up, out, up, then at rest. */
const GESTURE: { frame: GestureFrame; at: number }[] = [
  { frame: 'a', at: 0 },
  { frame: 'b', at: 650 },
  { frame: 'a', at: 1300 },
  { frame: 'rest', at: 1950 },
];
const FLASH_MS = 600;

/** Drawing order on the set. */
export const LAYER = { backdrop: 0, crowd: 1, bodies: 10, table: 20, light: 25, arms: 30, placards: 40, player: 50 } as const;

interface Seat {
  spot: SeatSpot;
  costume: Costume;
  view: SeatView;
  body: Phaser.GameObjects.Image;
  arms: Phaser.GameObjects.Image;
  placard: Phaser.GameObjects.Image;
  pose: FigurePose;
}

export class Cast {
  private readonly seats = new Map<string, Seat>();
  private readonly timers = new Set<number>();
  private gestureTimers: number[] = [];
  private light: Phaser.GameObjects.Image | null = null;
  private speaker: string | null = null;
  private line = -1;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly layout: SetLayout,
    private readonly colors: Palette,
    private readonly book: TextureBook,
    private readonly measure: Measure,
    /** Asks the stage for one frame (the loop sleeps between changes). */
    private readonly redraw: () => void,
    private readonly script: CanvasScript,
  ) {}

  /** Builds the figures one at a time, yielding after each (see SetPicture.draw). */
  *buildSteps(views: SeatView[]): Generator<void, void, void> {
    const lightKey = this.book.put('keylight', drawKeyLight(this.layout, this.colors));
    this.light = this.scene.add.image(0, 0, lightKey).setOrigin(0.5, 0.62).setDepth(LAYER.light).setVisible(false);
    this.light.setBlendMode(1); // ADD: light adds to what is under it
    for (const [index, spot] of this.layout.seats.entries()) {
      const view = views.find((v) => v.id === spot.id);
      if (!view) continue;
      yield;
      const costume = costumeFor(spot.id, index);
      const pose: FigurePose = { gesture: 'rest', ...(view.stance && { stance: view.stance }) };
      const [bodyKey, armsKey, ox, oy] = this.figure(spot, costume, pose);
      const depth = spot.near ? LAYER.player : 0;
      const body = this.scene.add.image(spot.x, spot.y, bodyKey).setOrigin(ox, oy).setDepth((spot.near ? depth : LAYER.bodies) + spot.depth);
      const arms = this.scene.add.image(spot.x, spot.y, armsKey).setOrigin(ox, oy).setDepth((spot.near ? depth + 1 : LAYER.arms) + spot.depth);
      // Centred in the room the layout kept for the widest stance line it may show.
      const placard = this.scene.add
        .image(spot.placard.x + spot.placard.w / 2, spot.placard.y, this.placardKey(spot, view, costume, false))
        .setOrigin(0.5, 0)
        .setDepth(LAYER.placards);
      this.seats.set(spot.id, { spot, costume, view, body, arms, placard, pose });
    }
  }

  /**
   * Shows who speaks and each stance. `line` counts the lines spoken: a new one starts the
   * speaker's gesture. Returns the speaker.
   */
  update(views: SeatView[], line: number, look: Look, talking = false): void {
    const motion = !look.reducedMotion;
    const speaking = views.find((v) => v.speaking)?.id ?? null;
    for (const view of views) {
      const seat = this.seats.get(view.id);
      if (!seat) continue;
      const stanceChanged = seat.view.stance !== view.stance;
      seat.view = view;
      if (stanceChanged) this.stanceBeat(seat, motion);
    }
    const newLine = line !== this.line;
    this.line = line;
    if (speaking !== this.speaker || newLine) {
      const previous = this.speaker ? this.seats.get(this.speaker) : undefined;
      if (previous && previous.view.id !== speaking) this.setPose(previous, { gesture: 'rest', speaking: false });
      this.speaker = speaking;
      this.clearGesture();
      const seat = speaking ? this.seats.get(speaking) : undefined;
      if (seat) {
        this.lightOn(seat);
        if (!motion) this.setPose(seat, { gesture: 'a', speaking: true });
        // A line already all on screen (the stage arrived late, or the text shows at once): a
        // still pose, so a stage that waits draws nothing.
        else if (talking) this.gesture(seat);
        else this.setPose(seat, { gesture: 'rest', speaking: true });
      } else this.light?.setVisible(false);
    } else if (!talking && motion && this.gestureTimers.length > 0) {
      // The line is all on screen: the gesture ends with it (no frames while the stage waits).
      this.clearGesture();
      const seat = speaking ? this.seats.get(speaking) : undefined;
      if (seat) this.setPose(seat, { gesture: 'rest' });
    }
    this.redraw();
  }

  /** Leaves no timer behind (the scene is rebuilt or stopped). */
  destroy(): void {
    this.clearGesture();
    for (const t of this.timers) window.clearTimeout(t);
    this.timers.clear();
    this.seats.clear();
  }

  private gesture(seat: Seat): void {
    // The first frame now, with the change of speaker; the rest on a timer.
    this.setPose(seat, { gesture: GESTURE[0]!.frame, speaking: true });
    for (const step of GESTURE.slice(1)) {
      const id = window.setTimeout(() => {
        this.setPose(seat, { gesture: step.frame, speaking: true });
        if (step.frame === 'rest') this.gestureTimers = [];
        this.redraw();
      }, step.at);
      this.gestureTimers.push(id);
    }
  }

  private clearGesture(): void {
    for (const t of this.gestureTimers) window.clearTimeout(t);
    this.gestureTimers = [];
  }

  private lightOn(seat: Seat): void {
    if (!this.light) return;
    const { spot } = seat;
    this.light.setVisible(!this.colors.flat);
    this.light.setPosition(spot.near ? spot.x + spot.size * 0.2 : spot.x, spot.near ? this.layout.table.cy : spot.y - spot.size * 0.1);
  }

  /** A stance that changes: the new posture, its edge lit for a moment, the placard too. */
  private stanceBeat(seat: Seat, motion: boolean): void {
    const stance = seat.view.stance;
    const next: Partial<FigurePose> = stance ? { stance } : {};
    if (!stance) delete seat.pose.stance;
    this.setPose(seat, { ...next, flash: motion });
    seat.placard.setTexture(this.placardKey(seat.spot, seat.view, seat.costume, motion));
    if (!motion) return;
    const id = window.setTimeout(() => {
      this.timers.delete(id);
      this.setPose(seat, { flash: false });
      seat.placard.setTexture(this.placardKey(seat.spot, seat.view, seat.costume, false));
      this.redraw();
    }, FLASH_MS);
    this.timers.add(id);
  }

  private setPose(seat: Seat, change: Partial<FigurePose>): void {
    seat.pose = { ...seat.pose, ...change };
    const [bodyKey, armsKey] = this.figure(seat.spot, seat.costume, seat.pose);
    seat.body.setTexture(bodyKey);
    seat.arms.setTexture(armsKey);
  }

  /** The textures for a figure in a pose (drawn the first time they are needed). */
  private figure(spot: SeatSpot, costume: Costume, pose: FigurePose): [string, string, number, number] {
    const name = `fig:${spot.id}:${pose.stance ?? '-'}:${pose.gesture}:${pose.flash ? 1 : 0}:${pose.speaking && this.colors.flat ? 1 : 0}`;
    if (!this.book.has(`${name}:body`)) {
      const pictures = spot.near
        ? drawPlayer(costume, pose, spot.size, this.colors)
        : drawFigure(costume, pose, spot.size, spot.turn, this.colors);
      this.book.put(`${name}:body`, pictures.back);
      this.book.put(`${name}:arms`, pictures.front);
      this.origins.set(name, [pictures.originX / pictures.back.width, pictures.originY / pictures.back.height]);
    }
    const [ox, oy] = this.origins.get(name) ?? [0.5, 1];
    return [this.book.key(`${name}:body`), this.book.key(`${name}:arms`), ox, oy];
  }

  private readonly origins = new Map<string, [number, number]>();

  private placardKey(spot: SeatSpot, view: SeatView, costume: Costume, flash: boolean): string {
    const text = seatLabel(view)[this.layout.labels];
    const name = `card:${spot.id}:${view.stance ?? '-'}:${flash ? 1 : 0}`;
    if (!this.book.has(name)) {
      this.book.put(name, drawPlacard(text, view.stance, this.layout.fontSize, this.colors, costume.jacket, this.measure, flash, this.script));
    }
    return this.book.key(name);
  }
}
