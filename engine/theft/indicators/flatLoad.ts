// Flattened load (Jokar's h4/h5: the meter reports the day's mean): the daily flatness, mean
// over peak (1 - the normalised peak-to-mean gap), rises to near 1 for a run of weeks.
import { lowestSegment, significance } from '../series/changePoint.js';
import type { Indicator } from '../types.js';
import { weeklyOfDaily } from './shapeSeries.js';
import { iso, round, weekStartDay, type UnitView } from './view.js';

export function flatLoad(view: UnitView): Indicator | null {
  const curves = view.ev.curves.get(view.index);
  if (!curves || view.weeks < 10) return null;
  const flatness = weeklyOfDaily(view, curves.flatness);
  const peakiness = flatness.map((f) => 1 - f);
  const segment = lowestSegment(peakiness, view.weeks);
  if (!segment) return { code: 'flat_load', value: 0, message: 'The daily load curve kept its shape (no flattening).', details: {} };
  const before = 1 - segment.outside;
  const after = 1 - segment.inside;
  const changeDay = weekStartDay(view, segment.start);
  return {
    code: 'flat_load',
    value: Math.max(0, after - before) * significance(segment.t),
    message: `The daily load curve flattened from ${round(before)} to ${round(after)} (mean over peak) from ${iso(changeDay)}.`,
    details: { changeDay: iso(changeDay), flatnessBefore: round(before), flatnessAfter: round(after), t: round(segment.t, 1) },
    changeDay,
  };
}
