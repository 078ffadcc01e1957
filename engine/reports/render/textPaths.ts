// ECharts' SVG texts turned into outlines of the CJK font's glyphs (fontkit, which pdfkit uses to
// embed the same font), so that a chart rasterises without a font: resvg would otherwise parse the
// large CJK face again for every text (about 0.1 s each, seconds per chart). What ECharts' SSR
// renderer writes for a text — x, y, a transform, text-anchor, dominant-baseline, the font size in
// the style and a fill — is honoured; the rest of the SVG is left as it is.
import * as fontkit from 'fontkit';
import type { FontChoice } from '../../pdf/font.js';

type Font = fontkit.Font;

const fonts = new Map<string, Font>();

/** The regular face, opened once per process (a collection by its PostScript name). */
function openFont(choice: FontChoice): Font {
  const key = `${choice.regular.path}|${choice.regular.postscriptName ?? ''}`;
  let font = fonts.get(key);
  if (!font) {
    const opened = fontkit.openSync(choice.regular.path, choice.regular.postscriptName);
    font = 'fonts' in opened ? opened.fonts[0]! : opened;
    fonts.set(key, font);
  }
  return font;
}

const attribute = (attrs: string, name: string) => new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attrs)?.[1];

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, code: string) =>
    code.startsWith('#x') || code.startsWith('#X') ? String.fromCodePoint(parseInt(code.slice(2), 16)) : code.startsWith('#') ? String.fromCodePoint(Number(code.slice(1))) : (entities[code] ?? whole),
  );

/** The baseline's offset from the text's y, in ems, for the dominant-baseline ECharts writes. */
function baselineShift(font: Font, baseline: string | undefined): number {
  const ascent = font.ascent / font.unitsPerEm;
  const descent = font.descent / font.unitsPerEm;
  switch (baseline) {
    case 'central':
    case 'middle':
      return (ascent + descent) / 2;
    case 'hanging':
    case 'text-before-edge':
      return ascent;
    case 'ideographic':
    case 'text-after-edge':
      return descent;
    default:
      return 0;
  }
}

/** One text as a path of its glyphs' outlines, in the text's own coordinates. */
function textPath(font: Font, attrs: string, content: string): string {
  const text = decode(content);
  const size = Number(/font-size:\s*([\d.]+)px/.exec(attribute(attrs, 'style') ?? '')?.[1] ?? 12);
  const scale = size / font.unitsPerEm;
  const run = font.layout(text);
  const width = run.advanceWidth * scale;
  const anchor = attribute(attrs, 'text-anchor');
  let x = Number(attribute(attrs, 'x') ?? 0) - (anchor === 'middle' ? width / 2 : anchor === 'end' ? width : 0);
  const y = Number(attribute(attrs, 'y') ?? 0) + baselineShift(font, attribute(attrs, 'dominant-baseline')) * size;
  const parts: string[] = [];
  run.glyphs.forEach((glyph, i) => {
    const position = run.positions[i]!;
    const gx = x + position.xOffset * scale;
    const gy = y - position.yOffset * scale;
    parts.push(glyph.path.scale(scale, -scale).translate(gx, gy).toSVG());
    x += position.xAdvance * scale;
  });
  const keep = ['transform', 'fill', 'fill-opacity', 'opacity'].flatMap((name) => {
    const value = attribute(attrs, name);
    return value === undefined ? [] : [`${name}="${value}"`];
  });
  return `<path d="${parts.join(' ')}" ${keep.join(' ')}/>`;
}

export function textsToPaths(svg: string, choice: FontChoice): string {
  const font = openFont(choice);
  return svg.replace(/<text([^>]*)>([\s\S]*?)<\/text>/g, (_whole, attrs: string, content: string) => textPath(font, attrs, content));
}
