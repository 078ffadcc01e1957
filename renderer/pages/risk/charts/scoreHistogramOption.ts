// The score distribution of a run: customers per band of points, a pure function of the histogram.
import type { TFunction } from 'i18next';
import type { RiskDistribution } from '../../../../engine/api/riskTypes.js';
import type { Language } from '../../../../engine/api/types.js';
import { formatInteger } from '../../../i18n/format.js';
import type { ChartOption } from '../../overview/charts/echarts.js';
import { colors, gridLines, tooltipIndex, zoomX } from '../../overview/charts/theme.js';

/** '550–575' for each band of `width` points from `from`. */
export function bandLabels(histogram: RiskDistribution['histogram']): string[] {
  return histogram.counts.map((_, i) => {
    const low = histogram.from + i * histogram.width;
    return `${Math.round(low)}–${Math.round(low + histogram.width)}`;
  });
}

export function scoreHistogramOption(histogram: RiskDistribution['histogram'], { t, language }: { t: TFunction; language: Language }): ChartOption {
  const labels = bandLabels(histogram);
  const customers = t('risk.charts.customers');
  return {
    tooltip: {
      trigger: 'axis',
      formatter: (params) => {
        const i = tooltipIndex(params);
        return `${t('risk.charts.scoreBand', { band: labels[i] })}<br/>${customers}: <b>${formatInteger(histogram.counts[i], language)}</b>`;
      },
    },
    grid: { left: 56, right: 16, top: 32, bottom: 64 },
    // Each band named by its lower bound on the axis (the tooltip gives the whole band).
    xAxis: {
      type: 'category',
      data: labels,
      name: t('risk.charts.score'),
      nameLocation: 'middle',
      nameGap: 28,
      axisLabel: { formatter: (label: string) => label.split('–')[0] ?? label, hideOverlap: true },
      axisLine: { lineStyle: { color: colors.axis } },
    },
    yAxis: { type: 'value', name: customers, axisLabel: { formatter: (v: number) => formatInteger(v, language) }, splitLine: gridLines },
    dataZoom: zoomX(),
    series: [{ type: 'bar', name: customers, data: histogram.counts, itemStyle: { color: colors.primary }, barCategoryGap: '8%' }],
  };
}
