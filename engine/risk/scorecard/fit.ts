// The scorecard's regression: P(bad) on the WOE of each selected feature (not weak, not
// excluded), fitted on the training rows. WOE is ln(good share / bad share), so a feature that
// works as its bins say has a negative coefficient; one that comes out positive (it only
// corrects for a correlated feature, and its points would read backwards) is dropped, the
// most positive first, and the rest refitted.
import type { FeatureBinning } from '../model/types.js';
import { fitLogistic } from './logistic.js';

/**
 * The L2 penalty on the WOE coefficients (on the log-likelihood's sum, so it weighs less as rows
 * grow): German credit's 5-fold AUC 0.7885 at 0.01, 0.790 at 1, 0.7898 at 3.
 */
export const L2_PENALTY = 1;

export interface ScorecardFit {
  /** The binnings with selected and coefficient filled in. */
  binnings: FeatureBinning[];
  intercept: number;
}

/** binsOf[f][row]: the bin index of each row for binnings[f]. */
export function fitScorecard(binnings: FeatureBinning[], binsOf: Int32Array[], target: Uint8Array, rows: Uint32Array, exclude: ReadonlySet<string>, lambda = L2_PENALTY): ScorecardFit {
  let chosen = binnings.map((_, f) => f).filter((f) => !binnings[f]!.weak && !exclude.has(binnings[f]!.feature));
  const y = Uint8Array.from(rows, (r) => target[r]!);
  for (;;) {
    const k = chosen.length;
    const x = new Float64Array(rows.length * k);
    rows.forEach((row, i) => {
      chosen.forEach((f, j) => {
        x[i * k + j] = binnings[f]!.bins[binsOf[f]![row]!]!.woe;
      });
    });
    const fit = fitLogistic(x, y, k, lambda);
    let worst = -1;
    for (let j = 0; j < k; j++) if (fit.coefficients[j]! > 0 && (worst < 0 || fit.coefficients[j]! > fit.coefficients[worst]!)) worst = j;
    if (worst >= 0) {
      chosen = chosen.filter((_, j) => j !== worst);
      continue;
    }
    const coefficient = new Map(chosen.map((f, j) => [f, fit.coefficients[j]!]));
    return {
      binnings: binnings.map((b, f) => ({ ...b, selected: coefficient.has(f), coefficient: coefficient.get(f) ?? null })),
      intercept: fit.intercept,
    };
  }
}
