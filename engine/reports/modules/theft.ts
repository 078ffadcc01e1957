// Theft: the latest score run's top suspects (engine/theft/runStore.ts, as the Theft page lists
// them) and the cases by status with the hit rate of the cases closed in the period
// (engine/theft/cases). Customers appear by number only.
import { caseStatuses } from '../../api/casesTypes.js';
import { codeKey } from '../../api/theftReasonText.js';
import { hitRate } from '../../theft/cases/hitRate.js';
import { listCases } from '../../theft/cases/read.js';
import { listScoreRuns, suspectsPage } from '../../theft/runStore.js';
import { formatDay, formatInteger, formatPercent } from '../../pdf/format.js';
import { caseStatusName, categoryName } from '../words.js';
import { onlyNote, type ModuleBlock, type ModuleInput } from './module.js';

const TOP = 10;

export function suspectsSection({ db, words }: ModuleInput): ModuleBlock {
  const { t, language } = words;
  const run = listScoreRuns(db, 1)[0];
  if (!run || run.runId === null) return onlyNote(t('reports.notes.noTheftRun'));
  const page = suspectsPage(db, { runId: run.runId, sort: 'rank', offset: 0, limit: TOP });
  const lossKwh = page.rows.reduce((a, r) => a + r.lossKwh, 0);
  return {
    chart: {
      type: 'bar',
      categories: page.rows.map((r) => r.customerId),
      series: [{ name: t('reports.series.lossKwh'), values: page.rows.map((r) => r.lossKwh) }],
      axes: ['kWh'],
    },
    table: {
      columns: [
        { label: t('reports.columns.rank'), format: 'integer' },
        { label: t('reports.columns.customer'), format: 'text' },
        { label: t('reports.columns.category'), format: 'text' },
        { label: t('reports.columns.area'), format: 'text' },
        { label: t('reports.columns.score'), format: 'decimal' },
        { label: t('reports.columns.lossKwh'), format: 'integer' },
        { label: t('reports.columns.reason'), format: 'text' },
      ],
      rows: page.rows.map((r) => [
        r.rank,
        r.customerId,
        categoryName(words, r.category),
        r.areaId ?? '—',
        r.score,
        r.lossKwh,
        r.reasons[0] ? t(`theft.indicators.${codeKey(r.reasons[0].code)}`, { defaultValue: r.reasons[0].code }) : '—',
      ]),
    },
    sentences: [
      t('reports.text.theftRun', { asOf: formatDay(run.asOf, language), count: run.customers, customers: formatInteger(run.customers, language) }),
      t('reports.text.theftTop', { count: page.rows.length, top: formatInteger(page.rows.length, language), kwh: formatInteger(lossKwh, language) }),
    ],
    notes: [],
  };
}

export function casesSection({ db, period, words }: ModuleInput): ModuleBlock {
  const { t, language } = words;
  const counts = caseStatuses.map((status) => listCases(db, { status: [status], offset: 0, limit: 1 }).total);
  const total = counts.reduce((a, b) => a + b, 0);
  if (total === 0) return onlyNote(t('reports.notes.noCases'));
  const open = counts[caseStatuses.indexOf('to_inspect')]! + counts[caseStatuses.indexOf('inspecting')]!;
  const inPeriod = hitRate(db, period.from, period.to).overall;
  const overall = hitRate(db).overall;
  return {
    chart: {
      type: 'bar',
      categories: caseStatuses.map((s) => caseStatusName(words, s)),
      series: [{ name: t('reports.series.cases'), values: counts }],
      axes: [t('reports.units.cases')],
      counts: true,
    },
    table: {
      columns: [
        { label: t('reports.columns.status'), format: 'text' },
        { label: t('reports.columns.cases'), format: 'integer' },
      ],
      rows: [...caseStatuses.map((s, i) => [caseStatusName(words, s), counts[i]!]), [t('reports.total'), total]],
    },
    sentences: [
      t('reports.text.cases', { count: total, total: formatInteger(total, language), open: formatInteger(open, language) }),
      overall.rate === null
        ? t('reports.text.hitRateNever')
        : inPeriod.rate === null
        ? t('reports.text.hitRateNone', { overall: formatPercent(overall.rate, language) })
        : t('reports.text.hitRate', {
            rate: formatPercent(inPeriod.rate, language),
            confirmed: formatInteger(inPeriod.confirmed, language),
            inspected: formatInteger(inPeriod.inspected, language),
            overall: formatPercent(overall.rate, language),
          }),
    ],
    notes: [],
  };
}
