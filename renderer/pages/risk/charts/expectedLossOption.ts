// The trend of expected loss (probability × outstanding) over the score runs, with the arrears
// outstanding on a second axis; runs come newest first and are drawn oldest first.
import type { TFunction } from 'i18next';
import type { RiskRunInfo } from '../../../../engine/api/riskTypes.js';
import type { Language } from '../../../../engine/api/types.js';
import { formatDay, formatYuan } from '../../../i18n/format.js';
import type { ChartOption } from '../../overview/charts/echarts.js';
import { colors, gridLines, tooltipIndex, zoomX } from '../../overview/charts/theme.js';

/** One point per as-of day: the latest run of each (a day scored twice counts once). */
export function trendRuns(runs: RiskRunInfo[]): RiskRunInfo[] {
  const byDay = new Map<string, RiskRunInfo>();
  for (const run of runs) {
    const seen = byDay.get(run.asOf);
    if (!seen || run.runId > seen.runId) byDay.set(run.asOf, run);
  }
  return [...byDay.values()].sort((a, b) => a.asOf.localeCompare(b.asOf));
}

export function expectedLossOption(runs: RiskRunInfo[], { t, language }: { t: TFunction; language: Language }): ChartOption {
  const points = trendRuns(runs);
  const names = { loss: t('risk.charts.expectedLoss'), outstanding: t('risk.charts.outstanding') };
  const yuan = (v: number) => formatYuan(v, language);
  return {
    tooltip: {
      trigger: 'axis',
      formatter: (params) => {
        const at = tooltipIndex(params);
        const run = points[at];
        if (!run) return '';
        return [`<b>${formatDay(run.asOf, language)}</b>`, `${names.loss}: <b>${yuan(run.expectedLossYuan)}</b>`, `${names.outstanding}: <b>${yuan(run.outstandingYuan)}</b>`].join('<br/>');
      },
    },
    legend: { top: 0, data: [names.loss, names.outstanding] },
    grid: { left: 72, right: 72, top: 40, bottom: 64 },
    xAxis: { type: 'category', data: points.map((r) => formatDay(r.asOf, language)), boundaryGap: false, axisLine: { lineStyle: { color: colors.axis } } },
    yAxis: [
      { type: 'value', name: names.loss, axisLabel: { formatter: yuan }, splitLine: gridLines },
      { type: 'value', name: names.outstanding, axisLabel: { formatter: yuan }, splitLine: { show: false } },
    ],
    dataZoom: zoomX(),
    series: [
      { type: 'line', name: names.loss, data: points.map((r) => r.expectedLossYuan), symbolSize: 6, itemStyle: { color: colors.danger }, lineStyle: { width: 2 } },
      { type: 'line', name: names.outstanding, yAxisIndex: 1, data: points.map((r) => r.outstandingYuan), symbolSize: 4, itemStyle: { color: colors.muted }, lineStyle: { width: 1.4, type: 'dashed' } },
    ],
  };
}
