// Meter events near the drop: tampering traces (cover or terminal cover opened, magnetic
// interference, reverse energy, current or voltage loss, phase failure, imbalance, clock errors)
// within EVENT_WINDOW_DAYS of the change day count in full; the same traces at other times in
// the history count half (an attack that keeps the daily total leaves no dated drop to be near).
// Value: the sum over event types of the type's weight (evidence/events.ts), each type once.
import { addDays } from '../../core/calendar.js';
import { eventWeights } from '../evidence/events.js';
import type { Indicator } from '../types.js';
import { iso, round, viewLastDay, type UnitView } from './view.js';

export const EVENT_WINDOW_DAYS = 14;
const ELSEWHERE = 0.5;

export function meterEvents(view: UnitView): Indicator | null {
  if (!view.ev.has.events) return null;
  const last = viewLastDay(view);
  const from = view.changeDay === null ? null : addDays(view.changeDay, -EVENT_WINDOW_DAYS);
  const to = view.changeDay === null ? null : addDays(view.changeDay, EVENT_WINDOW_DAYS);
  const near = new Map<string, number>();
  const elsewhere = new Map<string, number>();
  for (const e of view.ev.events.get(view.index) ?? []) {
    if (e.day > last) continue;
    const bucket = from !== null && to !== null && e.day >= from && e.day <= to ? near : elsewhere;
    bucket.set(e.type, (bucket.get(e.type) ?? 0) + 1);
  }
  let value = 0;
  for (const type of near.keys()) value += eventWeights[type] ?? 0;
  for (const type of elsewhere.keys()) if (!near.has(type)) value += ELSEWHERE * (eventWeights[type] ?? 0);
  const list = (m: Map<string, number>) => [...m.entries()].map(([type, n]) => `${type} x${n}`).join(', ');
  const parts = [
    near.size > 0 && view.changeDay !== null ? `within ${EVENT_WINDOW_DAYS} days of the change on ${iso(view.changeDay)}: ${list(near)}` : '',
    elsewhere.size > 0 ? `at other times: ${list(elsewhere)}` : '',
  ].filter((p) => p !== '');
  return {
    code: 'meter_events',
    value,
    message: parts.length === 0 ? 'No tampering events.' : `Meter events ${parts.join('; ')}.`,
    details: { nearChange: list(near), elsewhere: list(elsewhere), weight: round(value) },
  };
}
