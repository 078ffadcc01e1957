// A customer's daily consumption (kWh a day, zoomable) and mean load shape (kW per clock hour).
import type { TFunction } from 'i18next';
import type { CustomerConsumption } from '../../../../engine/api/customersTypes.js';
import type { Language } from '../../../../engine/api/types.js';
import { formatDecimal } from '../../../i18n/format.js';
import type { ChartOption } from '../../overview/charts/echarts.js';
import { colors, gridLines, zoomX } from '../../overview/charts/theme.js';

export function dailyOption(daily: CustomerConsumption['daily'], { t, language }: { t: TFunction; language: Language }): ChartOption {
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v) => t('customers.units.kwh', { value: formatDecimal(Number(v), language, 1) }) },
    grid: { left: 56, right: 16, top: 32, bottom: 56 },
    xAxis: { type: 'category', data: daily.map((d) => d.day), axisLine: { lineStyle: { color: colors.axis } } },
    yAxis: { type: 'value', name: t('customers.units.kwhPerDay'), splitLine: gridLines },
    dataZoom: zoomX(),
    series: [{ type: 'line', name: t('customers.c360.daily'), data: daily.map((d) => d.kwh), showSymbol: false, itemStyle: { color: colors.primary } }],
  };
}

export function loadShapeOption(hourKw: number[], { t, language }: { t: TFunction; language: Language }): ChartOption {
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v) => t('customers.units.kw', { value: formatDecimal(Number(v), language, 2) }) },
    grid: { left: 56, right: 16, top: 32, bottom: 40 },
    xAxis: { type: 'category', name: t('segments.timeOfDay'), nameLocation: 'middle', nameGap: 26, data: hourKw.map((_, h) => `${String(h).padStart(2, '0')}:00`), axisLine: { lineStyle: { color: colors.axis } } },
    yAxis: { type: 'value', name: t('customers.units.kwAxis'), splitLine: gridLines },
    series: [{ type: 'bar', name: t('customers.c360.loadShape'), data: hourKw, itemStyle: { color: colors.secondary } }],
  };
}
