// How k was chosen: the mean silhouette for every k tried, the chosen k marked.
import type { TFunction } from 'i18next';
import type { Language } from '../../../../engine/api/types.js';
import { formatDecimal } from '../../../i18n/format.js';
import type { ChartOption } from '../../overview/charts/echarts.js';
import { colors, gridLines } from '../../overview/charts/theme.js';
import type { KScore } from '../../../../engine/api/segmentsTypes.js';

export function kCriterionOption(scores: KScore[], chosenK: number, { t, language }: { t: TFunction; language: Language }): ChartOption {
  const ordered = [...scores].sort((a, b) => a.k - b.k);
  const criterionName = t('segments.silhouette');
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v) => formatDecimal(Number(v), language, 3) },
    grid: { left: 64, right: 16, top: 32, bottom: 40 },
    xAxis: { type: 'category', name: 'k', data: ordered.map((s) => String(s.k)), axisLine: { lineStyle: { color: colors.axis } } },
    yAxis: { type: 'value', name: criterionName, scale: true, splitLine: gridLines },
    series: [
      {
        type: 'line',
        name: criterionName,
        data: ordered.map((s) => ({ value: s.silhouette, symbolSize: s.k === chosenK ? 14 : 6, itemStyle: { color: s.k === chosenK ? colors.secondary : colors.primary } })),
        lineStyle: { color: colors.primary },
        markLine: { symbol: 'none', label: { formatter: t('segments.chosenK', { k: chosenK }) }, lineStyle: { color: colors.secondary, type: 'dashed' }, data: [{ xAxis: String(chosenK) }] },
      },
    ],
  };
}
