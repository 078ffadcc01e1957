// The data quality check on a hand-made workspace whose every flaw is known: exact figures per
// kind and code, the rows behind them, and personal data compared without being shown.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QualitySummaryItem } from '../../../engine/api/qualityTypes.js';
import { runQualityCheck } from '../../../engine/quality/run.js';
import { qualityRows, qualitySummary } from '../../../engine/quality/store.js';
import { openWorkspaceDb, type Db } from '../../../engine/store/database.js';
import { removeTempDirs } from '../../helpers/tempDirs.js';
import { makeQualityWorkspace } from './qualityWorkspace.js';

let db: Db;
let items: QualitySummaryItem[];

beforeAll(() => {
  db = openWorkspaceDb(makeQualityWorkspace());
  runQualityCheck(db, { madK: 6, capacityFactor: 1.5 }, 'tester', { progress: () => undefined, throwIfCancelled: () => undefined });
  items = qualitySummary(db).items;
});

afterAll(() => {
  db.close();
  removeTempDirs();
});

const figure = (kind: string, code: string) => {
  const item = items.find((i) => i.kind === kind && i.code === code);
  return item ? { findings: item.findings, entities: item.entities, amount: item.amount } : null;
};

describe('data quality check', () => {
  it('finds exactly the flaws the workspace was made with', () => {
    expect(
      items.map((i) => `${i.check} ${i.kind} ${i.code} ${i.findings}`).sort(),
    ).toEqual(
      [
        'missing interval missing_points 1',
        'missing interval missing_days 1',
        'missing daily missing_days 1',
        'missing area-supply missing_days 2',
        'missing bills missing_days 1',
        'duplicates interval reimported_identical 1',
        'duplicates interval reimported_changed 1',
        'duplicates interval same_file 1',
        'duplicates customers shared_id_number 2',
        'duplicates customers shared_phone 2',
        'outliers interval outlier_high 1',
        'outliers interval negative 2',
        'outliers interval above_capacity 1',
        'outliers daily outlier_high 1',
        'outliers daily outlier_low 1',
        'outliers daily negative 1',
        'outliers daily backwards 2',
        'unmatched interval meter_without_customer 1',
        'unmatched daily meter_unknown 1',
        'unmatched bills unknown_customer 1',
        'unmatched customers unknown_area 1',
        'unmatched area-supply unknown_area 1',
      ].sort(),
    );
  });

  it('measures each figure', () => {
    expect(figure('interval', 'missing_points')).toEqual({ findings: 1, entities: 1, amount: 4 });
    expect(figure('interval', 'reimported_identical')).toEqual({ findings: 1, entities: 1, amount: 5 });
    expect(figure('interval', 'meter_without_customer')).toEqual({ findings: 1, entities: 1, amount: 3 });
    expect(figure('daily', 'meter_unknown')).toEqual({ findings: 1, entities: 1, amount: 3 });
    expect(figure('customers', 'shared_id_number')).toEqual({ findings: 2, entities: 2, amount: 2 });
  });

  it('keeps the rows behind each figure, sortable', () => {
    const missing = qualityRows(db, { kind: 'interval', code: 'missing_days', sort: 'entity', descending: false, offset: 0, limit: 10 });
    expect(missing).toEqual({ total: 1, rows: [{ kind: 'interval', code: 'missing_days', entity: 'M1', day: '2025-01-10', value: null, expected: 96, detail: null }] });
    const high = qualityRows(db, { kind: 'interval', code: 'outlier_high', sort: 'value', descending: true, offset: 0, limit: 10 }).rows[0]!;
    expect(high).toMatchObject({ entity: 'M1', day: '2025-01-15' });
    expect(high.value!).toBeGreaterThan(high.expected!);
    const backwards = qualityRows(db, { kind: 'daily', code: 'backwards', sort: 'day', descending: false, offset: 0, limit: 10 }).rows;
    expect(backwards.map((r) => [r.entity, r.day, r.value])).toEqual([
      ['M2', '2025-02-01', 50],
      ['readings.csv', null, null],
    ]);
    const gaps = qualityRows(db, { kind: 'area-supply', code: 'missing_days', sort: 'day', descending: true, offset: 0, limit: 1 });
    expect(gaps.total).toBe(2);
    expect(gaps.rows.map((r) => r.day)).toEqual(['2025-01-04']);
  });

  it('compares personal data without showing it', () => {
    const shared = qualityRows(db, { kind: 'customers', code: 'shared_id_number', sort: 'entity', descending: false, offset: 0, limit: 10 }).rows;
    expect(shared.map((r) => [r.entity, r.detail])).toEqual([
      ['C1', '3201**********1234: C2'],
      ['C2', '3201**********1234: C1'],
    ]);
    const phones = qualityRows(db, { kind: 'customers', code: 'shared_phone', sort: 'entity', descending: false, offset: 0, limit: 10 }).rows;
    expect(phones.map((r) => r.detail)).toEqual(['138****0001: C3', '138****0001: C1']);
  });

  it('replaces the previous check', () => {
    const again = runQualityCheck(db, { madK: 6, capacityFactor: 1.5 }, 'tester', { progress: () => undefined, throwIfCancelled: () => undefined });
    expect(qualitySummary(db).run!.checkId).toBe(again.checkId);
    expect(db.prepare('SELECT count(DISTINCT check_id) FROM quality_findings').pluck().get()).toBe(1);
  });
});
