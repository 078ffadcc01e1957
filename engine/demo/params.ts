// What a demo workspace is generated from, and the period it covers.
import type { Language } from '../api/types.js';
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

/** The name demo.create gives when its caller names none (the CLI): English, with the seed. */
export function defaultDemoName(params: { customers: number; seed: number }): string {
  return `Demo ${params.customers.toLocaleString('en')} customers (seed ${params.seed})`;
}

/**
 * The demo workspace's name in the user's language, for the first launch: 演示区域（5,000 户）,
 * Demo region (5,000 customers). The UI's demo form words it the same (resources/locales, demo.name).
 */
export function demoWorkspaceName(customers: number, language: Language): string {
  const count = customers.toLocaleString('en');
  return language === 'zh-CN' ? `演示区域（${count} 户）` : `Demo region (${count} customers)`;
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
