// How well a probability of the bad outcome ranks and matches the truth: AUC (rank-based, tied
// probabilities share their mean rank), KS (the largest gap between the cumulative shares of
// bads and goods, tied probabilities taken together), Gini = 2·AUC − 1, lift by decile and
// calibration by grade. `rows` restricts everything to some rows (a validation split).
import { riskGrades, type ClassMetrics, type GradeCalibration, type LiftRow, type RiskGrade } from '../model/types.js';

const DECILES = 10;

function allRows(n: number): Uint32Array {
  const rows = new Uint32Array(n);
  for (let i = 0; i < n; i++) rows[i] = i;
  return rows;
}

/** `rows` ordered riskiest first (ties keep their order). */
function byRiskDescending(probabilities: ArrayLike<number>, rows: Uint32Array): Uint32Array {
  return Uint32Array.from(rows).sort((a, b) => probabilities[b]! - probabilities[a]! || a - b);
}

function countBads(target: Uint8Array, rows: Uint32Array): number {
  let bads = 0;
  for (let k = 0; k < rows.length; k++) bads += target[rows[k]!]!;
  return bads;
}

/** AUC and KS from one pass over the rows riskiest first, tied probabilities as one group. */
function aucAndKs(probabilities: ArrayLike<number>, target: Uint8Array, ordered: Uint32Array, bads: number): { auc: number; ks: number } {
  const goods = ordered.length - bads;
  // One class alone: nothing to rank against; report no discrimination rather than NaN.
  if (bads === 0 || goods === 0) return { auc: 0.5, ks: 0 };
  let badsAbove = 0;
  let goodsAbove = 0;
  let pairs = 0; // pairs (bad, good) with the bad ranked riskier; ties count a half
  let ks = 0;
  for (let start = 0; start < ordered.length; ) {
    const p = probabilities[ordered[start]!]!;
    let groupBads = 0;
    let end = start;
    while (end < ordered.length && probabilities[ordered[end]!]! === p) groupBads += target[ordered[end++]!]!;
    const groupGoods = end - start - groupBads;
    pairs += groupGoods * (badsAbove + groupBads / 2);
    badsAbove += groupBads;
    goodsAbove += groupGoods;
    ks = Math.max(ks, Math.abs(badsAbove / bads - goodsAbove / goods));
    start = end;
  }
  return { auc: pairs / (bads * goods), ks };
}

/** Deciles of the rows riskiest first: decile d holds positions [⌊(d−1)n/10⌋, ⌊dn/10⌋). */
function deciles(ordered: Uint32Array, target: Uint8Array, bads: number): LiftRow[] {
  const n = ordered.length;
  const overall = n ? bads / n : 0;
  const out: LiftRow[] = [];
  let cumulative = 0;
  for (let d = 1; d <= DECILES; d++) {
    const from = Math.floor(((d - 1) * n) / DECILES);
    const to = Math.floor((d * n) / DECILES);
    let decileBads = 0;
    for (let k = from; k < to; k++) decileBads += target[ordered[k]!]!;
    cumulative += decileBads;
    const badRate = to > from ? decileBads / (to - from) : 0;
    out.push({
      decile: d,
      rows: to - from,
      bads: decileBads,
      badRate,
      cumulativeBadShare: bads ? cumulative / bads : 0,
      lift: overall > 0 ? badRate / overall : 0,
    });
  }
  return out;
}

export function classMetrics(probabilities: ArrayLike<number>, target: Uint8Array, rows?: Uint32Array): ClassMetrics {
  const ordered = byRiskDescending(probabilities, rows ?? allRows(target.length));
  const bads = countBads(target, ordered);
  const { auc, ks } = aucAndKs(probabilities, target, ordered, bads);
  return { auc, ks, gini: 2 * auc - 1, lift10: deciles(ordered, target, bads)[0]!.lift, rows: ordered.length, bads };
}

/** Ten rows, the riskiest tenth first; lift = the decile's bad rate over the overall one. */
export function liftTable(probabilities: ArrayLike<number>, target: Uint8Array, rows?: Uint32Array): LiftRow[] {
  const ordered = byRiskDescending(probabilities, rows ?? allRows(target.length));
  return deciles(ordered, target, countBads(target, ordered));
}

/** Per grade (A..E, every grade listed): observed bad rate against the mean predicted probability. */
export function calibrationByGrade(
  grades: RiskGrade[],
  probabilities: ArrayLike<number>,
  target: Uint8Array,
  rows?: Uint32Array,
): GradeCalibration[] {
  const index = new Map<RiskGrade, number>(riskGrades.map((g, k) => [g, k]));
  const counts = new Float64Array(riskGrades.length);
  const badCounts = new Float64Array(riskGrades.length);
  const predicted = new Float64Array(riskGrades.length);
  const each = rows ?? allRows(target.length);
  for (let k = 0; k < each.length; k++) {
    const i = each[k]!;
    const g = index.get(grades[i]!)!;
    counts[g]++;
    badCounts[g] += target[i]!;
    predicted[g] += probabilities[i]!;
  }
  return riskGrades.map((grade, g) => ({
    grade,
    rows: counts[g]!,
    bads: badCounts[g]!,
    observedBadRate: counts[g] ? badCounts[g]! / counts[g]! : 0,
    predictedBadRate: counts[g] ? predicted[g]! / counts[g]! : 0,
  }));
}
