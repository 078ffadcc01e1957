// What a demo workspace is generated from, and the period it covers.
import { addDays, parseIsoDay, type Day } from '../core/calendar.js';

export interface DemoParams {
  seed: number;
  customers: number;
  days: number;
  /** Last day of generated data. */
  endDay: Day;
}

/** A fixed default end, so that the same seed always gives the same workspace. */
export const DEFAULT_END_DATE = '2025-12-31';

export function demoParams(args: { seed: number; customers: number; days: number; endDate?: string | undefined }): DemoParams {
  return { seed: args.seed, customers: args.customers, days: args.days, endDay: parseIsoDay(args.endDate ?? DEFAULT_END_DATE) };
}

/** The generated days, oldest first; index i of every daily series is period.days[i]. */
export interface Period {
  days: Day[];
  first: Day;
  last: Day;
  indexOf(day: Day): number;
}

export function periodOf(params: DemoParams): Period {
  const first = addDays(params.endDay, -(params.days - 1));
  const days = Array.from({ length: params.days }, (_, i) => addDays(first, i));
  const index = new Map(days.map((d, i) => [d, i]));
  return { days, first, last: params.endDay, indexOf: (day) => index.get(day) ?? -1 };
}
