// The report's headline figures: the Overview's own (engine/overview/kpis.ts) for the period,
// the period before and the same months a year earlier, with the changes between them.
import type { OverviewKpis } from '../api/overviewTypes.js';
import type { ReportKpi } from '../api/reportsTypes.js';
import { formatMonth } from '../core/calendar.js';
import { overviewKpis } from '../overview/kpis.js';
import type { MonthRange } from '../overview/period.js';
import type { Db } from '../store/database.js';
import { coversRange, type ReportPeriod } from './period.js';
import { relativeChange } from './sentences.js';
import type { ReportWords } from './words.js';

/** The Overview's figures for a range, or null when the workspace holds nothing then. */
function kpisOf(db: Db, range: MonthRange): OverviewKpis | null {
  const kpis = overviewKpis(db, { from: formatMonth(range.from), to: formatMonth(range.to) });
  return kpis.consumptionKwh === 0 && kpis.billedYuan === 0 ? null : kpis;
}

/** Those of a range compared with: none where the workspace holds only part of it (a false change). */
const comparedOf = (db: Db, range: MonthRange) => (coversRange(db, range) ? kpisOf(db, range) : null);

type Figure = Pick<ReportKpi, 'key' | 'format' | 'unit' | 'change'> & { of: (k: OverviewKpis) => number | null };

const figures: Figure[] = [
  { key: 'consumption', format: 'integer', unit: 'kWh', change: 'relative', of: (k) => k.consumptionKwh },
  { key: 'billed', format: 'yuan', unit: 'yuan', change: 'relative', of: (k) => k.billedYuan },
  { key: 'collectionRate', format: 'percent', unit: '', change: 'points', of: (k) => k.collectionRate },
  { key: 'arrears', format: 'yuan', unit: 'yuan', change: 'relative', of: (k) => k.arrearsYuan },
  { key: 'customersInArrears', format: 'integer', unit: 'customers', change: 'relative', of: (k) => k.customersInArrears },
  { key: 'lineLossRate', format: 'percent', unit: '', change: 'points', of: (k) => k.lineLossRate },
];

function changeOf(figure: Figure, value: number | null, base: OverviewKpis | null): number | null {
  const before = base === null ? null : figure.of(base);
  if (value === null || before === null) return null;
  return figure.change === 'points' ? value - before : relativeChange(value, before);
}

export function reportKpis(db: Db, period: ReportPeriod, { t }: ReportWords): { kpis: ReportKpi[]; notes: string[] } {
  const now = kpisOf(db, period.range);
  if (now === null) return { kpis: [], notes: [t('reports.notes.noData')] };
  const before = comparedOf(db, period.previous);
  const yearAgo = comparedOf(db, period.yearAgo);
  const kpis = figures.map((f): ReportKpi => {
    const value = f.of(now);
    return {
      key: f.key,
      label: t(`reports.kpis.${f.key}`),
      value,
      format: f.format,
      unit: f.unit === '' ? '' : t(`reports.units.${f.unit}`, { defaultValue: f.unit }),
      change: f.change,
      mom: changeOf(f, value, before),
      yoy: changeOf(f, value, yearAgo),
    };
  });
  const notes: string[] = [];
  if (before === null) notes.push(t(`reports.notes.noPrevious.${period.against}`));
  if (yearAgo === null) notes.push(t('reports.notes.noYearAgo'));
  if (now.lineLossRate === null) notes.push(t('reports.notes.noSupply'));
  return { kpis, notes };
}
