// The kinds written row for row: area supply, bills, events, weather, tickets, inspections.
import { afterEach, describe, expect, it } from 'vitest';
import { csv } from './files.js';
import { closeWorkspaces, testWorkspace } from './workspace.js';

afterEach(closeWorkspaces);

const all = (ws: ReturnType<typeof testWorkspace>, sql: string) => ws.db.prepare(sql).all();

describe('area supply', () => {
  it('reads supply and sales per area and day, reporting areas without an archive entry', async () => {
    const ws = testWorkspace();
    await ws.importText('areas', 'areas.csv', csv([['台区编号'], ['T01']]));
    const result = await ws.importText(
      'area-supply',
      'supply.csv',
      csv([['台区编号', '日期', '供电量(kWh)', '售电量(kWh)', '线损率'], ['T01', '2024/3/1', '16,853', '15,990.5', '5.1%'], ['T02', '20240301', '800', '', ''], ['T01', '2024-03-02', '-3', '1', '']]),
    );
    expect(result).toMatchObject({ imported: 2, quarantined: 1, unmatched: 1 });
    expect(result.errors[0]).toMatchObject({ code: 'negative_value', column: '供电量(kWh)' });
    expect(all(ws, 'SELECT area_id, day, supplied_kwh, sold_kwh FROM area_supply ORDER BY area_id')).toEqual([
      { area_id: 'T01', day: 20240301, supplied_kwh: 16853, sold_kwh: 15990.5 },
      { area_id: 'T02', day: 20240301, supplied_kwh: 800, sold_kwh: null },
    ]);
  });
});

describe('bills', () => {
  it('reads billing months in every form, codes the channel and derives arrears when not given', async () => {
    const ws = testWorkspace();
    const result = await ws.importText(
      'bills',
      'bills.csv',
      csv([
        ['户号', '电费年月', '结算电量', '应收电费', '实收电费', '缴费日期', '缴费方式'],
        ['C1', '202403', '1,200', '600.00', '600.00', '2024-04-05', '微信支付'],
        ['C2', '2024-03', '300', '150.5', '100', '2024/4/20', '银行代扣'],
        ['C3', '2024年3月', '10', '5', '0', '', '走收'],
        ['C4', '2024-13', '10', '5', '0', '', ''],
      ]),
    );
    expect(result).toMatchObject({ imported: 3, quarantined: 1, unmatched: 3 });
    expect(result.errors[0]).toMatchObject({ column: '电费年月', code: 'invalid_month' });
    expect(all(ws, 'SELECT customer_id, month, kwh, billed_yuan, paid_yuan, paid_day, channel, channel_raw, arrears_yuan FROM bills ORDER BY customer_id')).toEqual([
      { customer_id: 'C1', month: 202403, kwh: 1200, billed_yuan: 600, paid_yuan: 600, paid_day: 20240405, channel: 'wechat', channel_raw: '微信支付', arrears_yuan: 0 },
      { customer_id: 'C2', month: 202403, kwh: 300, billed_yuan: 150.5, paid_yuan: 100, paid_day: 20240420, channel: 'bank', channel_raw: '银行代扣', arrears_yuan: 50.5 },
      { customer_id: 'C3', month: 202403, kwh: 10, billed_yuan: 5, paid_yuan: 0, paid_day: null, channel: 'other', channel_raw: '走收', arrears_yuan: 5 },
    ]);
  });

  it('takes split year and month columns and English headers; re-imports update or skip', async () => {
    const ws = testWorkspace();
    const header = ['customer_no', 'year', 'month', 'amount_billed', 'arrears', 'late_fee'];
    await ws.importText('bills', 'a.csv', csv([header, ['C1', 2024, 3, 100, 100, 1.5], ['C1', 2024, 4, 80, 0, 0]]));
    const again = await ws.importText('bills', 'b.csv', csv([header, ['C1', 2024, 3, 100, 0, 1.5], ['C1', 2024, 4, 80, 0, 0]]));
    expect(again).toMatchObject({ imported: 0, updated: 1, skipped: 1 });
    expect(all(ws, 'SELECT month, arrears_yuan, late_fee_yuan FROM bills ORDER BY month')).toEqual([
      { month: 202403, arrears_yuan: 0, late_fee_yuan: 1.5 },
      { month: 202404, arrears_yuan: 0, late_fee_yuan: 0 },
    ]);
  });
});

describe('meter events', () => {
  it('codes event types, keeps unknown ones as other, and rejects an end before the start', async () => {
    const ws = testWorkspace();
    const result = await ws.importText(
      'events',
      'events.csv',
      csv([
        ['表号', '告警类型', '开始时间', '恢复时间'],
        ['M1', '开表盖事件', '2024-03-01 10:00:00', '2024-03-01 10:05'],
        ['M1', 'A相失压', '2024/3/2 8:00', ''],
        ['M1', '潮流反向', '202403030815', ''],
        ['M1', '电能表飞走', '2024-03-04 00:00', ''],
        ['M1', '停电', '2024-03-05 10:00', '2024-03-05 09:00'],
      ]),
    );
    expect(result).toMatchObject({ imported: 4, quarantined: 1, unmatched: 1 });
    expect(result.errors[0]).toMatchObject({ row: 6, column: '恢复时间', code: 'out_of_range' });
    expect(all(ws, 'SELECT type, type_raw, start_ts, end_ts FROM meter_events ORDER BY start_ts')).toEqual([
      { type: 'cover_open', type_raw: '开表盖事件', start_ts: 202403011000, end_ts: 202403011005 },
      { type: 'voltage_loss', type_raw: 'A相失压', start_ts: 202403020800, end_ts: null },
      { type: 'reverse_energy', type_raw: '潮流反向', start_ts: 202403030815, end_ts: null },
      { type: 'other', type_raw: '电能表飞走', start_ts: 202403040000, end_ts: null },
    ]);
  });

  it('keeps two unknown event types at the same meter and start as two events', async () => {
    const ws = testWorkspace();
    const file = csv([
      ['表号', '告警类型', '开始时间'],
      ['M1', '电能表飞走', '2024-03-04 00:00'],
      ['M1', '需量超限', '2024-03-04 00:00'],
    ]);
    expect(await ws.importText('events', 'unknown.csv', file)).toMatchObject({ imported: 2, updated: 0 });
    expect(all(ws, 'SELECT type, type_raw FROM meter_events ORDER BY type_raw')).toEqual([
      { type: 'other', type_raw: '电能表飞走' },
      { type: 'other', type_raw: '需量超限' },
    ]);
    expect(await ws.importText('events', 'again.csv', file)).toMatchObject({ imported: 0, updated: 0, skipped: 2 });
  });
});

describe('weather', () => {
  it('reads hourly observations per station and daily ones stamped at midnight', async () => {
    const ws = testWorkspace();
    await ws.importText('weather', 'hourly.csv', csv([['地区', '时间', '气温(℃)', '相对湿度', '降水量'], ['城东', '2024-03-01 13:00', '18.5', '60', '0']]));
    const daily = await ws.importText('weather', 'daily.csv', csv([['date', 'temperature'], ['2024-03-02', '-2.5'], ['2024-03-03', '99']]));
    expect(daily.errors[0]).toMatchObject({ code: 'out_of_range', column: 'temperature' });
    expect(all(ws, 'SELECT station, ts, temperature, humidity, precipitation FROM weather ORDER BY ts')).toEqual([
      { station: '城东', ts: 202403011300, temperature: 18.5, humidity: 60, precipitation: 0 },
      { station: '', ts: 202403020000, temperature: -2.5, humidity: null, precipitation: null },
    ]);
  });
});

describe('service tickets', () => {
  it('codes channel, type and satisfaction, and converts a handling time in minutes', async () => {
    const ws = testWorkspace();
    const result = await ws.importText(
      'tickets',
      'tickets.csv',
      csv([
        ['工单编号', '户号', '受理时间', '受理渠道', '业务类型', '受理内容', '回访满意度', '处理时长(分钟)'],
        ['W1', 'C1', '2024-03-01 09:12', '95598电话', '投诉', '多次停电，要求赔偿', '不满意', '90'],
        ['W2', '', '2024-03-02 20:00', '网上国网', '故障报修', '家里没电了', '5', '30'],
        ['W3', 'C2', '2024-03-03 08:00', '来访', '咨询', '电价咨询', '7', ''],
      ]),
    );
    expect(result).toMatchObject({ imported: 2, quarantined: 1, unmatched: 1 });
    expect(result.errors[0]).toMatchObject({ column: '回访满意度', code: 'out_of_range' });
    expect(all(ws, 'SELECT ticket_id, customer_id, ts, channel, type, text, satisfaction, handling_hours FROM tickets ORDER BY ticket_id')).toEqual([
      { ticket_id: 'W1', customer_id: 'C1', ts: 202403010912, channel: 'phone_95598', type: 'complaint', text: '多次停电，要求赔偿', satisfaction: 2, handling_hours: 1.5 },
      { ticket_id: 'W2', customer_id: null, ts: 202403022000, channel: 'app', type: 'repair', text: '家里没电了', satisfaction: 5, handling_hours: 0.5 },
    ]);
  });
});

describe('inspections', () => {
  it('requires a known outcome', async () => {
    const ws = testWorkspace();
    const result = await ws.importText(
      'inspections',
      'checks.csv',
      csv([
        ['户号', '检查日期', '检查结果', '追补电量', '追补电费', '违约使用电费'],
        ['C1', '2024-03-01', '窃电（绕越计量）', '12,000', '6,000', '18,000'],
        ['C2', '2024-03-02', '排除', '', '', ''],
        ['C3', '2024-03-03', '待定', '', '', ''],
      ]),
    );
    expect(result).toMatchObject({ imported: 2, quarantined: 1 });
    expect(result.errors[0]).toMatchObject({ column: '检查结果', code: 'unknown_code', reason: expect.stringContaining("'待定' in 检查结果") });
    expect(all(ws, 'SELECT customer_id, outcome, back_kwh, back_yuan, penalty_yuan FROM inspections ORDER BY customer_id')).toEqual([
      { customer_id: 'C1', outcome: 'theft', back_kwh: 12000, back_yuan: 6000, penalty_yuan: 18000 },
      { customer_id: 'C2', outcome: 'cleared', back_kwh: null, back_yuan: null, penalty_yuan: null },
    ]);
  });
});

describe('split date columns', () => {
  it('give the row\'s date of every dated kind, a timestamp at the start of the day', async () => {
    const ws = testWorkspace();
    const results = [
      await ws.importText('inspections', 'checks.csv', csv([['户号', '年', '月', '日', '检查结果'], ['C1', 2024, 3, 5, '窃电']])),
      await ws.importText('events', 'events.csv', csv([['表号', '告警类型', '年', '月', '日'], ['M1', '开表盖', 2024, 3, 5]])),
      await ws.importText('tickets', 'tickets.csv', csv([['工单编号', '年', '月', '日', '受理内容'], ['W1', 2024, 3, 5, '电价咨询']])),
      await ws.importText('weather', 'weather.csv', csv([['地区', '年份', '月份', '日', '气温'], ['城东', 2024, 3, 5, '12.5']])),
    ];
    for (const result of results) expect(result).toMatchObject({ imported: 1, quarantined: 0 });
    expect(all(ws, 'SELECT day FROM inspections')).toEqual([{ day: 20240305 }]);
    expect(all(ws, 'SELECT start_ts FROM meter_events')).toEqual([{ start_ts: 202403050000 }]);
    expect(all(ws, 'SELECT ts FROM tickets')).toEqual([{ ts: 202403050000 }]);
    expect(all(ws, 'SELECT ts FROM weather')).toEqual([{ ts: 202403050000 }]);
  });

  it('never stand for an optional date, and quarantine a day the month does not have', async () => {
    const ws = testWorkspace();
    const result = await ws.importText(
      'events',
      'events.csv',
      csv([['表号', '告警类型', '年', '月', '日'], ['M1', '开表盖', 2024, 3, 5], ['M1', '失压', 2024, 2, 30]]),
    );
    expect(result).toMatchObject({ imported: 1, quarantined: 1 });
    expect(result.errors[0]).toMatchObject({ row: 3, column: '日', code: 'invalid_date' });
    expect(all(ws, 'SELECT start_ts, end_ts FROM meter_events')).toEqual([{ start_ts: 202403050000, end_ts: null }]);
  });
});
