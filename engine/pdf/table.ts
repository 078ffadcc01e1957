// A table in the pack: a header row, rows that wrap their text within their column, and a new
// page (with the header again) when the next row does not fit.
import type PDFDocument from 'pdfkit';

type Doc = InstanceType<typeof PDFDocument>;

export interface Column {
  header: string;
  /** Share of the table's width. */
  width: number;
  align?: 'left' | 'right';
}

export interface TableFonts {
  regular: string;
  bold: string;
}

const SIZE = 8;
const PAD = 3;

export function drawTable(doc: Doc, fonts: TableFonts, columns: Column[], rows: string[][]): void {
  const left = doc.page.margins.left;
  const total = doc.page.width - left - doc.page.margins.right;
  const share = columns.reduce((sum, c) => sum + c.width, 0);
  const widths = columns.map((c) => (c.width / share) * total);
  const bottom = () => doc.page.height - doc.page.margins.bottom;

  const rowHeight = (cells: string[], font: string) => {
    doc.font(font).fontSize(SIZE);
    return Math.max(...cells.map((cell, i) => doc.heightOfString(cell, { width: widths[i]! - 2 * PAD }))) + 2 * PAD;
  };
  const drawRow = (cells: string[], font: string, header: boolean) => {
    const height = rowHeight(cells, font);
    const top = doc.y;
    if (header) doc.rect(left, top, total, height).fill('#eef1f4');
    let x = left;
    doc.font(font).fontSize(SIZE).fillColor('#1f2933');
    cells.forEach((cell, i) => {
      doc.text(cell, x + PAD, top + PAD, { width: widths[i]! - 2 * PAD, align: columns[i]!.align ?? 'left' });
      x += widths[i]!;
    });
    doc.lineWidth(0.4).strokeColor('#c9d1d9').moveTo(left, top + height).lineTo(left + total, top + height).stroke();
    doc.x = left;
    doc.y = top + height;
  };

  const headers = columns.map((c) => c.header);
  if (doc.y + rowHeight(headers, fonts.bold) + rowHeight(rows[0] ?? headers, fonts.regular) > bottom()) doc.addPage();
  drawRow(headers, fonts.bold, true);
  for (const row of rows) {
    if (doc.y + rowHeight(row, fonts.regular) > bottom()) {
      doc.addPage();
      drawRow(headers, fonts.bold, true);
    }
    drawRow(row, fonts.regular, false);
  }
  doc.moveDown(0.6);
}
