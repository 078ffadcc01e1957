// `workbench sql`: the result as CSV on stdout (header, RFC 4180 quoting, UTF-8), personal
// columns masked unless --unmask; a statement that writes exits 1 and leaves the file as it was;
// a time limit or an error exits 1; bad usage exits 2.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { makeTempDir, removeTempDirs } from '../helpers/tempDirs.js';
import { makeSqlWorkspace } from './sqlWorkspace.js';

let home: string;
let workspace: string;

beforeAll(() => {
  home = makeTempDir('cli-sql-home-');
  workspace = makeSqlWorkspace();
});

afterAll(() => removeTempDirs());

const sql = (...args: string[]) => runCli(['sql', '--workspace', workspace, ...args], { home });

describe('workbench sql', () => {
  it('writes the result as CSV, masked', async () => {
    const run = await sql('--query', 'SELECT customer_id, name, billed_yuan, arrears_yuan > 0 AS owes FROM customers JOIN bills USING (customer_id) ORDER BY customer_id');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('customer_id,name,billed_yuan,owes\r\nC001,张*明,110.25,0\r\nC002,李*,1250.4,1\r\nC003,王****伟,50,1\r\n');
    expect(run.stderr).toContain('masked: name');
  });

  it('quotes as RFC 4180 does, unmasked on request', async () => {
    const run = await sql('--unmask', '--query', `SELECT name, address, NULL AS empty FROM customers WHERE customer_id = 'C003'`);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('name,address,empty\r\n"王""大"",伟","江苏省南京市秦淮区, 夫子庙3号",\r\n');
  });

  it('cuts at --limit and says so on stderr', async () => {
    const run = await sql('--limit', '2', '--query', 'SELECT customer_id FROM customers ORDER BY customer_id');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('customer_id\r\nC001\r\nC002\r\n');
    expect(run.stderr).toContain('cut at --limit 2');
  });

  it('exits 1 on a statement that writes, the workspace unchanged', async () => {
    const before = fs.readFileSync(workspace);
    const modified = fs.statSync(workspace).mtimeMs;
    for (const statement of ['DELETE FROM bills', 'SELECT 1; DROP TABLE bills']) {
      const run = await sql('--query', statement);
      expect(run.code, statement).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain('Only a single SELECT');
    }
    expect(fs.readFileSync(workspace).equals(before)).toBe(true);
    expect(fs.statSync(workspace).mtimeMs).toBe(modified);
    expect(fs.existsSync(`${workspace}-wal`) ? fs.statSync(`${workspace}-wal`).size : 0).toBe(0);
  });

  it('exits 1 at the time limit and on an error', async () => {
    const endless = await sql('--timeout', '1', '--query', 'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c');
    expect(endless.code).toBe(1);
    expect(endless.stderr).toContain('time limit of 1 s');
    const wrong = await sql('--query', 'SELECT no_such_column FROM customers');
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('no such column');
  });

  it('exits 2 on bad usage', async () => {
    expect((await runCli(['sql', '--workspace', workspace], { home })).code).toBe(2);
    expect((await sql('--query', 'SELECT 1', '--limit', 'many')).code).toBe(2);
  });
});
