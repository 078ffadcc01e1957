// Least squares through the normal equations, accumulated row by row. Regression rows of the
// load models are sparse (one-hot levels and their interactions with temperature), so a row
// with k non-zeros costs k² additions, and the sums can grow as a backtest's origin moves on.

/** Solves A x = b for a symmetric positive definite A (n x n, row-major) by Cholesky; A and b are left intact. */
export function solveCholesky(a: Float64Array, b: Float64Array, n: number): Float64Array {
  const l = new Float64Array(a);
  for (let j = 0; j < n; j++) {
    const rowJ = j * n;
    let diagonal = l[rowJ + j]!;
    for (let k = 0; k < j; k++) diagonal -= l[rowJ + k]! * l[rowJ + k]!;
    if (!(diagonal > 0)) throw new RangeError(`Matrix is not positive definite (pivot ${j}: ${diagonal})`);
    const pivot = Math.sqrt(diagonal);
    l[rowJ + j] = pivot;
    for (let i = j + 1; i < n; i++) {
      const rowI = i * n;
      let sum = l[rowI + j]!;
      for (let k = 0; k < j; k++) sum -= l[rowI + k]! * l[rowJ + k]!;
      l[rowI + j] = sum / pivot;
    }
  }
  const x = new Float64Array(b);
  for (let i = 0; i < n; i++) {
    let sum = x[i]!;
    for (let k = 0; k < i; k++) sum -= l[i * n + k]! * x[k]!;
    x[i] = sum / l[i * n + i]!;
  }
  for (let i = n - 1; i >= 0; i--) {
    let sum = x[i]!;
    for (let k = i + 1; k < n; k++) sum -= l[k * n + i]! * x[k]!;
    x[i] = sum / l[i * n + i]!;
  }
  return x;
}

/** Extra penalty of deviation columns, relative to their own diagonal (see NormalEquations.solve). */
const DEVIATION_RIDGE = 1e-3;

/** X'X and X'y of a growing set of sparse rows. */
export class NormalEquations {
  readonly size: number;
  rows = 0;
  private readonly xtx: Float64Array;
  private readonly xty: Float64Array;

  constructor(size: number) {
    this.size = size;
    this.xtx = new Float64Array(size * size);
    this.xty = new Float64Array(size);
  }

  /** Adds one row: `count` non-zeros at distinct `columns` with `values`, and its response. */
  add(columns: Int32Array, values: Float64Array, count: number, response: number): void {
    const n = this.size;
    for (let p = 0; p < count; p++) {
      const i = columns[p]!;
      const vi = values[p]!;
      this.xty[i] += vi * response;
      const row = i * n;
      for (let q = 0; q < count; q++) this.xtx[row + columns[q]!] += vi * values[q]!;
    }
    this.rows++;
  }

  /**
   * Ridge solution. Every column gets a tiny penalty (`ridge` times the mean diagonal) that only
   * keeps the system solvable where levels are collinear (intercept and a full set of dummies)
   * or never seen (a month missing from the history gets coefficient 0). Columns marked in
   * `deviations` (effects that modify a base effect, such as a month's dummy or a month's
   * temperature slope) get in addition DEVIATION_RIDGE times their own diagonal: too little to
   * shrink a seen level noticeably, but enough that the level all such columns share goes to
   * the base columns, so an unseen level means "the base" rather than "part of the intercept".
   */
  solve(deviations: Uint8Array | null = null, ridge = 1e-9): Float64Array {
    const n = this.size;
    let trace = 0;
    for (let i = 0; i < n; i++) trace += this.xtx[i * n + i]!;
    const penalty = ridge * Math.max(trace / n, 1e-12);
    const a = new Float64Array(this.xtx);
    for (let i = 0; i < n; i++) a[i * n + i] += penalty + (deviations?.[i] ? DEVIATION_RIDGE * this.xtx[i * n + i]! : 0);
    return solveCholesky(a, this.xty, n);
  }
}
