// The overview's calm look: the app's fonts and greys, one colour per usage category.
import type { Category } from '../../../../engine/api/overviewTypes.js';
import type { ChartOption } from './echarts.js';

export const FONT = '"Segoe UI", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", system-ui, sans-serif';

export const categoryColors: Record<Category, string> = {
  residential: '#2f7d8c',
  commercial: '#5b8def',
  large_industry: '#d08c2b',
  agricultural: '#6aa84f',
  other: '#9aa5b1',
};

export const colors = {
  primary: '#2f7d8c',
  secondary: '#d08c2b',
  danger: '#c2493d',
  muted: '#9aa5b1',
  axis: '#c9d1d9',
  text: '#4a5560',
};

export function baseOption(): ChartOption {
  return {
    aria: { enabled: true },
    textStyle: { fontFamily: FONT, color: colors.text },
    animationDuration: 400,
    tooltip: { confine: true },
  };
}

/** A slider under the chart and wheel/drag zoom inside it. */
export function zoomX(): ChartOption['dataZoom'] {
  return [
    { type: 'inside', xAxisIndex: 0 },
    { type: 'slider', xAxisIndex: 0, height: 18, bottom: 8, borderColor: 'transparent', fillerColor: 'rgba(47,125,140,0.15)' },
  ];
}

/** Which data point an axis tooltip is about: its first series' point. */
export function tooltipIndex(params: unknown): number {
  const first = (Array.isArray(params) ? params[0] : params) as { dataIndex?: number } | undefined;
  return first?.dataIndex ?? 0;
}

/** The faint grid lines of a value axis. */
export const gridLines = { lineStyle: { color: '#eef1f4' } };
