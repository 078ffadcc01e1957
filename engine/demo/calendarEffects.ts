// How the calendar moves each pattern of use: weekends, statutory holidays, make-up
// working days (调休, worked like any weekday) and the Spring Festival, when factories and
// offices empty out from about a week before the holiday to the Lantern Festival after it.
import { daysBetween } from '../core/calendar.js';
import type { HolidayCalendar } from '../core/holidays.js';
import type { Period } from './params.js';
import type { DayPattern } from './region.js';

interface PatternEffect {
  weekend: number;
  holiday: number;
  /** Level during the Spring Festival holiday itself. */
  springCore: number;
  /** Days before the holiday over which use falls to the core level (or rises, for shops). */
  springBefore: number;
  /** Level reached just before the holiday (shops: the festival shopping). */
  springEve: number;
  /** Days after the holiday over which use comes back. */
  springAfter: number;
}

const effects: Record<DayPattern, PatternEffect> = {
  home: { weekend: 1.08, holiday: 1.12, springCore: 1.05, springBefore: 0, springEve: 1, springAfter: 0 },
  leisure: { weekend: 1.1, holiday: 1.1, springCore: 0.6, springBefore: 7, springEve: 1.15, springAfter: 7 },
  office: { weekend: 0.55, holiday: 0.5, springCore: 0.4, springBefore: 3, springEve: 0.85, springAfter: 7 },
  works: { weekend: 0.7, holiday: 0.5, springCore: 0.25, springBefore: 7, springEve: 0.6, springAfter: 15 },
  process: { weekend: 0.97, holiday: 0.92, springCore: 0.7, springBefore: 5, springEve: 0.85, springAfter: 10 },
  farm: { weekend: 1, holiday: 1, springCore: 0.8, springBefore: 0, springEve: 1, springAfter: 5 },
};

/** Irrigation and aeration follow the growing season. */
const farmSeason = [0.5, 0.5, 0.8, 1.0, 1.3, 1.6, 1.8, 1.7, 1.3, 0.9, 0.6, 0.5];

export interface CalendarEffect {
  /** Multiplier of the day's energy, per day of the period. */
  factor: Float64Array;
  /** 1 on days a business rests (its load shape flattens). */
  rest: Uint8Array;
}

export function calendarEffects(period: Period, holidays: HolidayCalendar): Record<DayPattern, CalendarEffect> {
  const n = period.days.length;
  const springIndex = springFestivalPositions(period, holidays);
  const out = {} as Record<DayPattern, CalendarEffect>;
  for (const pattern of Object.keys(effects) as DayPattern[]) {
    const e = effects[pattern];
    const factor = new Float64Array(n);
    const rest = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const day = period.days[i]!;
      const kind = holidays.kind(day);
      let f = kind === 'weekend' ? e.weekend : kind === 'holiday' ? e.holiday : 1;
      rest[i] = kind === 'weekend' || kind === 'holiday' ? 1 : 0;
      const s = springIndex[i]!;
      if (s.inBlock) f = e.springCore;
      else if (s.before > 0 && s.before <= e.springBefore) f *= e.springEve + ((1 - e.springEve) * (s.before - 1)) / e.springBefore;
      else if (s.after > 0 && s.after <= e.springAfter) f *= e.springCore + ((1 - e.springCore) * s.after) / (e.springAfter + 1);
      if (pattern === 'farm') f *= farmSeason[(Math.floor(day / 100) % 100) - 1]!;
      factor[i] = f;
    }
    out[pattern] = { factor, rest };
  }
  return out;
}

/** For each day: inside a Spring Festival block, or days before its first / after its last day. */
function springFestivalPositions(period: Period, holidays: HolidayCalendar): { inBlock: boolean; before: number; after: number }[] {
  // Blocks may start or end outside the period (a period beginning in mid-February).
  const blocks = holidays.springFestivals().map((b) => ({
    days: new Set(b),
    first: daysBetween(period.first, b[0]!),
    last: daysBetween(period.first, b[b.length - 1]!),
  }));
  return period.days.map((day, i) => {
    for (const block of blocks) {
      if (block.days.has(day)) return { inBlock: true, before: 0, after: 0 };
      if (block.first - i > 0 && block.first - i <= 15) return { inBlock: false, before: block.first - i, after: 0 };
      if (i - block.last > 0 && i - block.last <= 15) return { inBlock: false, before: 0, after: i - block.last };
    }
    return { inBlock: false, before: 0, after: 0 };
  });
}
