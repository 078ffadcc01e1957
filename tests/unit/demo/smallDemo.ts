// A small demo workspace written straight through the generator (no worker), for unit tests.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openWorkspaceDb, type Db } from '../../../engine/store/database.js';
import { generateDemo } from '../../../engine/demo/generate.js';
import { demoParams } from '../../../engine/demo/params.js';
import { refreshAll } from '../../../engine/aggregates/refresh.js';

export interface SmallDemo {
  db: Db;
  file: string;
  close(): void;
}

const open: SmallDemo[] = [];

export function smallDemo(args: { seed?: number; customers?: number; days?: number; endDate?: string } = {}): SmallDemo {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'demo-unit-'));
  const file = path.join(dir, 'demo.workbench');
  const db = openWorkspaceDb(file, { create: true });
  generateDemo(db, demoParams({ seed: args.seed ?? 1, customers: args.customers ?? 300, days: args.days ?? 60, endDate: args.endDate }), {
    progress: () => undefined,
    checkCancelled: () => undefined,
  });
  db.transaction(() => refreshAll(db))();
  const demo = {
    db,
    file,
    close() {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  open.push(demo);
  return demo;
}

export function closeDemos(): void {
  for (const demo of open.splice(0)) demo.close();
}

/** A digest of a table's rows in key order: equal digests, equal contents. */
export function tableDigest(db: Db, table: string): string {
  const hash = createHash('sha256');
  for (const row of db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2, 3`).raw(true).iterate() as Iterable<unknown[]>) {
    hash.update(JSON.stringify(row, (_key, value: unknown) => (Buffer.isBuffer(value) ? value.toString('base64') : value)));
  }
  return hash.digest('hex');
}
