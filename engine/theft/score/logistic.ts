// Logistic regression with class weights (positives are rare: each class weighs as much in
// total) and an L2 penalty, fitted by Newton's method (a handful of features, a few hundred
// rows). Coefficients can be kept at or above 0: the theft features are one-sided evidence,
// which a few odd labels must not turn into evidence of honesty.
import { solveCholesky } from '../../forecast/math/linear.js';

export interface LogisticModel {
  /** Intercept first, then one coefficient per feature. */
  coefficients: Float64Array;
}

export interface LogisticOptions {
  lambda: number;
  /** Keep every coefficient at or above 0. */
  nonNegative: boolean;
  iterations: number;
}

const defaults: LogisticOptions = { lambda: 1, nonNegative: false, iterations: 30 };

export function fitLogistic(x: Float64Array, y: Uint8Array, features: number, options: Partial<LogisticOptions> = {}): LogisticModel {
  const { lambda, nonNegative, iterations } = { ...defaults, ...options };
  const n = y.length;
  const p = features + 1;
  const positives = y.reduce((s, v) => s + v, 0);
  const weight = [n / (2 * Math.max(1, n - positives)), n / (2 * Math.max(1, positives))];
  const beta = new Float64Array(p);
  const row = new Float64Array(p);
  for (let it = 0; it < iterations; it++) {
    const hessian = new Float64Array(p * p);
    const gradient = new Float64Array(p);
    for (let i = 0; i < n; i++) {
      row[0] = 1;
      for (let j = 0; j < features; j++) row[j + 1] = x[i * features + j]!;
      const prob = sigmoid(dot(beta, row));
      const w = weight[y[i]!]!;
      const g = w * (y[i]! - prob);
      const h = w * prob * (1 - prob);
      for (let a = 0; a < p; a++) {
        gradient[a]! += g * row[a]!;
        for (let b = 0; b < p; b++) hessian[a * p + b]! += h * row[a]! * row[b]!;
      }
    }
    // The intercept is not penalised.
    for (let a = 1; a < p; a++) {
      gradient[a]! -= lambda * beta[a]!;
      hessian[a * p + a]! += lambda;
    }
    hessian[0]! += 1e-9;
    // Coefficients at 0 that the likelihood would push below it are held there this step.
    for (let a = 1; a < p; a++) {
      if (!(nonNegative && beta[a] === 0 && gradient[a]! < 0)) continue;
      gradient[a] = 0;
      for (let b = 0; b < p; b++) hessian[a * p + b] = hessian[b * p + a] = a === b ? 1 : 0;
    }
    const step = solveCholesky(hessian, gradient, p);
    let change = 0;
    for (let a = 0; a < p; a++) {
      const next = nonNegative && a > 0 ? Math.max(0, beta[a]! + step[a]!) : beta[a]! + step[a]!;
      change = Math.max(change, Math.abs(next - beta[a]!));
      beta[a] = next;
    }
    if (change < 1e-8) break;
  }
  return { coefficients: beta };
}

export function predictLogistic(model: LogisticModel, features: Float64Array): number {
  let z = model.coefficients[0]!;
  for (let j = 0; j < features.length; j++) z += model.coefficients[j + 1]! * features[j]!;
  return sigmoid(z);
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}
