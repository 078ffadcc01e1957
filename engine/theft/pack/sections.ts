// The pack's tables and texts after the charts: bills and payments, the back-billing estimate
// and the auditor's adjustment, the inspection findings, notes, attached files and the history.
import type PDFDocument from 'pdfkit';
import type { PackContent } from './content.js';
import { formatDateTime, formatDay, formatDecimal, formatInteger, formatMonth } from '../../pdf/format.js';
import type { Fonts } from '../../pdf/furniture.js';
import { drawTable } from '../../pdf/table.js';
import { historyText, labelled, type Words } from './words.js';

type Doc = InstanceType<typeof PDFDocument>;

function heading(doc: Doc, fonts: Fonts, title: string): void {
  // A heading never ends a page alone.
  if (doc.y + 60 > doc.page.height - doc.page.margins.bottom) doc.addPage();
  doc.x = doc.page.margins.left;
  doc.font(fonts.bold).fontSize(11).fillColor('#1f2933').text(title).moveDown(0.3);
}

function paragraph(doc: Doc, fonts: Fonts, text: string, color = '#1f2933'): void {
  doc.font(fonts.regular).fontSize(9).fillColor(color).text(text, doc.page.margins.left, doc.y, { width: doc.page.width - doc.page.margins.left - doc.page.margins.right });
  doc.moveDown(0.6);
}

export function drawBills(doc: Doc, fonts: Fonts, { evidence }: PackContent, { t, language }: Words): void {
  heading(doc, fonts, t('bills.title'));
  if (evidence.bills.length === 0) return paragraph(doc, fonts, t('bills.none'), '#6b7782');
  const yuan = (v: number) => formatDecimal(v, language, 2);
  drawTable(
    doc,
    fonts,
    [
      { header: t('bills.month'), width: 1.1 },
      { header: t('bills.kwh'), width: 1, align: 'right' },
      { header: t('bills.billed'), width: 1, align: 'right' },
      { header: t('bills.paid'), width: 1, align: 'right' },
      { header: t('bills.paidDay'), width: 1.2 },
      { header: t('bills.arrears'), width: 1, align: 'right' },
      { header: t('bills.channel'), width: 1 },
    ],
    evidence.bills.map((b) => [formatMonth(b.month, language), formatInteger(b.kwh, language), yuan(b.billedYuan), yuan(b.paidYuan), formatDay(b.paidDay, language), yuan(b.arrearsYuan), b.channel ? t(`values.bills.channel.${b.channel}`, { defaultValue: b.channel }) : '—']),
  );
}

export function drawEstimate(doc: Doc, fonts: Fonts, { detail }: PackContent, words: Words): void {
  const { t, language } = words;
  heading(doc, fonts, t('theft.estimate.title'));
  const e = detail.estimate;
  if (e === null) paragraph(doc, fonts, t('theft.estimate.none'), '#6b7782');
  else {
    paragraph(doc, fonts, t('theft.estimate.figures', { kwh: formatInteger(e.kwh, language), yuan: formatDecimal(e.yuan, language, 2) }));
    paragraph(
      doc,
      fonts,
      t('theft.estimate.how', {
        days: formatInteger(e.days, language),
        from: formatDay(e.from, language),
        to: formatDay(e.to, language),
        baseline: formatDecimal(e.baselineKwhPerDay, language, 1),
        metered: formatInteger(e.meteredKwh, language),
        price: formatDecimal(e.priceYuanPerKwh, language, 4),
        source: t(`theft.estimate.priceSources.${e.priceSource}`),
      }),
      '#4a5560',
    );
  }
  const a = detail.adjustment;
  if (a !== null) paragraph(doc, fonts, t('theft.estimate.adjusted', { kwh: formatInteger(a.kwh, language), yuan: formatDecimal(a.yuan, language, 2), reason: a.reason }));
  drawRulesEstimate(doc, fonts, detail, words);
}

/** Back-billing by the rules (供电营业规则 art. 103 and the art. 102 penalty), as the case page shows it beside the estimate. */
function drawRulesEstimate(doc: Doc, fonts: Fonts, detail: PackContent['detail'], { t, language }: Words): void {
  doc.font(fonts.bold).fontSize(9.5).fillColor('#1f2933').text(t('theft.estimate.rules.title'), doc.page.margins.left, doc.y).moveDown(0.2);
  const r = detail.rulesEstimate;
  if (r === null) return paragraph(doc, fonts, t('theft.estimate.rules.none'), '#6b7782');
  const money = (v: number) => formatDecimal(v, language, 2);
  paragraph(doc, fonts, t('theft.estimate.rules.figures', { kwh: formatInteger(r.kwh, language), yuan: money(r.yuan), penalty: money(r.penaltyYuan), total: money(r.totalYuan) }));
  paragraph(
    doc,
    fonts,
    t(`theft.estimate.rules.how.${r.daysBasis === 'minimum' ? 'minimum' : 'dated'}`, {
      kva: formatDecimal(r.capacityKva, language, 0),
      hours: formatInteger(r.hoursPerDay, language),
      user: t(`theft.estimate.rules.users.${r.userKind}`),
      days: formatInteger(r.days, language),
      from: formatDay(r.from, language),
      to: formatDay(r.to, language),
      price: formatDecimal(r.priceYuanPerKwh, language, 4),
      source: t(`theft.estimate.priceSources.${r.priceSource}`),
    }),
    '#4a5560',
  );
  paragraph(doc, fonts, t(detail.status === 'contract_violation' ? 'theft.estimate.rules.violationNote' : 'theft.estimate.rules.penaltyNote'), '#4a5560');
}

export function drawFindings(doc: Doc, fonts: Fonts, { detail }: PackContent, words: Words): void {
  const { t, language } = words;
  heading(doc, fonts, t('theft.case.inspection'));
  paragraph(doc, fonts, labelled(words, t('theft.case.inspectionDay'), formatDay(detail.inspectionDay, language)), '#4a5560');
  paragraph(doc, fonts, labelled(words, t('theft.case.findings'), detail.findings ?? '—'));
}

export function drawNotes(doc: Doc, fonts: Fonts, { detail }: PackContent, { t, language }: Words): void {
  heading(doc, fonts, t('theft.notes.title'));
  if (detail.notes.length === 0) return paragraph(doc, fonts, t('theft.notes.none'), '#6b7782');
  // Paragraphs, not table rows: a note may run longer than a page.
  for (const note of detail.notes) {
    doc.font(fonts.regular).fontSize(8).fillColor('#6b7782').text(t('theft.notes.by', { who: note.who, at: formatDateTime(note.at, language) }), doc.page.margins.left, doc.y);
    paragraph(doc, fonts, note.text);
  }
}

export function drawFiles(doc: Doc, fonts: Fonts, { detail }: PackContent, { t, language }: Words): void {
  heading(doc, fonts, t('theft.files.title'));
  if (detail.files.length === 0) return paragraph(doc, fonts, t('theft.files.none'), '#6b7782');
  drawTable(
    doc,
    fonts,
    [
      { header: t('theft.pack.fileName'), width: 3 },
      { header: t('theft.pack.fileSize'), width: 0.9, align: 'right' },
      { header: t('theft.pack.when'), width: 1.3 },
      { header: t('theft.pack.who'), width: 0.9 },
    ],
    detail.files.map((f) => [f.name, `${formatInteger(Math.ceil(f.size / 1024), language)} KB`, formatDateTime(f.at, language), f.who]),
  );
}

/** The history repeats notes and findings whole; the pack gives them in full above, so a row keeps to a few lines. */
const HISTORY_TEXT_CHARS = 400;

function clip(text: string): string {
  const chars = [...text];
  return chars.length <= HISTORY_TEXT_CHARS ? text : `${chars.slice(0, HISTORY_TEXT_CHARS).join('')}…`;
}

export function drawHistory(doc: Doc, fonts: Fonts, { detail }: PackContent, words: Words): void {
  const { t, language } = words;
  heading(doc, fonts, t('theft.history.title'));
  drawTable(
    doc,
    fonts,
    [
      { header: t('theft.pack.when'), width: 1.3 },
      { header: t('theft.pack.who'), width: 0.9 },
      { header: t('theft.pack.action'), width: 0.8 },
      { header: t('theft.pack.what'), width: 3.2 },
    ],
    detail.history.map((h) => [formatDateTime(h.at, language), h.who, t(`theft.history.actions.${h.action}`), clip(historyText(words, h))]),
  );
}
