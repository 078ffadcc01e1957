// Scattered readings (Jokar's h3: each reading scaled by its own random factor): from one
// reading to the next the load jumps far more than the customer's own load used to, for a run of
// weeks (of days when the history is short, indicators/steps.ts). The day's median jump,
// |ln(reading / previous)| (evidence/curves.ts), leaves out the few jumps of appliances
// switching on and off: a meter that registers a random share of each interval makes every pair
// jump. An honest fall in use makes the readings a little less steady too (what is left is
// nearer the noise), so the score weighs this finding at half (score/robust.ts).
import { significance } from '../series/changePoint.js';
import type { Indicator } from '../types.js';
import { weeklyOfDaily } from './shapeSeries.js';
import { lowestStep, mapSteps, stepSeries } from './steps.js';
import { iso, round, type UnitView } from './view.js';

export function noisyReadings(view: UnitView): Indicator | null {
  const curves = view.ev.curves.get(view.index);
  const jitter = curves ? stepSeries(view, curves.jitter, () => weeklyOfDaily(view, curves.jitter)) : null;
  if (!jitter) return null;
  // The noisiest run is the lowest run of 1 - jitter (a median jump beyond e, 172%, counts as e).
  const step = lowestStep(view, mapSteps(jitter, (j) => 1 - Math.min(1, j)));
  if (!step) return { code: 'noisy_readings', value: 0, message: 'Successive readings kept their usual steadiness.', details: {} };
  // Against the weeks before the run: a customer whose readings grew steadier later must not
  // make its ordinary earlier weeks look scattered.
  const before = 1 - step.segment.before;
  const after = 1 - step.segment.inside;
  const percent = (j: number) => Math.round((Math.exp(j) - 1) * 100);
  return {
    code: 'noisy_readings',
    value: Math.max(0, after - before) * significance(step.segment.t),
    message: `From ${iso(step.start)} one reading typically differs from the last by ${percent(after)}% (${percent(before)}% before): the readings scatter around the customer's load.`,
    details: { changeDay: iso(step.start), jumpBeforePercent: percent(before), jumpAfterPercent: percent(after), t: round(step.segment.t, 1) },
    changeDay: step.start,
  };
}
