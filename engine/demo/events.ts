// Meter events (事件/告警): background faults on any meter, and the tampering traces some
// thieves leave around the day they start (cover opened, current loss, reverse energy,
// magnetic interference). Outage events (power off, power back on) are written with the outages.
import { addMinutes, stampFromParts, type Day, type Stamp } from '../core/calendar.js';
import type { Random } from './random.js';
import type { DemoCustomer } from './region.js';
import type { AttackType } from './theft.js';

export type EventType =
  | 'cover_open'
  | 'terminal_cover_open'
  | 'voltage_loss'
  | 'current_loss'
  | 'phase_failure'
  | 'current_imbalance'
  | 'reverse_energy'
  | 'power_off'
  | 'power_on'
  | 'clock_error'
  | 'magnetic_interference';

/** How a collection system names the event (resources/headers/events.json spellings). */
export const eventText: Record<EventType, string> = {
  cover_open: '开表盖',
  terminal_cover_open: '开端钮盒',
  voltage_loss: '失压',
  current_loss: '失流',
  phase_failure: '断相',
  current_imbalance: '电流不平衡',
  reverse_energy: '反向有功',
  power_off: '停电',
  power_on: '上电',
  clock_error: '时钟异常',
  magnetic_interference: '恒定磁场干扰',
};

export interface MeterEvent {
  type: EventType;
  start: Stamp;
  end: Stamp | null;
}

/** Faults unrelated to theft: clock drift on any meter, phase troubles on three-phase meters (rates per year). */
export function backgroundEvents(rng: Random, customer: DemoCustomer, days: Day[]): MeterEvent[] {
  const open = days.filter((day) => day >= customer.openDay);
  if (open.length === 0) return [];
  const years = open.length / 365;
  const rates: [EventType, number, number, number][] = [['clock_error', 0.01, 1, 72]];
  if (customer.voltage !== '220V') {
    rates.push(['phase_failure', 0.03, 0.1, 6], ['current_imbalance', 0.04, 1, 48], ['voltage_loss', 0.02, 0.1, 3]);
  }
  const events: MeterEvent[] = [];
  for (const [type, perYear, minHours, maxHours] of rates) {
    for (let k = rng.poisson(perYear * years); k > 0; k--) events.push(lasting(rng, type, rng.pick(open), rng.uniform(minHours, maxHours)));
  }
  return events;
}

const theftTraces: Record<AttackType, EventType[]> = {
  h1: ['cover_open', 'current_loss', 'magnetic_interference'],
  h2: ['terminal_cover_open', 'voltage_loss', 'cover_open'],
  h3: ['cover_open', 'magnetic_interference', 'current_loss'],
  h4: ['terminal_cover_open', 'current_loss', 'cover_open'],
  h5: ['cover_open', 'clock_error'],
  h6: ['reverse_energy', 'terminal_cover_open', 'clock_error'],
};

/** One to three traces within a week of the first day of theft. */
export function theftEvents(rng: Random, attack: AttackType, startDay: Day, days: Day[], startIndex: number): MeterEvent[] {
  const traces = theftTraces[attack];
  const count = rng.int(1, Math.min(3, traces.length));
  const events: MeterEvent[] = [];
  for (let k = 0; k < count; k++) {
    const index = Math.min(days.length - 1, Math.max(0, startIndex + rng.int(-7, 3)));
    const type = traces[k]!;
    const hours = type === 'current_loss' || type === 'reverse_energy' ? rng.uniform(24, 24 * 20) : rng.uniform(0.05, 2);
    events.push(lasting(rng, type, days[index] ?? startDay, hours));
  }
  return events;
}

function lasting(rng: Random, type: EventType, day: Day, hours: number): MeterEvent {
  const start = stampFromParts(day, rng.int(0, 23), rng.int(0, 59));
  return { type, start, end: addMinutes(start, Math.max(1, Math.round(hours * 60))) };
}
