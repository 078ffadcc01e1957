// A feature's bins: the WOE of each as a bar (positive = better than average, green; negative
// = riskier, red), the bad rate on a second axis.
import type { TFunction } from 'i18next';
import type { FeatureBinning } from '../../../../engine/api/riskTypes.js';
import type { Language } from '../../../../engine/api/types.js';
import { formatDecimal, formatInteger, formatPercent } from '../../../i18n/format.js';
import type { ChartOption } from '../../overview/charts/echarts.js';
import { colors, gridLines, tooltipIndex } from '../../overview/charts/theme.js';
import { binLabel } from '../texts.js';

export function badRate(bin: { count: number; bads: number }): number | null {
  return bin.count > 0 ? bin.bads / bin.count : null;
}

export function woeOption(binning: FeatureBinning, { t, language }: { t: TFunction; language: Language }): ChartOption {
  const labels = binning.bins.map((b) => binLabel(t, b.range, language, binning.feature));
  const names = { woe: t('risk.scorecard.woe'), badRate: t('risk.scorecard.badRate') };
  return {
    tooltip: {
      trigger: 'axis',
      formatter: (params) => {
        const i = tooltipIndex(params);
        const bin = binning.bins[i];
        if (!bin) return '';
        return [
          `<b>${labels[i]}</b>`,
          `${t('risk.scorecard.count')}: <b>${formatInteger(bin.count, language)}</b>`,
          `${names.badRate}: <b>${formatPercent(badRate(bin), language, 1)}</b>`,
          `${names.woe}: <b>${formatDecimal(bin.woe, language, 3)}</b>`,
          `${t('risk.scorecard.points')}: <b>${formatDecimal(bin.points, language, 0)}</b>`,
        ].join('<br/>');
      },
    },
    legend: { top: 0, data: [names.woe, names.badRate] },
    grid: { left: 56, right: 56, top: 60, bottom: 40 },
    xAxis: { type: 'category', data: labels, axisLabel: { interval: 0, hideOverlap: true }, axisLine: { lineStyle: { color: colors.axis } } },
    yAxis: [
      { type: 'value', name: names.woe, splitLine: gridLines },
      { type: 'value', name: names.badRate, min: 0, axisLabel: { formatter: (v: number) => formatPercent(v, language, 0) }, splitLine: { show: false } },
    ],
    dataZoom: [{ type: 'inside', xAxisIndex: 0 }],
    series: [
      { type: 'bar', name: names.woe, data: binning.bins.map((b) => ({ value: b.woe, itemStyle: { color: b.woe >= 0 ? '#3c8d5a' : colors.danger } })), itemStyle: { color: colors.primary } },
      { type: 'line', name: names.badRate, yAxisIndex: 1, data: binning.bins.map(badRate), itemStyle: { color: colors.secondary }, symbolSize: 6 },
    ],
  };
}
