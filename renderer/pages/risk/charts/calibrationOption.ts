// Calibration by grade: the observed bad rate of each grade's validation rows beside the bad
// rate the model predicted for them.
import type { TFunction } from 'i18next';
import type { GradeCalibration } from '../../../../engine/api/riskTypes.js';
import type { Language } from '../../../../engine/api/types.js';
import { formatInteger, formatPercent } from '../../../i18n/format.js';
import type { ChartOption } from '../../overview/charts/echarts.js';
import { colors, gridLines, tooltipIndex } from '../../overview/charts/theme.js';

export function calibrationOption(calibration: GradeCalibration[], { t, language }: { t: TFunction; language: Language }): ChartOption {
  const names = { observed: t('risk.comparison.observed'), predicted: t('risk.comparison.predicted') };
  const pct = (v: number) => formatPercent(v, language, 0);
  return {
    tooltip: {
      trigger: 'axis',
      formatter: (params) => {
        const at = tooltipIndex(params);
        const g = calibration[at];
        if (!g) return '';
        return [
          `<b>${t('risk.grade', { grade: g.grade })}</b>`,
          `${t('risk.comparison.rows')}: <b>${formatInteger(g.rows, language)}</b>`,
          `${names.observed}: <b>${formatPercent(g.observedBadRate, language, 1)}</b>`,
          `${names.predicted}: <b>${formatPercent(g.predictedBadRate, language, 1)}</b>`,
        ].join('<br/>');
      },
    },
    legend: { top: 0, data: [names.observed, names.predicted] },
    grid: { left: 56, right: 16, top: 60, bottom: 32 },
    xAxis: { type: 'category', data: calibration.map((g) => t('risk.grade', { grade: g.grade })), axisLine: { lineStyle: { color: colors.axis } } },
    yAxis: { type: 'value', name: t('risk.scorecard.badRate'), min: 0, axisLabel: { formatter: pct }, splitLine: gridLines },
    dataZoom: [{ type: 'inside', xAxisIndex: 0 }],
    series: [
      { type: 'bar', name: names.observed, data: calibration.map((g) => g.observedBadRate), itemStyle: { color: colors.danger } },
      { type: 'bar', name: names.predicted, data: calibration.map((g) => g.predictedBadRate), itemStyle: { color: colors.muted } },
    ],
  };
}
