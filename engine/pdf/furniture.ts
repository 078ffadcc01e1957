// What every page of the workbench's PDFs carries: the fonts' registered names, the demo mark
// (a workspace of generated data says so on every page) and the footer line with the page number.
import type PDFDocument from 'pdfkit';
import type { FontChoice, FontFace } from './font.js';

type Doc = InstanceType<typeof PDFDocument>;

export interface Fonts {
  regular: string;
  bold: string;
}

export const DEMO_COLOR = '#c2493d';
export const MARGIN = 40;
export const FOOTER = 28;

/** Registers the CJK font's faces in the document under the names `Fonts` gives them. */
export function registerFonts(doc: Doc, font: FontChoice): Fonts {
  const register = (name: string, face: FontFace) => (face.postscriptName ? doc.registerFont(name, face.path, face.postscriptName) : doc.registerFont(name, face.path));
  register('cjk', font.regular);
  register('cjk-bold', font.bold);
  return { regular: 'cjk', bold: 'cjk-bold' };
}

/** The demo mark in a box at the top right of the page's text area. */
export function drawDemoBadge(doc: Doc, fonts: Fonts, badge: string): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const top = doc.page.margins.top;
  doc.font(fonts.bold).fontSize(10);
  const w = doc.widthOfString(badge) + 12;
  doc.roundedRect(left + width - w, top, w, 18, 3).lineWidth(1).strokeColor(DEMO_COLOR).stroke();
  doc.fillColor(DEMO_COLOR).text(badge, left + width - w + 6, top + 4, { lineBreak: false });
}

export interface Footer {
  /** What the document is, at the left. */
  left: string;
  /** The demo mark in the middle, or null for real data. */
  demo: string | null;
  /** 'Page 2 of 5' in the document's language. */
  page: (page: number, pages: number) => string;
}

/** The footer on every buffered page (the document needs `bufferPages`); returns the page count. */
export function drawFooters(doc: Doc, fonts: Fonts, footer: Footer): number {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    // Text below the bottom margin would start a new page: the footer sits in the margin.
    doc.page.margins.bottom = 0;
    const y = doc.page.height - MARGIN - 10;
    const left = doc.page.margins.left;
    const width = doc.page.width - left - doc.page.margins.right;
    doc.lineWidth(0.4).strokeColor('#c9d1d9').moveTo(left, y - 6).lineTo(left + width, y - 6).stroke();
    doc.font(fonts.regular).fontSize(8).fillColor('#4a5560').text(footer.left, left, y, { lineBreak: false });
    if (footer.demo !== null) doc.font(fonts.bold).fillColor(DEMO_COLOR).text(footer.demo, left, y, { width, align: 'center', lineBreak: false });
    doc.font(fonts.regular).fillColor('#4a5560').text(footer.page(i - range.start + 1, range.count), left, y, { width, align: 'right', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
  return range.count;
}
