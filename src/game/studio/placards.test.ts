// @vitest-environment happy-dom
// The placards' measure remembers widths (choosing the placards' size measures the same words many
// times), but never one taken while a font is still loading.
import { describe, expect, it, vi } from 'vitest';

const measured: string[] = [];
vi.mock('./canvas.ts', () => ({
  makeCanvas: () => ({
    canvas: {},
    ctx: {
      font: '',
      direction: 'ltr',
      measureText(this: { font: string }, text: string) {
        measured.push(`${this.font}|${text}`);
        return { width: text.length * (this.font.startsWith('700') ? 11 : 10) };
      },
    },
  }),
  roundRect: () => undefined,
}));

const { canvasMeasure } = await import('./placards.ts');

describe('canvasMeasure', () => {
  it('measures each text in each font once, with the width of its own font', () => {
    measured.length = 0;
    const measure = canvasMeasure(undefined, () => true);
    expect(measure('Kazem Sediqi', true, 24)).toBe(132);
    expect(measure('Kazem Sediqi', false, 24)).toBe(120);
    expect(measure('Kazem Sediqi', true, 24)).toBe(132);
    expect(measure('Kazem Sediqi', true, 20)).toBe(132);
    expect(measure('wary', true, 24)).toBe(44);
    // Three fonts for the name (bold 24, regular 24, bold 20) and one for the stance: four measurements.
    expect(measured).toHaveLength(4);
  });

  it('measures again while a font is still loading', () => {
    measured.length = 0;
    let settled = false;
    const measure = canvasMeasure(undefined, () => settled);
    measure('Ahmad Alamolhoda', true, 24);
    measure('Ahmad Alamolhoda', true, 24);
    expect(measured).toHaveLength(2);
    settled = true;
    measure('Ahmad Alamolhoda', true, 24);
    measure('Ahmad Alamolhoda', true, 24);
    expect(measured).toHaveLength(3);
  });
});
