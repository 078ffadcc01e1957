// Arrears risk of the latest score run, as the Risk page reads it (engine/risk/queries): customers
// by grade after the analysts' adjustments, and the collection list's top customers by expected
// loss. Customers appear by number only: names are personal data and stay out of reports.
import { riskGrades } from '../../api/riskModelTypes.js';
import { customersPage } from '../../risk/queries/customers.js';
import { distribution } from '../../risk/queries/distribution.js';
import { gradeCounts, listRuns } from '../../risk/queries/runs.js';
import { formatDay, formatDecimal, formatInteger } from '../../pdf/format.js';
import { categoryName, gradeName } from '../words.js';
import { onlyNote, type ModuleBlock, type ModuleInput } from './module.js';

const TOP = 10;

export function riskGradesSection({ db, words }: ModuleInput): ModuleBlock {
  const { t, language } = words;
  const run = listRuns(db, undefined, 1)[0];
  if (!run) return onlyNote(t('reports.notes.noRiskRun'));
  const byGrade = gradeCounts();
  for (const row of distribution(db, run.runId, 'category').rows) for (const g of riskGrades) byGrade[g] += row.byGrade[g];
  const total = riskGrades.reduce((n, g) => n + byGrade[g], 0);
  const risky = byGrade.D + byGrade.E;
  return {
    chart: {
      type: 'bar',
      categories: riskGrades.map((g) => gradeName(words, g)),
      series: [{ name: t('reports.series.customers'), values: riskGrades.map((g) => byGrade[g]) }],
      axes: [t('reports.units.customers')],
      counts: true,
    },
    table: {
      columns: [
        { label: t('reports.columns.grade'), format: 'text' },
        { label: t('reports.columns.customers'), format: 'integer' },
        { label: t('reports.columns.share'), format: 'percent' },
      ],
      rows: riskGrades.map((g) => [gradeName(words, g), byGrade[g], total > 0 ? byGrade[g] / total : null]),
    },
    sentences: [
      t('reports.text.riskRun', { asOf: formatDay(run.asOf, language), count: run.customers, customers: formatInteger(run.customers, language) }),
      t('reports.text.riskLoss', { loss: formatDecimal(run.expectedLossYuan, language, 2), outstanding: formatDecimal(run.outstandingYuan, language, 2), risky: formatInteger(risky, language) }),
    ],
    notes: [],
  };
}

export function collectionSection({ db, words }: ModuleInput): ModuleBlock {
  const { t, language } = words;
  const run = listRuns(db, undefined, 1)[0];
  if (!run) return onlyNote(t('reports.notes.noRiskRun'));
  const page = customersPage(db, { runId: run.runId, sort: 'expectedLoss', offset: 0, limit: TOP });
  const topLoss = page.rows.reduce((a, r) => a + r.expectedLossYuan, 0);
  return {
    chart: {
      type: 'bar',
      categories: page.rows.map((r) => r.customerId),
      series: [{ name: t('reports.series.expectedLoss'), values: page.rows.map((r) => r.expectedLossYuan) }],
      axes: [t('reports.units.yuan')],
    },
    table: {
      columns: [
        { label: t('reports.columns.customer'), format: 'text' },
        { label: t('reports.columns.category'), format: 'text' },
        { label: t('reports.columns.area'), format: 'text' },
        { label: t('reports.columns.grade'), format: 'text' },
        { label: t('reports.columns.probability'), format: 'percent' },
        { label: t('reports.columns.outstanding'), format: 'yuan' },
        { label: t('reports.columns.expectedLoss'), format: 'yuan' },
      ],
      rows: page.rows.map((r) => [r.customerId, categoryName(words, r.category), r.areaId ?? '—', r.adjustedGrade ?? r.grade, r.probability, r.outstandingYuan, r.expectedLossYuan]),
    },
    sentences: [
      t('reports.text.collectionTop', {
        count: page.rows.length,
        top: formatInteger(page.rows.length, language),
        loss: formatDecimal(topLoss, language, 2),
        share: run.expectedLossYuan > 0 ? formatDecimal((100 * topLoss) / run.expectedLossYuan, language, 1) : '—',
      }),
    ],
    notes: [],
  };
}
