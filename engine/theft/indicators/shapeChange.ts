// Load-shape change (some attacks keep the day's total and only move the load): the correlation
// of each week's hourly shape with the unit's own earlier shape falls for a run of weeks.
import { lowestSegment, significance } from '../series/changePoint.js';
import type { Indicator } from '../types.js';
import { referenceShape, weeklyCorrelation } from './shapeSeries.js';
import { iso, round, weekStartDay, type UnitView } from './view.js';

export function shapeChange(view: UnitView): Indicator | null {
  const curves = view.ev.curves.get(view.index);
  if (!curves || view.weeks < 10) return null;
  const reference = referenceShape(curves, view.weeks);
  if (!reference) return null;
  const similarity = weeklyCorrelation(curves, view.weeks, reference);
  const segment = lowestSegment(similarity.map((c) => c + 1), view.weeks);
  if (!segment) return { code: 'shape_change', value: 0, message: 'The daily load shape kept matching the earlier shape.', details: {} };
  const before = segment.outside - 1;
  const after = segment.inside - 1;
  const changeDay = weekStartDay(view, segment.start);
  return {
    code: 'shape_change',
    value: (Math.max(0, before - after) / 2) * significance(segment.t),
    message: `From ${iso(changeDay)} the daily load shape no longer matches the customer's earlier shape (correlation ${round(after)} against ${round(before)}).`,
    details: { changeDay: iso(changeDay), correlationBefore: round(before), correlationAfter: round(after), t: round(segment.t, 1) },
    changeDay,
  };
}
