// The chart of inspected leads by month: inspected and confirmed cases as bars, the hit rate
// (confirmed / inspected) as a line on a second axis from 0 to 100 %. A pure function of the
// engine's hit rate and the language.
import type { TFunction } from 'i18next';
import type { HitRate } from '../../../../engine/api/casesTypes.js';
import type { Language } from '../../../../engine/api/types.js';
import { formatInteger, formatMonth, formatPercent } from '../../../i18n/format.js';
import type { ChartOption } from '../../overview/charts/echarts.js';
import { colors, gridLines, tooltipIndex } from '../../overview/charts/theme.js';

const line = (label: string, value: string) => `${label}: <b>${value}</b>`;

export function hitRateOption(hit: HitRate, { t, language }: { t: TFunction; language: Language }): ChartOption {
  const months = hit.byMonth;
  const names = { inspected: t('theft.cases.hitRate.inspected'), confirmed: t('theft.cases.hitRate.confirmed'), rate: t('theft.cases.hitRate.rate') };
  return {
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      confine: true,
      formatter: (params) => {
        const at = tooltipIndex(params);
        const m = months[at];
        if (!m) return '';
        return [
          `<b>${formatMonth(m.month, language)}</b>`,
          line(names.inspected, formatInteger(m.inspected, language)),
          line(names.confirmed, formatInteger(m.confirmed, language)),
          line(names.rate, formatPercent(m.rate, language, 1)),
        ].join('<br/>');
      },
    },
    legend: { top: 0, data: [names.inspected, names.confirmed, names.rate] },
    grid: { left: 56, right: 64, top: 48, bottom: 40 },
    xAxis: { type: 'category', data: months.map((m) => formatMonth(m.month, language)), axisLine: { lineStyle: { color: colors.axis } } },
    yAxis: [
      {
        type: 'value',
        name: t('theft.cases.hitRate.cases'),
        nameTextStyle: { align: 'left' },
        minInterval: 1,
        axisLabel: { formatter: (v: number) => formatInteger(v, language) },
        splitLine: gridLines,
      },
      { type: 'value', name: names.rate, nameTextStyle: { align: 'right' }, min: 0, max: 1, axisLabel: { formatter: (v: number) => formatPercent(v, language, 0) }, splitLine: { show: false } },
    ],
    series: [
      // First: the series the keyboard walks, one item per month.
      { type: 'bar', name: names.inspected, data: months.map((m) => m.inspected), itemStyle: { color: colors.muted }, barMaxWidth: 28 },
      { type: 'bar', name: names.confirmed, data: months.map((m) => m.confirmed), itemStyle: { color: colors.danger }, barMaxWidth: 28 },
      // Not clipped: a 100 % month sits on the grid's top edge, where clipping would hide its point.
      { type: 'line', name: names.rate, yAxisIndex: 1, data: months.map((m) => m.rate), symbolSize: 7, clip: false, itemStyle: { color: colors.primary }, z: 4 },
    ],
  };
}
