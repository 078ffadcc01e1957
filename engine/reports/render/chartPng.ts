// Charts' SVGs as PNGs for Excel (exceljs embeds pictures, not vectors), rasterised by resvg at
// twice the size for a sharp picture on a high-density screen. Their texts are outlines of the
// PDF's CJK font already (textPaths.ts), so resvg loads no font; every chart of a report is drawn
// in one pass — the SVGs stacked in one document — and the picture cut into one PNG per chart.
import { Resvg } from '@resvg/resvg-js';
import { PNG } from 'pngjs';
import type { FontChoice } from '../../pdf/font.js';
import { textsToPaths } from './textPaths.js';

const SCALE = 2;

/** Each SVG (all `width` × `height`) as a PNG, in order. */
export function chartPngs(svgs: string[], width: number, height: number, font: FontChoice): Buffer[] {
  if (svgs.length === 0) return [];
  const stacked = svgs.map((svg, i) => textsToPaths(svg, font).replace(/^<svg /, `<svg x="0" y="${i * height}" `)).join('');
  const document = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height * svgs.length}">${stacked}</svg>`;
  const image = new Resvg(document, {
    fitTo: { mode: 'zoom', value: SCALE },
    background: '#ffffff',
    font: { loadSystemFonts: false },
  }).render();
  const rowBytes = image.width * 4;
  const rows = height * SCALE;
  const pixels = image.pixels;
  return svgs.map((_, i) => {
    const png = new PNG({ width: image.width, height: rows });
    pixels.copy(png.data, 0, i * rows * rowBytes, (i + 1) * rows * rowBytes);
    return PNG.sync.write(png);
  });
}
