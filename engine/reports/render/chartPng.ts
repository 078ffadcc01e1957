// A chart's SVG as a PNG for Excel (exceljs embeds pictures, not vectors), rasterised by resvg
// at twice the size for a sharp picture on a high-density screen. Only the CJK font the PDF uses
// is loaded, and resvg sets every text in it whatever family the SVG names.
import { Resvg } from '@resvg/resvg-js';
import type { FontChoice } from '../../pdf/font.js';

export function chartPng(svg: string, font: FontChoice): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: 2 },
    background: '#ffffff',
    font: { fontFiles: [font.regular.path], loadSystemFonts: false },
  });
  return resvg.render().asPng();
}
