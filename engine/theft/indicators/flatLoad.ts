// Flattened load (Jokar's h4/h5: the meter reports the day's mean): the daily flatness, mean
// over peak (1 - the normalised peak-to-mean gap), rises to near 1 for a run of weeks (of days
// when the history is short, indicators/steps.ts).
import { significance } from '../series/changePoint.js';
import type { Indicator } from '../types.js';
import { weeklyOfDaily } from './shapeSeries.js';
import { lowestStep, mapSteps, stepSeries } from './steps.js';
import { iso, round, type UnitView } from './view.js';

export function flatLoad(view: UnitView): Indicator | null {
  const curves = view.ev.curves.get(view.index);
  const flatness = curves ? stepSeries(view, curves.flatness, () => weeklyOfDaily(view, curves.flatness)) : null;
  if (!flatness) return null;
  const step = lowestStep(view, mapSteps(flatness, (f) => 1 - f));
  if (!step) return { code: 'flat_load', value: 0, message: 'The daily load curve kept its shape (no flattening).', details: {} };
  const before = 1 - step.segment.outside;
  const after = 1 - step.segment.inside;
  return {
    code: 'flat_load',
    value: Math.max(0, after - before) * significance(step.segment.t),
    message: `The daily load curve flattened from ${round(before)} to ${round(after)} (mean over peak) from ${iso(step.start)}.`,
    details: { changeDay: iso(step.start), flatnessBefore: round(before), flatnessAfter: round(after), t: round(step.segment.t, 1) },
    changeDay: step.start,
  };
}
