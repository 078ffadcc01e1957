// `npm run bench -- quality [--customers N]`: the data quality check (quality.check's work) on a
// copy of the demo workspace of N customers over 2 years (default 50,000): seconds per check and
// in all, findings per code, and the memory it took.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runQualityCheck } from '../../engine/quality/run.js';
import { qualitySummary } from '../../engine/quality/store.js';
import { openWorkspaceDb, type Db } from '../../engine/store/database.js';
import { sql as operationsSchema } from '../../engine/store/migrations/m008_operations.js';
import { cachedDemo } from './demoWorkspace.js';

export async function main(args: string[]): Promise<void> {
  const at = args.indexOf('--customers');
  const customers = at >= 0 ? Number(args[at + 1]) : 50_000;
  const demo = cachedDemo({ seed: 1, customers, days: 730 });
  const copy = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-quality-')), 'quality.workbench');
  fs.copyFileSync(demo, copy);
  const db = openWorkspaceDb(copy);
  try {
    addQualityTables(db);
    const bytes = fs.statSync(copy).size;
    const started = performance.now();
    let last = started;
    let step = '';
    const steps: string[] = [];
    const info = runQualityCheck(db, { madK: 6, capacityFactor: 1.5 }, 'bench', {
      progress: (_fraction, message) => {
        const name = message.split(':')[0]!;
        if (name !== step) {
          const now = performance.now();
          if (step) steps.push(`${step} ${((now - last) / 1000).toFixed(1)} s`);
          step = name;
          last = now;
        }
      },
      throwIfCancelled: () => undefined,
    });
    steps.push(`${step} ${((performance.now() - last) / 1000).toFixed(1)} s`);
    console.log(`quality check of ${customers} customers (${(bytes / 2 ** 20).toFixed(0)} MB): ${((performance.now() - started) / 1000).toFixed(1)} s, ${info.findings} findings`);
    console.log(`  ${steps.join('; ')}`);
    console.log(`  peak resident memory ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
    for (const item of qualitySummary(db).items) console.log(`  ${item.kind} ${item.code}: ${item.findings} findings, ${item.entities} entities, amount ${Math.round(item.amount)}`);
  } finally {
    db.close();
    fs.rmSync(path.dirname(copy), { recursive: true, force: true });
  }
}

/**
 * A demo cached before schema 8 had the quality tables (the schema is not released yet, so its
 * version did not change) gets them from the migration's own text.
 */
function addQualityTables(db: Db): void {
  if (db.prepare(`SELECT 1 FROM sqlite_schema WHERE name = 'quality_checks'`).get()) return;
  db.exec(operationsSchema.slice(operationsSchema.indexOf('CREATE TABLE quality_checks')));
}
