// Grades by area, industry or category: one stacked bar per key, A (safe) to E (risky).
import type { TFunction } from 'i18next';
import { riskGrades, type RiskDimension, type RiskDistributionRow } from '../../../../engine/api/riskTypes.js';
import type { Language } from '../../../../engine/api/types.js';
import { formatInteger, formatPercent } from '../../../i18n/format.js';
import type { ChartOption } from '../../overview/charts/echarts.js';
import { colors, gridLines, tooltipIndex, zoomX } from '../../overview/charts/theme.js';
import { dimensionKeyLabel, gradeColors } from '../texts.js';

/** Keys in view before zooming out: enough to read their names. */
export const SHOWN = 15;

/** The keys with the most customers first (the chart reads left to right from the largest). */
export function orderedRows(rows: RiskDistributionRow[]): RiskDistributionRow[] {
  return [...rows].sort((a, b) => b.customers - a.customers || a.key.localeCompare(b.key));
}

export function gradesByOption(rows: RiskDistributionRow[], by: RiskDimension, { t, language }: { t: TFunction; language: Language }): ChartOption {
  const ordered = orderedRows(rows);
  const labels = ordered.map((r) => dimensionKeyLabel(t, by, r.key));
  const gradeName = (g: string) => t('risk.grade', { grade: g });
  return {
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params) => {
        const at = tooltipIndex(params);
        const row = ordered[at];
        if (!row) return '';
        const lines = riskGrades.map((g) => `${gradeName(g)}: <b>${formatInteger(row.byGrade[g], language)}</b> (${formatPercent(row.customers ? row.byGrade[g] / row.customers : null, language, 1)})`);
        return [`<b>${labels[at]}</b>`, ...lines, `${t('risk.charts.meanScore')}: <b>${formatInteger(row.meanScore, language)}</b>`].join('<br/>');
      },
    },
    legend: { top: 0, data: riskGrades.map(gradeName) },
    grid: { left: 56, right: 16, top: 64, bottom: 72 },
    xAxis: { type: 'category', data: labels, axisLabel: { interval: 0, rotate: labels.length > 8 ? 30 : 0, hideOverlap: true }, axisLine: { lineStyle: { color: colors.axis } } },
    yAxis: { type: 'value', name: t('risk.charts.customers'), axisLabel: { formatter: (v: number) => formatInteger(v, language) }, splitLine: gridLines },
    // Many areas: the largest SHOWN at first, the rest a drag or a zoom away.
    dataZoom: (zoomX() as object[]).map((zoom) => ({ ...zoom, startValue: 0, endValue: Math.min(labels.length, SHOWN) - 1 })),
    series: riskGrades.map((g) => ({ type: 'bar' as const, name: gradeName(g), stack: 'grades', data: ordered.map((r) => r.byGrade[g]), itemStyle: { color: gradeColors[g] } })),
  };
}
