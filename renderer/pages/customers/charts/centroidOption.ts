// A category's clusters as their centroid day shapes, one line per cluster named by its shape
// with its size in the legend; the x axis the hours of the day.
import type { TFunction } from 'i18next';
import type { Language } from '../../../../engine/api/types.js';
import { formatDecimal, formatInteger } from '../../../i18n/format.js';
import type { ChartOption } from '../../overview/charts/echarts.js';
import { colors, gridLines, zoomX } from '../../overview/charts/theme.js';
import type { SegmentCluster } from '../../../../engine/api/segmentsTypes.js';
import { segmentName } from '../segments/segmentName.js';

const palette = ['#2f7d8c', '#d08c2b', '#5b8def', '#6aa84f', '#c2493d', '#8e6bbf', '#3aa3a0', '#b5873a', '#9aa5b1', '#d46aa0'];

/** The time an interval of the day starts, hh:mm, for a day cut into `points` intervals. */
export function intervalStart(index: number, points: number): string {
  const minutes = Math.round((index * 24 * 60) / points);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** A cluster's legend entry: its number, its shape's name and its size. */
export function clusterLegend(cluster: SegmentCluster, t: TFunction, language: Language): string {
  return t('segments.clusterLegend', { cluster: cluster.cluster, name: segmentName(t, cluster.name), count: cluster.size, customers: formatInteger(cluster.size, language) });
}

export function centroidOption(curves: SegmentCluster[], { t, language }: { t: TFunction; language: Language }): ChartOption {
  const points = Math.max(0, ...curves.map((c) => c.centroid.length));
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v) => (v === null || v === undefined ? '—' : formatDecimal(Number(v), language, 3)) },
    legend: { top: 0, type: 'scroll', data: curves.map((c) => clusterLegend(c, t, language)) },
    grid: { left: 56, right: 16, top: 64, bottom: 72 },
    xAxis: { type: 'category', name: t('segments.timeOfDay'), nameLocation: 'middle', nameGap: 28, data: Array.from({ length: points }, (_, i) => intervalStart(i, points)), axisLine: { lineStyle: { color: colors.axis } } },
    yAxis: { type: 'value', name: t('segments.shareOfDay'), splitLine: gridLines },
    dataZoom: zoomX(),
    series: curves.map((c, i) => ({ type: 'line' as const, name: clusterLegend(c, t, language), data: c.centroid, showSymbol: false, smooth: false, lineStyle: { width: 2 }, itemStyle: { color: palette[i % palette.length] } })),
  };
}
