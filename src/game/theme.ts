// Colours and type for the canvas, in a normal and a high-contrast look. The DOM layer's colours
// live in src/ui/styles.css; these mirror them.
export interface Look {
  textScale: number;
  reducedMotion: boolean;
  highContrast: boolean;
}

export interface Palette {
  background: number;
  backgroundGlow: number;
  tableTop: number;
  tableRim: number;
  tableInlay: number;
  seat: number;
  seatRing: number;
  speakingRing: number;
  spotlight: number;
  spotlightAlpha: number;
  placard: number;
  placardLine: number;
  text: string;
  muted: string;
}

export const FONT = '"Atkinson Hyperlegible", "Noto Sans", system-ui, sans-serif';

export function palette(look: Pick<Look, 'highContrast'>): Palette {
  return look.highContrast
    ? {
        background: 0x000000,
        backgroundGlow: 0x000000,
        tableTop: 0x000000,
        tableRim: 0xffffff,
        tableInlay: 0xffffff,
        seat: 0x000000,
        seatRing: 0xffffff,
        speakingRing: 0xffe600,
        spotlight: 0xffe600,
        spotlightAlpha: 0.25,
        placard: 0x000000,
        placardLine: 0xffffff,
        text: '#ffffff',
        muted: '#ffffff',
      }
    : {
        background: 0x0e1522,
        backgroundGlow: 0x22324f,
        tableTop: 0x6b4226,
        tableRim: 0x3e2514,
        tableInlay: 0x8a5a35,
        seat: 0x1b2842,
        seatRing: 0x5a6f96,
        speakingRing: 0xf0b54c,
        spotlight: 0xfff1c9,
        spotlightAlpha: 0.16,
        placard: 0x152036,
        placardLine: 0x3a4d72,
        text: '#f4f1e8',
        muted: '#c2c9d8',
      };
}
