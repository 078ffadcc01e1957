import { afterAll, describe, expect, it } from 'vitest';
import { getMeta } from '../../../engine/store/database.js';
import { closeDemos, smallDemo, tableDigest } from './smallDemo.js';

afterAll(closeDemos);

const tables = [
  'feeders',
  'areas',
  'customers',
  'meters',
  'weather',
  'interval_load',
  'daily_energy',
  'area_supply',
  'bills',
  'meter_events',
  'tickets',
  'inspections',
  'agg_energy_monthly',
  'agg_bills_monthly',
];

describe('the demo generator', () => {
  it('writes the same workspace for the same seed, and another for another seed', () => {
    const a = smallDemo({ seed: 5 });
    const b = smallDemo({ seed: 5 });
    const c = smallDemo({ seed: 6 });
    for (const table of tables) expect(tableDigest(b.db, table), table).toBe(tableDigest(a.db, table));
    expect(getMeta(b.db, 'demo_truth')).toBe(getMeta(a.db, 'demo_truth'));
    for (const table of ['customers', 'daily_energy', 'bills', 'weather']) expect(tableDigest(c.db, table), table).not.toBe(tableDigest(a.db, table));
  });

  it('marks the workspace as demo data and records its parameters', () => {
    const demo = smallDemo({ seed: 3, customers: 120, days: 30, endDate: '2024-06-30' });
    expect(getMeta(demo.db, 'is_demo')).toBe('1');
    expect(JSON.parse(getMeta(demo.db, 'demo_params')!)).toEqual({ seed: 3, customers: 120, days: 30, endDate: '2024-06-30' });
    expect(demo.db.prepare('SELECT MIN(day), MAX(day) FROM area_supply').raw(true).get()).toEqual([20240601, 20240630]);
  });
});
