// Confidence: a softmax over the labels' decision values times a scale, the scale fitted on the
// out-of-fold decisions (least log loss over a grid), so that 0.9 means right about 9 times in 10.
export function softmax(values: Float64Array, scale: number): Float64Array {
  let max = -Infinity;
  for (const v of values) max = Math.max(max, v * scale);
  const out = new Float64Array(values.length);
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += out[i] = Math.exp(values[i] * scale - max);
  for (let i = 0; i < out.length; i++) out[i] /= sum;
  return out;
}

export function fitScale(decisions: Float64Array[], y: Int32Array): number {
  let best = 1;
  let bestLoss = Infinity;
  for (let s = 0.25; s <= 64; s *= 1.15) {
    let loss = 0;
    decisions.forEach((d, i) => (loss -= Math.log(Math.max(softmax(d, s)[y[i]], 1e-12))));
    if (loss < bestLoss) {
      bestLoss = loss;
      best = s;
    }
  }
  return best;
}
