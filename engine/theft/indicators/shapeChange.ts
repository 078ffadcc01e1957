// Load-shape change (some attacks keep the day's total and only move the load): the correlation
// of each week's (or, on a short history, each day's) hourly shape with the unit's own earlier
// shape falls for a run of periods.
import { significance } from '../series/changePoint.js';
import type { Indicator } from '../types.js';
import { referenceShape, shapeCorrelation, shapeTable } from './shapeSeries.js';
import { lowestStep, mapSteps } from './steps.js';
import { iso, round, type UnitView } from './view.js';

export function shapeChange(view: UnitView): Indicator | null {
  const curves = view.ev.curves.get(view.index);
  const table = curves ? shapeTable(view, curves) : null;
  const reference = table ? referenceShape(table) : null;
  if (!table || !reference) return null;
  const step = lowestStep(view, mapSteps(shapeCorrelation(table, reference), (c) => c + 1));
  if (!step) return { code: 'shape_change', value: 0, message: 'The daily load shape kept matching the earlier shape.', details: {} };
  const before = step.segment.outside - 1;
  const after = step.segment.inside - 1;
  return {
    code: 'shape_change',
    value: (Math.max(0, before - after) / 2) * significance(step.segment.t),
    message: `From ${iso(step.start)} the daily load shape no longer matches the customer's earlier shape (correlation ${round(after)} against ${round(before)}).`,
    details: { changeDay: iso(step.start), correlationBefore: round(before), correlationAfter: round(after), t: round(step.segment.t, 1) },
    changeDay: step.start,
  };
}
