// A report's chart (ReportChart) as an ECharts option, one for every place it is drawn: the
// on-screen preview (canvas, with zoom and tooltips), and the engine's server-side SVG that the
// PDF draws as vectors and Excel holds as a picture. Pure data in, pure data out: no DOM.
import type { ReportChart } from './reportsTypes.js';
import type { Language } from './types.js';

/** The app's chart colours (renderer/pages/overview/charts/theme.ts), in series order. */
export const reportPalette = ['#2f7d8c', '#5b8def', '#d08c2b', '#6aa84f', '#c2493d', '#8e6bbf', '#9aa5b1'];

export interface ReportChartOptions {
  language: Language;
  fontFamily: string;
  /** Interactive (the preview): tooltips and zoom; a printed chart has neither. */
  interactive: boolean;
}

type Option = Record<string, unknown>;

function axisFormatter(language: Language, percent: boolean): (value: number) => string {
  const number = new Intl.NumberFormat(language, percent ? { style: 'percent', maximumFractionDigits: 1 } : { notation: 'compact', maximumFractionDigits: 1 });
  return (value) => number.format(value);
}

export function reportChartOption(chart: ReportChart, options: ReportChartOptions): Option {
  const { language, fontFamily, interactive } = options;
  const base: Option = {
    animation: interactive,
    color: reportPalette,
    textStyle: { fontFamily, color: '#4a5560' },
    legend: { top: 0, type: interactive ? 'scroll' : 'plain', textStyle: { fontSize: 11 } },
    ...(interactive ? { tooltip: { trigger: chart.type === 'pie' ? 'item' : 'axis', confine: true } } : {}),
  };
  if (chart.type === 'pie') {
    const first = chart.series[0];
    return {
      ...base,
      series: [
        {
          type: 'pie',
          name: first?.name ?? '',
          radius: ['35%', '65%'],
          top: 24,
          data: chart.categories.map((name, i) => ({ name, value: first?.values[i] ?? null })),
          label: { formatter: '{b}: {d}%' },
        },
      ],
    };
  }
  const twoAxes = chart.axes.length > 1;
  const manyCategories = chart.categories.length > 24;
  // On screen the wheel and the keyboard zoom every chart; a slider shows where when there are many points.
  const slider = interactive && chart.categories.length > 12;
  return {
    ...base,
    grid: { top: 48, left: 12, right: twoAxes ? 12 : 20, bottom: slider ? 40 : 8, containLabel: true },
    xAxis: {
      type: 'category',
      data: chart.categories,
      // A few categories all get their label, broken over lines where long; more are turned, or thinned out.
      axisLabel:
        chart.categories.length <= 6
          ? { interval: 0, fontSize: 10, width: 84, overflow: 'break' }
          : { hideOverlap: true, fontSize: 10, ...(manyCategories ? {} : { rotate: 30 }) },
    },
    yAxis: chart.axes.map((name, i) => ({
      type: 'value',
      name,
      nameTextStyle: { fontSize: 10, align: i === 0 ? 'left' : 'right' },
      axisLabel: { fontSize: 10, formatter: axisFormatter(language, chart.percentAxis === i) },
      splitLine: { show: i === 0, lineStyle: { color: '#e3e8ed' } },
      ...(i === 0 && chart.counts ? { minInterval: 1 } : {}),
    })),
    ...(interactive ? { dataZoom: [{ type: 'inside' }, ...(slider ? [{ type: 'slider', height: 16, bottom: 8 }] : [])] } : {}),
    series: chart.series.map((s) => {
      const kind = s.kind ?? (chart.type === 'line' ? 'line' : 'bar');
      return {
        type: kind,
        name: s.name,
        data: s.values,
        yAxisIndex: s.axis ?? 0,
        ...(s.stack ? { stack: s.stack } : {}),
        ...(kind === 'line' ? { ...(chart.categories.length <= 24 ? {} : { symbol: 'none' }), connectNulls: false, lineStyle: { width: 1.6, ...(s.dashed ? { type: 'dashed', width: 1 } : {}) } } : {}),
      };
    }),
  };
}
