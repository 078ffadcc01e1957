// 15-minute curves (average kW per quarter hour) consistent with the day's energy: the
// pattern's shape, blended with cooling or heating load, jittered per interval, zero while
// the area has no power, and scaled so that the curve's energy is the day's energy.
import type { Random } from './random.js';
import type { DemoCustomer } from './region.js';
import { POINTS, shapes } from './shapes.js';

const HOURS_PER_POINT = 24 / POINTS;

/** Writes the day's true curve into `out` and returns its energy (kWh). */
export function trueCurve(
  rng: Random,
  customer: DemoCustomer,
  energy: number,
  rest: boolean,
  cooling: number,
  heating: number,
  outages: [number, number][],
  out: Float32Array,
): number {
  const set = shapes[customer.pattern];
  const base = rest ? set.rest : set.working;
  const jitter = customer.noise * 2;
  let sum = 0;
  for (let q = 0; q < POINTS; q++) {
    const shape = (base[q]! + cooling * set.cooling[q]! + heating * set.heating[q]!) / (1 + cooling + heating);
    const v = shape * Math.max(0.05, 1 + rng.normal(0, jitter));
    out[q] = v;
    sum += v;
  }
  for (const [from, to] of outages) {
    for (let q = from; q < to; q++) {
      sum -= out[q]!;
      out[q] = 0;
    }
  }
  if (sum <= 0) {
    out.fill(0);
    return 0;
  }
  const scale = energy / (sum * HOURS_PER_POINT);
  for (let q = 0; q < POINTS; q++) out[q] = out[q]! * scale;
  return energy;
}

export function curveEnergy(kw: Float32Array): number {
  let sum = 0;
  for (let q = 0; q < POINTS; q++) sum += kw[q]!;
  return sum * HOURS_PER_POINT;
}
