// PSI of the score and of each feature between two runs, as horizontal bars coloured by level,
// with the 0.1 and 0.25 lines marked.
import type { TFunction } from 'i18next';
import type { RiskStability, StabilityRow } from '../../../../engine/api/riskTypes.js';
import type { Language } from '../../../../engine/api/types.js';
import { formatDecimal } from '../../../i18n/format.js';
import type { ChartOption } from '../../overview/charts/echarts.js';
import { colors, gridLines, tooltipIndex } from '../../overview/charts/theme.js';
import { featureLabel, stabilityColors } from '../texts.js';

/** The score first, then the features with the largest shift first. */
export function stabilityRows(stability: RiskStability): StabilityRow[] {
  return [stability.score, ...[...stability.features].sort((a, b) => b.psi - a.psi || a.name.localeCompare(b.name))];
}

export function stabilityOption(stability: RiskStability, { t, language }: { t: TFunction; language: Language }): ChartOption {
  // Drawn bottom-up: reversed so that the score sits on top.
  const rows = stabilityRows(stability).reverse();
  const label = (r: StabilityRow, i: number) => (i === rows.length - 1 ? t('risk.stability.score') : featureLabel(t, r.name));
  const psi = t('risk.stability.psi');
  return {
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params) => {
        const i = tooltipIndex(params);
        const r = rows[i];
        if (!r) return '';
        return `<b>${label(r, i)}</b><br/>${psi}: <b>${formatDecimal(r.psi, language, 3)}</b> · ${t(`risk.stability.levels.${r.level}`)}`;
      },
    },
    grid: { left: 160, right: 32, top: 24, bottom: 40 },
    xAxis: { type: 'value', name: psi, min: 0, splitLine: gridLines },
    yAxis: { type: 'category', data: rows.map(label), axisLine: { lineStyle: { color: colors.axis } }, axisLabel: { width: 150, overflow: 'truncate' } },
    series: [
      {
        type: 'bar',
        name: psi,
        data: rows.map((r) => ({ value: r.psi, itemStyle: { color: stabilityColors[r.level] } })),
        markLine: {
          silent: true,
          symbol: 'none',
          label: { formatter: '{c}' },
          data: [
            // The two labels apart: 0.1 under the chart, 0.25 above it.
            { xAxis: 0.1, lineStyle: { color: stabilityColors.watch, type: 'dashed' }, label: { position: 'start' } },
            { xAxis: 0.25, lineStyle: { color: stabilityColors.shifted, type: 'dashed' }, label: { position: 'end' } },
          ],
        },
      },
    ],
  };
}
