// The result as an ECharts option: the first dimension along the x axis, the others (joined) as
// series, one measure's values with its unit on the y axis; bars, lines, stacked bars, a pie
// (one dimension) or a heat map (two). Pure: the result, the choices and the words.
import type { TFunction } from 'i18next';
import type { ChartKind, DimensionId, DimensionValue, QueryResult } from '../../../../engine/api/queryTypes.js';
import type { Language } from '../../../../engine/api/types.js';
import { formatCompact } from '../../../i18n/format.js';
import type { ChartOption } from '../../overview/charts/echarts.js';
import { colors, zoomX } from '../../overview/charts/theme.js';
import { formatMeasure, measureHeader, translate, unitText, valueText } from './texts.js';
import { measureUnits } from './units.js';

/** Rows drawn at most: a chart of more is unreadable (the table has them all). */
export const CHART_ROWS = 2000;

/** The kind drawn for the result: a pie needs one dimension and a heat map two; otherwise bars. */
export function drawableKind(kind: ChartKind, dimensions: number): Exclude<ChartKind, 'table'> {
  if (kind === 'table') return 'bar';
  if (kind === 'pie' && dimensions !== 1) return 'bar';
  if (kind === 'heatmap' && dimensions !== 2) return 'bar';
  return kind;
}

export function chartOption(result: QueryResult, kind: ChartKind, measure: number, { t, language }: { t: TFunction; language: Language }): ChartOption {
  const words = translate(t);
  const dims = result.spec.dimensions;
  const unit = measureUnits(result)[measure]!;
  const name = measureHeader(words, result.spec.measures[measure]!, unit);
  const rows = result.rows.slice(0, CHART_ROWS);
  const value = (row: (DimensionValue | number)[]) => row[dims.length + measure] as number | null;
  const text = (d: DimensionId, v: DimensionValue) => valueText(words, d, v, result.labels);
  const format = (v: unknown) => formatMeasure(typeof v === 'number' ? v : null, unit, language);
  const drawn = drawableKind(kind, dims.length);
  const yAxis = { type: 'value' as const, name: unitText(words, unit), axisLabel: { formatter: (v: number) => formatCompact(v, language) }, splitLine: { lineStyle: { color: '#eef1f4' } } };

  if (dims.length === 0) {
    return {
      tooltip: { trigger: 'axis', confine: true, valueFormatter: format },
      grid: { left: 72, right: 24, top: 40, bottom: 40 },
      xAxis: { type: 'category', data: [name] },
      yAxis,
      series: [{ type: 'bar', name, data: [value(rows[0] ?? [])], barMaxWidth: 64, itemStyle: { color: colors.primary } }],
    };
  }
  const xValues = [...new Set(rows.map((r) => r[0] as DimensionValue))];
  const xIndex = new Map(xValues.map((v, i) => [v, i]));
  const xLabels = xValues.map((v) => text(dims[0]!, v));

  if (drawn === 'pie') {
    return {
      tooltip: { trigger: 'item', confine: true, valueFormatter: format },
      legend: { type: 'scroll', bottom: 0 },
      series: [{ type: 'pie', name, radius: ['35%', '65%'], data: rows.map((r) => ({ name: text(dims[0]!, r[0] as DimensionValue), value: value(r) ?? 0 })) }],
    };
  }
  if (drawn === 'heatmap') {
    const yValues = [...new Set(rows.map((r) => r[1] as DimensionValue))];
    const yIndex = new Map(yValues.map((v, i) => [v, i]));
    const cells = rows.filter((r) => value(r) !== null).map((r) => [xIndex.get(r[0] as DimensionValue)!, yIndex.get(r[1] as DimensionValue)!, value(r)!]);
    const values = cells.map((c) => c[2]!);
    return {
      tooltip: { confine: true, formatter: (p) => {
        const v = (p as { value?: number[] }).value;
        return v ? `${xLabels[v[0]!]} · ${text(dims[1]!, yValues[v[1]!]!)}<br/>${name}: ${format(v[2])}` : '';
      } },
      grid: { left: 120, right: 24, top: 16, bottom: 96 },
      xAxis: { type: 'category', data: xLabels, splitArea: { show: true } },
      yAxis: { type: 'category', data: yValues.map((v) => text(dims[1]!, v)), splitArea: { show: true } },
      visualMap: { min: Math.min(0, ...values), max: Math.max(1, ...values), calculable: true, orient: 'horizontal', left: 'center', bottom: 0, itemHeight: 160, inRange: { color: ['#f2f7f8', colors.primary] }, formatter: (v) => formatCompact(Number(v), language) },
      series: [{ type: 'heatmap', name, data: cells }],
    };
  }
  // Series: the other dimensions' values joined ('Residential · App'), one series without them.
  const seriesKey = (r: (DimensionValue | number)[]) => dims.slice(1).map((d, i) => text(d, r[i + 1] as DimensionValue)).join(' · ');
  const series = new Map<string, (number | null)[]>();
  for (const r of rows) {
    const key = dims.length > 1 ? seriesKey(r) : name;
    let data = series.get(key);
    if (!data) series.set(key, (data = xValues.map(() => null)));
    data[xIndex.get(r[0] as DimensionValue)!] = value(r);
  }
  return {
    tooltip: { trigger: 'axis', confine: true, valueFormatter: format },
    legend: { type: 'scroll', top: 0 },
    grid: { left: 72, right: 24, top: 48, bottom: 72 },
    xAxis: { type: 'category', data: xLabels, axisLabel: { rotate: xLabels.length > 12 ? 30 : 0, width: 100, overflow: 'truncate' } },
    yAxis,
    dataZoom: zoomX(),
    series: [...series].map(([key, data]) => ({
      type: drawn === 'line' ? ('line' as const) : ('bar' as const),
      name: key,
      data,
      ...(drawn === 'stacked' ? { stack: 'all' } : {}),
      ...(drawn === 'line' ? { connectNulls: false, showSymbol: xLabels.length < 60 } : { barMaxWidth: 36 }),
      emphasis: { focus: 'series' as const },
    })),
  };
}
