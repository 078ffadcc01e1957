// Logistic regression of P(bad) on the WOE-encoded features by Newton's method (IRLS), with a
// small L2 penalty on the coefficients (not the intercept) that keeps the fit finite when two
// features say the same thing or one separates the classes. Deterministic: no random start.
import { solveCholesky } from '../../forecast/math/linear.js';

export interface LogisticFit {
  intercept: number;
  coefficients: Float64Array;
  iterations: number;
}

/** x: rows × features, row-major. */
export function fitLogistic(x: Float64Array, y: Uint8Array, features: number, lambda: number, maxIterations = 50): LogisticFit {
  const n = y.length;
  const p = features + 1;
  const beta = new Float64Array(p);
  const row = new Float64Array(p);
  // Start at the base rate: the intercept alone, which is the answer when nothing predicts.
  const bads = y.reduce((s, v) => s + v, 0);
  beta[0] = Math.log((bads + 0.5) / (n - bads + 0.5));
  let iterations = 0;
  while (iterations < maxIterations) {
    iterations++;
    const hessian = new Float64Array(p * p);
    const gradient = new Float64Array(p);
    for (let i = 0; i < n; i++) {
      row[0] = 1;
      for (let j = 0; j < features; j++) row[j + 1] = x[i * features + j]!;
      let z = 0;
      for (let a = 0; a < p; a++) z += beta[a]! * row[a]!;
      const prob = 1 / (1 + Math.exp(-z));
      const residual = y[i]! - prob;
      const weight = prob * (1 - prob);
      for (let a = 0; a < p; a++) {
        gradient[a]! += residual * row[a]!;
        for (let b = 0; b <= a; b++) hessian[a * p + b]! += weight * row[a]! * row[b]!;
      }
    }
    for (let a = 0; a < p; a++) for (let b = 0; b < a; b++) hessian[b * p + a] = hessian[a * p + b]!;
    for (let a = 1; a < p; a++) {
      gradient[a]! -= lambda * beta[a]!;
      hessian[a * p + a]! += lambda;
    }
    hessian[0]! += 1e-12;
    const step = solveCholesky(hessian, gradient, p);
    let change = 0;
    for (let a = 0; a < p; a++) {
      beta[a]! += step[a]!;
      change = Math.max(change, Math.abs(step[a]!));
    }
    if (change < 1e-10) break;
  }
  return { intercept: beta[0]!, coefficients: beta.slice(1), iterations };
}
