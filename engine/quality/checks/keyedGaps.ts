// Gaps inside each entity's span for the kinds keyed by entity and period: area supply (days
// of an area) and bills (months of a customer).
import { addMonths, firstDayOf, monthsBetween } from '../../core/calendar.js';
import type { CheckContext } from './context.js';
import { addMissingDays } from './meterDays.js';

export function checkAreaSupplyGaps(ctx: CheckContext): void {
  const rows = ctx.db.prepare('SELECT area_id, day FROM area_supply ORDER BY area_id, day').raw(true).iterate() as IterableIterator<[string, number]>;
  let area: string | null = null;
  let days: number[] = [];
  const finish = () => area !== null && addMissingDays(ctx.findings, 'area-supply', { meter: area, days, kwh: [] }, null);
  for (const [id, day] of rows) {
    if (id !== area) {
      finish();
      area = id;
      days = [];
    }
    days.push(day);
  }
  finish();
}

export function checkBillGaps(ctx: CheckContext): void {
  const rows = ctx.db.prepare('SELECT customer_id, month FROM bills ORDER BY customer_id, month').raw(true).iterate() as IterableIterator<[string, number]>;
  let previous = null as { customer: string; month: number } | null;
  for (const [customer, month] of rows) {
    if (previous?.customer === customer) {
      for (let m = addMonths(previous.month, 1); monthsBetween(m, month) > 0; m = addMonths(m, 1)) {
        ctx.findings.add({ kind: 'bills', code: 'missing_days', entity: customer, day: firstDayOf(m), value: null, expected: null, detail: 'month' }, 1);
      }
    }
    previous = { customer, month };
  }
}
