// Ticket volume per period, stacked by ticket type, zoomable.
import type { TFunction } from 'i18next';
import type { ServiceVolume } from '../../../../engine/api/serviceTypes.js';
import type { Language } from '../../../../engine/api/types.js';
import { formatInteger } from '../../../i18n/format.js';
import type { ChartOption } from '../../overview/charts/echarts.js';
import { colors, gridLines, zoomX } from '../../overview/charts/theme.js';
import { ticketTypeLabel } from '../texts.js';

/** The types in the series, most tickets first. */
export function seriesTypes(volume: Pick<ServiceVolume, 'series'>): string[] {
  const totals = new Map<string, number>();
  for (const row of volume.series) for (const [type, n] of Object.entries(row.byType)) totals.set(type, (totals.get(type) ?? 0) + (n ?? 0));
  return [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([type]) => type);
}

export function volumeOption(volume: Pick<ServiceVolume, 'series'>, { t, language }: { t: TFunction; language: Language }): ChartOption {
  const types = seriesTypes(volume);
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => t('service.units.tickets', { value: formatInteger(Number(v), language) }) },
    legend: { top: 0, type: 'scroll', data: types.map((type) => ticketTypeLabel(t, type)) },
    grid: { left: 56, right: 16, top: 40, bottom: 56 },
    xAxis: { type: 'category', data: volume.series.map((row) => row.period), axisLine: { lineStyle: { color: colors.axis } } },
    yAxis: { type: 'value', name: t('service.overview.ticketsAxis'), axisLabel: { formatter: (v: number) => formatInteger(v, language) }, splitLine: gridLines },
    dataZoom: zoomX(),
    series: types.map((type) => ({ type: 'bar' as const, name: ticketTypeLabel(t, type), stack: 'tickets', data: volume.series.map((row) => row.byType[type] ?? 0) })),
  };
}
