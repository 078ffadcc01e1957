// The evidence a case page shows for a customer: its daily energy with the change day marked,
// the peer band (peers.ts), the area's loss rate by day and by month, its meters' events, and its
// bills and payments. The window is the year up to the customer's last day of data unless given.
import type { CaseEvidence, EvidenceBill, EvidenceEvent } from '../../api/casesTypes.js';
import { EngineError } from '../../api/errors.js';
import { addDays, formatDay, formatMonth, formatStamp, type Day } from '../../core/calendar.js';
import type { Db } from '../../store/database.js';
import { areaDailyLoss } from '../areas/dailyLoss.js';
import { areaMonthlyLoss, toPoint } from '../areas/monthlyLoss.js';
import { customerDaily, lastDayWithData } from './consumption.js';
import { peerBand } from './peers.js';

const WINDOW_DAYS = 365;

export function caseEvidence(db: Db, customerId: string, window: { from?: Day; to?: Day } = {}): CaseEvidence {
  const customer = db.prepare('SELECT category, area_id FROM customers WHERE customer_id = ?').get(customerId) as { category: string; area_id: string | null } | undefined;
  if (!customer) throw new EngineError('cases.unknown_customer', `There is no customer ${customerId} in this workspace.`, { customerId });
  const to = window.to ?? lastDayWithData(db, customerId) ?? (db.prepare('SELECT max(day) FROM area_supply').pluck().get() as Day | null);
  if (to === null) throw new EngineError('not_found', `Customer ${customerId} has no consumption and the workspace no supply to show.`, { customerId });
  const from = window.from ?? addDays(to, -(WINDOW_DAYS - 1));
  const own = customerDaily(db, customerId, from, to);
  const band = peerBand(db, customerId, customer.category, customer.area_id, from, to);
  const value = (v: number) => (Number.isNaN(v) ? null : Math.round(v * 1000) / 1000);
  return {
    customerId,
    category: customer.category,
    areaId: customer.area_id,
    from: formatDay(from),
    to: formatDay(to),
    changeDay: changeDay(db, customerId),
    peers: { basis: band.basis, count: band.count },
    days: Array.from(own, (kwh, i) => ({ day: formatDay(addDays(from, i)), kwh: value(kwh), p25: value(band.p25[i]!), p50: value(band.p50[i]!), p75: value(band.p75[i]!) })),
    areaLossDaily: customer.area_id === null ? [] : areaDailyLoss(db, customer.area_id, from, to),
    areaLossMonthly: customer.area_id === null ? [] : (areaMonthlyLoss(db, customer.area_id).get(customer.area_id) ?? []).map(toPoint),
    events: events(db, customerId),
    bills: bills(db, customerId),
  };
}

/** The change day of the customer's latest case, else of the latest score run that scored it. */
function changeDay(db: Db, customerId: string): string | null {
  const day = (db.prepare('SELECT change_day FROM theft_cases WHERE customer_id = ? AND change_day IS NOT NULL ORDER BY case_id DESC LIMIT 1').pluck().get(customerId) ??
    db.prepare('SELECT change_day FROM theft_scores WHERE customer_id = ? AND change_day IS NOT NULL ORDER BY run_id DESC LIMIT 1').pluck().get(customerId)) as Day | undefined;
  return day === undefined ? null : formatDay(day);
}

function events(db: Db, customerId: string): EvidenceEvent[] {
  const rows = db
    .prepare(
      `SELECT e.meter_id, e.type, e.type_raw, e.start_ts, e.end_ts FROM meter_events e JOIN meters m ON m.meter_id = e.meter_id
       WHERE m.customer_id = ? ORDER BY e.start_ts, e.meter_id`,
    )
    .all(customerId) as { meter_id: string; type: string; type_raw: string; start_ts: number; end_ts: number | null }[];
  return rows.map((r) => ({ meterId: r.meter_id, type: r.type, typeRaw: r.type_raw, start: formatStamp(r.start_ts), end: r.end_ts === null ? null : formatStamp(r.end_ts) }));
}

function bills(db: Db, customerId: string): EvidenceBill[] {
  const rows = db
    .prepare('SELECT month, kwh, billed_yuan, paid_yuan, paid_day, due_day, arrears_yuan, channel FROM bills WHERE customer_id = ? ORDER BY month')
    .all(customerId) as { month: number; kwh: number | null; billed_yuan: number; paid_yuan: number; paid_day: Day | null; due_day: Day | null; arrears_yuan: number; channel: string | null }[];
  return rows.map((r) => ({
    month: formatMonth(r.month),
    kwh: r.kwh,
    billedYuan: r.billed_yuan,
    paidYuan: r.paid_yuan,
    paidDay: r.paid_day === null ? null : formatDay(r.paid_day),
    dueDay: r.due_day === null ? null : formatDay(r.due_day),
    arrearsYuan: r.arrears_yuan,
    channel: r.channel,
  }));
}
