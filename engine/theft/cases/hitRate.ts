// The hit rate of inspected leads: of the cases closed after inspection, the share confirmed as
// theft or contract violation; by the month of the inspection (else of the closing) and by the
// indicator reasons the case was opened with (a case counts under each of its reasons).
import type { HitRate, HitRateRow } from '../../api/casesTypes.js';
import { formatMonth, monthOf, type Day } from '../../core/calendar.js';
import type { Db } from '../../store/database.js';
import { closedCases } from './outcomes.js';

export function hitRate(db: Db, from?: Day, to?: Day): HitRate {
  const overall = tally();
  const byMonth = new Map<number, Tally>();
  const byReason = new Map<string, Tally>();
  for (const o of closedCases(db)) {
    if ((from !== undefined && o.day < from) || (to !== undefined && o.day > to)) continue;
    const hit = o.outcome !== 'cleared';
    count(overall, hit);
    const month = monthOf(o.day);
    count(byMonth.get(month) ?? byMonth.set(month, tally()).get(month)!, hit);
    for (const reason of new Set(o.reasons)) count(byReason.get(reason) ?? byReason.set(reason, tally()).get(reason)!, hit);
  }
  return {
    overall: row(overall),
    byMonth: [...byMonth.entries()].sort(([a], [b]) => a - b).map(([month, t]) => ({ month: formatMonth(month), ...row(t) })),
    byReason: [...byReason.entries()]
      .map(([reason, t]) => ({ reason, ...row(t) }))
      .sort((a, b) => b.inspected - a.inspected || a.reason.localeCompare(b.reason)),
  };
}

interface Tally {
  inspected: number;
  confirmed: number;
}

const tally = (): Tally => ({ inspected: 0, confirmed: 0 });

function count(t: Tally, hit: boolean): void {
  t.inspected++;
  if (hit) t.confirmed++;
}

const row = (t: Tally): HitRateRow => ({ inspected: t.inspected, confirmed: t.confirmed, rate: t.inspected === 0 ? null : t.confirmed / t.inspected });
