// The evidence pack as a PDF document (A4): the header, the three charts, then the tables, and on
// every page a footer with the case number, the page number and, for a demo workspace, the mark.
import PDFDocument from 'pdfkit';
import { areaLossChart, consumptionChart, eventsTimeline } from './charts/evidenceCharts.js';
import { drawLineChart, drawTimeline, timelineHeight, type Box } from './charts/draw.js';
import type { PackContent } from './content.js';
import type { FontChoice } from '../../pdf/font.js';
import { formatInteger } from '../../pdf/format.js';
import { drawFooters, FOOTER, MARGIN, registerFonts, type Fonts } from '../../pdf/furniture.js';
import { drawHeader } from './header.js';
import { drawBills, drawEstimate, drawFiles, drawFindings, drawHistory, drawNotes } from './sections.js';
import { categoryLabel, type Words } from './words.js';

type Doc = InstanceType<typeof PDFDocument>;

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
  const fonts = registerFonts(doc, font);

  drawHeader(doc, fonts, content, words);
  drawCharts(doc, fonts, content, words);
  for (const section of [drawBills, drawEstimate, drawFindings, drawNotes, drawFiles, drawHistory]) section(doc, fonts, content, words);
  const pages = drawFooters(doc, fonts, {
    left: `${t('theft.cases.caseNumber', { caseId: content.detail.caseId })} · ${content.detail.customerId}`,
    demo: content.isDemo ? t('workspace.demoBadge') : null,
    page: (page, count) => t('theft.pack.page', { page, pages: count }),
  });
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
