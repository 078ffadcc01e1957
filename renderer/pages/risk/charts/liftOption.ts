// The validation's lift by decile (1 = the riskiest tenth): the bad rate of each decile as bars
// and the cumulative share of bads caught as a line against the diagonal of a random order.
import type { TFunction } from 'i18next';
import type { LiftRow } from '../../../../engine/api/riskTypes.js';
import type { Language } from '../../../../engine/api/types.js';
import { formatDecimal, formatInteger, formatPercent } from '../../../i18n/format.js';
import type { ChartOption } from '../../overview/charts/echarts.js';
import { colors, gridLines, tooltipIndex } from '../../overview/charts/theme.js';

export function liftOption(lift: LiftRow[], { t, language }: { t: TFunction; language: Language }): ChartOption {
  const rows = [...lift].sort((a, b) => a.decile - b.decile);
  const names = { badRate: t('risk.comparison.decileBadRate'), caught: t('risk.comparison.cumulativeBads'), random: t('risk.comparison.random') };
  const pct = (v: number) => formatPercent(v, language, 0);
  return {
    tooltip: {
      trigger: 'axis',
      formatter: (params) => {
        const at = tooltipIndex(params);
        const r = rows[at];
        if (!r) return '';
        return [
          `<b>${t('risk.comparison.decile', { decile: r.decile })}</b>`,
          `${t('risk.comparison.rows')}: <b>${formatInteger(r.rows, language)}</b>`,
          `${names.badRate}: <b>${formatPercent(r.badRate, language, 1)}</b>`,
          `${names.caught}: <b>${formatPercent(r.cumulativeBadShare, language, 1)}</b>`,
          `${t('risk.comparison.lift')}: <b>${formatDecimal(r.lift, language, 2)}</b>`,
        ].join('<br/>');
      },
    },
    legend: { top: 0, data: [names.badRate, names.caught, names.random] },
    grid: { left: 56, right: 56, top: 60, bottom: 48 },
    xAxis: { type: 'category', data: rows.map((r) => t('risk.comparison.decile', { decile: r.decile })), name: t('risk.comparison.decileAxis'), nameLocation: 'middle', nameGap: 28, axisLine: { lineStyle: { color: colors.axis } } },
    yAxis: [
      { type: 'value', name: names.badRate, min: 0, axisLabel: { formatter: pct }, splitLine: gridLines },
      { type: 'value', name: names.caught, min: 0, max: 1, axisLabel: { formatter: pct }, splitLine: { show: false } },
    ],
    dataZoom: [{ type: 'inside', xAxisIndex: 0 }],
    series: [
      { type: 'bar', name: names.badRate, data: rows.map((r) => r.badRate), itemStyle: { color: colors.danger } },
      { type: 'line', name: names.caught, yAxisIndex: 1, data: rows.map((r) => r.cumulativeBadShare), itemStyle: { color: colors.primary }, symbolSize: 6 },
      { type: 'line', name: names.random, yAxisIndex: 1, data: rows.map((_, i) => (i + 1) / rows.length), showSymbol: false, itemStyle: { color: colors.muted }, lineStyle: { type: 'dashed' }, tooltip: { show: false } },
    ],
  };
}
