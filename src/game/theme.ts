// Colours and type for the canvas, in a normal and a high-contrast look. The DOM layer's colours
// live in src/ui/play/play.css; these mirror them.
export interface Look {
  textScale: number;
  reducedMotion: boolean;
  highContrast: boolean;
}

export interface Palette {
  /** High contrast: flat fills, white outlines, no glow. */
  flat: boolean;
  background: string;
  wallTop: string;
  wallBottom: string;
  panel: string;
  panelGlow: string;
  rig: string;
  lamp: string;
  floor: string;
  floorLine: string;
  riser: string;
  beam: string;
  tableTop: string;
  tableTopLight: string;
  tableEdge: string;
  tableRim: string;
  /** The studio audience: in the dark, and the share of it lit up as the room comes round. */
  crowd: string;
  crowdLit: string;
  crowdRim: string;
  /** Outline round every figure (high contrast only). */
  outline: string;
  speakerOutline: string;
  keyLight: string;
  placard: string;
  placardLine: string;
  text: string;
  muted: string;
  stance: { firm: string; wary: string; open: string };
}

// eslint-disable-next-line round-table/words-from-catalogue -- a CSS font list, not words
export const FONT = '"Atkinson Hyperlegible", "Noto Sans", system-ui, sans-serif';

/**
 * How the canvas writes the page's language: its direction, its font list, and a few of its
 * characters (a face limited by `unicode-range`, like Vazirmatn, is only fetched for text that
 * needs it, so `document.fonts.load` is given text in the script). Plain data from the app: the
 * scenes never learn the language itself.
 */
export interface CanvasScript {
  direction: 'ltr' | 'rtl';
  font: string;
  sample: string;
}

// eslint-disable-next-line round-table/words-from-catalogue -- sample characters for the font loader, not words
export const LATIN_SCRIPT: CanvasScript = { direction: 'ltr', font: FONT, sample: 'Aa' };

/** Persian: Vazirmatn (src/ui/kit/vazirmatn.css, in the page's stylesheet) for the Arabic script, the Latin font for the rest. */
export const PERSIAN_SCRIPT: CanvasScript = { direction: 'rtl', font: `"Vazirmatn", ${FONT}`, sample: 'Aaآب' };

/** The canvas script for a page language. */
export const canvasScript = (locale: string): CanvasScript => (locale === 'fa' ? PERSIAN_SCRIPT : LATIN_SCRIPT);

/** The two faces the canvas draws with, as `document.fonts` takes them. */
export const scriptFaces = (script: CanvasScript, px = 16): string[] => [`400 ${px}px ${script.font}`, `700 ${px}px ${script.font}`];

export function palette(look: Pick<Look, 'highContrast'>): Palette {
  return look.highContrast
    ? {
        flat: true,
        background: '#000000',
        wallTop: '#000000',
        wallBottom: '#000000',
        panel: '#000000',
        panelGlow: '#ffffff',
        rig: '#ffffff',
        lamp: '#ffffff',
        floor: '#000000',
        floorLine: '#ffffff',
        riser: '#000000',
        beam: 'rgba(0,0,0,0)',
        tableTop: '#000000',
        tableTopLight: '#000000',
        tableEdge: '#000000',
        tableRim: '#ffffff',
        crowd: '#000000',
        crowdLit: '#ffe600',
        crowdRim: '#ffffff',
        outline: '#ffffff',
        speakerOutline: '#ffe600',
        keyLight: 'rgba(255,230,0,0.0)',
        placard: '#000000',
        placardLine: '#ffffff',
        text: '#ffffff',
        muted: '#ffffff',
        stance: { firm: '#ffffff', wary: '#ffffff', open: '#ffffff' },
      }
    : {
        flat: false,
        background: '#0a101c',
        wallTop: '#0b1322',
        wallBottom: '#16233b',
        panel: '#13213a',
        panelGlow: '#2e5d9c',
        rig: '#1d2738',
        lamp: '#fff1c9',
        floor: '#0d1626',
        floorLine: '#2a4a78',
        riser: '#111a2b',
        beam: 'rgba(255, 241, 201, 0.07)',
        tableTop: '#1b2a44',
        tableTopLight: '#2c4468',
        tableEdge: '#0f1828',
        tableRim: '#f0b54c',
        crowd: '#1c2840',
        crowdLit: '#6a5a3e',
        crowdRim: '#3a4d72',
        outline: 'rgba(0,0,0,0)',
        speakerOutline: 'rgba(0,0,0,0)',
        keyLight: 'rgba(255, 236, 190, 0.2)',
        placard: '#101a2c',
        placardLine: '#3a4d72',
        text: '#f4f1e8',
        muted: '#c2c9d8',
        stance: { firm: '#ff8a7a', wary: '#f0b54c', open: '#6fd3a0' },
      };
}
