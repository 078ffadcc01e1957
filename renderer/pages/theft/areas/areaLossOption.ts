// The chart of one transformer area's monthly line-loss rate: a pure function of the series, the
// rising-area windows (when the area is one) and the language. The baseline and recent months
// are shaded, each with its median drawn as a dashed line across its window.
import type { TFunction } from 'i18next';
import type { AreaLossSeries, RisingArea } from '../../../../engine/api/gridTypes.js';
import type { Language } from '../../../../engine/api/types.js';
import { formatInteger, formatMonth, formatPercent } from '../../../i18n/format.js';
import type { ChartOption } from '../../overview/charts/echarts.js';
import { colors } from '../../overview/charts/theme.js';

const line = (label: string, value: string) => `${label}: <b>${value}</b>`;

/** The first and last month of a window as indices on the chart's axis, null when not on it. */
export function windowSpan(months: string[], window: string[]): [number, number] | null {
  const indices = window.map((m) => months.indexOf(m)).filter((i) => i >= 0);
  return indices.length === 0 ? null : [Math.min(...indices), Math.max(...indices)];
}

export function areaLossOption(series: AreaLossSeries, rising: RisingArea | null, { t, language }: { t: TFunction; language: Language }): ChartOption {
  const months = series.points.map((p) => p.period);
  const rate = series.points.map((p) => p.lossRate);
  const windows = rising
    ? [
        { name: t('theft.areas.chart.baseline'), span: windowSpan(months, rising.baselineMonths), median: rising.baselineRate, color: 'rgba(154,165,177,0.18)' },
        { name: t('theft.areas.chart.recent'), span: windowSpan(months, rising.recentMonths), median: rising.recentRate, color: 'rgba(194,73,61,0.12)' },
      ].filter((w): w is typeof w & { span: [number, number] } => w.span !== null)
    : [];
  const names = { rate: t('theft.areas.chart.lossRate'), supplied: t('theft.areas.chart.supplied'), consumed: t('theft.areas.chart.consumed') };
  return {
    tooltip: {
      trigger: 'axis',
      confine: true,
      formatter: (params) => {
        const first = (Array.isArray(params) ? params[0] : params) as { dataIndex?: number } | undefined;
        const p = series.points[first?.dataIndex ?? 0];
        if (!p) return '';
        const kwh = (v: number) => `${formatInteger(v, language)} kWh`;
        const rows = [`<b>${formatMonth(p.period, language)}</b>`, line(names.rate, formatPercent(p.lossRate, language, 1)), line(names.supplied, kwh(p.suppliedKwh)), line(names.consumed, kwh(p.consumedKwh))];
        for (const w of windows) if (first?.dataIndex !== undefined && first.dataIndex >= w.span[0] && first.dataIndex <= w.span[1]) rows.push(line(w.name, formatPercent(w.median, language, 1)));
        return rows.join('<br/>');
      },
    },
    legend: { top: 0, data: [names.rate, ...windows.map((w) => w.name)] },
    grid: { left: 64, right: 24, top: 40, bottom: 64 },
    xAxis: { type: 'category', data: months.map((m) => formatMonth(m, language)), boundaryGap: false, axisLine: { lineStyle: { color: colors.axis } } },
    yAxis: { type: 'value', name: names.rate, nameTextStyle: { align: 'left' }, axisLabel: { formatter: (v: number) => formatPercent(v, language, 0) }, splitLine: { lineStyle: { color: '#eef1f4' } } },
    dataZoom: [
      { type: 'inside', xAxisIndex: 0 },
      { type: 'slider', xAxisIndex: 0, height: 18, bottom: 8, borderColor: 'transparent', fillerColor: 'rgba(47,125,140,0.15)' },
    ],
    series: [
      // First: the series the keyboard walks, one item per month.
      {
        type: 'line',
        name: names.rate,
        data: rate,
        symbolSize: 5,
        lineStyle: { width: 1.8 },
        itemStyle: { color: colors.primary },
        z: 4,
        markArea: windows.length === 0 ? undefined : { silent: true, data: windows.map((w) => [{ xAxis: w.span[0], itemStyle: { color: w.color } }, { xAxis: w.span[1] }]) },
      },
      // Each window's median as a dashed level over its months (a legend entry of its own).
      ...windows.map((w, i) => ({
        type: 'line' as const,
        name: w.name,
        data: months.map((_, j) => (j >= w.span[0] && j <= w.span[1] ? w.median : null)),
        showSymbol: false,
        lineStyle: { width: 1.4, type: 'dashed' as const },
        itemStyle: { color: i === 0 ? colors.muted : colors.danger },
        tooltip: { show: false },
      })),
    ],
  };
}
