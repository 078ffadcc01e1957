import { afterEach, describe, expect, it } from 'vitest';
import { csv } from './files.js';
import { closeWorkspaces, testWorkspace } from './workspace.js';

afterEach(closeWorkspaces);

const customer = (ws: ReturnType<typeof testWorkspace>, id: string) =>
  ws.db.prepare('SELECT * FROM customers WHERE customer_id = ?').get(id) as Record<string, unknown>;
const meter = (ws: ReturnType<typeof testWorkspace>, id: string) =>
  ws.db.prepare('SELECT customer_id AS customer, multiplier FROM meters WHERE meter_id = ?').get(id);

describe('customer archive', () => {
  it('reads Chinese headers and normalises coded values, keeping the raw text', async () => {
    const ws = testWorkspace();
    const result = await ws.importText(
      'customers',
      'archive.csv',
      csv([
        ['用户编号', '用户名称', '用电地址', '用电类别', '合同容量', '台区编号', '线路名称', '表号', '综合倍率', '立户日期', '付费方式', '电价码'],
        ['C1', '张三', '幸福路1号', '城乡居民生活用电', '8', 'T01', '10kV城东线', 'M1', '1', '2019/5/6', '预付费', '201'],
        ['C2', '某钢铁公司', '工业园', '大工业', '2,000', 'T02', '10kV城西线', 'M2', '40', '20100101', '后付费', '301'],
        ['C3', '某超市', '中山路', '非居民照明', '100', 'T01', '', 'M3', '1', '2020-01-01', '月结', ''],
        ['C4', '合作社', '', '农业排灌', '', '', '', 'M4', '', '', '', ''],
        ['C5', '', '', '临时用电', '', '', '', 'M5', '', '', '', ''],
      ]),
    );
    expect(result).toMatchObject({ rowsRead: 5, imported: 5, quarantined: 0 });
    expect(customer(ws, 'C1')).toMatchObject({ name: '张三', category: 'residential', category_raw: '城乡居民生活用电', area_id: 'T01', feeder_id: '10kV城东线', open_day: 20190506, prepaid: 1, tariff: '201', contract_kva: 8 });
    expect(customer(ws, 'C2')).toMatchObject({ category: 'large_industry', contract_kva: 2000, prepaid: 0 });
    expect(customer(ws, 'C3')).toMatchObject({ category: 'commercial', prepaid: null });
    expect(customer(ws, 'C4')).toMatchObject({ category: 'agricultural' });
    expect(customer(ws, 'C5')).toMatchObject({ category: 'other', category_raw: '临时用电' });
    expect(meter(ws, 'M2')).toEqual({ customer: 'C2', multiplier: 40 });
    expect(meter(ws, 'M4')).toEqual({ customer: 'C4', multiplier: 1 });
  });

  it('reads English headers and gives an archive without meters identity meters', async () => {
    const ws = testWorkspace();
    await ws.importText('customers', 'en.csv', csv([['customer_no', 'name', 'category', 'prepaid'], ['C1', 'Ann', 'Residential', 'Y']]));
    expect(customer(ws, 'C1')).toMatchObject({ name: 'Ann', category: 'residential', prepaid: 1 });
    expect(meter(ws, 'C1')).toEqual({ customer: 'C1', multiplier: 1 });
  });

  it('matches meters that earlier data left unmatched', async () => {
    const ws = testWorkspace();
    await ws.importText('events', 'events.csv', csv([['表号', '事件类型', '发生时间'], ['M1', '开表盖', '2024-03-01 10:00']]));
    expect(meter(ws, 'M1')).toEqual({ customer: null, multiplier: 1 });
    await ws.importText('customers', 'archive.csv', csv([['户号', '表号', '倍率'], ['C1', 'M1', 5]]));
    expect(meter(ws, 'M1')).toEqual({ customer: 'C1', multiplier: 5 });
    expect(ws.changed.at(-1)).toEqual(expect.arrayContaining(['customers', 'interval', 'daily', 'events', 'bills']));
  });

  it('counts a re-import: unchanged skipped, changed or relinked updated; columns a file lacks are kept', async () => {
    const ws = testWorkspace();
    await ws.importText('customers', 'a.csv', csv([['户号', '户名', '用电类别', '表号'], ['C1', '张三', '居民', 'M1'], ['C2', '李四', '商业', 'M2']]));
    const again = await ws.importText('customers', 'b.csv', csv([['户号', '户名', '用电类别', '表号'], ['C1', '张三', '居民', 'M1'], ['C2', '李四', '商业', 'M2']]));
    expect(again).toMatchObject({ imported: 0, updated: 0, skipped: 2 });
    const changed = await ws.importText(
      'customers',
      'c.csv',
      csv([['户号', '户名', '表号'], ['C1', '张三', 'M1'], ['C2', '李四四', 'M2'], ['C3', '王五', 'M3'], ['C1', '张三', 'M9']]),
    );
    expect(changed).toMatchObject({ imported: 1, updated: 2, skipped: 1 });
    expect(customer(ws, 'C2')).toMatchObject({ name: '李四四', category: 'commercial' });
    expect(ws.db.prepare('SELECT count(*) FROM customers').pluck().get()).toBe(3);
  });

  it('quarantines a row without a customer number and a bad capacity', async () => {
    const ws = testWorkspace();
    const result = await ws.importText('customers', 'bad.csv', csv([['户号', '合同容量'], ['', '5'], ['C1', 'abc'], ['C2', '-5']]));
    expect(result.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [2, '户号', 'missing_value'],
      [3, '合同容量', 'invalid_number'],
      [4, '合同容量', 'negative_value'],
    ]);
  });
});

describe('transformer areas and feeders', () => {
  it('keeps areas and the feeders they name', async () => {
    const ws = testWorkspace();
    const result = await ws.importText(
      'areas',
      'areas.csv',
      csv([
        ['台区编号', '台区名称', '线路编号', '线路名称', '变压器容量(kVA)', '供电单位'],
        ['T01', '幸福小区1号变', 'F1', '10kV城东线', 400, '城东供电所'],
        ['T02', '工业园2号变', 'F1', '10kV城东线', '1,250', '城东供电所'],
        ['', '', '', '', '', ''],
        ['', '无编号', '', '', 100, ''],
      ]),
    );
    expect(result).toMatchObject({ rowsRead: 3, imported: 2, quarantined: 1 });
    expect(ws.db.prepare('SELECT area_id, name, feeder_id, capacity_kva FROM areas ORDER BY area_id').all()).toEqual([
      { area_id: 'T01', name: '幸福小区1号变', feeder_id: 'F1', capacity_kva: 400 },
      { area_id: 'T02', name: '工业园2号变', feeder_id: 'F1', capacity_kva: 1250 },
    ]);
    expect(ws.db.prepare('SELECT feeder_id, name, supply_unit FROM feeders').all()).toEqual([
      { feeder_id: 'F1', name: '10kV城东线', supply_unit: '城东供电所' },
    ]);
  });
});
