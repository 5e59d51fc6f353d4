// The run code as a QR code, for a student to show a teacher's phone or tablet instead of typing
// it: drawn on a canvas from the modules uqr works out (MIT, no dependencies, 27 KB unminified;
// loaded only when a student asks for the QR code). Always dark on light with a quiet zone, in every
// theme, because that is what a scanner reads. The code is capitals, hyphens and digits, so it
// fits QR's alphanumeric mode and stays small (version 2 or 3 for a whole debate).
import { encode } from 'uqr';

/** The QR code's modules (true = dark), with the 4-module quiet zone the standard asks for. */
export function qrModules(code: string): boolean[][] {
  return encode(code, { ecc: 'M', border: 4 }).data;
}

/** Draws the modules on a new canvas, `scale` pixels each. */
export function qrCanvas(code: string, label: string, scale = 6): HTMLCanvasElement {
  const modules = qrModules(code);
  const size = modules.length * scale;
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  canvas.className = 'run-code__qr';
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', label);
  const context = canvas.getContext('2d');
  if (!context) return canvas;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, size, size);
  context.fillStyle = '#000000';
  modules.forEach((row, y) => row.forEach((dark, x) => dark && context.fillRect(x * scale, y * scale, scale, scale)));
  return canvas;
}
