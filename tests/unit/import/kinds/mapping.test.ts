// Which kind a file is, how its columns map, and the refusals that write nothing.
import { afterEach, describe, expect, it } from 'vitest';
import type { EngineError } from '../../../../engine/api/errors.js';
import { mappingSpecSchema } from '../../../../engine/api/methods/importing.js';
import { dataKinds } from '../../../../engine/api/types.js';
import { kindScores } from '../../../../engine/import/mappingKind.js';
import { resolveMapping } from '../../../../engine/import/mapping.js';
import { csv, pointHeaders } from './files.js';
import { closeWorkspaces, fingerprint, testWorkspace } from './workspace.js';

afterEach(closeWorkspaces);

describe('kind detection', () => {
  it.each([
    ['customers', ['户号', '户名', '用电地址', '用电类别', '表号', '综合倍率']],
    ['areas', ['台区编号', '台区名称', '线路编号', '配变容量']],
    ['interval', ['表号', '数据日期', ...pointHeaders(96)]],
    ['interval', ['meter_id', 'timestamp', 'kw']],
    ['daily', ['表号', '冻结日期', '正向有功总示值', '尖', '峰', '平', '谷']],
    ['area-supply', ['台区编号', '日期', '供电量', '售电量', '损失电量', '线损率']],
    ['bills', ['户号', '电费年月', '结算电量', '应收电费', '实收电费', '缴费日期', '缴费方式', '欠费金额', '违约金']],
    ['events', ['表号', '事件类型', '发生时间', '结束时间']],
    ['weather', ['气象站', '时间', '温度', '湿度', '降水量']],
    ['tickets', ['工单编号', '户号', '受理时间', '受理渠道', '业务类型', '受理内容', '满意度']],
    ['inspections', ['户号', '检查日期', '检查结果', '追补电量', '追补电费']],
  ] as const)('scores %s highest for %j', (kind, headers) => {
    const scores = kindScores([...headers]);
    expect(scores.map((s) => s.kind).sort()).toEqual([...dataKinds].sort());
    expect(scores[0]).toMatchObject({ kind, complete: true });
    expect(scores[1]!.score).toBeLessThan(scores[0]!.score);
  });
});

describe('mapping resolution', () => {
  it('lets a given mapping by header text or index override detection, and returns the mapping by header', () => {
    const headers = ['户号', '用户名称', '备注', '表号'];
    const resolution = resolveMapping('customers', headers, 0, { fields: { name: '备注', meter: 3 } });
    expect(resolution.mapping.fields).toEqual({ customer: 0, name: 2, meter: 3 });
    expect(resolution.spec.fields).toEqual({ customer: '户号', name: '备注', meter: '表号' });
    expect(resolution.given).toEqual(['name', 'meter']);
  });

  it('refuses a mapping that names a column or field that does not exist', () => {
    const headers = ['户号', '户名'];
    expect(() => resolveMapping('customers', headers, 0, { fields: { name: '姓名' } })).toThrow(
      expect.objectContaining({ code: 'import.bad_mapping', message: expect.stringContaining("no such column. Its columns are: 户号, 户名") }),
    );
    expect(() => resolveMapping('customers', headers, 0, { fields: { name: 5 } })).toThrow(expect.objectContaining({ code: 'import.bad_mapping' }));
    expect(() => resolveMapping('customers', headers, 0, { fields: { colour: 1 } })).toThrow(expect.objectContaining({ code: 'import.bad_mapping' }));
  });

  it('leaves out a field mapped to null, though its header is recognised, and keeps the null in the spec', () => {
    const headers = ['户号', '户名', '联系电话', '用电类别'];
    expect(resolveMapping('customers', headers, 0, undefined).mapping.fields).toMatchObject({ phone: 2 });
    const resolution = resolveMapping('customers', headers, 0, { fields: { phone: null } });
    expect(resolution.mapping.fields).toEqual({ customer: 0, name: 1, category: 3 });
    expect(resolution.spec.fields).toEqual({ customer: '户号', name: '户名', category: '用电类别', phone: null });
    expect(resolution.given).toEqual([]);
    expect(resolution.missing).toEqual([]);
    // The spec passed back (the next preview, a saved template) keeps the field out.
    expect(resolveMapping('customers', headers, 0, resolution.spec).mapping.fields).toEqual({ customer: 0, name: 1, category: 3 });
    // Its column can still go to another field.
    const moved = resolveMapping('customers', headers, 0, { fields: { phone: null, address: '联系电话' } });
    expect(moved.mapping.fields).toEqual({ customer: 0, name: 1, address: 2, category: 3 });
    expect(moved.spec.fields).toMatchObject({ address: '联系电话', phone: null });
  });

  it('is accepted by the contract: a header, a column index or null', () => {
    expect(mappingSpecSchema.safeParse({ fields: { customer: '户号', name: 1, phone: null } }).success).toBe(true);
    expect(mappingSpecSchema.safeParse({ fields: { phone: false } }).success).toBe(false);
  });

  it('reports a required field mapped to null as missing', () => {
    const { mapping, missing } = resolveMapping('customers', ['户号', '户名'], 0, { fields: { customer: null } });
    expect(mapping.fields).toEqual({ name: 1 });
    expect(missing).toEqual([{ field: 'customer', accepted: expect.arrayContaining(['户号']) }]);
    expect(() => resolveMapping('customers', ['户号'], 0, { fields: { colour: null } })).toThrow(expect.objectContaining({ code: 'import.bad_mapping' }));
  });

  it('names each missing field with the header names that would be accepted', () => {
    const { missing } = resolveMapping('daily', ['表号', '正向有功总'], 0, undefined);
    expect(missing).toEqual([{ field: 'date', accepted: expect.arrayContaining(['数据日期', '冻结日期', 'date']) }]);
  });
});

async function refusal(promise: Promise<unknown>): Promise<EngineError> {
  try {
    await promise;
  } catch (error) {
    return error as EngineError;
  }
  throw new Error('the import was expected to fail');
}

describe('files that cannot be imported leave the workspace as it was', () => {
  it('refuses missing required columns, naming them and the accepted headers', async () => {
    const ws = testWorkspace();
    const before = fingerprint(ws.db);
    const error = await refusal(ws.importText('daily', 'nodate.csv', csv([['表号', '正向有功总'], ['M1', 5]])));
    expect(error.code).toBe('import.missing_columns');
    expect(error.message).toContain('date (a column named 数据日期, 冻结日期');
    expect(error.details).toMatchObject({ missing: [{ field: 'date', accepted: expect.arrayContaining(['冻结日期']) }] });
    expect(fingerprint(ws.db)).toEqual(before);
  });

  it('refuses a file of another kind, saying which', async () => {
    const ws = testWorkspace();
    const before = fingerprint(ws.db);
    const bills = csv([['户号', '电费年月', '应收电费', '实收电费'], ['C1', '202403', 10, 10]]);
    const error = await refusal(ws.importText('customers', 'bills.csv', bills));
    expect(error).toMatchObject({ code: 'import.wrong_kind', details: expect.objectContaining({ suggested: 'bills' }) });
    expect(error.message).toContain('looks like bills data, not customers');
    expect(fingerprint(ws.db)).toEqual(before);
  });

  it('refuses a file without a header, an empty file and a binary file', async () => {
    const ws = testWorkspace();
    const before = fingerprint(ws.db);
    expect((await refusal(ws.importText('interval', 'numbers.csv', csv([[1, 2, 3], [4, 5, 6]])))).code).toBe('import.no_header');
    expect((await refusal(ws.importText('interval', 'empty.csv', ''))).code).toBe('import.empty_file');
    const binary = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    expect((await refusal(ws.importText('interval', 'curve.csv', binary))).code).toBe('import.binary_file');
    expect(fingerprint(ws.db)).toEqual(before);
  });

  it('imports without a field mapped to null, and refuses a required one mapped to null', async () => {
    const ws = testWorkspace();
    const archive = csv([['户号', '户名', '联系电话'], ['C1', '张三', '13800000001'], ['C2', '李四', '13800000002']]);
    expect(await ws.importText('customers', 'archive.csv', archive, { fields: { phone: null } })).toMatchObject({ imported: 2, quarantined: 0 });
    expect(ws.db.prepare('SELECT customer_id, name, phone FROM customers ORDER BY customer_id').all()).toEqual([
      { customer_id: 'C1', name: '张三', phone: null },
      { customer_id: 'C2', name: '李四', phone: null },
    ]);
    const before = fingerprint(ws.db);
    const error = await refusal(ws.importText('customers', 'again.csv', archive, { fields: { customer: null } }));
    expect(error).toMatchObject({ code: 'import.missing_columns', details: expect.objectContaining({ missing: [expect.objectContaining({ field: 'customer' })] }) });
    expect(fingerprint(ws.db)).toEqual(before);
  });

  it('finds the header under title lines, or where headerRow says', async () => {
    const ws = testWorkspace();
    const titled = '国网某供电公司 用户档案\n导出时间:2024-03-05,,\n户号,户名,用电类别\nC1,张三,居民\n';
    expect(await ws.importText('customers', 'titled.csv', titled)).toMatchObject({ rowsRead: 1, imported: 1 });
    const odd = '说明,,\n户号,户名,用电类别\nC2,李四,商业\n';
    const result = await ws.importText('customers', 'odd.csv', odd, { fields: {}, options: { headerRow: 1 } });
    expect(result).toMatchObject({ rowsRead: 1, imported: 1 });
  });
});
