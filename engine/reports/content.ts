// A report's content: each section of its definition computed from the workspace, in the
// report's language. The preview shows it, the PDF and the Excel workbook are written from it.
import type { ReportBlock, ReportContent, ReportSection, ReportSpec } from '../api/reportsTypes.js';
import { getMeta, type Db } from '../store/database.js';
import { reportKpis } from './kpis.js';
import { moduleSections } from './modules/index.js';
import { reportPeriod, type ReportPeriod } from './period.js';
import { viewSection } from './view.js';
import { periodText, reportWords, type ReportWords } from './words.js';

export interface ContentProgress {
  /** Told before each section: its index and the count. */
  section?: (index: number, count: number) => void;
}

function block(db: Db, spec: ReportSpec, period: ReportPeriod, words: ReportWords, section: ReportSection): ReportBlock {
  const { t } = words;
  switch (section.kind) {
    case 'kpis':
      return { kind: 'kpis', heading: t('reports.sections.kpis'), ...reportKpis(db, period, words) };
    case 'text':
      return { kind: 'text', heading: section.heading, body: section.body };
    case 'view':
      return { kind: 'chart', source: 'view', ...viewSection(db, section.viewId, spec.period, words) };
    case 'chart':
    case 'table': {
      const made = moduleSections[section.chart]({ db, period, words });
      return {
        kind: 'chart',
        source: section.chart,
        heading: t(`reports.modules.${section.chart}`),
        ...made,
        chart: section.kind === 'table' ? null : made.chart,
      };
    }
  }
}

export function reportContent(db: Db, spec: ReportSpec, progress: ContentProgress = {}, now = new Date().toISOString()): ReportContent {
  const words = reportWords(spec.language);
  const period = reportPeriod(spec.period);
  const blocks = spec.sections.map((section, i) => {
    progress.section?.(i, spec.sections.length);
    return block(db, spec, period, words, section);
  });
  return {
    title: spec.title,
    language: spec.language,
    period: spec.period,
    periodText: periodText(spec.period, words),
    generatedAt: now,
    isDemo: getMeta(db, 'is_demo') === '1',
    blocks,
  };
}
