// The SQL console's checks on a real workspace: SQLite says whether a statement only reads,
// and the statement's bytecode says what it does with personal columns.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleStatement } from '../../../engine/query/sql/consoleStatement.js';
import { openWorkspaceDb, type Db } from '../../../engine/store/database.js';
import { makeTempDir, removeTempDirs } from '../../helpers/tempDirs.js';

let db: Db;
let file: string;

beforeAll(() => {
  file = path.join(makeTempDir('sql-console-'), 'console.workbench');
  const writer = openWorkspaceDb(file, { create: true });
  const add = writer.prepare(`INSERT INTO customers (customer_id, name, address, phone, id_number, category, area_id) VALUES (?, ?, ?, ?, ?, ?, ?)`);
  add.run('C001', '张小明', '江苏省南京市玄武区中山路1号', '13812345678', '320102199001011234', 'residential', 'TQ01');
  add.run('C002', '李华', '江苏省南京市鼓楼区北京西路2号', '13987654321', '320106198505052345', 'commercial', 'TQ01');
  writer.prepare(`INSERT INTO meters (meter_id, customer_id) VALUES ('M001', 'C001'), ('M002', 'C002')`).run();
  writer.close();
  db = openWorkspaceDb(file, { readonly: true });
  db.pragma('query_only = ON');
});

afterAll(() => {
  db.close();
  removeTempDirs();
});

function refusal(sql: string, unmask = false): string | null {
  try {
    consoleStatement(db, sql, unmask);
    return null;
  } catch (error) {
    return (error as { code: string }).code;
  }
}

describe('only a single statement that reads', () => {
  it.each([
    `INSERT INTO meta (key, value) VALUES ('x', 'y')`,
    `UPDATE customers SET category = 'other'`,
    `DELETE FROM customers`,
    `CREATE TABLE t (x INTEGER)`,
    `CREATE TEMP VIEW v AS SELECT 1`,
    `DROP TABLE customers`,
    `ATTACH ':memory:' AS other`,
    `DETACH other`,
    `BEGIN`,
    `PRAGMA user_version = 3`,
    `PRAGMA query_only = OFF`,
    `PRAGMA journal_mode = DELETE`,
    `VACUUM`,
    `INSERT INTO meta (key, value) VALUES ('x', 'y') RETURNING key`,
    `SELECT 1; DELETE FROM customers`,
    `SELECT 1; SELECT 2`,
  ])('refuses %s', (sql) => {
    expect(refusal(sql)).toBe('sql.not_read_only');
  });

  it.each([
    `SELECT customer_id, category FROM customers ORDER BY customer_id`,
    `WITH c AS (SELECT customer_id FROM customers) SELECT count(*) FROM c`,
    `SELECT 1; -- a trailing comment`,
    `VALUES (1), (2)`,
    `SELECT * FROM pragma_table_info('customers')`,
    `EXPLAIN QUERY PLAN SELECT * FROM meters`,
  ])('allows %s', (sql) => {
    expect(refusal(sql)).toBeNull();
  });

  it('says what SQLite could not read', () => {
    expect(refusal('SELEC 1')).toBe('sql.syntax');
    expect(refusal('SELECT nothing FROM customers')).toBe('sql.syntax');
  });

  it('never reads a profile password hash', () => {
    expect(refusal('SELECT password_hash FROM users', true)).toBe('sql.secret_column');
    expect(refusal('SELECT name, role FROM users')).toBeNull();
  });

  it('leaves the file unchanged even when a write gets past the checks', () => {
    const before = fs.readFileSync(file);
    expect(() => db.prepare(`DELETE FROM customers`).run()).toThrow();
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});

describe('personal columns', () => {
  it('masks a personal column selected as it is, also through a view, a subquery and a CTE', () => {
    for (const sql of [
      `SELECT customer_id, name, phone FROM customers`,
      `SELECT c.customer_id, c.name, c.phone FROM meters m JOIN customers c ON c.customer_id = m.customer_id`,
      `SELECT customer_id, n AS name, p AS phone FROM (SELECT customer_id, name AS n, phone AS p FROM customers)`,
      `WITH c AS MATERIALIZED (SELECT customer_id, name, phone FROM customers) SELECT customer_id, name, phone FROM c ORDER BY customer_id`,
      `SELECT customer_id, name, phone FROM customers ORDER BY name`,
    ]) {
      const checked = consoleStatement(db, sql, false);
      expect(checked.masked, sql).toEqual(['name', 'phone']);
      expect(checked.maskers[1]!('张小明')).toBe('张*明');
      expect(checked.maskers[2]!('13812345678')).toBe('138****5678');
      expect(checked.unmasked).toBe(false);
    }
  });

  it.each([
    [`SELECT customer_id FROM customers WHERE name = '张小明'`, ['customers.name']],
    [`SELECT customer_id FROM customers WHERE phone LIKE '138%'`, ['customers.phone']],
    [`SELECT upper(address) FROM customers`, ['customers.address']],
    [`SELECT length(id_number) FROM customers`, ['customers.id_number']],
    [`SELECT a.customer_id FROM customers a JOIN customers b ON a.phone = b.phone AND a.customer_id <> b.customer_id`, ['customers.phone']],
    [`SELECT n FROM (SELECT name AS n FROM customers LIMIT 1000000) WHERE n = '李华'`, ['customers.name']],
    [`WITH c AS MATERIALIZED (SELECT customer_id, id_number FROM customers) SELECT customer_id FROM c WHERE substr(id_number, 7, 4) = '1990'`, ['customers.id_number']],
    [`SELECT max(name) FROM customers`, ['customers.name']],
    [`SELECT customer_id, name FROM customers UNION ALL SELECT customer_id, phone FROM customers`, ['customers.phone']],
    [`SELECT name FROM customers UNION SELECT name FROM customers`, ['customers.name']],
    [`SELECT customer_id FROM meters WHERE customer_id IN (SELECT customer_id FROM customers WHERE address LIKE '%鼓楼%')`, ['customers.address']],
  ])('refuses %s unless unmasked', (sql, columns) => {
    expect(() => consoleStatement(db, sql, false)).toThrow(expect.objectContaining({ code: 'sql.personal_data', details: { columns } }));
    const unmasked = consoleStatement(db, sql, true);
    expect(unmasked.masked).toEqual([]);
    expect(unmasked.unmasked).toBe(true);
  });

  it('counts without reading personal values', () => {
    expect(consoleStatement(db, 'SELECT count(*) FROM customers', false).unmasked).toBe(false);
    expect(consoleStatement(db, `SELECT count(*) FROM customers WHERE category = 'residential'`, false).masked).toEqual([]);
  });

  it('marks an unmasked read only when personal data was read', () => {
    expect(consoleStatement(db, 'SELECT customer_id FROM customers', true).unmasked).toBe(false);
    expect(consoleStatement(db, 'SELECT name FROM customers', true).unmasked).toBe(true);
  });
});
