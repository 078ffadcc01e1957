// Logistic regression of P(bad) on the WOE-encoded features by Newton's method (IRLS), with a
// small L2 penalty on the coefficients (not the intercept) that keeps the fit finite when two
// features say the same thing or one nearly separates the classes. Each Newton step is halved
// until the penalised log-likelihood improves: near-duplicate, strongly separating features (an
// arrears history read five ways) otherwise send a full step far past the optimum and the fit
// diverges. Deterministic: no random start.
import { solveCholesky } from '../../forecast/math/linear.js';

export interface LogisticFit {
  intercept: number;
  coefficients: Float64Array;
  iterations: number;
}

/** log(1 + e^z) without overflow. */
function softplus(z: number): number {
  return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
}

/** x: rows × features, row-major. */
export function fitLogistic(x: Float64Array, y: Uint8Array, features: number, lambda: number, maxIterations = 100): LogisticFit {
  const n = y.length;
  const p = features + 1;
  const linear = (beta: Float64Array, i: number) => {
    let z = beta[0]!;
    for (let j = 0; j < features; j++) z += beta[j + 1]! * x[i * features + j]!;
    return z;
  };
  const objective = (beta: Float64Array) => {
    let value = 0;
    for (let i = 0; i < n; i++) {
      const z = linear(beta, i);
      value += y[i]! * z - softplus(z);
    }
    for (let a = 1; a < p; a++) value -= (lambda / 2) * beta[a]! ** 2;
    return value;
  };
  let beta = new Float64Array(p);
  // Start at the base rate: the intercept alone, which is the answer when nothing predicts.
  const bads = y.reduce((s, v) => s + v, 0);
  beta[0] = Math.log((bads + 0.5) / (n - bads + 0.5));
  let current = objective(beta);
  const row = new Float64Array(p);
  let iterations = 0;
  while (iterations < maxIterations) {
    iterations++;
    const hessian = new Float64Array(p * p);
    const gradient = new Float64Array(p);
    for (let i = 0; i < n; i++) {
      row[0] = 1;
      for (let j = 0; j < features; j++) row[j + 1] = x[i * features + j]!;
      const prob = 1 / (1 + Math.exp(-linear(beta, i)));
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
    // Near the optimum a full step changes the objective by less than its rounding: take it.
    const tolerance = 1e-12 * (1 + Math.abs(current));
    let scale = 1;
    let next = beta.map((b, a) => b + step[a]!);
    let value = objective(next);
    while (!(value >= current - tolerance) && scale > 1e-10) {
      scale /= 2;
      next = beta.map((b, a) => b + scale * step[a]!);
      value = objective(next);
    }
    if (!(value >= current - tolerance)) break; // no step improves
    let change = 0;
    for (let a = 0; a < p; a++) change = Math.max(change, Math.abs(next[a]! - beta[a]!));
    beta = next;
    current = value;
    if (change < 1e-10) break;
  }
  return { intercept: beta[0]!, coefficients: beta.slice(1), iterations };
}
