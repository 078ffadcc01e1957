// Amounts and quantities written with their unit, currency, 万 or accounting brackets: read
// where the unit is the field's, refused (with the unit named) where it is another's.
import { afterEach, describe, expect, it } from 'vitest';
import { parseMarkedNumber } from '../../../../engine/import/parse/amounts.js';
import { csv } from '../kinds/files.js';
import { closeWorkspaces, testWorkspace } from '../kinds/workspace.js';

afterEach(closeWorkspaces);

describe('parseMarkedNumber', () => {
  it.each([
    ['￥1,200.50', 'yuan', 1200.5],
    ['¥ 1,200.50', 'yuan', 1200.5],
    ['-￥35', 'yuan', -35],
    ['RMB 300', 'yuan', 300],
    ['1200.50元', 'yuan', 1200.5],
    ['1,200.50 元', 'yuan', 1200.5],
    ['￥1,200元', 'yuan', 1200],
    ['300 kWh', 'kWh', 300],
    ['300KWH', 'kWh', 300],
    ['300度', 'kWh', 300],
    ['300 千瓦时', 'kWh', 300],
    ['12.5万', 'yuan', 125_000],
    ['1.15万', 'kWh', 11_500],
    ['1.2万元', 'yuan', 12_000],
    ['3万度', 'kWh', 30_000],
    ['2亿', 'kWh', 200_000_000],
    ['(1,200.00)', 'yuan', -1200],
    ['（1,200.00）', 'yuan', -1200],
    ['(￥35.5)', 'yuan', -35.5],
    ['１２００', 'yuan', 1200],
    ['１２００元', 'yuan', 1200],
    ['１，２００．５０元', 'yuan', 1200.5],
    ['25℃', '°C', 25],
    ['25度', '°C', 25],
    ['65%', '%', 65],
    ['630 kVA', 'kVA', 630],
    ['3.2 mm', 'mm', 3.2],
  ])('%j in a %s field -> %d', (text, unit, value) => {
    expect(parseMarkedNumber(text, unit)).toEqual({ value });
  });

  it.each([
    ['￥300', 'kWh', 'yuan'],
    ['300元', 'kWh', 'yuan'],
    ['300 kWh', 'yuan', 'kWh'],
    ['300度', 'yuan', 'kWh'],
    ['630 kVA', 'kWh', 'kVA'],
  ])('%j in a %s field names its unit, %s', (text, unit, named) => {
    expect(parseMarkedNumber(text, unit)).toEqual({ unit: named });
  });

  it.each([
    ['5 apples', 'kWh'],
    ['元', 'yuan'],
    ['12.5万', '°C'],
    ['(12)', '%'],
    ['12万', undefined],
    ['(-5)', 'yuan'],
    ['￥300 kWh', 'yuan'],
    ['1.2.3元', 'yuan'],
    ['1,23元', 'yuan'],
    ['1e3万', 'yuan'],
    ['', 'yuan'],
  ])('%j in a %s field is no number', (text, unit) => {
    expect(parseMarkedNumber(text, unit)).toBeNull();
  });
});

describe('marked numbers in an import', () => {
  it('imports bills with currency marks, 万 and accounting negatives, and quarantines a currency in the kWh column', async () => {
    const ws = testWorkspace();
    const result = await ws.importText(
      'bills',
      'bills.csv',
      csv([
        ['户号', '账期', '电量', '应收电费', '实收电费'],
        ['C1', '2024-03', '300度', '￥1,200.50', '1200.50元'],
        ['C2', '2024-03', '1.2万kWh', '1.5万元', '(35.00)'],
        ['C3', '2024-03', '１２００', '１２００元', '0'],
        ['C4', '2024-03', '￥300', '100', '0'],
      ]),
    );
    expect(result).toMatchObject({ imported: 3, quarantined: 1 });
    expect(result.errors).toEqual([
      expect.objectContaining({ row: 5, column: '电量', code: 'wrong_unit', reason: expect.stringContaining("'￥300' in 电量 is in yuan, but the column holds kWh") }),
    ]);
    expect(ws.db.prepare('SELECT customer_id, kwh, billed_yuan, paid_yuan FROM bills ORDER BY customer_id').all()).toEqual([
      { customer_id: 'C1', kwh: 300, billed_yuan: 1200.5, paid_yuan: 1200.5 },
      { customer_id: 'C2', kwh: 12_000, billed_yuan: 15_000, paid_yuan: -35 },
      { customer_id: 'C3', kwh: 1200, billed_yuan: 1200, paid_yuan: 0 },
    ]);
  });
});
