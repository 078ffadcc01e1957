// Meter events near the drop: tampering traces (cover or terminal cover opened, magnetic
// interference, reverse energy, current or voltage loss, phase failure, imbalance, clock errors)
// within EVENT_WINDOW_DAYS of the change day, or over the last 60 days when no change was found.
// Value: the sum over event types of the type's weight (evidence/events.ts), each type once.
import { addDays } from '../../core/calendar.js';
import { eventWeights } from '../evidence/events.js';
import type { Indicator } from '../types.js';
import { iso, round, viewLastDay, type UnitView } from './view.js';

export const EVENT_WINDOW_DAYS = 14;

export function meterEvents(view: UnitView): Indicator | null {
  if (!view.ev.has.events) return null;
  const last = viewLastDay(view);
  const from = view.changeDay === null ? addDays(last, -60) : addDays(view.changeDay, -EVENT_WINDOW_DAYS);
  const to = view.changeDay === null ? last : Math.min(last, addDays(view.changeDay, EVENT_WINDOW_DAYS));
  const types = new Map<string, number>();
  for (const e of view.ev.events.get(view.index) ?? []) {
    if (e.day >= from && e.day <= to) types.set(e.type, (types.get(e.type) ?? 0) + 1);
  }
  let value = 0;
  for (const type of types.keys()) value += eventWeights[type] ?? 0;
  const list = [...types.entries()].map(([type, n]) => `${type} x${n}`).join(', ');
  const where = view.changeDay === null ? 'in the last 60 days' : `within ${EVENT_WINDOW_DAYS} days of the change on ${iso(view.changeDay)}`;
  return {
    code: 'meter_events',
    value,
    message: types.size === 0 ? `No tampering events ${where}.` : `Meter events ${where}: ${list}.`,
    details: { events: list, from: iso(from), to: iso(to), weight: round(value) },
  };
}
