// How a run's customers spread by area, industry or category (grades counted after the analyst's
// adjustments, mean score, expected loss and arrears owed), with the run's score histogram.
import type { RiskDimension, RiskDistribution, RiskDistributionRow, RiskGrade } from '../../api/riskTypes.js';
import type { Db } from '../../store/database.js';
import { adjustedCte, effectiveGrade, scoredFrom } from './customerRows.js';
import { gradeCounts, resolveRun } from './runs.js';

/** Points per histogram bar. */
export const HISTOGRAM_WIDTH = 20;
/** Bars at most: scores spread wider (a scaling with many points to double the odds) get wider bars, in multiples of 20. */
export const MAX_BARS = 200;

const keyColumn: Record<RiskDimension, string> = { area: 'c.area_id', industry: 'c.industry', category: 'c.category' };

interface GroupRow {
  key: string;
  grade: RiskGrade;
  customers: number;
  score_sum: number;
  expected_loss: number;
  outstanding: number;
}

/** Rows by the dimension, the largest expected loss first; '' gathers customers the archive gives none. */
export function distribution(db: Db, runId: number | undefined, by: RiskDimension): RiskDistribution {
  const run = resolveRun(db, runId);
  const groups = db
    .prepare(
      `WITH ${adjustedCte}
       SELECT coalesce(${keyColumn[by]}, '') AS key, ${effectiveGrade} AS grade, count(*) AS customers, sum(s.score) AS score_sum,
              sum(s.expected_loss_yuan) AS expected_loss, sum(s.outstanding_yuan) AS outstanding
       FROM ${scoredFrom} WHERE s.run_id = ? GROUP BY 1, 2`,
    )
    .all(run.run_id) as GroupRow[];
  const rows = new Map<string, RiskDistributionRow & { scoreSum: number }>();
  for (const g of groups) {
    let row = rows.get(g.key);
    if (!row) rows.set(g.key, (row = { key: g.key, customers: 0, byGrade: gradeCounts(), meanScore: 0, expectedLossYuan: 0, outstandingYuan: 0, scoreSum: 0 }));
    row.customers += g.customers;
    row.byGrade[g.grade] += g.customers;
    row.scoreSum += g.score_sum;
    row.expectedLossYuan += g.expected_loss;
    row.outstandingYuan += g.outstanding;
  }
  return {
    runId: run.run_id,
    histogram: scoreHistogram(db, run.run_id),
    rows: [...rows.values()]
      .map(({ scoreSum, ...row }) => ({ ...row, meanScore: scoreSum / row.customers }))
      .sort((a, b) => b.expectedLossYuan - a.expectedLossYuan || a.key.localeCompare(b.key)),
  };
}

/** Bars of HISTOGRAM_WIDTH points (wider past MAX_BARS) from the multiple of the width at or below the lowest score (scores as scored, before adjustments). */
export function scoreHistogram(db: Db, runId: number): RiskDistribution['histogram'] {
  const range = db.prepare('SELECT min(score) AS low, max(score) AS high FROM risk_scores WHERE run_id = ?').get(runId) as { low: number | null; high: number | null };
  if (range.low === null || range.high === null) return { from: 0, width: HISTOGRAM_WIDTH, counts: [] };
  const width = HISTOGRAM_WIDTH * Math.max(1, Math.ceil((range.high - range.low) / (HISTOGRAM_WIDTH * (MAX_BARS - 1))));
  const from = Math.floor(range.low / width) * width;
  const counts = new Array<number>(Math.min(MAX_BARS, Math.floor((range.high - from) / width) + 1)).fill(0);
  // score - from >= 0, so the cast's truncation is the floor.
  const bars = db
    .prepare('SELECT CAST((score - ?) / ? AS INTEGER) AS bar, count(*) AS n FROM risk_scores WHERE run_id = ? GROUP BY bar')
    .all(from, width, runId) as { bar: number; n: number }[];
  for (const { bar, n } of bars) counts[Math.min(bar, counts.length - 1)]! += n;
  return { from, width, counts };
}
