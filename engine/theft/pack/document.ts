// The evidence pack as a PDF document (A4): the header, the three charts, then the tables, and on
// every page a footer with the case number, the page number and, for a demo workspace, the mark.
import PDFDocument from 'pdfkit';
import { areaLossChart, consumptionChart, eventsTimeline } from './charts/evidenceCharts.js';
import { drawLineChart, drawTimeline, timelineHeight, type Box } from './charts/draw.js';
import type { PackContent } from './content.js';
import type { FontChoice, FontFace } from './font.js';
import { formatInteger } from './format.js';
import { DEMO_COLOR, drawHeader, type Fonts } from './header.js';
import { drawBills, drawEstimate, drawFiles, drawFindings, drawHistory, drawNotes } from './sections.js';
import { categoryLabel, type Words } from './words.js';

type Doc = InstanceType<typeof PDFDocument>;

const MARGIN = 40;
const FOOTER = 28;

/** Lays the pack out; the caller pipes the document to a file and ends it. Returns the page count. */
export function buildPack(content: PackContent, words: Words, font: FontChoice): { doc: Doc; pages: number } {
  const { t } = words;
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: MARGIN + FOOTER },
    bufferPages: true,
    info: { Title: t('theft.pack.title', { caseId: content.detail.caseId }), Subject: content.detail.customerId, Creator: 'Power Marketing Workbench' },
    lang: words.language,
  });
  const register = (name: string, face: FontFace) => (face.postscriptName ? doc.registerFont(name, face.path, face.postscriptName) : doc.registerFont(name, face.path));
  register('pack', font.regular);
  register('pack-bold', font.bold);
  const fonts: Fonts = { regular: 'pack', bold: 'pack-bold' };

  drawHeader(doc, fonts, content, words);
  drawCharts(doc, fonts, content, words);
  for (const section of [drawBills, drawEstimate, drawFindings, drawNotes, drawFiles, drawHistory]) section(doc, fonts, content, words);
  const pages = drawFooters(doc, fonts, content, words);
  return { doc, pages };
}

function drawCharts(doc: Doc, fonts: Fonts, content: PackContent, words: Words): void {
  const x = doc.page.margins.left;
  const width = doc.page.width - x - doc.page.margins.right;
  /** A chart in the next `height` points (on a new page when they do not fit), the flow going on below it. */
  const place = (height: number, draw: (box: Box) => void) => {
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
    const box = { x, y: doc.y, width, height };
    draw(box);
    doc.x = x;
    doc.y = box.y + height + 10;
  };
  place(210, (box) => drawLineChart(doc, fonts, box, consumptionChart(content.evidence, words)));
  place(12, (box) => doc.font(fonts.regular).fontSize(7.5).fillColor('#6b7782').text(peersText(content, words), box.x, box.y, { width }));
  place(160, (box) => drawLineChart(doc, fonts, box, areaLossChart(content.evidence, words)));
  const timeline = eventsTimeline(content.evidence, words);
  place(timeline.empty ? 40 : timelineHeight(timeline.rows.length), (box) => drawTimeline(doc, fonts, box, timeline));
}

/** What the peer band compares with, as the case page says it. */
export function peersText({ evidence }: PackContent, words: Words): string {
  const { t, language } = words;
  if (evidence.peers.basis === 'none') return t('theft.chart.noPeers');
  const category = categoryLabel(words, evidence.category);
  const group = evidence.peers.basis === 'category_area' ? `${category} · ${t('theft.peerKeys.area')} ${evidence.areaId ?? ''}` : category;
  return t('theft.chart.peers', { count: evidence.peers.count, formatted: formatInteger(evidence.peers.count, language), group });
}

function drawFooters(doc: Doc, fonts: Fonts, content: PackContent, words: Words): number {
  const { t } = words;
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
    const caseText = `${t('theft.cases.caseNumber', { caseId: content.detail.caseId })} · ${content.detail.customerId}`;
    doc.font(fonts.regular).fontSize(8).fillColor('#4a5560').text(caseText, left, y, { lineBreak: false });
    if (content.isDemo) doc.font(fonts.bold).fillColor(DEMO_COLOR).text(t('workspace.demoBadge'), left, y, { width, align: 'center', lineBreak: false });
    doc.font(fonts.regular).fillColor('#4a5560').text(t('theft.pack.page', { page: i - range.start + 1, pages: range.count }), left, y, { width, align: 'right', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
  return range.count;
}
