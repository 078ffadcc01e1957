// The forecast page's chart options: pure functions of a run (and a compared run or scenario)
// and the language, as the overview's are. Tooltips give every value with its unit.
import type { TFunction } from 'i18next';
import type { ForecastRun } from '../../../../engine/api/forecastTypes.js';
import type { Language } from '../../../../engine/api/types.js';
import { formatCompact, formatDecimal } from '../../../i18n/format.js';
import type { ChartOption } from '../../overview/charts/echarts.js';
import { colors, gridLines, tooltipIndex } from '../../overview/charts/theme.js';
import { axisStamp, formatLoad, formatPercentValue, formatStamp, modelLabel, unitLabel } from '../texts.js';
import { modelForecast, runAxis, scenarioResponse, type RunAxis } from './series.js';

interface Context {
  t: TFunction;
  language: Language;
}

export const forecastColors = {
  actual: '#4a5560',
  forecast: colors.primary,
  band: 'rgba(47,125,140,0.16)',
  override: colors.danger,
  compared: '#7a4fb5',
  temperature: colors.secondary,
  models: { naive: '#9aa5b1', vanilla: '#5b8def', recency: '#6aa84f', ml: '#d08c2b', ensemble: '#b05d9c' },
};

type YAxis = Exclude<NonNullable<ChartOption['yAxis']>, unknown[]>;

function valueAxis(name: string, language: Language): YAxis {
  return {
    type: 'value',
    name,
    nameTextStyle: { align: 'left' },
    scale: true,
    axisLabel: { formatter: (v: number) => formatCompact(v, language) },
    splitLine: gridLines,
  };
}

/** The index of the axis item a tooltip is about. */
function indexOf(params: unknown): number {
  const at = tooltipIndex(params);
  return at;
}

const line = (label: string, value: string) => `${label}: <b>${value}</b>`;

/** Where the chart opens: the last week of history (two months of days) and the whole forecast. */
function initialWindow(axis: RunAxis, daily: boolean, stepsPerDay: number): number {
  return Math.max(0, axis.start - (daily ? 60 : 7 * stepsPerDay));
}

/**
 * History, the forecast with its P10-P90 band, the actual load where known, each model's line
 * (off until chosen in the legend), the analyst's overrides, and a compared run.
 */
export function forecastOption(run: ForecastRun, compare: ForecastRun | null, { t, language }: Context): ChartOption {
  const axis = runAxis(run, compare);
  const daily = run.resolution === 'day';
  const stepsPerDay = run.resolution === '15min' ? 96 : run.resolution === 'hour' ? 24 : 1;
  const unit = unitLabel(t, run.unit);
  const load = (v: number | null | undefined) => formatLoad(v, run.unit, t, language);
  const names = {
    actual: t('forecast.chart.actual'),
    forecast: t('forecast.chart.forecast'),
    band: t('forecast.chart.band'),
    override: t('forecast.chart.overrides'),
    compared: compare ? t('forecast.chart.compared', { name: compare.name }) : '',
  };
  const modelName = (model: Parameters<typeof modelLabel>[1]) => t('forecast.chart.model', { model: modelLabel(t, model) });
  const hasOverrides = axis.overrides.some((v) => v !== null);
  const selected: Record<string, boolean> = Object.fromEntries(axis.models.map((m) => [modelName(m.model), false]));
  return {
    color: [forecastColors.actual, forecastColors.forecast],
    tooltip: {
      trigger: 'axis',
      confine: true,
      formatter: (params) => {
        const i = indexOf(params);
        const rows = [`<b>${formatStamp(axis.stamps[i] ?? '', language, true)}</b>`];
        if (axis.actual[i] !== null && axis.actual[i] !== undefined) rows.push(line(names.actual, load(axis.actual[i])));
        if (i >= axis.start) {
          rows.push(line(names.forecast, load(axis.forecast[i])));
          rows.push(line(names.band, `${load(axis.p10[i])} – ${load(axis.p90[i])}`));
          for (const m of axis.models) if (m.values[i] !== null) rows.push(line(modelName(m.model), load(m.values[i])));
          const point = run.points[i - axis.start];
          if (point?.override) rows.push(line(t('forecast.chart.overrideOf', { value: load(point.override.modelValue) }), point.override.reason));
          if (axis.temperature[i] !== null) rows.push(line(t('forecast.temperature'), `${formatDecimal(axis.temperature[i], language, 1)} °C`));
        }
        if (axis.compared?.[i] !== null && axis.compared?.[i] !== undefined) rows.push(line(names.compared, load(axis.compared[i])));
        return rows.join('<br/>');
      },
    },
    legend: { top: 0, type: 'scroll', selected },
    grid: { left: 64, right: 24, top: 48, bottom: 64 },
    xAxis: {
      type: 'category',
      data: axis.stamps.map((s) => axisStamp(s, daily)),
      boundaryGap: false,
      axisLine: { lineStyle: { color: colors.axis } },
    },
    yAxis: valueAxis(unit, language),
    dataZoom: [
      { type: 'inside', xAxisIndex: 0, startValue: initialWindow(axis, daily, stepsPerDay) },
      { type: 'slider', xAxisIndex: 0, height: 18, bottom: 8, startValue: initialWindow(axis, daily, stepsPerDay), borderColor: 'transparent' },
    ],
    series: [
      // First: the series the keyboard walks, over the whole axis.
      {
        type: 'line',
        name: names.actual,
        data: axis.actual,
        showSymbol: false,
        lineStyle: { width: 1.2 },
        connectNulls: false,
        markLine: {
          silent: true,
          symbol: 'none',
          label: { formatter: t('forecast.chart.start'), position: 'insideEndTop' },
          lineStyle: { color: colors.muted, type: 'dashed' },
          data: [{ xAxis: axis.start }],
        },
      },
      // The band: P10 as an invisible base, P90 − P10 stacked on it and filled.
      { type: 'line', name: names.band, data: axis.p10, stack: 'band', showSymbol: false, lineStyle: { opacity: 0 }, tooltip: { show: false } },
      {
        type: 'line',
        name: names.band,
        data: axis.p90.map((v, i) => (v === null || axis.p10[i] === null ? null : v - axis.p10[i]!)),
        stack: 'band',
        showSymbol: false,
        lineStyle: { opacity: 0 },
        areaStyle: { color: forecastColors.band },
        itemStyle: { color: forecastColors.band },
      },
      { type: 'line', name: names.forecast, data: axis.forecast, showSymbol: false, lineStyle: { width: 2 }, itemStyle: { color: forecastColors.forecast } },
      ...axis.models.map((m) => ({
        type: 'line' as const,
        name: modelName(m.model),
        data: m.values,
        showSymbol: false,
        lineStyle: { width: 1, type: 'dashed' as const },
        itemStyle: { color: forecastColors.models[m.model] },
      })),
      ...(hasOverrides
        ? [
            {
              type: 'scatter' as const,
              name: names.override,
              data: axis.overrides,
              symbol: 'diamond',
              symbolSize: 10,
              itemStyle: { color: forecastColors.override },
            },
          ]
        : []),
      ...(axis.compared
        ? [
            {
              type: 'line' as const,
              name: names.compared,
              data: axis.compared,
              showSymbol: false,
              lineStyle: { width: 1.5, type: 'dotted' as const },
              itemStyle: { color: forecastColors.compared },
            },
          ]
        : []),
    ],
  };
}

/** The chosen model's backtest MAPE by weekday (rows, Monday on top) and hour of day. */
export function errorHeatmapOption(run: ForecastRun, { t, language }: Context): ChartOption {
  const days = t('forecast.weekdays').split(',');
  const cells = run.errorHeatmap.flatMap((row, weekday) => row.map((value, hour) => [hour, weekday, value ?? '-'] as [number, number, number | string]));
  const values = cells.map((c) => c[2]).filter((v): v is number => typeof v === 'number').sort((a, b) => a - b);
  // The colour scale ends at the 95th percentile, so that one bad hour does not wash out the rest.
  const top = values.length > 0 ? values[Math.min(values.length - 1, Math.floor(values.length * 0.95))]! : 1;
  return {
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (params) => {
        const p = (Array.isArray(params) ? params[0] : params) as unknown as { value: [number, number, number | string] };
        const [hour, weekday, value] = p.value;
        const text = typeof value === 'number' ? formatPercentValue(value, language) : '—';
        return `${days[weekday]} ${String(hour).padStart(2, '0')}:00<br/>${line(t('forecast.metrics.mape'), text)}`;
      },
    },
    grid: { left: 56, right: 24, top: 16, bottom: 96 },
    xAxis: {
      type: 'category',
      data: Array.from({ length: 24 }, (_, h) => String(h).padStart(2, '0')),
      name: t('forecast.heatmap.hour'),
      nameLocation: 'middle',
      nameGap: 26,
      splitArea: { show: true },
    },
    yAxis: { type: 'category', data: days, inverse: true, splitArea: { show: true } },
    visualMap: {
      min: 0,
      max: Math.max(top, 0.1),
      calculable: true,
      orient: 'horizontal',
      left: 'center',
      bottom: 4,
      itemHeight: 180,
      itemWidth: 12,
      text: [t('forecast.heatmap.worse'), t('forecast.heatmap.better')],
      formatter: (value: unknown) => formatPercentValue(Number(value), language),
      inRange: { color: ['#e3f0f2', '#f6d28b', '#c2493d'] },
    },
    series: [{ type: 'heatmap', name: t('forecast.metrics.mape'), data: cells, emphasis: { itemStyle: { borderColor: '#1f2a33', borderWidth: 1 } } }],
  };
}

/**
 * The forecast split into the temperature effect and the rest (calendar and recent load), with
 * the temperature the forecast assumed on a second axis.
 */
export function temperatureOption(run: ForecastRun, { t, language }: Context): ChartOption {
  const daily = run.resolution === 'day';
  const unit = unitLabel(t, run.unit);
  const load = (v: number | null | undefined) => formatLoad(v, run.unit, t, language);
  const rest = run.points.map((p) => (p.temperatureEffect === null ? p.forecast : p.forecast - p.temperatureEffect));
  const names = { forecast: t('forecast.chart.forecast'), rest: t('forecast.temperatureSplit.rest'), effect: t('forecast.temperatureSplit.effect'), temperature: t('forecast.temperature') };
  return {
    color: [forecastColors.forecast, colors.muted, forecastColors.temperature, colors.danger],
    tooltip: {
      trigger: 'axis',
      confine: true,
      formatter: (params) => {
        const i = indexOf(params);
        const p = run.points[i];
        if (!p) return '';
        return [
          `<b>${formatStamp(p.ts, language, true)}</b>`,
          line(names.forecast, load(p.forecast)),
          line(names.rest, load(rest[i])),
          line(names.effect, load(p.temperatureEffect)),
          line(names.temperature, p.temperature === null ? '—' : `${formatDecimal(p.temperature, language, 1)} °C`),
        ].join('<br/>');
      },
    },
    legend: { top: 0 },
    grid: { left: 64, right: 56, top: 48, bottom: 64 },
    xAxis: { type: 'category', data: run.points.map((p) => axisStamp(p.ts, daily)), axisLine: { lineStyle: { color: colors.axis } } },
    yAxis: [valueAxis(unit, language), { type: 'value', name: '°C', scale: true, splitLine: { show: false } }],
    dataZoom: [
      { type: 'inside', xAxisIndex: 0 },
      { type: 'slider', xAxisIndex: 0, height: 18, bottom: 8, borderColor: 'transparent' },
    ],
    series: [
      { type: 'line', name: names.forecast, data: run.points.map((p) => p.forecast), showSymbol: false, lineStyle: { width: 2 } },
      { type: 'line', name: names.rest, data: rest, showSymbol: false, lineStyle: { width: 1.5, type: 'dashed' }, areaStyle: { opacity: 0.12 } },
      { type: 'bar', name: names.effect, data: run.points.map((p) => p.temperatureEffect), barMaxWidth: 10 },
      { type: 'line', name: names.temperature, yAxisIndex: 1, data: run.points.map((p) => p.temperature), showSymbol: false, lineStyle: { width: 1.2 } },
    ],
  };
}

/** A scenario against its base run: both models' forecasts (before overrides) and the load response (their difference). */
export function scenarioOption(base: ForecastRun, scenario: ForecastRun, { t, language }: Context): ChartOption {
  const daily = base.resolution === 'day';
  const unit = unitLabel(t, base.unit);
  const load = (v: number | null | undefined) => formatLoad(v, base.unit, t, language);
  const response = scenarioResponse(base, scenario);
  const byStamp = new Map(scenario.points.map((p) => [p.ts, p]));
  const names = { base: t('forecast.scenario.base'), scenario: t('forecast.scenario.scenario'), response: t('forecast.scenario.response') };
  return {
    color: [forecastColors.forecast, forecastColors.temperature, colors.danger],
    tooltip: {
      trigger: 'axis',
      confine: true,
      formatter: (params) => {
        const i = indexOf(params);
        const p = base.points[i];
        if (!p) return '';
        const other = byStamp.get(p.ts);
        const temp = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `${formatDecimal(v, language, 1)} °C`);
        return [
          `<b>${formatStamp(p.ts, language, true)}</b>`,
          line(names.base, `${load(modelForecast(p))} · ${temp(p.temperature)}`),
          line(names.scenario, `${load(other && modelForecast(other))} · ${temp(other?.temperature)}`),
          line(names.response, load(response.difference[i])),
        ].join('<br/>');
      },
    },
    legend: { top: 0 },
    grid: { left: 64, right: 64, top: 48, bottom: 64 },
    xAxis: { type: 'category', data: base.points.map((p) => axisStamp(p.ts, daily)), axisLine: { lineStyle: { color: colors.axis } } },
    yAxis: [valueAxis(unit, language), { ...valueAxis(t('forecast.scenario.responseAxis', { unit }), language), splitLine: { show: false } }],
    dataZoom: [
      { type: 'inside', xAxisIndex: 0 },
      { type: 'slider', xAxisIndex: 0, height: 18, bottom: 8, borderColor: 'transparent' },
    ],
    series: [
      { type: 'line', name: names.base, data: base.points.map(modelForecast), showSymbol: false, lineStyle: { width: 2 } },
      {
        type: 'line',
        name: names.scenario,
        data: base.points.map((p) => {
          const other = byStamp.get(p.ts);
          return other ? modelForecast(other) : null;
        }),
        showSymbol: false,
        lineStyle: { width: 2 },
      },
      { type: 'bar', name: names.response, yAxisIndex: 1, data: response.difference, barMaxWidth: 10, itemStyle: { opacity: 0.7 } },
    ],
  };
}
