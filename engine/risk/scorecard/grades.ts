// Risk grades A (lowest risk) to E. The cuts are the training scores' quintiles: each grade holds
// a fifth of the customers the model was trained on. Bad-rate bands would move with the base rate
// (arrears are rare, and most customers would share one grade); fifths keep each grade a
// workload a collection team can plan, and calibration by grade shows how bad rates rise from A to E.
import { riskGrades, type RiskGrade } from '../model/types.js';

export type GradeCuts = { grade: RiskGrade; minScore: number }[];

/** floorScore: the lowest score the scorecard can give, E's floor (any score below still grades E). */
export function gradeCuts(scores: ArrayLike<number>, floorScore: number): GradeCuts {
  const sorted = Float64Array.from(scores).sort();
  const k = riskGrades.length;
  // The score with (k − i − 1) fifths of the scores below it, in integers (no rounding of 1 − 4/5).
  const quantile = (i: number) => (sorted.length === 0 ? floorScore : sorted[Math.floor((sorted.length * (k - i - 1)) / k)]!);
  return riskGrades.map((grade, i) => ({ grade, minScore: i === k - 1 ? floorScore : quantile(i) }));
}

export function gradeOf(cuts: GradeCuts, score: number): RiskGrade {
  for (const cut of cuts) if (score >= cut.minScore) return cut.grade;
  return cuts[cuts.length - 1]!.grade;
}
