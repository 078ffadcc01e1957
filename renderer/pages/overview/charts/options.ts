// Chart options built from the overview's query results. Pure functions of the data and
// the language, so each chart's look is decided in one place.
import type { TFunction } from 'i18next';
import type { AreaConsumption, ArrearsOverview, ConsumptionByMonth, CustomersByCategory, LoadVsTemperature } from '../../../../engine/api/overviewTypes.js';
import type { Language } from '../../../../engine/api/types.js';
import { formatCompact, formatDecimal, formatInteger, formatKwh, formatMonth, formatPercent, formatYuan } from '../../../i18n/format.js';
import { categoryLabel } from '../../../i18n/labels.js';
import type { ChartOption } from './echarts.js';
import { categoryColors, colors, zoomX } from './theme.js';

interface Context {
  t: TFunction;
  language: Language;
}

const num = (value: unknown) => (typeof value === 'number' ? value : Number(value));

/** Items other than the one the Overview is filtered by are drawn faint. */
const FAINT = 0.3;

/** A series' values with every item but the `chosen` one faint (no item chosen: as they are). */
function marked<T>(values: T[], chosen: number): (T | { value: T; itemStyle: { opacity: number } })[] {
  return chosen < 0 ? values : values.map((value, i) => (i === chosen ? value : { value, itemStyle: { opacity: FAINT } }));
}

/** The areas in the order the area chart draws them (largest first): its item i is areas[i]. */
export function areasInChartOrder(areas: AreaConsumption[]): AreaConsumption[] {
  return [...areas].sort((a, b) => b.kwh - a.kwh);
}

type YAxis = Exclude<NonNullable<ChartOption['yAxis']>, unknown[]>;

function valueAxis(name: string, format: (v: number) => string): YAxis {
  return {
    type: 'value',
    name,
    nameTextStyle: { align: 'left' },
    axisLabel: { formatter: (v: number) => format(v) },
    splitLine: { lineStyle: { color: '#eef1f4' } },
  };
}

/** `month`: the month the Overview is filtered by, marked. */
export function consumptionByMonthOption(data: ConsumptionByMonth, { t, language }: Context, month?: string): ChartOption {
  const chosen = month === undefined ? -1 : data.months.indexOf(month);
  return {
    color: data.series.map((s) => categoryColors[s.category]),
    tooltip: { trigger: 'axis', confine: true, valueFormatter: (v) => formatKwh(num(v), language) },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 64, right: 24, top: 48, bottom: 60 },
    xAxis: { type: 'category', data: data.months.map((m) => formatMonth(m, language)), axisLine: { lineStyle: { color: colors.axis } } },
    yAxis: valueAxis('kWh', (v) => formatCompact(v, language)),
    dataZoom: zoomX(),
    series: data.series.map((s) => ({
      type: 'bar',
      // The engine counts the meters the archive lacks under 'other' (engine/aggregates/groups.ts,
      // UNMATCHED): said so, lest their consumption read as that of customers of another category.
      name: s.category === 'other' ? t('overview.otherOrUnmatched') : categoryLabel(t, s.category),
      stack: 'consumption',
      data: marked(s.kwh, chosen),
      barMaxWidth: 36,
      emphasis: { focus: 'series' },
    })),
  };
}

/** Areas by consumption; the line-loss rate on the right axis where the area has supply data. */
export function consumptionByAreaOption(areas: AreaConsumption[], { t, language }: Context, areaId?: string): ChartOption {
  const sorted = areasInChartOrder(areas);
  const chosen = areaId === undefined ? -1 : sorted.findIndex((a) => a.areaId === areaId);
  const hasLoss = sorted.some((a) => a.lossRate !== null);
  return {
    color: [colors.primary, colors.danger],
    tooltip: { trigger: 'axis', confine: true },
    legend: { top: 0 },
    grid: { left: 64, right: hasLoss ? 56 : 24, top: 48, bottom: 72 },
    xAxis: {
      type: 'category',
      // Meters not in the archive, and customers it gives no area, are counted under no area: named so,
      // not left blank beside a real area's name.
      data: sorted.map((a) => a.name || a.areaId || t('overview.noArea')),
      axisLabel: { rotate: 30, width: 90, overflow: 'truncate' },
      axisLine: { lineStyle: { color: colors.axis } },
    },
    yAxis: [
      valueAxis('kWh', (v) => formatCompact(v, language)),
      ...(hasLoss ? [{ ...valueAxis(t('overview.lossRate'), (v: number) => formatPercent(v, language, 0)), splitLine: { show: false } }] : []),
    ],
    dataZoom: [
      { type: 'inside', xAxisIndex: 0, startValue: 0, endValue: Math.min(sorted.length, 30) - 1 },
      { type: 'slider', xAxisIndex: 0, height: 18, bottom: 8, startValue: 0, endValue: Math.min(sorted.length, 30) - 1 },
    ],
    series: [
      {
        type: 'bar',
        name: t('overview.consumption'),
        data: marked(
          sorted.map((a) => a.kwh),
          chosen,
        ),
        barMaxWidth: 28,
        tooltip: { valueFormatter: (v) => formatKwh(num(v), language) },
      },
      ...(hasLoss
        ? [
            {
              type: 'line' as const,
              name: t('overview.lossRate'),
              yAxisIndex: 1,
              data: sorted.map((a) => a.lossRate),
              symbolSize: 6,
              lineStyle: { width: 1.5 },
              connectNulls: false,
              tooltip: { valueFormatter: (v: unknown) => formatPercent(v === null || v === undefined ? null : num(v), language) },
            },
          ]
        : []),
    ],
  };
}

export function loadVsTemperatureOption(data: LoadVsTemperature, { t, language }: Context): ChartOption {
  return {
    color: [colors.primary],
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (params) => {
        const p = Array.isArray(params) ? params[0]! : params;
        const [temperature, kwh, date] = p.value as [number, number, string];
        return `${date}<br/>${t('overview.temperature')}: ${formatDecimal(temperature, language, 1)} °C<br/>${t('overview.dailyConsumption')}: ${formatKwh(kwh, language)}`;
      },
    },
    grid: { left: 64, right: 24, top: 40, bottom: 48 },
    xAxis: { type: 'value', name: '°C', scale: true, splitLine: { lineStyle: { color: '#eef1f4' } } },
    yAxis: { ...valueAxis(t('overview.kwhPerDay'), (v) => formatCompact(v, language)), scale: true },
    dataZoom: [
      { type: 'inside', xAxisIndex: 0 },
      { type: 'inside', yAxisIndex: 0 },
    ],
    series: [
      {
        type: 'scatter',
        name: t('overview.dailyConsumption'),
        symbolSize: 6,
        itemStyle: { opacity: 0.65 },
        data: data.points.map((p) => [p.temperature, p.kwh, p.date]),
      },
    ],
  };
}

/** `category`: the category the Overview is filtered by, its slice pulled out and the others faint. */
export function customersByCategoryOption(data: CustomersByCategory, { t, language }: Context, category?: string): ChartOption {
  const kva = new Map(data.categories.map((c) => [categoryLabel(t, c.category), c.contractKva]));
  return {
    color: data.categories.map((c) => categoryColors[c.category]),
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (params) => {
        const p = Array.isArray(params) ? params[0]! : params;
        return `${p.name}<br/>${t('overview.customersValue', { value: formatInteger(num(p.value), language) })} (${formatDecimal(p.percent ?? 0, language, 1)}%)<br/>${t('overview.contractCapacity')}: ${formatCompact(kva.get(p.name) ?? 0, language)} kVA`;
      },
    },
    legend: { orient: 'vertical', right: 8, top: 'middle' },
    series: [
      {
        type: 'pie',
        radius: ['45%', '72%'],
        center: ['40%', '52%'],
        avoidLabelOverlap: true,
        label: { formatter: (p) => formatPercent((p.percent ?? 0) / 100, language) },
        selectedMode: 'single',
        data: data.categories.map((c) => ({
          name: categoryLabel(t, c.category),
          value: c.customers,
          ...(category === undefined ? {} : c.category === category ? { selected: true } : { itemStyle: { opacity: FAINT } }),
        })),
      },
    ],
  };
}

/** `month`: the month the Overview is filtered by, marked. */
export function arrearsOption(data: ArrearsOverview, { t, language }: Context, month?: string): ChartOption {
  const yuan = (v: unknown) => formatYuan(num(v), language);
  const chosen = month === undefined ? -1 : data.months.indexOf(month);
  return {
    color: [colors.muted, colors.primary, colors.danger],
    tooltip: { trigger: 'axis', confine: true },
    legend: { top: 0 },
    grid: { left: 64, right: 64, top: 48, bottom: 60 },
    xAxis: { type: 'category', data: data.months.map((m) => formatMonth(m, language)), axisLine: { lineStyle: { color: colors.axis } } },
    yAxis: [
      valueAxis(t('overview.yuan'), (v) => formatCompact(v, language)),
      { ...valueAxis(t('overview.arrears'), (v: number) => formatCompact(v, language)), splitLine: { show: false } },
    ],
    dataZoom: zoomX(),
    series: [
      { type: 'bar', name: t('overview.billed'), data: marked(data.billedYuan, chosen), barMaxWidth: 20, tooltip: { valueFormatter: yuan } },
      { type: 'bar', name: t('overview.paid'), data: marked(data.paidYuan, chosen), barMaxWidth: 20, tooltip: { valueFormatter: yuan } },
      { type: 'line', name: t('overview.arrears'), yAxisIndex: 1, data: data.arrearsYuan, symbolSize: 6, tooltip: { valueFormatter: yuan } },
    ],
  };
}
