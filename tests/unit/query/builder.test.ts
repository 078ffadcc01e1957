// The query builder's SQL compiler and runner on a small demo workspace: only whitelisted ids
// become SQL (a bad field is refused, filter values are bound, never spliced), a measure that does
// not go with a dimension is refused in words, and the figures equal hand-written SQL over the
// raw tables, pivot totals included.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { areaLosses } from '../../../engine/overview/lineLoss.js';
import { compileSpec } from '../../../engine/query/builder/compile.js';
import { queryFields } from '../../../engine/query/builder/fields.js';
import { parseSpec, runQuerySpec } from '../../../engine/query/builder/runSpec.js';
import { dimensionValues } from '../../../engine/query/builder/values.js';
import type { Db } from '../../../engine/store/database.js';
import { closeDemos, smallDemo } from '../demo/smallDemo.js';

let db: Db;

beforeAll(() => {
  db = smallDemo({ seed: 3, customers: 240, days: 150 }).db;
});
afterAll(() => closeDemos());

const monthText = (m: number) => `${Math.floor(m / 100)}-${String(m % 100).padStart(2, '0')}`;
/** The last three months of bills (the demo ends on a recent day). */
function lastQuarter(): { from: number; to: number; period: { from: string; to: string } } {
  const to = db.prepare('SELECT MAX(month) FROM bills').pluck().get() as number;
  const from = to % 100 > 2 ? to - 2 : to - 100 + 10;
  return { from, to, period: { from: monthText(from), to: monthText(to) } };
}

describe('query spec compiler', () => {
  it('refuses a field outside the whitelist as a validation error', () => {
    expect(() => runQuerySpec(db, { measures: ['kwh; DROP TABLE customers' as never] })).toThrow(expect.objectContaining({ code: 'validation' }));
    expect(() => runQuerySpec(db, { measures: ['consumption_kwh'], dimensions: ['customer_id' as never] })).toThrow(expect.objectContaining({ code: 'validation' }));
    expect(db.prepare('SELECT COUNT(*) FROM customers').pluck().get()).toBe(240);
  });

  it('binds filter values and the period as parameters', () => {
    const hostile = "residential') OR 1=1 --";
    const [query] = compileSpec(parseSpec({ measures: ['consumption_kwh'], dimensions: ['category'], filters: [{ dimension: 'category', values: [hostile] }], period: { from: '2025-01', to: '2025-03' } }));
    expect(query!.sql).not.toContain(hostile);
    expect(query!.sql).not.toContain('2025');
    expect(query!.params).toEqual([202501, 202503, JSON.stringify([hostile])]);
    const result = runQuerySpec(db, { measures: ['consumption_kwh'], dimensions: ['category'], filters: [{ dimension: 'category', values: [hostile] }] });
    expect(result.rows).toEqual([]);
  });

  it('refuses a measure with a dimension it cannot be broken down by, naming both', () => {
    expect(() => runQuerySpec(db, { measures: ['consumption_kwh'], dimensions: ['ticket_channel'] })).toThrow(
      expect.objectContaining({ code: 'query.incompatible', details: { measure: 'consumption_kwh', dimension: 'ticket_channel' } }),
    );
    expect(() => runQuerySpec(db, { measures: ['customers'], dimensions: ['month'] })).toThrow(expect.objectContaining({ code: 'query.incompatible' }));
    expect(() => runQuerySpec(db, { measures: ['tickets'], filters: [{ dimension: 'payment_channel', values: ['app'] }] })).toThrow(
      expect.objectContaining({ code: 'query.incompatible', details: { measure: 'tickets', dimension: 'payment_channel' } }),
    );
    expect(() => runQuerySpec(db, { measures: ['tickets'], dimensions: ['month'], pivotColumn: 'area' })).toThrow(expect.objectContaining({ code: 'query.bad_spec' }));
    expect(() => runQuerySpec(db, { measures: ['tickets'], period: { from: '2025-05', to: '2025-01' } })).toThrow(expect.objectContaining({ code: 'query.bad_spec' }));
  });

  it('lists in the catalog exactly the dimensions a measure runs with', () => {
    const fields = queryFields();
    for (const measure of fields.measures) {
      for (const dimension of fields.dimensions) {
        const spec = { measures: [measure.id], dimensions: [dimension.id] };
        if (measure.dimensions.includes(dimension.id)) expect(() => compileSpec(parseSpec(spec))).not.toThrow();
        else expect(() => compileSpec(parseSpec(spec))).toThrow(expect.objectContaining({ code: 'query.incompatible' }));
      }
    }
  });
});

describe('query results against hand-written SQL', () => {
  it('consumption by month x category: the aggregates equal the raw rows, pivot totals included', () => {
    const result = runQuerySpec(db, { measures: ['consumption_kwh'], dimensions: ['month', 'category'], pivotColumn: 'category' });
    expect(result.sources).toEqual({ consumption_kwh: 'aggregate' });
    const hand = db
      .prepare(
        `SELECT d.month, COALESCE(c.category, 'other') AS category, SUM(d.total_kwh) AS kwh
           FROM daily_energy d LEFT JOIN meters m ON m.meter_id = d.meter_id LEFT JOIN customers c ON c.customer_id = m.customer_id
          WHERE d.days > 0 GROUP BY 1, 2 ORDER BY 1, 2`,
      )
      .all() as { month: number; category: string; kwh: number }[];
    expect(hand.length).toBeGreaterThan(8);
    expect(result.rows.map((r) => [r[0], r[1]])).toEqual(hand.map((h) => [monthText(h.month), h.category]));
    result.rows.forEach((r, i) => expect(r[2] as number).toBeCloseTo(hand[i]!.kwh, 3));

    const pivot = result.pivot!;
    expect(pivot.columnValues).toEqual([...new Set(hand.map((h) => h.category))].sort());
    const total = hand.reduce((n, h) => n + h.kwh, 0);
    expect(pivot.grandTotal[0]).toBeCloseTo(total, 3);
    expect(result.totals[0]).toBeCloseTo(total, 3);
    pivot.columnValues.forEach((category, c) => {
      expect(pivot.columnTotals[c]![0]).toBeCloseTo(hand.filter((h) => h.category === category).reduce((n, h) => n + h.kwh, 0), 3);
    });
    for (const row of pivot.rows) {
      const month = hand.filter((h) => monthText(h.month) === row.keys[0]);
      expect(row.total[0]).toBeCloseTo(month.reduce((n, h) => n + h.kwh, 0), 3);
    }
    // The same figures from the raw rows, when a dimension the aggregates lack is asked for too.
    const raw = runQuerySpec(db, { measures: ['consumption_kwh'], dimensions: ['month', 'voltage'] });
    expect(raw.sources).toEqual({ consumption_kwh: 'raw' });
    expect(raw.totals[0]).toBeCloseTo(total, 3);
    // And by industry (no month): summed per meter first, then by the meter's customer's industry.
    const byIndustry = runQuerySpec(db, { measures: ['consumption_kwh'], dimensions: ['industry'], filters: [{ dimension: 'category', values: ['commercial', 'residential'] }] });
    const industries = db
      .prepare(
        `SELECT c.industry, SUM(d.total_kwh) AS kwh FROM daily_energy d JOIN meters m ON m.meter_id = d.meter_id JOIN customers c ON c.customer_id = m.customer_id
          WHERE d.days > 0 AND c.category IN ('commercial', 'residential') GROUP BY 1`,
      )
      .all() as { industry: string | null; kwh: number }[];
    expect(industries.length).toBeGreaterThan(3);
    expect(byIndustry.totalRows).toBe(industries.length);
    for (const h of industries) expect(byIndustry.rows.find((r) => r[0] === h.industry)![1] as number).toBeCloseTo(h.kwh, 3);
  });

  it('bills by payment channel and feeder for one category over a period, with a collection rate', () => {
    const quarter = lastQuarter();
    const spec = {
      measures: ['billed_yuan', 'collection_rate', 'bills_late'] as const,
      dimensions: ['payment_channel', 'feeder'] as const,
      filters: [{ dimension: 'category' as const, values: ['residential', 'commercial'] }],
      period: quarter.period,
    };
    const result = runQuerySpec(db, { ...spec, measures: [...spec.measures], dimensions: [...spec.dimensions] });
    const hand = db
      .prepare(
        `SELECT b.channel, a.feeder_id AS feeder, SUM(b.billed_yuan) AS billed, SUM(b.paid_yuan) AS paid,
                SUM(b.due_day IS NOT NULL AND (b.paid_day > b.due_day OR (b.paid_day IS NULL AND b.arrears_yuan > 0))) AS late
           FROM bills b JOIN customers c ON c.customer_id = b.customer_id LEFT JOIN areas a ON a.area_id = c.area_id
          WHERE b.month BETWEEN ? AND ? AND c.category IN ('residential', 'commercial')
          GROUP BY 1, 2`,
      )
      .all(quarter.from, quarter.to) as { channel: string | null; feeder: string | null; billed: number; paid: number; late: number }[];
    expect(hand.length).toBeGreaterThan(3);
    expect(result.totalRows).toBe(hand.length);
    for (const h of hand) {
      const row = result.rows.find((r) => r[0] === h.channel && r[1] === h.feeder)!;
      expect(row[2] as number).toBeCloseTo(h.billed, 2);
      expect(row[3] as number).toBeCloseTo((100 * h.paid) / h.billed, 6);
      expect(row[4]).toBe(h.late);
    }
    const billed = hand.reduce((n, h) => n + h.billed, 0);
    expect(result.totals[1]).toBeCloseTo((100 * hand.reduce((n, h) => n + h.paid, 0)) / billed, 6);
    expect(result.labels.feeder).toBeDefined();
  });

  it('tickets by channel: counts and mean satisfaction, totals as means of all tickets', () => {
    const result = runQuerySpec(db, { measures: ['tickets', 'satisfaction_mean'], dimensions: ['ticket_channel'], sort: { measure: 'tickets', direction: 'desc' } });
    const hand = db.prepare('SELECT channel, COUNT(*) AS n, AVG(satisfaction) AS mean FROM tickets GROUP BY 1 ORDER BY n DESC').all() as { channel: string; n: number; mean: number | null }[];
    expect(hand.length).toBeGreaterThan(1);
    expect(result.rows.map((r) => r[1])).toEqual(hand.map((h) => h.n));
    for (const h of hand) {
      const row = result.rows.find((r) => r[0] === h.channel)!;
      if (h.mean === null) expect(row[2]).toBeNull();
      else expect(row[2] as number).toBeCloseTo(h.mean, 9);
    }
    const all = db.prepare('SELECT COUNT(*) AS n, AVG(satisfaction) AS mean FROM tickets').get() as { n: number; mean: number };
    expect(result.totals[0]).toBe(all.n);
    expect(result.totals[1] as number).toBeCloseTo(all.mean, 9);
  });

  it('line loss by area equals the overview figure', () => {
    const quarter = lastQuarter();
    const result = runQuerySpec(db, { measures: ['line_loss_pct'], dimensions: ['area'], period: quarter.period });
    const losses = areaLosses(db, quarter);
    expect(losses.length).toBeGreaterThan(3);
    for (const loss of losses) {
      const row = result.rows.find((r) => r[0] === loss.areaId)!;
      expect(row[1] as number).toBeCloseTo(100 * loss.lossRate!, 9);
    }
  });

  it('customers by category x area pivot: cells, row and column totals count every customer once', () => {
    const result = runQuerySpec(db, { measures: ['customers'], dimensions: ['area', 'category'], pivotColumn: 'category' });
    const pivot = result.pivot!;
    expect(pivot.grandTotal[0]).toBe(240);
    expect(pivot.rows.reduce((n, r) => n + (r.total[0] ?? 0), 0)).toBe(240);
    const residential = pivot.columnValues.indexOf('residential');
    const byArea = db.prepare(`SELECT area_id, COUNT(*) FROM customers WHERE category = 'residential' GROUP BY 1`).raw(true).all() as [string, number][];
    for (const [area, n] of byArea) expect(pivot.rows.find((r) => r.keys[0] === area)!.cells[residential]![0]).toBe(n);
    expect(result.labels.area).toBeDefined();
  });

  it('cuts the rows at the limit and says so, totals still over every row', () => {
    const all = runQuerySpec(db, { measures: ['consumption_kwh'], dimensions: ['area'] });
    const cut = runQuerySpec(db, { measures: ['consumption_kwh'], dimensions: ['area'], limit: 3, sort: { measure: 'consumption_kwh', direction: 'desc' } });
    expect(cut.truncated).toBe(true);
    expect(cut.rows).toHaveLength(3);
    expect(cut.totalRows).toBe(all.totalRows);
    expect(cut.totals[0]).toBeCloseTo(all.totals[0]!, 6);
    const top = [...all.rows].sort((a, b) => (b[1] as number) - (a[1] as number)).slice(0, 3);
    expect(cut.rows.map((r) => r[0])).toEqual(top.map((r) => r[0]));
  });
});

describe('query catalog words', () => {
  it('names every measure and dimension by a key both languages have', async () => {
    const { default: en } = await import('../../../resources/locales/en.json');
    const { default: zh } = await import('../../../resources/locales/zh-CN.json');
    const fields = queryFields();
    const lookup = (tree: unknown, key: string) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);
    for (const { wordsKey } of [...fields.measures, ...fields.dimensions]) {
      expect(typeof lookup(en, wordsKey), wordsKey).toBe('string');
      expect(typeof lookup(zh, wordsKey), wordsKey).toBe('string');
    }
  });
});

describe('dimension values for filters', () => {
  it('lists the workspace’s values, searched by value or name, and refuses the calendar', () => {
    expect(dimensionValues(db, 'payment_channel', undefined, 100).map((v) => v.value)).toEqual(expect.arrayContaining(['wechat', 'alipay', 'other']));
    const areas = dimensionValues(db, 'area', undefined, 1000);
    expect(areas.length).toBe(db.prepare('SELECT COUNT(*) FROM areas').pluck().get());
    const named = areas.find((a) => a.label)!;
    const found = dimensionValues(db, 'area', named.label!.slice(0, 3), 1000);
    expect(found.map((a) => a.value)).toContain(named.value);
    expect(found.every((a) => a.label!.includes(named.label!.slice(0, 3)) || a.value.includes(named.label!.slice(0, 3)))).toBe(true);
    expect(() => dimensionValues(db, 'month', undefined, 10)).toThrow(expect.objectContaining({ code: 'query.bad_spec' }));
  });
});
