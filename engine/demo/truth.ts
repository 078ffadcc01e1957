// The demo's ground truth, kept in the workspace's meta table under 'demo_truth' (JSON) so
// that theft and arrears-risk detectors can later be scored against it.
import { formatDay } from '../core/calendar.js';
import type { Period, DemoParams } from './params.js';
import type { Region } from './region.js';
import { attackNames, type AttackType, type TheftCase } from './theft.js';
import type { TheftOutcome } from './customerPass.js';

export interface DemoTruth {
  version: 1;
  seed: number;
  period: { from: string; to: string };
  thefts: {
    customerId: string;
    meterId: string;
    category: string;
    attack: AttackType;
    attackName: string;
    startDate: string;
    /** The inspection that ended it, or null when it runs to the end of the period. */
    endDate: string | null;
    stolenKwh: number;
  }[];
  /** Postpaid customers by payment habit (the rest pay on time). */
  latePayers: string[];
  defaulters: string[];
}

export function demoTruth(
  params: DemoParams,
  period: Period,
  region: Region,
  thefts: Map<number, TheftCase>,
  outcomes: Map<number, TheftOutcome>,
): DemoTruth {
  const customers = region.customers;
  return {
    version: 1,
    seed: params.seed,
    period: { from: formatDay(period.first), to: formatDay(period.last) },
    thefts: [...thefts.values()]
      .sort((a, b) => a.customer - b.customer)
      .map((t) => {
        const c = customers[t.customer]!;
        return {
          customerId: c.id,
          meterId: c.meterId,
          category: c.category,
          attack: t.attack,
          attackName: attackNames[t.attack],
          startDate: formatDay(period.days[t.startIndex]!),
          endDate: t.inspected ? formatDay(period.days[t.endIndex]!) : null,
          stolenKwh: Math.round(outcomes.get(t.customer)?.stolenKwh ?? 0),
        };
      }),
    latePayers: customers.filter((c) => c.payer === 'late').map((c) => c.id),
    defaulters: customers.filter((c) => c.payer === 'defaulter').map((c) => c.id),
  };
}
