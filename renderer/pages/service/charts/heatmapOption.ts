// Contact habits: tickets by hour of day (columns) and weekday (rows, Monday at the top).
import type { TFunction } from 'i18next';
import type { Language } from '../../../../engine/api/types.js';
import { formatInteger } from '../../../i18n/format.js';
import type { ChartOption } from '../../overview/charts/echarts.js';
import { colors } from '../../overview/charts/theme.js';

/** Weekdays as the API counts them: 0 = Monday ... 6 = Sunday. */
export const WEEKDAYS = [0, 1, 2, 3, 4, 5, 6] as const;
export const HOURS = Array.from({ length: 24 }, (_, h) => h);

/** counts[weekday][hour] as ECharts' [hour, row, count], missing cells 0; row 0 is Sunday at the bottom, Monday on top. */
export function heatmapCells(counts: number[][]): [number, number, number][] {
  return WEEKDAYS.flatMap((weekday) => HOURS.map((hour): [number, number, number] => [hour, 6 - weekday, counts[weekday]?.[hour] ?? 0]));
}

export function heatmapOption(counts: number[][], { t, language }: { t: TFunction; language: Language }): ChartOption {
  const data = heatmapCells(counts);
  const max = Math.max(1, ...data.map((d) => d[2]));
  const dayNames = [...WEEKDAYS].reverse().map((d) => t(`service.weekdays.${d}`));
  return {
    tooltip: {
      formatter: (params) => {
        const value = (params as { value?: [number, number, number] }).value;
        if (!value) return '';
        const [hour, row, tickets] = value;
        return t('service.overview.heatTip', { day: dayNames[row], from: String(hour).padStart(2, '0'), to: String(hour + 1).padStart(2, '0'), tickets: formatInteger(tickets, language) });
      },
    },
    grid: { left: 64, right: 24, top: 16, bottom: 110 },
    xAxis: { type: 'category', name: t('service.overview.hour'), nameLocation: 'middle', nameGap: 28, data: HOURS.map(String), splitArea: { show: true }, axisLine: { lineStyle: { color: colors.axis } } },
    yAxis: { type: 'category', data: dayNames, splitArea: { show: true } },
    visualMap: { min: 0, max, calculable: true, orient: 'horizontal', left: 'center', bottom: 0, itemHeight: 120, inRange: { color: ['#f2f7f8', colors.primary] }, text: [t('service.overview.more'), t('service.overview.fewer')] },
    series: [{ type: 'heatmap', name: t('service.overview.tickets'), data, emphasis: { itemStyle: { borderColor: '#333', borderWidth: 1 } } }],
  };
}
