// The text of a PDF as pdfkit writes it, for tests: pages in order, each the text of its TJ
// operators decoded through the fonts' ToUnicode maps (pdfkit shows embedded fonts' glyphs by
// glyph id, so the characters are only in those maps). Streams are inflated where deflated.
// Enough for pdfkit's own output; not a general PDF reader.
import zlib from 'node:zlib';

interface PdfObject {
  dict: string;
  stream: Buffer | null;
}

function objects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const out = new Map<number, PdfObject>();
  // Object by object, a stream read by its /Length: its bytes may hold anything, "endobj" too.
  const header = /(\d+) 0 obj\s*/g;
  for (let m = header.exec(text); m; m = header.exec(text)) {
    const body = header.lastIndex;
    const streamAt = text.indexOf('stream', body);
    const endAt = text.indexOf('endobj', body);
    if (streamAt < 0 || endAt < streamAt) {
      out.set(Number(m[1]), { dict: text.slice(body, endAt), stream: null });
      header.lastIndex = endAt;
      continue;
    }
    const dict = text.slice(body, streamAt);
    const start = text.indexOf('\n', streamAt) + 1;
    const length = Number(/\/Length (\d+)/.exec(dict)![1]);
    let bytes = pdf.subarray(start, start + length);
    if (dict.includes('/FlateDecode')) bytes = zlib.inflateSync(bytes);
    out.set(Number(m[1]), { dict, stream: bytes });
    header.lastIndex = text.indexOf('endobj', start + length);
  }
  return out;
}

/** Glyph code to text, from a ToUnicode CMap's bfrange arrays (pdfkit writes only those). */
function cmap(source: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const m of source.matchAll(/<([0-9a-fA-F]+)>\s*<[0-9a-fA-F]+>\s*\[([^\]]*)\]/g)) {
    let code = parseInt(m[1]!, 16);
    for (const entry of m[2]!.matchAll(/<([0-9a-fA-F ]+)>/g)) {
      const units = entry[1]!.trim().split(/\s+/).map((h) => parseInt(h, 16));
      map.set(code++, String.fromCharCode(...units));
    }
  }
  return map;
}

export function pdfPages(pdf: Buffer): string[] {
  const objs = objects(pdf);
  const stream = (ref: string | undefined) => (ref === undefined ? undefined : objs.get(Number(ref))?.stream?.toString('latin1'));
  const fonts = new Map<string, Map<number, string>>();
  for (const { dict } of objs.values()) {
    for (const m of dict.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
      const font = objs.get(Number(m[2]));
      const toUnicode = /\/ToUnicode (\d+) 0 R/.exec(font?.dict ?? '')?.[1];
      const source = stream(toUnicode);
      if (source) fonts.set(m[1]!, cmap(source));
    }
  }
  const pages: string[] = [];
  for (const { dict } of objs.values()) {
    if (!/\/Type \/Page\b/.test(dict)) continue;
    const content = stream(/\/Contents (\d+) 0 R/.exec(dict)?.[1]) ?? '';
    let map = new Map<number, string>();
    const lines: string[] = [];
    for (const m of content.matchAll(/\/(F\d+) [\d.]+ Tf|\[([^\]]*)\] TJ/g)) {
      if (m[1]) map = fonts.get(m[1]) ?? new Map();
      else lines.push([...m[2]!.matchAll(/<([0-9a-fA-F]+)>/g)].map((h) => h[1]!.match(/.{4}/g)!.map((code) => map.get(parseInt(code, 16)) ?? '').join('')).join(''));
    }
    pages.push(lines.join('\n'));
  }
  return pages;
}
