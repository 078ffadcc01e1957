// Reversed days (Jokar's h6: the meter reports the day back to front, moving the evening peak
// into the cheap night): for a run of weeks (of days on a short history) the hourly shape
// matches the customer's earlier shape reversed better than the shape itself.
import { significance } from '../series/changePoint.js';
import type { Indicator } from '../types.js';
import { referenceShape, reversed, shapeCorrelation, shapeTable } from './shapeSeries.js';
import { lowestStep } from './steps.js';
import { iso, round, type UnitView } from './view.js';

export function reversedDay(view: UnitView): Indicator | null {
  const curves = view.ev.curves.get(view.index);
  const table = curves ? shapeTable(view, curves) : null;
  const reference = table ? referenceShape(table) : null;
  if (!table || !reference) return null;
  const straight = shapeCorrelation(table, reference);
  const backwards = shapeCorrelation(table, reversed(reference));
  // 2 - (backwards - straight) is lowest where a reversed day fits best.
  const fit = { ...straight, values: straight.values.map((s, p) => 2 - (backwards.values[p]! - s)) };
  const step = lowestStep(view, fit);
  if (!step) return { code: 'reversed_day', value: 0, message: 'No reversed days in the curve.', details: {} };
  const gapBefore = 2 - step.segment.outside;
  const gapAfter = 2 - step.segment.inside;
  return {
    code: 'reversed_day',
    value: Math.min(1, Math.max(0, gapAfter) / 2) * significance(step.segment.t),
    message: `From ${iso(step.start)} the daily curve looks like the customer's earlier day reversed (reversed-minus-straight correlation ${round(gapAfter)} against ${round(gapBefore)}).`,
    details: { changeDay: iso(step.start), gapBefore: round(gapBefore), gapAfter: round(gapAfter), t: round(step.segment.t, 1) },
    changeDay: step.start,
  };
}
