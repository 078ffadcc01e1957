// Tao Hong's vanilla benchmark (GEFCom2012), as published:
//   Load = b0 + b1·Trend + M + W·H + T + T² + T³ + T·M + T²·M + T³·M + T·H + T²·H + T³·H
// M month, W weekday (7 levels, no holidays: the textbook model), H the step of the day (24
// hours, 96 quarter-hours; left out at daily resolution), T the temperature at the step.
import type { Frame } from '../types.js';
import { linearModelSpec, type LinearDesign } from './linearModel.js';
import { standardised } from './temperatureFeatures.js';

/** Steps of the day that get their own levels (none at daily resolution). */
function slotsOf(frame: Frame): number {
  return frame.stepsPerDay > 1 ? frame.stepsPerDay : 0;
}

function layout(frame: Frame) {
  const slots = slotsOf(frame);
  const month = 2; // after intercept and trend
  const weekdayBySlot = month + 12;
  const cubic = weekdayBySlot + 7 * Math.max(slots, 1);
  const cubicByMonth = cubic + 3;
  const cubicBySlot = cubicByMonth + 36;
  return { slots, month, weekdayBySlot, cubic, cubicByMonth, cubicBySlot, size: cubicBySlot + 3 * slots };
}

export const vanillaDesign: LinearDesign = {
  size: (frame) => layout(frame).size,
  deviations(frame) {
    // Month dummies and the month and hour temperature slopes modify the base effects
    // (intercept, weekday x hour, the temperature polynomial).
    const at = layout(frame);
    const mask = new Uint8Array(at.size);
    mask.fill(1, at.month, at.month + 12);
    mask.fill(1, at.cubicByMonth, at.size);
    return mask;
  },
  maxNonZeros: 14,
  rows(frame) {
    const at = layout(frame);
    const temperature = frame.temperature;
    if (!temperature) throw new Error('The vanilla model needs temperature');
    const stepsPerYear = frame.stepsPerDay * 365;
    return (t, columns, values) => {
      const day = frame.days[Math.floor(t / frame.stepsPerDay)]!;
      const slot = t % frame.stepsPerDay;
      const m = day.month - 1;
      const x = standardised(temperature[t]!);
      const powers = [x, x * x, x * x * x];
      let n = 0;
      const put = (column: number, value: number) => {
        columns[n] = column;
        values[n++] = value;
      };
      put(0, 1);
      put(1, t / stepsPerYear);
      put(at.month + m, 1);
      put(at.weekdayBySlot + day.weekday * Math.max(at.slots, 1) + (at.slots ? slot : 0), 1);
      for (let p = 0; p < 3; p++) {
        put(at.cubic + p, powers[p]!);
        put(at.cubicByMonth + p * 12 + m, powers[p]!);
        if (at.slots) put(at.cubicBySlot + p * at.slots + slot, powers[p]!);
      }
      return n;
    };
  },
};

export const vanillaModel = linearModelSpec('vanilla', vanillaDesign, 28);
