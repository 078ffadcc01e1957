// Seasonal naive / similar day, the floor every model must beat: each step of the horizon
// takes the same step of the most recent similar day whose value is known at the origin.
// Similar: a working day (or 调休 make-up workday) the last working day; a weekend day the
// last day off of the same weekday, else the last day off; a holiday the last day off; a
// Spring Festival day the same offset in an earlier Spring Festival, else the last day off.
import type { CalendarDay, FittedModel, Frame, ModelSpec } from '../types.js';

/** How far back a similar day is looked for (a Spring Festival: last year's). */
const SEARCH_DAYS = 400;

type Similar = (candidate: CalendarDay, target: CalendarDay) => boolean;

const working = (d: CalendarDay) => d.type === 'workday' || d.type === 'makeup_workday';

function preferences(target: CalendarDay): Similar[] {
  const dayOff: Similar = (c) => c.off;
  switch (target.type) {
    case 'workday':
    case 'makeup_workday':
      return [working];
    case 'weekend':
      return [(c, t) => c.type === 'weekend' && c.weekday === t.weekday, dayOff];
    case 'holiday':
      return [dayOff];
    case 'spring_festival':
      return [(c, t) => c.type === 'spring_festival' && c.springFestivalOffset === t.springFestivalOffset, (c, t) => (t.off ? c.off : working(c))];
  }
}

/**
 * The step whose load stands in for step t of a forecast made at `origin`: the same step of
 * the most recent similar day before the origin; the last day before the origin when none is.
 */
export function similarStep(frame: Frame, origin: number, t: number): number {
  const spd = frame.stepsPerDay;
  const slot = t % spd;
  const target = frame.days[Math.floor(t / spd)]!;
  // The latest day whose step `slot` is before the origin.
  const latest = Math.floor((origin - 1 - slot) / spd);
  if (latest < 0) return Math.max(0, origin - 1);
  const earliest = Math.max(0, latest - SEARCH_DAYS);
  for (const similar of preferences(target)) {
    for (let d = latest; d >= earliest; d--) if (similar(frame.days[d]!, target)) return d * spd + slot;
  }
  return latest * spd + slot;
}

export const naiveModel: ModelSpec = {
  id: 'naive',
  needsTemperature: false,
  minHistoryDays: 7,
  fit(): FittedModel {
    return {
      predict(frame, origin, horizon) {
        const out = new Float64Array(horizon);
        for (let k = 0; k < horizon; k++) out[k] = frame.load[similarStep(frame, origin, origin + k)]!;
        return out;
      },
    };
  },
};
