// Zero windows (Jokar's h2: readings zeroed over part of the day): the longest run of zero
// readings in a day, as a share of the day, grows for a run of weeks (of days when the history
// is short, indicators/steps.ts).
import { significance } from '../series/changePoint.js';
import type { Indicator } from '../types.js';
import { weeklyOfDaily } from './shapeSeries.js';
import { lowestStep, mapSteps, stepSeries } from './steps.js';
import { iso, round, type UnitView } from './view.js';

export function zeroWindow(view: UnitView): Indicator | null {
  const curves = view.ev.curves.get(view.index);
  const zeroRun = curves ? stepSeries(view, curves.zeroRun, () => weeklyOfDaily(view, curves.zeroRun)) : null;
  if (!zeroRun) return null;
  const step = lowestStep(view, mapSteps(zeroRun, (z) => 1 - z));
  if (!step) return { code: 'zero_window', value: 0, message: 'No new runs of zero readings in the curve.', details: {} };
  const before = (1 - step.segment.outside) * 24;
  const after = (1 - step.segment.inside) * 24;
  return {
    code: 'zero_window',
    value: Math.max(0, (after - before) / 24) * significance(step.segment.t),
    message: `From ${iso(step.start)} the curve reads zero for ${round(after, 1)} hours in a row on a typical day (${round(before, 1)} before).`,
    details: { changeDay: iso(step.start), zeroHoursBefore: round(before, 1), zeroHoursAfter: round(after, 1), t: round(step.segment.t, 1) },
    changeDay: step.start,
  };
}
