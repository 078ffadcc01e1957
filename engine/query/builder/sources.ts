// The tables a query reads, each a FROM clause with the SQL of every dimension it can be grouped
// by. The aggregate tables (agg_*) answer the common questions in a few thousand rows; the raw
// tables answer the rest. A source keyed by customer reaches every attribute of the customer
// (archive, latest risk grade, latest segment) through joins added only when a spec uses them.
// Every identifier here is fixed text: nothing a user types ever becomes SQL.
import type { DimensionId } from '../../api/queryTypes.js';

export type SourceId = 'energyAgg' | 'energyRaw' | 'billsAgg' | 'billsRaw' | 'archive' | 'tickets' | 'risk' | 'theft' | 'cases' | 'supply';

export interface Join {
  sql: string;
  /** Joins this one's ON clause reads. */
  after?: JoinId[];
}

export type JoinId = 'customer' | 'customerArea' | 'area' | 'riskGrade' | 'riskAdjusted' | 'segment' | 'soldEnergy';

export interface Source {
  id: SourceId;
  kind: 'aggregate' | 'raw';
  from: string;
  /** Always applied (e.g. the latest score run). */
  where?: string;
  /** The row's month (yyyymm) when the source is dated. */
  month?: string;
  /**
   * The key a raw row is summed per before the customer's attributes are joined (compile.ts):
   * the customer's number, or a meter's, with how to find the customer from it.
   */
  customerKey?: { row: string; customer(key: string): string };
  /** Dimensions other than the calendar's, with the joins each needs. */
  dimensions: Partial<Record<DimensionId, { sql: string; joins: JoinId[] }>>;
  joins: Partial<Record<JoinId, Join>>;
}

const latestRisk = '(SELECT MAX(run_id) FROM risk_runs)';
const latestTheft = '(SELECT MAX(run_id) FROM theft_score_runs)';
const latestSegments = '(SELECT MAX(run_id) FROM segment_runs)';

/** The joins and dimensions of a source whose rows belong to a customer (`key`). */
export function customerKeyed(key: string): Pick<Source, 'dimensions' | 'joins'> {
  return {
    joins: {
      customer: { sql: `LEFT JOIN customers c ON c.customer_id = ${key}` },
      customerArea: { sql: 'LEFT JOIN areas ca ON ca.area_id = c.area_id', after: ['customer'] },
      riskGrade: { sql: `LEFT JOIN risk_scores rg ON rg.run_id = ${latestRisk} AND rg.customer_id = ${key}` },
      // The analyst's adjustment of a grade applies over the run's (as on the Arrears Risk page).
      riskAdjusted: {
        sql: `LEFT JOIN (SELECT customer_id, grade FROM risk_adjustments
                          WHERE adjustment_id IN (SELECT MAX(adjustment_id) FROM risk_adjustments GROUP BY customer_id)) ra
                ON ra.customer_id = ${key}`,
      },
      segment: { sql: `LEFT JOIN customer_segments sg ON sg.run_id = ${latestSegments} AND sg.customer_id = ${key}` },
    },
    dimensions: {
      // Feeder and supply unit are the area's, as the aggregates (kept per area) count them.
      area: { sql: "NULLIF(c.area_id, '')", joins: ['customer'] },
      feeder: { sql: 'ca.feeder_id', joins: ['customer', 'customerArea'] },
      supply_unit: { sql: 'ca.supply_unit', joins: ['customer', 'customerArea'] },
      // Rows of no customer in the archive count as 'other', as in the aggregates.
      category: { sql: "COALESCE(c.category, 'other')", joins: ['customer'] },
      industry: { sql: 'c.industry', joins: ['customer'] },
      voltage: { sql: 'c.voltage', joins: ['customer'] },
      risk_grade: { sql: 'CASE WHEN rg.customer_id IS NULL THEN NULL ELSE COALESCE(ra.grade, rg.grade) END', joins: ['riskGrade', 'riskAdjusted'] },
      segment: { sql: 'sg.cluster_name', joins: ['segment'] },
    },
  };
}

/** An aggregate kept per (month, area, category) under alias `g`. */
function areaAggregate(id: SourceId, table: string): Source {
  return {
    id,
    kind: 'aggregate',
    from: `${table} g`,
    month: 'g.month',
    joins: { area: { sql: 'LEFT JOIN areas a ON a.area_id = g.area_id' } },
    dimensions: {
      area: { sql: "NULLIF(g.area_id, '')", joins: [] },
      feeder: { sql: 'a.feeder_id', joins: ['area'] },
      supply_unit: { sql: 'a.supply_unit', joins: ['area'] },
      category: { sql: 'g.category', joins: [] },
    },
  };
}

const energyRaw = customerKeyed('m.customer_id');
const billsRaw = customerKeyed('b.customer_id');
const archive = customerKeyed('c.customer_id');
const tickets = customerKeyed('t.customer_id');
const risk = customerKeyed('s.customer_id');
const theft = customerKeyed('x.customer_id');
const cases = customerKeyed('k.customer_id');

export const sources: Record<SourceId, Source> = {
  energyAgg: areaAggregate('energyAgg', 'agg_energy_monthly'),
  energyRaw: {
    id: 'energyRaw',
    kind: 'raw',
    // Per meter: the meter's customer is looked up once per meter, not once per meter-month.
    customerKey: { row: 'd.meter_id', customer: (key) => `(SELECT mm.customer_id FROM meters mm WHERE mm.meter_id = ${key})` },
    // A meter of no customer has no archive join to make; its rows count under 'other'.
    from: 'daily_energy d LEFT JOIN meters m ON m.meter_id = d.meter_id',
    where: 'd.days > 0',
    month: 'd.month',
    ...energyRaw,
  },
  billsAgg: areaAggregate('billsAgg', 'agg_bills_monthly'),
  billsRaw: {
    id: 'billsRaw',
    kind: 'raw',
    customerKey: { row: 'b.customer_id', customer: (key) => key },
    from: 'bills b',
    month: 'b.month',
    joins: billsRaw.joins,
    dimensions: { ...billsRaw.dimensions, payment_channel: { sql: 'b.channel', joins: [] } },
  },
  archive: {
    id: 'archive',
    kind: 'raw',
    from: 'customers c',
    // The archive is the FROM itself: its join is already made.
    joins: { ...archive.joins, customer: { sql: '' } },
    dimensions: archive.dimensions,
  },
  tickets: {
    id: 'tickets',
    kind: 'raw',
    customerKey: { row: 't.customer_id', customer: (key) => key },
    from: 'tickets t',
    month: 't.ts / 1000000',
    joins: tickets.joins,
    dimensions: { ...tickets.dimensions, ticket_type: { sql: 't.type', joins: [] }, ticket_channel: { sql: 't.channel', joins: [] } },
  },
  risk: {
    id: 'risk',
    kind: 'raw',
    customerKey: { row: 's.customer_id', customer: (key) => key },
    from: 'risk_scores s',
    where: `s.run_id = ${latestRisk}`,
    ...risk,
  },
  theft: {
    id: 'theft',
    kind: 'raw',
    customerKey: { row: 'x.customer_id', customer: (key) => key },
    from: 'theft_scores x',
    where: `x.run_id = ${latestTheft}`,
    ...theft,
  },
  cases: {
    id: 'cases',
    kind: 'raw',
    customerKey: { row: 'k.customer_id', customer: (key) => key },
    from: 'theft_cases k',
    // opened_at is an ISO instant: its month as yyyymm.
    month: "CAST(substr(k.opened_at, 1, 4) || substr(k.opened_at, 6, 2) AS INTEGER)",
    joins: cases.joins,
    dimensions: { ...cases.dimensions, case_status: { sql: 'k.status', joins: [] } },
  },
  supply: {
    id: 'supply',
    kind: 'aggregate',
    from: 'agg_area_supply_monthly p',
    month: 'p.month',
    joins: {
      area: { sql: 'LEFT JOIN areas a ON a.area_id = p.area_id' },
      // Energy sold: the supply export's own figure where it has one, else the area's metered consumption (overview/lineLoss.ts).
      soldEnergy: {
        sql: 'LEFT JOIN (SELECT month, area_id, SUM(kwh) AS kwh FROM agg_energy_monthly GROUP BY 1, 2) e ON e.month = p.month AND e.area_id = p.area_id',
      },
    },
    dimensions: {
      area: { sql: 'p.area_id', joins: [] },
      feeder: { sql: 'a.feeder_id', joins: ['area'] },
      supply_unit: { sql: 'a.supply_unit', joins: ['area'] },
    },
  },
};

/** The customer's own attributes (archive, latest risk grade and segment): the dimensions reached through the customer key. */
export const customerAttributes = new Set(Object.keys(customerKeyed('').dimensions) as DimensionId[]);

/** The dimensions a source can group by, the calendar's included when it is dated. */
export function sourceDimensions(source: Source): DimensionId[] {
  const own = Object.keys(source.dimensions) as DimensionId[];
  return source.month === undefined ? own : ['month', 'quarter', 'year', ...own];
}
