// Duplicates: rows reported again by a later import (the same meter and time, or customer and
// month: skipped when identical, updated when the values differ), the same file imported more
// than once, and customers sharing one ID number or phone under different customer numbers,
// compared inside the engine and shown only masked.
import { dataKinds, type DataKind } from '../../api/types.js';
import { maskIdNumber, maskPhone, type Masker } from '../../catalog/mask.js';
import type { CheckContext } from './context.js';

const isDataKind = (kind: string): kind is DataKind => (dataKinds as readonly string[]).includes(kind);

export function checkReimports(ctx: CheckContext): void {
  const imports = ctx.db.prepare('SELECT import_id AS id, file_name AS file, kind, started_at AS at, updated, skipped FROM imports WHERE updated > 0 OR skipped > 0 ORDER BY import_id').all() as {
    id: number;
    file: string;
    kind: string;
    at: string;
    updated: number;
    skipped: number;
  }[];
  for (const i of imports) {
    if (!isDataKind(i.kind)) continue;
    const detail = `import ${i.id}, ${i.at}`;
    if (i.skipped > 0) ctx.findings.add({ kind: i.kind, code: 'reimported_identical', entity: i.file, day: null, value: i.skipped, expected: null, detail });
    if (i.updated > 0) ctx.findings.add({ kind: i.kind, code: 'reimported_changed', entity: i.file, day: null, value: i.updated, expected: null, detail });
  }
  const same = ctx.db
    .prepare(`SELECT kind, min(file_name) AS file, count(*) AS times, group_concat(import_id, ', ') AS ids FROM imports WHERE finished_at IS NOT NULL GROUP BY sha256, kind HAVING count(*) > 1`)
    .all() as { kind: string; file: string; times: number; ids: string }[];
  for (const s of same) {
    if (isDataKind(s.kind)) ctx.findings.add({ kind: s.kind, code: 'same_file', entity: s.file, day: null, value: s.times, expected: null, detail: `imports ${s.ids}` });
  }
}

function sharedValues(ctx: CheckContext, column: 'id_number' | 'phone', code: 'shared_id_number' | 'shared_phone', mask: Masker): void {
  // The column's index (customers_id_number, customers_phone) walks the equal values together.
  const rows = ctx.db
    .prepare(`SELECT ${column} AS value, customer_id AS customer FROM customers WHERE ${column} IS NOT NULL AND trim(${column}) <> '' ORDER BY ${column}, customer_id`)
    .raw(true)
    .iterate() as IterableIterator<[string, string]>;
  let group: string[] = [];
  let value: string | null = null;
  const finish = () => {
    if (value === null || group.length < 2) return;
    for (const customer of group) {
      const others = group.filter((c) => c !== customer);
      const shown = others.length > 5 ? `${others.slice(0, 5).join(', ')} …` : others.join(', ');
      ctx.findings.add({ kind: 'customers', code, entity: customer, day: null, value: group.length, expected: null, detail: `${mask(value)}: ${shown}` }, 1);
    }
  };
  for (const [v, customer] of rows) {
    if (v !== value) {
      finish();
      value = v;
      group = [];
    }
    group.push(customer);
  }
  finish();
}

export function checkSharedPersonalData(ctx: CheckContext): void {
  sharedValues(ctx, 'id_number', 'shared_id_number', maskIdNumber);
  sharedValues(ctx, 'phone', 'shared_phone', maskPhone);
}
