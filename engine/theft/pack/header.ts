// The pack's first page top: the title (and the demo mark), the case's facts in two columns,
// the suspicion score the case was opened with and its reasons in words.
import type PDFDocument from 'pdfkit';
import { reasonWords } from '../../api/theftReasonText.js';
import { maskName } from '../../catalog/mask.js';
import { fileFormats } from '../export/words.js';
import { DEMO_COLOR, drawDemoBadge, type Fonts } from '../../pdf/furniture.js';
import type { PackContent } from './content.js';
import { formatDateTime, formatDay, formatDecimal } from '../../pdf/format.js';
import { categoryLabel, indicatorHint, indicatorLabel, labelled, statusLabel, type Words } from './words.js';

type Doc = InstanceType<typeof PDFDocument>;


/** The facts block's label and value pairs, in reading order. */
export function caseFacts(content: PackContent, words: Words): [string, string][] {
  const { t, language } = words;
  const c = content.detail;
  return [
    [t('theft.cases.case'), t('theft.cases.caseNumber', { caseId: c.caseId })],
    [t('theft.suspects.customer'), c.customerId],
    // Masked as the suspects list shows names: the pack leaves the office.
    [t('theft.suspects.name'), c.customerName === null ? '—' : maskName(c.customerName)],
    [t('theft.suspects.category'), categoryLabel(words, c.category)],
    [t('theft.suspects.area'), c.areaId ?? '—'],
    [t('theft.cases.status'), statusLabel(words, c.status)],
    [t('theft.cases.assignee'), c.assignee ?? '—'],
    [t('theft.case.opened'), t('theft.case.openedBy', { at: formatDateTime(c.openedAt, language), who: c.openedBy })],
    [t('theft.case.dueDay'), formatDay(c.dueDay, language)],
    [t('theft.case.inspectionDay'), formatDay(c.inspectionDay, language)],
    [t('theft.case.closed'), formatDateTime(c.closedAt, language)],
    [t('theft.suspects.changeDay'), formatDay(content.evidence.changeDay, language)],
    [t('theft.cases.updated'), formatDateTime(c.updatedAt, language)],
    [t('theft.pack.generatedAt'), formatDateTime(content.generatedAt, language)],
  ];
}

/**
 * The score and each reason: the indicator's name and what it found, in the Theft page's words
 * (engine/api/theftReasonText.ts), or what it looks for where the run's figures are not at hand.
 */
export function suspicionLines(content: PackContent, words: Words): { score: string; reasons: { label: string; hint: string }[] } {
  const { t, language } = words;
  const c = content.detail;
  const found = new Map(content.findings.map((r) => [r.code, r]));
  return {
    score: c.score === null ? t('theft.case.byHand') : t('theft.pack.score', { score: formatDecimal(c.score, language, 2), runId: c.runId }),
    reasons: c.reasons.map((code) => {
      const reason = found.get(code);
      return { label: indicatorLabel(words, code), hint: reason ? reasonWords(t, fileFormats, reason, language) : indicatorHint(words, code) };
    }),
  };
}

export function drawHeader(doc: Doc, fonts: Fonts, content: PackContent, words: Words): void {
  const { t } = words;
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const top = doc.page.margins.top;
  if (content.isDemo) drawDemoBadge(doc, fonts, t('workspace.demoBadge'));
  doc.font(fonts.bold).fontSize(16).fillColor('#1f2933').text(t('theft.pack.title', { caseId: content.detail.caseId }), left, top, { width: width - 90 });
  if (content.isDemo) doc.font(fonts.regular).fontSize(8).fillColor(DEMO_COLOR).text(t('workspace.demoHint'), left, doc.y + 2, { width });
  doc.moveDown(0.6);

  const facts = caseFacts(content, words);
  const column = width / 2;
  const labelWidth = 78;
  const rows = Math.ceil(facts.length / 2);
  let y = doc.y;
  doc.fontSize(9);
  for (let r = 0; r < rows; r++) {
    let height = 0;
    for (const [k, fact] of [facts[r], facts[r + rows]].entries()) {
      if (!fact) continue;
      const x = left + k * column;
      doc.font(fonts.regular).fillColor('#6b7782').text(fact[0], x, y, { width: labelWidth - 4 });
      doc.font(fonts.bold).fillColor('#1f2933').text(fact[1], x + labelWidth, y, { width: column - labelWidth - 8 });
      height = Math.max(height, doc.y - y);
    }
    y += height + 3;
  }
  doc.x = left;
  doc.y = y + 6;

  const suspicion = suspicionLines(content, words);
  doc.font(fonts.bold).fontSize(11).fillColor('#1f2933').text(t('theft.pack.suspicion'), left, doc.y, { width });
  doc.font(fonts.regular).fontSize(9).text(labelled(words, t('theft.case.openedWith'), suspicion.score), { width });
  if (suspicion.reasons.length > 0) {
    doc.moveDown(0.2).font(fonts.regular).fillColor('#6b7782').text(labelled(words, t('theft.case.reasons')), { width });
    for (const reason of suspicion.reasons) {
      doc.font(fonts.bold).fillColor('#1f2933').text(`• ${reason.label}`, left + 8, doc.y, { width: width - 8, continued: reason.hint !== '' });
      if (reason.hint) doc.font(fonts.regular).fillColor('#4a5560').text(labelled(words, '', reason.hint));
    }
  }
  doc.x = left;
  doc.moveDown(0.8);
}
