// The collection priority list: a run's customers filtered as the Risk page filters them, in the
// order asked for (the riskiest first whatever the order), a page at a time with the total.
import type { RiskCustomerRow, RiskCustomersPage, RiskGrade, RiskSort } from '../../api/riskTypes.js';
import type { Db } from '../../store/database.js';
import { adjustedCte, customerRow, effectiveGrade, rowColumns, scoredFrom, type CustomerRowData } from './customerRows.js';
import { resolveRun } from './runs.js';

export interface CustomerFilter {
  runId?: number | undefined;
  /** A customer number prefix. */
  search?: string | undefined;
  /** Grades after adjustments. */
  grades?: RiskGrade[] | undefined;
  areaId?: string | undefined;
  category?: string | undefined;
  industry?: string | undefined;
  /** A feature among the customer's reason codes. */
  reason?: string | undefined;
  minProbability?: number | undefined;
}

export interface CustomerQuery extends CustomerFilter {
  sort: RiskSort;
  offset: number;
  limit: number;
}

// Riskiest first in each order: a low score is a high risk. Customer number breaks ties, so
// that pages never repeat or skip a row.
const orderBy: Record<RiskSort, string> = {
  expectedLoss: 's.expected_loss_yuan DESC, s.customer_id',
  score: 's.score, s.customer_id',
  probability: 's.probability DESC, s.customer_id',
  outstanding: 's.outstanding_yuan DESC, s.expected_loss_yuan DESC, s.customer_id',
};

/** The WHERE clause of a filter on run `runId` (s, c, adj as in scoredFrom). */
export function filterClause(runId: number, filter: CustomerFilter): { where: string; params: (string | number)[] } {
  const where = ['s.run_id = ?'];
  const params: (string | number)[] = [runId];
  if (filter.search) {
    where.push(`s.customer_id LIKE ? ESCAPE '\\'`);
    params.push(filter.search.replace(/[\\%_]/g, (c) => `\\${c}`) + '%');
  }
  if (filter.grades !== undefined) {
    where.push(filter.grades.length === 0 ? '0' : `${effectiveGrade} IN (${filter.grades.map(() => '?').join(', ')})`);
    params.push(...filter.grades);
  }
  for (const [value, column] of [
    [filter.areaId, 'c.area_id'],
    [filter.category, 'c.category'],
    [filter.industry, 'c.industry'],
  ] as const) {
    if (value === undefined || value === '') continue;
    where.push(`${column} = ?`);
    params.push(value);
  }
  if (filter.reason) {
    where.push(`EXISTS (SELECT 1 FROM json_each(s.reasons) WHERE json_extract(value, '$.feature') = ?)`);
    params.push(filter.reason);
  }
  if (filter.minProbability !== undefined) {
    where.push('s.probability >= ?');
    params.push(filter.minProbability);
  }
  return { where: where.join(' AND '), params };
}

export function customersPage(db: Db, query: CustomerQuery): RiskCustomersPage {
  const run = resolveRun(db, query.runId);
  const { where, params } = filterClause(run.run_id, query);
  const rows = db.prepare(`${selectSql(where, query.sort)} LIMIT ? OFFSET ?`).all(...params, query.limit, query.offset) as CustomerRowData[];
  return { total: countCustomers(db, run.run_id, query), rows: rows.map(customerRow) };
}

export function countCustomers(db: Db, runId: number, filter: CustomerFilter): number {
  const { where, params } = filterClause(runId, filter);
  return (db.prepare(`WITH ${adjustedCte} SELECT count(*) AS n FROM ${scoredFrom} WHERE ${where}`).get(...params) as { n: number }).n;
}

/**
 * Every row of run `runId` matching the filter, in order, `size` at a time: one statement read
 * through (an export of a million rows would step over the skipped rows again on every page).
 * The connection is busy until the last batch is taken.
 */
export function* customerBatches(db: Db, runId: number, filter: CustomerFilter, sort: RiskSort, size: number): Generator<RiskCustomerRow[]> {
  const { where, params } = filterClause(runId, filter);
  let batch: RiskCustomerRow[] = [];
  for (const row of db.prepare(selectSql(where, sort)).iterate(...params) as IterableIterator<CustomerRowData>) {
    batch.push(customerRow(row));
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

function selectSql(where: string, sort: RiskSort): string {
  return `WITH ${adjustedCte} SELECT ${rowColumns} FROM ${scoredFrom} WHERE ${where} ORDER BY ${orderBy[sort]}`;
}
