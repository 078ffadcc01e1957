// The report templates: the monthly marketing analysis report (月度营销分析报告) for a month,
// in Chinese or English — the headline figures, then consumption, forecasts, arrears, theft cases
// and customer service, each a module chart with its table and sentences.
import type { ReportSection, ReportSpec, ReportTemplate } from '../api/reportsTypes.js';
import type { Language } from '../api/types.js';
import { addMonths, formatMonth, lastDayOf, monthOf, type Month } from '../core/calendar.js';
import type { Db } from '../store/database.js';
import { periodText, reportWords } from './words.js';

const monthlySections: ReportSection[] = [
  { kind: 'kpis' },
  { kind: 'chart', chart: 'consumption.byMonth' },
  { kind: 'chart', chart: 'consumption.byArea' },
  { kind: 'chart', chart: 'forecast.latest' },
  { kind: 'chart', chart: 'arrears.byMonth' },
  { kind: 'chart', chart: 'risk.grades' },
  { kind: 'table', chart: 'risk.collection' },
  { kind: 'chart', chart: 'theft.cases' },
  { kind: 'table', chart: 'theft.suspects' },
  { kind: 'chart', chart: 'service.volume' },
  { kind: 'chart', chart: 'service.satisfaction' },
  { kind: 'chart', chart: 'service.tags' },
];

export function monthlyReport(language: Language, month: string): ReportSpec {
  const words = reportWords(language);
  const period = { from: month, to: month };
  return {
    title: words.t('reports.templates.monthly.title', { period: periodText(period, words) }),
    language,
    period,
    sections: monthlySections.map((s) => ({ ...s })),
  };
}

/**
 * The latest month a monthly report can tell whole: its consumption runs to its last day (a
 * month still being read would show as a fall) and its bills are in; null without data.
 */
export function latestWholeMonth(db: Db): Month | null {
  const lastDay = db.prepare('SELECT MAX(day) FROM agg_energy_daily').pluck().get() as number | null;
  const lastBills = db.prepare('SELECT MAX(month) FROM agg_bills_monthly').pluck().get() as number | null;
  const energy = lastDay === null ? null : lastDayOf(monthOf(lastDay)) === lastDay ? monthOf(lastDay) : addMonths(monthOf(lastDay), -1);
  if (energy === null || lastBills === null) return energy ?? lastBills;
  return Math.min(energy, lastBills);
}

/** The templates for a month (default: the latest whole month of the workspace, else this month). */
export function reportTemplates(db: Db, language: Language, month?: string): ReportTemplate[] {
  const latest = latestWholeMonth(db);
  const chosen = month ?? (latest === null ? new Date().toISOString().slice(0, 7) : formatMonth(latest));
  return [{ id: 'monthly', name: reportWords(language).t('reports.templates.monthly.name'), spec: monthlyReport(language, chosen) }];
}
