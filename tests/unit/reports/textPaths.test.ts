// Chart texts as glyph outlines for rasterising: no text element is left, each becomes a path
// keeping its transform and fill, placed by its anchor (an end-anchored text ends at its x).
import { describe, expect, it } from 'vitest';
import { findCjkFont } from '../../../engine/pdf/font.js';
import { textsToPaths } from '../../../engine/reports/render/textPaths.js';

const font = findCjkFont();
const svg = (anchor: string, text: string) =>
  `<svg width="200" height="40"><text dominant-baseline="central" text-anchor="${anchor}" style="font-size:12px;font-family:X;" x="100" transform="translate(0 20)" fill="#4a5560">${text}</text></svg>`;

/** The x extent of a path's coordinates. */
function xRange(out: string): [number, number] {
  const d = /d="([^"]*)"/.exec(out)![1]!;
  const xs = [...d.matchAll(/(-?[\d.]+)[ ,](-?[\d.]+)/g)].map((m) => Number(m[1]));
  return [Math.min(...xs), Math.max(...xs)];
}

describe('texts to paths', () => {
  it('replaces every text with its glyphs’ outlines, keeping transform and fill', () => {
    const out = textsToPaths(svg('start', '用电量 kWh &amp; 2024'), font);
    expect(out).not.toContain('<text');
    expect(out).toMatch(/<path d="M[^"]+" transform="translate\(0 20\)" fill="#4a5560"\/>/);
  });

  it('places a text by its anchor', () => {
    const [startMin] = xRange(textsToPaths(svg('start', '线损率'), font));
    const [, endMax] = xRange(textsToPaths(svg('end', '线损率'), font));
    const [midMin, midMax] = xRange(textsToPaths(svg('middle', '线损率'), font));
    expect(startMin).toBeGreaterThanOrEqual(99);
    expect(startMin).toBeLessThan(102);
    expect(endMax).toBeLessThanOrEqual(101);
    expect(endMax).toBeGreaterThan(97);
    expect((midMin + midMax) / 2).toBeCloseTo(100, 0);
  });
});
