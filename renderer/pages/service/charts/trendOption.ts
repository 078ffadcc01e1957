// Handling time (mean hours, bars) and satisfaction (mean 1–5, line) per month for all tickets.
import type { TFunction } from 'i18next';
import type { TrendRow } from '../../../../engine/api/serviceTypes.js';
import type { Language } from '../../../../engine/api/types.js';
import { formatDecimal, formatPercent } from '../../../i18n/format.js';
import type { ChartOption } from '../../overview/charts/echarts.js';
import { colors, gridLines, zoomX } from '../../overview/charts/theme.js';

/** The months' rows of all tickets ('all'), oldest first. */
export function overallRows(rows: TrendRow[]): TrendRow[] {
  return rows.filter((r) => r.group === 'all').sort((a, b) => a.month.localeCompare(b.month));
}

export function trendOption(rows: TrendRow[], { t, language }: { t: TFunction; language: Language }): ChartOption {
  const ordered = overallRows(rows);
  const hours = t('service.overview.handlingHours');
  const satisfaction = t('service.overview.satisfaction');
  return {
    tooltip: {
      trigger: 'axis',
      formatter: (params) => {
        const list = (Array.isArray(params) ? params : [params]) as { dataIndex: number }[];
        const row = ordered[list[0]?.dataIndex ?? 0];
        if (!row) return '';
        const h = row.handlingMean === null ? '—' : t('service.units.hours', { value: formatDecimal(row.handlingMean, language, 1) });
        const p90 = row.handlingP90 === null ? '—' : t('service.units.hours', { value: formatDecimal(row.handlingP90, language, 1) });
        const s = row.satisfactionMean === null ? '—' : formatDecimal(row.satisfactionMean, language, 2);
        const low = formatPercent(row.lowSatisfactionShare, language, 1);
        return [`<b>${row.month}</b>`, `${hours}: <b>${h}</b>`, `${t('service.overview.handlingP90')}: <b>${p90}</b>`, `${satisfaction}: <b>${s}</b>`, `${t('service.overview.lowSatisfaction')}: <b>${low}</b>`].join('<br/>');
      },
    },
    legend: { top: 0, data: [hours, satisfaction] },
    grid: { left: 56, right: 56, top: 40, bottom: 56 },
    xAxis: { type: 'category', data: ordered.map((r) => r.month), axisLine: { lineStyle: { color: colors.axis } } },
    yAxis: [
      { type: 'value', name: t('service.units.hoursAxis'), splitLine: gridLines },
      { type: 'value', name: t('service.units.satisfactionAxis'), min: 1, max: 5, splitLine: { show: false } },
    ],
    dataZoom: zoomX(),
    series: [
      { type: 'bar', name: hours, data: ordered.map((r) => r.handlingMean), itemStyle: { color: colors.muted } },
      { type: 'line', name: satisfaction, yAxisIndex: 1, data: ordered.map((r) => r.satisfactionMean), itemStyle: { color: colors.primary } },
    ],
  };
}
