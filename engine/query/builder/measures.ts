// The measures the query builder offers, each with its unit, how it aggregates and, per source
// that can answer it (the aggregate first), its SQL as a numerator and, for means and ratios, a
// denominator: a total is then the sum of numerators over the sum of denominators, right for
// sums, means and rates alike.
import type { Aggregation, MeasureId, MeasureInfo, MeasureUnit } from '../../api/queryTypes.js';
import type { JoinId, SourceId } from './sources.js';

export interface MeasureSql {
  num: string;
  /** Absent for an additive measure. */
  den?: string;
  /** Joins the expressions read. */
  joins?: JoinId[];
}

export interface Measure {
  id: MeasureId;
  group: MeasureInfo['group'];
  unit: MeasureUnit;
  aggregation: Aggregation;
  /** Value = num / den × scale (100 for a percentage). */
  scale?: number;
  /** The sources able to answer it, the cheapest first. */
  sql: Partial<Record<SourceId, MeasureSql>>;
}

/** A suspect of a theft run: a score of at least this (the Theft page's default filter). */
export const SUSPECT_SCORE = 0.5;

const m = (id: MeasureId, group: Measure['group'], unit: MeasureUnit, aggregation: Aggregation, sql: Measure['sql'], scale?: number): Measure => ({
  id,
  group,
  unit,
  aggregation,
  sql,
  ...(scale === undefined ? {} : { scale }),
});

export const measures: Record<MeasureId, Measure> = {
  consumption_kwh: m('consumption_kwh', 'energy', 'kWh', 'sum', { energyAgg: { num: 'TOTAL(g.kwh)' }, energyRaw: { num: 'TOTAL(d.total_kwh)' } }),
  billed_yuan: m('billed_yuan', 'bills', 'yuan', 'sum', { billsAgg: { num: 'TOTAL(g.billed_yuan)' }, billsRaw: { num: 'TOTAL(b.billed_yuan)' } }),
  paid_yuan: m('paid_yuan', 'bills', 'yuan', 'sum', { billsAgg: { num: 'TOTAL(g.paid_yuan)' }, billsRaw: { num: 'TOTAL(b.paid_yuan)' } }),
  arrears_yuan: m('arrears_yuan', 'bills', 'yuan', 'sum', { billsAgg: { num: 'TOTAL(g.arrears_yuan)' }, billsRaw: { num: 'TOTAL(b.arrears_yuan)' } }),
  late_fee_yuan: m('late_fee_yuan', 'bills', 'yuan', 'sum', { billsAgg: { num: 'TOTAL(g.late_fee_yuan)' }, billsRaw: { num: 'TOTAL(b.late_fee_yuan)' } }),
  collection_rate: m(
    'collection_rate',
    'bills',
    'percent',
    'ratio',
    { billsAgg: { num: 'TOTAL(g.paid_yuan)', den: 'TOTAL(g.billed_yuan)' }, billsRaw: { num: 'TOTAL(b.paid_yuan)', den: 'TOTAL(b.billed_yuan)' } },
    100,
  ),
  bills: m('bills', 'bills', 'count', 'count', { billsAgg: { num: 'TOTAL(g.bills)' }, billsRaw: { num: 'COUNT(*)' } }),
  bills_in_arrears: m('bills_in_arrears', 'bills', 'count', 'count', {
    billsAgg: { num: 'TOTAL(g.customers_in_arrears)' },
    billsRaw: { num: 'TOTAL(b.arrears_yuan > 0)' },
  }),
  // Paid after the due day, or still owed: what the risk model calls a late bill.
  bills_late: m('bills_late', 'bills', 'count', 'count', {
    billsRaw: { num: 'TOTAL(b.due_day IS NOT NULL AND (b.paid_day > b.due_day OR (b.paid_day IS NULL AND b.arrears_yuan > 0)))' },
  }),
  customers: m('customers', 'archive', 'count', 'count', { archive: { num: 'COUNT(*)' } }),
  meters: m('meters', 'archive', 'count', 'count', { archive: { num: 'TOTAL((SELECT COUNT(*) FROM meters mm WHERE mm.customer_id = c.customer_id))' } }),
  contract_kva: m('contract_kva', 'archive', 'kVA', 'sum', { archive: { num: 'TOTAL(c.contract_kva)' } }),
  tickets: m('tickets', 'service', 'count', 'count', { tickets: { num: 'COUNT(*)' } }),
  complaints: m('complaints', 'service', 'count', 'count', { tickets: { num: "TOTAL(t.type = 'complaint')" } }),
  satisfaction_mean: m('satisfaction_mean', 'service', 'rating', 'mean', { tickets: { num: 'TOTAL(t.satisfaction)', den: 'COUNT(t.satisfaction)' } }),
  handling_hours_mean: m('handling_hours_mean', 'service', 'hours', 'mean', { tickets: { num: 'TOTAL(t.handling_hours)', den: 'COUNT(t.handling_hours)' } }),
  risk_customers: m('risk_customers', 'risk', 'count', 'count', { risk: { num: 'COUNT(*)' } }),
  risk_score_mean: m('risk_score_mean', 'risk', 'score', 'mean', { risk: { num: 'TOTAL(s.score)', den: 'COUNT(*)' } }),
  risk_probability_mean: m('risk_probability_mean', 'risk', 'percent', 'mean', { risk: { num: 'TOTAL(s.probability)', den: 'COUNT(*)' } }, 100),
  expected_loss_yuan: m('expected_loss_yuan', 'risk', 'yuan', 'sum', { risk: { num: 'TOTAL(s.expected_loss_yuan)' } }),
  theft_scored: m('theft_scored', 'theft', 'count', 'count', { theft: { num: 'COUNT(*)' } }),
  theft_suspects: m('theft_suspects', 'theft', 'count', 'count', { theft: { num: `TOTAL(x.score >= ${SUSPECT_SCORE})` } }),
  theft_score_mean: m('theft_score_mean', 'theft', 'score', 'mean', { theft: { num: 'TOTAL(x.score)', den: 'COUNT(*)' } }),
  theft_loss_kwh: m('theft_loss_kwh', 'theft', 'kWh', 'sum', { theft: { num: 'TOTAL(x.loss_kwh)' } }),
  cases_opened: m('cases_opened', 'theft', 'count', 'count', { cases: { num: 'COUNT(*)' } }),
  cases_confirmed: m('cases_confirmed', 'theft', 'count', 'count', { cases: { num: "TOTAL(k.status = 'confirmed_theft')" } }),
  supplied_kwh: m('supplied_kwh', 'grid', 'kWh', 'sum', { supply: { num: 'TOTAL(p.supplied_kwh)' } }),
  // 线损率: (supplied − sold) / supplied over the area-months with supply data (overview/lineLoss.ts).
  line_loss_pct: m(
    'line_loss_pct',
    'grid',
    'percent',
    'ratio',
    { supply: { num: 'TOTAL(p.supplied_kwh - COALESCE(p.sold_kwh, e.kwh, 0))', den: 'TOTAL(p.supplied_kwh)', joins: ['soldEnergy'] } },
    100,
  ),
};
