// A report chart drawn by ECharts on the server, without a DOM (its SSR SVG renderer), from the
// same option as the on-screen preview (engine/api/reportChart.ts). The PDF draws this SVG as
// vectors (svg-to-pdfkit) and Excel holds it rasterised (chartPng.ts): one drawing, three places.
import * as echarts from 'echarts';
import { reportChartOption } from '../../api/reportChart.js';
import type { ReportChart } from '../../api/reportsTypes.js';
import type { Language } from '../../api/types.js';

/** The font family the SVG names; the PDF and the rasteriser map it to the CJK font found. */
export const CHART_FONT = 'ReportCJK';

export function chartSvg(chart: ReportChart, language: Language, width: number, height: number): string {
  const instance = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height, locale: language === 'zh-CN' ? 'ZH' : 'EN' });
  try {
    instance.setOption(reportChartOption(chart, { language, fontFamily: CHART_FONT, interactive: false }));
    return instance.renderToSVGString();
  } finally {
    instance.dispose();
  }
}
