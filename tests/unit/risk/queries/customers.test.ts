// The collection list (engine/risk/queries/customers.ts): the latest run by default, every order
// riskiest first, pages with their total, each filter, grades after adjustments, masked names.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { customersPage, type CustomerQuery } from '../../../../engine/risk/queries/customers.js';
import { listRuns } from '../../../../engine/risk/queries/runs.js';
import { removeTempDirs } from '../../../helpers/tempDirs.js';
import { riskWorkspace, type RiskWorkspace } from './fixture.js';

afterAll(removeTempDirs);

let ws: RiskWorkspace;
beforeEach(() => {
  ws = riskWorkspace();
});

const page = (query: Partial<CustomerQuery> = {}) => customersPage(ws.db, { sort: 'expectedLoss', offset: 0, limit: 100, ...query });
const ids = (query: Partial<CustomerQuery> = {}) => page(query).rows.map((r) => r.customerId);

describe('risk.customers', () => {
  it('lists the latest run by expected loss, with masked names, archive facts and the adjusted grade', () => {
    const { total, rows } = page();
    expect(total).toBe(5);
    expect(rows.map((r) => r.customerId)).toEqual(['K10', 'K1', 'K5', 'K2', 'K3']);
    expect(rows.every((r) => r.runId === 3)).toBe(true);
    const k1 = rows[1]!;
    expect(k1).toMatchObject({ customerName: '张*明', category: 'residential', industry: 'retail', areaId: 'A1', score: 540, grade: 'D', adjustedGrade: null });
    expect(k1.reasons.map((r) => r.feature)).toEqual(['on_time_rate_12m', 'channel_main']);
    expect(rows[2]).toMatchObject({ customerId: 'K5', customerName: null, category: null });
    expect(rows[3]).toMatchObject({ customerId: 'K2', customerName: '李*', grade: 'B', adjustedGrade: 'D' });
  });

  it('sorts by score (lowest first), probability and arrears owed', () => {
    expect(ids({ sort: 'score' })).toEqual(['K5', 'K1', 'K10', 'K2', 'K3']);
    expect(ids({ sort: 'probability' })).toEqual(['K5', 'K1', 'K10', 'K2', 'K3']);
    expect(ids({ sort: 'outstanding' })).toEqual(['K10', 'K1', 'K5', 'K2', 'K3']);
  });

  it('pages with the total of the filter', () => {
    const second = page({ offset: 2, limit: 2 });
    expect(second.total).toBe(5);
    expect(second.rows.map((r) => r.customerId)).toEqual(['K5', 'K2']);
    expect(page({ offset: 10 }).rows).toEqual([]);
  });

  it('filters by number prefix, area, category, industry, reason and probability', () => {
    expect(ids({ search: 'K1' })).toEqual(['K10', 'K1']);
    expect(ids({ search: 'K_' })).toEqual([]); // a wildcard is taken as written
    expect(ids({ areaId: 'A2' })).toEqual(['K10', 'K3']);
    expect(ids({ category: 'commercial' })).toEqual(['K2']);
    expect(ids({ industry: 'steel' })).toEqual(['K10']);
    expect(ids({ reason: 'channel_main' })).toEqual(['K1', 'K5', 'K2']);
    expect(ids({ minProbability: 0.3 })).toEqual(['K10', 'K1', 'K5']);
    expect(page({ areaId: 'A1', minProbability: 0.2 }).total).toBe(1);
  });

  it('counts the analyst’s grade where one was set', () => {
    expect(ids({ grades: ['D'] })).toEqual(['K10', 'K1', 'K2']);
    expect(ids({ grades: ['B'] })).toEqual([]);
    expect(ids({ grades: ['A', 'E'] })).toEqual(['K5', 'K3']);
    expect(ids({ grades: [] })).toEqual([]);
  });

  it('reads an older run when asked, and says when there is none', () => {
    expect(ids({ runId: 2 })).toEqual(['K1', 'K2', 'K3']);
    expect(() => page({ runId: 9 })).toThrow(expect.objectContaining({ code: 'risk.run_not_found', details: { runId: 9 } }));
    ws.db.exec('DELETE FROM risk_scores; DELETE FROM risk_runs;');
    expect(() => page()).toThrow(expect.objectContaining({ code: 'risk.run_not_found' }));
  });
});

describe('risk.runs', () => {
  it('lists runs newest first with their grade counts, of one model when asked', () => {
    const runs = listRuns(ws.db, undefined, 60);
    expect(runs.map((r) => [r.runId, r.asOf])).toEqual([
      [3, '2025-06-30'],
      [2, '2024-12-31'],
      [1, '2024-06-30'],
    ]);
    expect(runs[0]).toMatchObject({ modelId: 1, customers: 5, expectedLossYuan: 1154, outstandingYuan: 3300, byGrade: { A: 1, B: 1, C: 0, D: 2, E: 1 } });
    expect(listRuns(ws.db, undefined, 1)).toHaveLength(1);
    expect(listRuns(ws.db, 2, 60)).toEqual([]);
  });
});
