// Consumption sections, from the Overview's own queries (engine/overview/charts.ts): by month and
// usage category over the year to the period's end, and by transformer area with its line loss.
import { categories, type Category } from '../../api/overviewTypes.js';
import type { ReportTable } from '../../api/reportsTypes.js';
import { consumptionByArea, consumptionByMonth } from '../../overview/charts.js';
import { lineLoss } from '../../overview/lineLoss.js';
import type { MonthRange } from '../../overview/period.js';
import { formatInteger, formatPercent } from '../../pdf/format.js';
import { coversRange, trailingYear } from '../period.js';
import { changeSentence, leader, relativeChange } from '../sentences.js';
import { categoryName } from '../words.js';
import { onlyNote, type ModuleBlock, type ModuleInput } from './module.js';

/** kWh per category over a range, as the Overview's monthly chart sums them. */
function byCategory(input: ModuleInput, range: MonthRange): Map<Category, number> {
  const totals = new Map<Category, number>();
  for (const s of consumptionByMonth(input.db, range).series) totals.set(s.category, s.kwh.reduce((a, b) => a + b, 0));
  return totals;
}

const sum = (values: Iterable<number>) => [...values].reduce((a, b) => a + b, 0);

export function consumptionByMonthSection(input: ModuleInput): ModuleBlock {
  const { words, period } = input;
  const { t } = words;
  const now = byCategory(input, period.range);
  const total = sum(now.values());
  if (total === 0) return onlyNote(t('reports.notes.noConsumption'));
  // A month the data only partly covers is no comparison.
  const before = coversRange(input.db, period.previous) ? byCategory(input, period.previous) : new Map<Category, number>();
  const yearAgo = coversRange(input.db, period.yearAgo) ? byCategory(input, period.yearAgo) : new Map<Category, number>();
  const totalBefore = before.size ? sum(before.values()) : null;
  const totalYearAgo = yearAgo.size ? sum(yearAgo.values()) : null;
  const change = relativeChange(total, totalBefore);
  const led = change === null ? null : leader([...now].map(([key, value]) => ({ key, value, base: before.get(key) ?? 0 })), change);
  const subject = t('reports.subjects.consumption');
  const sentences = [
    t('reports.text.consumptionTotal', { kwh: formatInteger(total, words.language) }),
    changeSentence(words, subject, change, period.against, led && { name: categoryName(words, led.key), change: led.change }),
    changeSentence(words, subject, relativeChange(total, totalYearAgo), 'year'),
  ];
  const trend = consumptionByMonth(input.db, trailingYear(period));
  const rows = categories
    .filter((c) => now.has(c) || before.has(c))
    .map((c) => {
      const kwh = now.get(c) ?? 0;
      return [categoryName(words, c), kwh, kwh / total, relativeChange(kwh, before.get(c)), relativeChange(kwh, yearAgo.get(c))];
    });
  const table: ReportTable = {
    columns: [
      { label: t('reports.columns.category'), format: 'text' },
      { label: t('reports.columns.kwh'), format: 'integer' },
      { label: t('reports.columns.share'), format: 'percent' },
      { label: t(`reports.columns.change.${period.against}`), format: 'percent' },
      { label: t('reports.columns.change.year'), format: 'percent' },
    ],
    rows: [...rows, [t('reports.total'), total, 1, change, relativeChange(total, totalYearAgo)]],
  };
  return {
    chart: {
      type: 'bar',
      categories: trend.months,
      series: trend.series.map((s) => ({ name: categoryName(words, s.category), values: s.kwh, stack: 'kwh' })),
      axes: ['kWh'],
    },
    table,
    sentences,
    notes: [],
  };
}

const AREAS = 10;

export function consumptionByAreaSection(input: ModuleInput): ModuleBlock {
  const { words, period, db } = input;
  const { t, language } = words;
  const areas = consumptionByArea(db, period.range, AREAS);
  if (areas.length === 0) return onlyNote(t('reports.notes.noConsumption'));
  const loss = lineLoss(db, period.range);
  const top = areas[0]!;
  const total = sum(byCategory(input, period.range).values());
  const sentences = [t('reports.text.topArea', { area: top.name || top.areaId, kwh: formatInteger(top.kwh, language), share: formatPercent(total > 0 ? top.kwh / total : null, language) })];
  const notes: string[] = [];
  if (loss.lossRate === null) notes.push(t('reports.notes.noSupply'));
  else {
    const worst = [...areas].filter((a) => a.lossRate !== null).sort((a, b) => b.lossRate! - a.lossRate!)[0];
    sentences.push(t('reports.text.lineLoss', { rate: formatPercent(loss.lossRate, language, 2) }));
    if (worst) sentences.push(t('reports.text.worstLoss', { area: worst.name || worst.areaId, rate: formatPercent(worst.lossRate, language, 2) }));
  }
  return {
    chart: {
      type: 'bar',
      categories: areas.map((a) => a.areaId),
      series: [
        { name: t('reports.series.kwh'), values: areas.map((a) => a.kwh) },
        ...(loss.lossRate === null ? [] : [{ name: t('reports.series.lossRate'), values: areas.map((a) => a.lossRate), kind: 'line' as const, axis: 1 as const }]),
      ],
      axes: loss.lossRate === null ? ['kWh'] : ['kWh', t('reports.series.lossRate')],
      ...(loss.lossRate === null ? {} : { percentAxis: 1 as const }),
    },
    table: {
      columns: [
        { label: t('reports.columns.area'), format: 'text' },
        { label: t('reports.columns.name'), format: 'text' },
        { label: t('reports.columns.customers'), format: 'integer' },
        { label: t('reports.columns.kwh'), format: 'integer' },
        { label: t('reports.columns.lossRate'), format: 'percent' },
      ],
      rows: areas.map((a) => [a.areaId, a.name, a.customers, a.kwh, a.lossRate]),
    },
    sentences,
    notes,
  };
}
