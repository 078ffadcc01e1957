// A sparse vector: bucket indices in increasing order with their values.
export interface SparseVector {
  index: Int32Array;
  value: Float32Array;
}

export function dot(w: Float64Array | Float32Array, x: SparseVector): number {
  let s = 0;
  for (let k = 0; k < x.index.length; k++) s += w[x.index[k]] * x.value[k];
  return s;
}

export function squaredNorm(x: SparseVector): number {
  let s = 0;
  for (let k = 0; k < x.value.length; k++) s += x.value[k] * x.value[k];
  return s;
}
