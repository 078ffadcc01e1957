// The metrics table's order: each column sorts best first, where best is the smallest error,
// the bias nearest zero and the coverage nearest its 80% target. Missing values go last.
import type { ModelMetrics } from '../../../../engine/api/forecastTypes.js';

export const metricColumns = ['mape', 'wape', 'rmse', 'bias', 'pinball', 'coverage'] as const;
export type MetricColumn = (typeof metricColumns)[number];

/** The share of actual values a P10-P90 interval should hold. */
export const COVERAGE_TARGET = 0.8;

function badness(metrics: ModelMetrics, column: MetricColumn): number | null {
  const value = metrics[column];
  if (value === null || !Number.isFinite(value)) return null;
  if (column === 'bias') return Math.abs(value);
  if (column === 'coverage') return Math.abs(value - COVERAGE_TARGET);
  return value;
}

/** Rows sorted by a column, best first (or worst first when `worstFirst`). */
export function sortMetrics(rows: ModelMetrics[], column: MetricColumn, worstFirst = false): ModelMetrics[] {
  return [...rows].sort((a, b) => {
    const x = badness(a, column);
    const y = badness(b, column);
    if (x === null || y === null) return x === null ? (y === null ? 0 : 1) : -1;
    return worstFirst ? y - x : x - y;
  });
}
