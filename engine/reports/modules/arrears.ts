// Bills, payments and arrears by month (the Overview's arrears query) over the year to the
// period's end, with the collection rate of the period against the period before.
import { arrearsByMonth } from '../../overview/charts.js';
import { overviewKpis } from '../../overview/kpis.js';
import { formatMonth } from '../../core/calendar.js';
import { formatDecimal, formatInteger, formatPercent } from '../../pdf/format.js';
import { trailingYear } from '../period.js';
import { onlyNote, type ModuleBlock, type ModuleInput } from './module.js';

const TABLE_MONTHS = 6;

export function arrearsSection({ db, period, words }: ModuleInput): ModuleBlock {
  const { t, language } = words;
  const kpis = overviewKpis(db, { from: formatMonth(period.range.from), to: formatMonth(period.range.to) });
  if (kpis.billedYuan === 0) return onlyNote(t('reports.notes.noBills'));
  const before = overviewKpis(db, { from: formatMonth(period.previous.from), to: formatMonth(period.previous.to) });
  const trend = arrearsByMonth(db, trailingYear(period));
  const rate = (i: number) => (trend.billedYuan[i]! > 0 ? trend.paidYuan[i]! / trend.billedYuan[i]! : null);
  const last = trend.months.map((_, i) => i).slice(-TABLE_MONTHS);
  return {
    chart: {
      type: 'bar',
      categories: trend.months,
      series: [
        { name: t('reports.series.billed'), values: trend.billedYuan },
        { name: t('reports.series.paid'), values: trend.paidYuan },
        { name: t('reports.series.arrears'), values: trend.arrearsYuan, kind: 'line' },
      ],
      axes: [t('reports.units.yuan')],
    },
    table: {
      columns: [
        { label: t('reports.columns.month'), format: 'text' },
        { label: t('reports.columns.billed'), format: 'yuan' },
        { label: t('reports.columns.paid'), format: 'yuan' },
        { label: t('reports.columns.collectionRate'), format: 'percent' },
        { label: t('reports.columns.arrears'), format: 'yuan' },
        { label: t('reports.columns.customersInArrears'), format: 'integer' },
      ],
      rows: last.map((i) => [trend.months[i]!, trend.billedYuan[i]!, trend.paidYuan[i]!, rate(i), trend.arrearsYuan[i]!, trend.customersInArrears[i]!]),
    },
    sentences: [
      before.collectionRate === null
        ? t('reports.text.collection', { rate: formatPercent(kpis.collectionRate, language) })
        : t('reports.text.collectionCompared', { rate: formatPercent(kpis.collectionRate, language), before: formatPercent(before.collectionRate, language), when: t(`reports.text.before.${period.against}`) }),
      t('reports.text.arrearsOwed', { yuan: formatDecimal(kpis.arrearsYuan, language, 2), count: kpis.customersInArrears, customers: formatInteger(kpis.customersInArrears, language) }),
    ],
    notes: [],
  };
}
