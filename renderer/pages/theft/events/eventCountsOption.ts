// The chart of meter events per month, one stacked bar segment per type: a pure function of the
// engine's counts and the language. Types keep one order (the most frequent first) and colour.
import type { TFunction } from 'i18next';
import type { EventCounts } from '../../../../engine/api/gridTypes.js';
import type { Language } from '../../../../engine/api/types.js';
import { formatCompact, formatInteger, formatMonth } from '../../../i18n/format.js';
import type { ChartOption } from '../../overview/charts/echarts.js';
import { colors } from '../../overview/charts/theme.js';
import { eventTypeLabel } from '../texts.js';

const PALETTE = ['#2f7d8c', '#d08c2b', '#c2493d', '#6b8f3a', '#7a5ea8', '#3d6fb0', '#b0587f', '#8a7a4d', '#4d9a9a', '#9aa5b1', '#5a6b7a', '#c7a03a'];

/** Months in order and, per type (most frequent first), its count in each month. */
export function monthTypeGrid(counts: EventCounts): { months: string[]; types: { type: string; counts: number[] }[] } {
  const months = [...new Set(counts.byMonthType.map((c) => c.month).concat(counts.byMonth.map((c) => c.month)))].sort();
  const index = new Map(months.map((m, i) => [m, i]));
  const types = [...counts.byType].sort((a, b) => b.count - a.count).map((c) => c.type);
  const grid = new Map(types.map((type) => [type, months.map(() => 0)]));
  for (const c of counts.byMonthType) {
    const row = grid.get(c.type) ?? (grid.set(c.type, months.map(() => 0)), types.push(c.type), grid.get(c.type)!);
    row[index.get(c.month)!] += c.count;
  }
  return { months, types: types.map((type) => ({ type, counts: grid.get(type)! })) };
}

export function eventCountsOption(counts: EventCounts, { t, language }: { t: TFunction; language: Language }): ChartOption {
  const { months, types } = monthTypeGrid(counts);
  const labels = types.map((s) => eventTypeLabel(t, s.type));
  return {
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      confine: true,
      formatter: (params) => {
        const first = (Array.isArray(params) ? params[0] : params) as { dataIndex?: number } | undefined;
        const i = first?.dataIndex ?? 0;
        const rows = types.map((s, k) => ({ label: labels[k]!, n: s.counts[i]! })).filter((r) => r.n > 0);
        const total = rows.reduce((sum, r) => sum + r.n, 0);
        return [`<b>${formatMonth(months[i], language)}</b> · ${t('theft.events.chart.total', { formatted: formatInteger(total, language) })}`, ...rows.map((r) => `${r.label}: <b>${formatInteger(r.n, language)}</b>`)].join('<br/>');
      },
    },
    legend: { top: 0, type: 'scroll', data: labels },
    grid: { left: 56, right: 24, top: 60, bottom: 64 },
    xAxis: { type: 'category', data: months.map((m) => formatMonth(m, language)), axisLine: { lineStyle: { color: colors.axis } } },
    yAxis: { type: 'value', name: t('theft.events.chart.count'), nameTextStyle: { align: 'left' }, axisLabel: { formatter: (v: number) => formatCompact(v, language) }, splitLine: { lineStyle: { color: '#eef1f4' } } },
    dataZoom: [
      { type: 'inside', xAxisIndex: 0 },
      { type: 'slider', xAxisIndex: 0, height: 18, bottom: 8, borderColor: 'transparent', fillerColor: 'rgba(47,125,140,0.15)' },
    ],
    series: types.map((s, k) => ({ type: 'bar' as const, name: labels[k]!, stack: 'events', data: s.counts, itemStyle: { color: PALETTE[k % PALETTE.length] }, barMaxWidth: 28 })),
  };
}
