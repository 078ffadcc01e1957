// The SQL console through the engine: sql.run with its masking, row limit and refusals, the
// time limit on an endless recursive CTE, Cancel, the schema list and the export job.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../engine/host/engine.js';
import { closeTestEngines, createTestEngine } from '../helpers/engine.js';
import { makeTempDir, removeTempDirs } from '../helpers/tempDirs.js';
import { makeSqlWorkspace } from './sqlWorkspace.js';

let engine: Engine;
let workspace: string;

const ENDLESS = 'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c';

beforeAll(async () => {
  engine = createTestEngine();
  workspace = makeSqlWorkspace();
  await engine.call('workspace.open', { path: workspace });
}, 60_000);

afterAll(async () => {
  await closeTestEngines();
  removeTempDirs();
});

describe('sql.run', () => {
  it('answers a read with masked personal columns, their types and where they come from', async () => {
    const result = await engine.call('sql.run', { sql: 'SELECT customer_id, name, phone, upper(category) AS kind FROM customers ORDER BY customer_id' });
    expect(result.columns).toEqual([
      { name: 'customer_id', type: 'TEXT', table: 'customers', column: 'customer_id' },
      { name: 'name', type: 'TEXT', table: 'customers', column: 'name' },
      { name: 'phone', type: 'TEXT', table: 'customers', column: 'phone' },
      { name: 'kind', type: 'TEXT' },
    ]);
    expect(result.rows).toEqual([
      ['C001', '张*明', '138****5678', 'RESIDENTIAL'],
      ['C002', '李*', '139****4321', 'COMMERCIAL'],
      ['C003', '王****伟', '137****1111', 'RESIDENTIAL'],
    ]);
    expect(result).toMatchObject({ truncated: false, masked: ['name', 'phone'], unmasked: false, limit: 1000 });
    expect(result.elapsedMs).toBeGreaterThanOrEqual(0);
  });

  it('cuts the result at the row limit and says so', async () => {
    const result = await engine.call('sql.run', { sql: 'SELECT customer_id FROM customers ORDER BY customer_id', limit: 2 });
    expect(result.rows).toEqual([['C001'], ['C002']]);
    expect(result.truncated).toBe(true);
    const whole = await engine.call('sql.run', { sql: 'SELECT customer_id FROM customers', limit: 3 });
    expect(whole.truncated).toBe(false);
  });

  it('shows personal data unmasked only when asked, and says it did', async () => {
    const result = await engine.call('sql.run', { sql: `SELECT name FROM customers WHERE phone = '13812345678'`, unmask: true });
    expect(result.rows).toEqual([['张小明']]);
    expect(result.unmasked).toBe(true);
    expect(result.personal).toEqual(['customers.name', 'customers.phone']);
    // The unmasking is on record before the rows are shown.
    const log = await engine.call('audit.list', { actions: ['unmask'] });
    expect(log.entries[0]).toMatchObject({ action: 'unmask', subject: 'SQL console', detail: { method: 'sql.run', fields: ['name', 'phone'], rows: 1 } });
    await expect(engine.call('sql.run', { sql: `SELECT name FROM customers WHERE phone = '13812345678'` })).rejects.toMatchObject({
      code: 'sql.personal_data',
      details: { columns: ['customers.phone'] },
    });
  });

  it('refuses writes, several statements and syntax errors, leaving the workspace as it was', async () => {
    const before = fs.readFileSync(workspace);
    await expect(engine.call('sql.run', { sql: `DELETE FROM bills` })).rejects.toMatchObject({ code: 'sql.not_read_only' });
    await expect(engine.call('sql.run', { sql: `SELECT 1; DROP TABLE bills` })).rejects.toMatchObject({ code: 'sql.not_read_only' });
    await expect(engine.call('sql.run', { sql: `SELEKT 1` })).rejects.toMatchObject({ code: 'sql.syntax' });
    expect(fs.readFileSync(workspace).equals(before)).toBe(true);
    expect((await engine.call('sql.run', { sql: 'SELECT count(*) AS n FROM bills' })).rows).toEqual([[3]]);
  });

  it('stops an endless statement at its time limit', async () => {
    const started = Date.now();
    await expect(engine.call('sql.run', { sql: ENDLESS, timeoutSeconds: 1 })).rejects.toMatchObject({ code: 'sql.timeout', details: { seconds: 1 } });
    expect(Date.now() - started).toBeLessThan(5000);
    // The query workers still answer.
    expect((await engine.call('sql.run', { sql: 'SELECT 42 AS answer' })).rows).toEqual([[42]]);
  });

  it('stops a statement on Cancel', async () => {
    // Its outcome taken at once: it fails while the cancel is still being answered.
    const outcome = engine.call('sql.run', { sql: ENDLESS, timeoutSeconds: 60, token: 'cancel-me' }).then(() => null, (error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const started = Date.now();
    await engine.call('sql.cancel', { token: 'cancel-me' });
    expect(await outcome).toMatchObject({ code: 'cancelled' });
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('sql.schema', () => {
  it('lists the tables with their columns, personal ones marked and secrets left out', async () => {
    const schema = await engine.call('sql.schema', {});
    const customers = schema.find((t) => t.name === 'customers')!;
    expect(customers.columns.filter((c) => c.personal).map((c) => c.name)).toEqual(['name', 'address', 'phone', 'id_number']);
    expect(customers.columns.find((c) => c.name === 'category')!.comment).toContain('residential');
    expect(schema.find((t) => t.name === 'users')!.columns.map((c) => c.name)).not.toContain('password_hash');
  });
});

describe('sql.export', () => {
  it('writes the whole result to CSV with personal columns masked', async () => {
    const out = path.join(makeTempDir('sql-export-'), 'result.csv');
    const result = await engine.runJob('sql.export', { sql: 'SELECT customer_id, name, address, arrears_yuan FROM customers JOIN bills USING (customer_id) ORDER BY customer_id', format: 'csv', path: out });
    expect(result).toMatchObject({ path: out, rows: 3, truncated: false, masked: ['name', 'address'], unmasked: false, personal: ['customers.address', 'customers.name'] });
    // An export's entry is written in the workspace's write turn after the job has ended.
    await expect.poll(async () => (await engine.call('audit.list', { actions: ['export'] })).entries[0]).toMatchObject({
      action: 'export',
      subject: out,
      detail: { method: 'sql.export', unmasked: false, rows: 3 },
    });
    expect(fs.readFileSync(out, 'utf8')).toBe(
      '\uFEFFcustomer_id,name,address,arrears_yuan\r\nC001,张*明,江苏省南京****,0\r\nC002,李*,江苏省南京****,320.5\r\nC003,王****伟,江苏省南京市****,50\r\n',
    );
  });

  it('writes an Excel workbook', async () => {
    const out = path.join(makeTempDir('sql-export-'), 'result.xlsx');
    const result = await engine.runJob('sql.export', { sql: 'SELECT * FROM bills', format: 'xlsx', language: 'zh-CN', path: out });
    expect(result.rows).toBe(3);
    expect(fs.readFileSync(out).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('fails the job on a statement that writes, writing no file', async () => {
    const out = path.join(makeTempDir('sql-export-'), 'refused.csv');
    await expect(engine.runJob('sql.export', { sql: 'DELETE FROM bills', format: 'csv', path: out })).rejects.toMatchObject({ code: 'sql.not_read_only' });
    expect(fs.existsSync(out)).toBe(false);
  });
});
