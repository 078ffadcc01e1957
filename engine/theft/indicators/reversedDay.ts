// Reversed days (Jokar's h6: the meter reports the day back to front, moving the evening peak
// into the cheap night): for a run of weeks the hourly shape matches the customer's earlier
// shape reversed better than the shape itself.
import { lowestSegment, significance } from '../series/changePoint.js';
import type { Indicator } from '../types.js';
import { referenceShape, reversed, weeklyCorrelation } from './shapeSeries.js';
import { iso, round, weekStartDay, type UnitView } from './view.js';

export function reversedDay(view: UnitView): Indicator | null {
  const curves = view.ev.curves.get(view.index);
  if (!curves || view.weeks < 10) return null;
  const reference = referenceShape(curves, view.weeks);
  if (!reference) return null;
  const straight = weeklyCorrelation(curves, view.weeks, reference);
  const backwards = weeklyCorrelation(curves, view.weeks, reversed(reference));
  // 2 - (backwards - straight) is lowest where a reversed day fits best.
  const fit = straight.map((s, w) => 2 - (backwards[w]! - s));
  const segment = lowestSegment(fit, view.weeks);
  if (!segment) return { code: 'reversed_day', value: 0, message: 'No reversed days in the curve.', details: {} };
  const gapBefore = 2 - segment.outside;
  const gapAfter = 2 - segment.inside;
  const changeDay = weekStartDay(view, segment.start);
  return {
    code: 'reversed_day',
    value: Math.min(1, Math.max(0, gapAfter) / 2) * significance(segment.t),
    message: `From ${iso(changeDay)} the daily curve looks like the customer's earlier day reversed (reversed-minus-straight correlation ${round(gapAfter)} against ${round(gapBefore)}).`,
    details: { changeDay: iso(changeDay), gapBefore: round(gapBefore), gapAfter: round(gapAfter), t: round(segment.t, 1) },
    changeDay,
  };
}
