// One customer's score over the runs, each point coloured by its grade; the grade and the
// probability in the tooltip.
import type { TFunction } from 'i18next';
import type { RiskProfile } from '../../../../engine/api/riskTypes.js';
import type { Language } from '../../../../engine/api/types.js';
import { formatDay, formatInteger, formatPercent } from '../../../i18n/format.js';
import type { ChartOption } from '../../overview/charts/echarts.js';
import { colors, gridLines, tooltipIndex, zoomX } from '../../overview/charts/theme.js';
import { gradeColors } from '../texts.js';

export function scoreHistoryOption(history: RiskProfile['history'], { t, language }: { t: TFunction; language: Language }): ChartOption {
  const score = t('risk.charts.score');
  return {
    tooltip: {
      trigger: 'axis',
      formatter: (params) => {
        const at = tooltipIndex(params);
        const p = history[at];
        if (!p) return '';
        return [
          `<b>${formatDay(p.asOf, language)}</b>`,
          `${score}: <b>${formatInteger(p.score, language)}</b>`,
          `${t('risk.charts.gradeName')}: <b>${p.grade}</b>`,
          `${t('risk.charts.probability')}: <b>${formatPercent(p.probability, language, 1)}</b>`,
        ].join('<br/>');
      },
    },
    grid: { left: 56, right: 16, top: 24, bottom: 64 },
    xAxis: { type: 'category', data: history.map((p) => formatDay(p.asOf, language)), boundaryGap: false, axisLine: { lineStyle: { color: colors.axis } } },
    yAxis: { type: 'value', name: score, scale: true, splitLine: gridLines },
    dataZoom: zoomX(),
    series: [
      {
        type: 'line',
        name: score,
        data: history.map((p) => ({ value: p.score, itemStyle: { color: gradeColors[p.grade] } })),
        symbolSize: 9,
        lineStyle: { color: colors.primary, width: 1.8 },
        label: { show: history.length <= 24, position: 'top', formatter: (p: { dataIndex: number }) => history[p.dataIndex]?.grade ?? '' },
      },
    ],
  };
}
