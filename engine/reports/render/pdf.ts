// A report as an A4 PDF (pdfkit, the CJK font the system has, engine/pdf): a cover with the
// title, the period, when it was made and its contents; then each section — headline figures as
// cards, module charts as vector drawings (ECharts' SVG drawn by svg-to-pdfkit) with their
// sentences, tables and notes, and texts — and a footer with the page number on every page.
/// <reference path="./svg-to-pdfkit.d.ts" />
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import type { ReportBlock, ReportContent, ReportKpi } from '../../api/reportsTypes.js';
import type { FontChoice } from '../../pdf/font.js';
import { formatDateTime } from '../../pdf/format.js';
import { DEMO_COLOR, drawDemoBadge, drawFooters, FOOTER, MARGIN, registerFonts, type Fonts } from '../../pdf/furniture.js';
import { drawTable } from '../../pdf/table.js';
import { formatCell, formatChange, type ReportWords } from '../words.js';
import { chartSvg } from './chartSvg.js';

type Doc = InstanceType<typeof PDFDocument>;

const INK = '#1f2933';
const MUTED = '#6b7782';
const CHART_HEIGHT = 210;

export interface PdfProgress {
  /** Told before each section is laid out; throws to stop (a cancelled job). */
  section?: (index: number, count: number) => void;
}

const textWidth = (doc: Doc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
const bottom = (doc: Doc) => doc.page.height - doc.page.margins.bottom;

/** Lays the report out; the caller pipes the document to a file and ends it. Returns the page count. */
export function buildReportPdf(content: ReportContent, words: ReportWords, font: FontChoice, progress: PdfProgress = {}): { doc: Doc; pages: number } {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: MARGIN + FOOTER },
    bufferPages: true,
    info: { Title: content.title, Subject: content.periodText, Creator: 'Power Marketing Workbench' },
    lang: content.language,
  });
  const fonts = registerFonts(doc, font);
  drawCover(doc, fonts, content, words);
  doc.addPage();
  content.blocks.forEach((block, i) => {
    progress.section?.(i, content.blocks.length);
    // A section starts on the page where its heading, sentences and chart fit, else on the next.
    if (i > 0 && doc.y + (block.kind === 'chart' && block.chart ? CHART_HEIGHT + 90 : 120) > bottom(doc)) doc.addPage();
    else if (i > 0) doc.moveDown(1.2);
    drawBlock(doc, fonts, block, content, words);
  });
  const { t } = words;
  const pages = drawFooters(doc, fonts, {
    left: content.title,
    demo: content.isDemo ? t('workspace.demoBadge') : null,
    page: (page, count) => t('reports.pdf.page', { page, pages: count }),
  });
  return { doc, pages };
}

function drawCover(doc: Doc, fonts: Fonts, content: ReportContent, words: ReportWords): void {
  const { t, language } = words;
  const left = doc.page.margins.left;
  const width = textWidth(doc);
  if (content.isDemo) drawDemoBadge(doc, fonts, t('workspace.demoBadge'));
  doc.y = doc.page.height * 0.28;
  doc.font(fonts.bold).fontSize(24).fillColor(INK).text(content.title, left, doc.y, { width });
  doc.moveDown(0.5).font(fonts.regular).fontSize(13).fillColor('#2f7d8c').text(content.periodText, { width });
  doc.moveDown(0.4).fontSize(9).fillColor(MUTED).text(t('reports.pdf.generatedAt', { at: formatDateTime(content.generatedAt, language) }), { width });
  if (content.isDemo) doc.moveDown(0.4).fillColor(DEMO_COLOR).text(t('workspace.demoHint'), { width });
  doc.moveDown(2).font(fonts.bold).fontSize(11).fillColor(INK).text(t('reports.pdf.contents'), { width });
  doc.moveDown(0.3).font(fonts.regular).fontSize(10);
  content.blocks.forEach((block, i) => doc.fillColor(INK).text(`${i + 1}. ${block.heading}`, left + 8, doc.y, { width: width - 8 }));
}

function heading(doc: Doc, fonts: Fonts, text: string): void {
  doc.x = doc.page.margins.left;
  doc.font(fonts.bold).fontSize(13).fillColor(INK).text(text, { width: textWidth(doc) }).moveDown(0.4);
}

function paragraph(doc: Doc, fonts: Fonts, text: string, color = INK, size = 9.5): void {
  if (doc.y + 20 > bottom(doc)) doc.addPage();
  doc.font(fonts.regular).fontSize(size).fillColor(color).text(text, doc.page.margins.left, doc.y, { width: textWidth(doc) });
  doc.moveDown(0.4);
}

function drawBlock(doc: Doc, fonts: Fonts, block: ReportBlock, content: ReportContent, words: ReportWords): void {
  heading(doc, fonts, block.heading);
  switch (block.kind) {
    case 'text':
      paragraph(doc, fonts, block.body);
      return;
    case 'kpis':
      drawKpis(doc, fonts, block.kpis, words);
      for (const note of block.notes) paragraph(doc, fonts, note, MUTED, 8.5);
      return;
    case 'chart': {
      for (const sentence of block.sentences) paragraph(doc, fonts, sentence);
      if (block.chart) {
        const width = textWidth(doc);
        if (doc.y + CHART_HEIGHT > bottom(doc)) doc.addPage();
        const y = doc.y + 4;
        SVGtoPDF(doc, chartSvg(block.chart, content.language, width, CHART_HEIGHT), doc.page.margins.left, y, {
          assumePt: true,
          fontCallback: (_family, bold) => (bold ? fonts.bold : fonts.regular),
        });
        doc.x = doc.page.margins.left;
        doc.y = y + CHART_HEIGHT + 8;
      }
      if (block.table && block.table.rows.length > 0) {
        const { columns, rows } = block.table;
        drawTable(
          doc,
          fonts,
          columns.map((c) => ({ header: c.label, width: c.format === 'text' ? 1.4 : 1, align: c.format === 'text' ? ('left' as const) : ('right' as const) })),
          rows.map((row) => row.map((cell, i) => formatCell(cell, columns[i]!.format, content.language))),
        );
      }
      for (const note of block.notes) paragraph(doc, fonts, note, MUTED, 8.5);
      return;
    }
  }
}

/** A change as the card writes it: +4.2% for amounts, +0.3 pt for rates. */
export function kpiChange(kpi: ReportKpi, value: number | null, words: ReportWords): string {
  if (value === null) return '—';
  if (kpi.change === 'relative') return formatChange(value, words.language);
  const points = new Intl.NumberFormat(words.language, { signDisplay: 'exceptZero', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value * 100);
  return words.t('reports.points', { points });
}

function drawKpis(doc: Doc, fonts: Fonts, kpis: ReportKpi[], words: ReportWords): void {
  const { t, language } = words;
  const columns = 3;
  const gap = 8;
  const left = doc.page.margins.left;
  const width = (textWidth(doc) - gap * (columns - 1)) / columns;
  const height = 62;
  let y = doc.y;
  kpis.forEach((kpi, i) => {
    const col = i % columns;
    if (col === 0 && i > 0) y += height + gap;
    const x = left + col * (width + gap);
    doc.roundedRect(x, y, width, height, 4).lineWidth(0.6).strokeColor('#c9d1d9').stroke();
    doc.font(fonts.regular).fontSize(8.5).fillColor(MUTED).text(kpi.label, x + 8, y + 7, { width: width - 16, lineBreak: false });
    const value = `${formatCell(kpi.value, kpi.format, language)}${kpi.unit ? ` ${kpi.unit}` : ''}`;
    doc.font(fonts.bold).fontSize(14).fillColor(INK).text(value, x + 8, y + 21, { width: width - 16, lineBreak: false });
    const changes = `${t('reports.kpiMom')} ${kpiChange(kpi, kpi.mom, words)}   ${t('reports.kpiYoy')} ${kpiChange(kpi, kpi.yoy, words)}`;
    doc.font(fonts.regular).fontSize(8).fillColor(MUTED).text(changes, x + 8, y + 44, { width: width - 16, lineBreak: false });
  });
  doc.x = left;
  doc.y = y + height + 12;
}
