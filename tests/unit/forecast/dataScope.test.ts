// Scope selectors (engine/forecast/scope.ts): what each kind of scope holds, unknown scopes,
// and the list of scopes the Forecast page offers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EngineError } from '../../../engine/api/errors.js';
import { listScopes, parseScope, resolveScope } from '../../../engine/forecast/scope.js';
import { removeTempDirs } from '../../helpers/tempDirs.js';
import { TestWorkspace, points } from './dataWorkspace.js';

afterAll(removeTempDirs);

const DAY = 20250303;

/**
 * Feeder F1 (unit U1) feeds areas A1 and A2 (A2 names its own unit U2); customer K3 is on feeder
 * F2 directly with no area. Meters: K1 two (one with curves), K2 one, K3 one, K4 one without
 * any load, and an unmatched meter X.
 */
let w: TestWorkspace;
beforeAll(() => {
  w = new TestWorkspace()
    .feeder('F1', '10kV东湖线', 'U1')
    .feeder('F2', null, 'U1')
    .area('A1', '春晖苑1号配变', 'F1')
    .area('A2', null, 'F1', 'U2')
    .customer({ id: 'K1', name: '张小明', area: 'A1', category: 'residential', industry: 'A1 城镇居民' }, ['K1-a', 'K1-b'])
    .customer({ id: 'K2', name: '示范华兴超市', area: 'A2', category: 'commercial', industry: 'F52 零售业', contractKva: 200 })
    .customer({ id: 'K3', name: '示范纺织有限公司', feeder: 'F2', category: 'large_industry', industry: 'C17 纺织业', contractKva: 1000 })
    .customer({ id: 'K4', area: 'A1', category: 'residential' })
    .meter('X', null);
  for (const meter of ['K1-a', 'MK2', 'MK3', 'X']) w.curve(meter, DAY, points(96, () => 5));
  w.daily('K1-b', new Map([[DAY, 12]])).refresh();
});

const meters = (selector: string) => resolveScope(w.db, selector).meterIds;

describe('parseScope', () => {
  it('reads all and kind:id, keeping colons inside the id', () => {
    expect(parseScope('all')).toEqual({ kind: 'all', id: null });
    expect(parseScope(' area:A1 ')).toEqual({ kind: 'area', id: 'A1' });
    expect(parseScope('meter:X:1')).toEqual({ kind: 'meter', id: 'X:1' });
  });

  it.each(['', 'region:1', 'area:', 'area', ':A1'])('refuses %j', (selector) => {
    expect(() => parseScope(selector)).toThrow(expect.objectContaining({ code: 'validation' }));
  });
});

describe('resolveScope', () => {
  it('finds the meters of each kind of scope', () => {
    expect(meters('all')).toEqual(['K1-a', 'K1-b', 'MK2', 'MK3', 'MK4', 'X']);
    expect(meters('area:A1')).toEqual(['K1-a', 'K1-b', 'MK4']);
    expect(meters('feeder:F1')).toEqual(['K1-a', 'K1-b', 'MK2', 'MK4']); // through the areas
    expect(meters('feeder:F2')).toEqual(['MK3']); // the customer's own feeder
    expect(meters('unit:U1')).toEqual(['K1-a', 'K1-b', 'MK3', 'MK4']); // from the feeders
    expect(meters('unit:U2')).toEqual(['MK2']); // the area's own unit first
    expect(meters('category:residential')).toEqual(['K1-a', 'K1-b', 'MK4']);
    expect(meters('industry:C17 纺织业')).toEqual(['MK3']);
    expect(meters('customer:K1')).toEqual(['K1-a', 'K1-b']);
    expect(meters('meter:X')).toEqual(['X']);
  });

  it('labels scopes by name, masking a customer name, and counts the meters with curves', () => {
    expect(resolveScope(w.db, 'area:A1')).toMatchObject({ kind: 'area', id: 'A1', selector: 'area:A1', label: '春晖苑1号配变', intervalMeters: 1 });
    expect(resolveScope(w.db, 'area:A2').label).toBe('A2');
    expect(resolveScope(w.db, 'feeder:F1').label).toBe('10kV东湖线');
    expect(resolveScope(w.db, 'customer:K1').label).toBe('K1 张*明');
    expect(resolveScope(w.db, 'all')).toMatchObject({ label: 'all', intervalMeters: 4 });
  });

  it.each([
    ['area:A9', 'area', 'A9'],
    ['feeder:F9', 'feeder', 'F9'],
    ['unit:U9', 'unit', 'U9'],
    ['category:agricultural', 'category', 'agricultural'],
    ['industry:Z99', 'industry', 'Z99'],
    ['customer:K9', 'customer', 'K9'],
    ['meter:M9', 'meter', 'M9'],
  ])('says the workspace has no %s', (selector, kind, id) => {
    let error: unknown;
    try {
      resolveScope(w.db, selector);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EngineError);
    expect(error).toMatchObject({ code: 'forecast.unknown_scope', details: { kind, id } });
  });
});

describe('listScopes', () => {
  it("lists 'all' first, then units, feeders, areas, categories, industries and the largest customers, with load only", () => {
    const { options, more } = listScopes(w.db, { limit: 100 });
    expect(more).toBe(false);
    expect(options.map((o) => o.selector)).toEqual([
      'all',
      'unit:U1',
      'unit:U2',
      'feeder:F1',
      'feeder:F2',
      'area:A1',
      'area:A2',
      'category:commercial',
      'category:large_industry',
      'category:residential',
      'industry:A1 城镇居民',
      'industry:C17 纺织业',
      'industry:F52 零售业',
      'customer:K3', // 1000 kVA
      'customer:K2', // 200 kVA
      'customer:K1',
    ]);
    // K4's meter has no load: counted nowhere. The unmatched meter counts in 'all' only.
    expect(options[0]).toEqual({ selector: 'all', kind: 'all', label: 'all', meters: 5, intervalMeters: 4 });
    expect(options.find((o) => o.selector === 'area:A1')).toEqual({ selector: 'area:A1', kind: 'area', label: '春晖苑1号配变', meters: 2, intervalMeters: 1 });
  });

  it('filters by kind and by a search text, and lists meters when searched for', () => {
    expect(listScopes(w.db, { kind: 'feeder', limit: 100 }).options.map((o) => o.label)).toEqual(['10kV东湖线', 'F2']);
    expect(listScopes(w.db, { search: '东湖', limit: 100 }).options.map((o) => o.selector)).toEqual(['feeder:F1']);
    expect(listScopes(w.db, { search: 'k1', limit: 100 }).options.map((o) => o.selector)).toEqual(['customer:K1', 'meter:K1-a', 'meter:K1-b']);
    expect(listScopes(w.db, { kind: 'meter', search: 'x', limit: 100 }).options).toEqual([
      { selector: 'meter:X', kind: 'meter', label: 'X', meters: 1, intervalMeters: 1 },
    ]);
  });

  it('says when more scopes matched than the limit', () => {
    const page = listScopes(w.db, { limit: 3 });
    expect(page.options.map((o) => o.selector)).toEqual(['all', 'unit:U1', 'unit:U2']);
    expect(page.more).toBe(true);
    const customers = listScopes(w.db, { kind: 'customer', limit: 2 });
    expect(customers).toEqual({ options: [expect.objectContaining({ selector: 'customer:K3' }), expect.objectContaining({ selector: 'customer:K2' })], more: true });
    expect(listScopes(w.db, { kind: 'customer', limit: 3 }).more).toBe(false);
  });
});
