// A throw-away workspace for import tests, files written into its folder, and a job context
// that records what an import reports (progress, changed kinds) and can cancel it.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EngineError } from '../../../../engine/api/errors.js';
import type { ImportFileResult, MappingSpec } from '../../../../engine/api/importTypes.js';
import type { DataKind } from '../../../../engine/api/types.js';
import { runImport, type ImportJob } from '../../../../engine/import/run.js';
import type { BufferSizes } from '../../../../engine/import/writers/interval.js';
import { openWorkspaceDb, type Db } from '../../../../engine/store/database.js';

export interface TestWorkspace {
  db: Db;
  dir: string;
  /** Writes a file (text as UTF-8, or raw bytes) and returns its path. */
  file(name: string, content: string | Buffer): string;
  run(kind: DataKind, file: string, mapping?: MappingSpec, options?: RunOptions): Promise<ImportFileResult>;
  /** Writes the file and imports it. */
  importText(kind: DataKind, name: string, content: string | Buffer, mapping?: MappingSpec): Promise<ImportFileResult>;
  changed: DataKind[][];
  cleanup(): void;
}

export interface RunOptions {
  sizes?: BufferSizes;
  /** Cancel once this many progress reports have been made. */
  cancelAfterProgress?: number;
  /** Cancel once this holds, given the progress messages so far. */
  cancelWhen?: (messages: readonly string[]) => boolean;
}

const open: TestWorkspace[] = [];

export function testWorkspace(): TestWorkspace {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-'));
  const db = openWorkspaceDb(path.join(dir, 'w.workbench'), { create: true });
  const changed: DataKind[][] = [];
  const ws: TestWorkspace = {
    db,
    dir,
    changed,
    file(name, content) {
      const file = path.join(dir, name);
      fs.writeFileSync(file, content);
      return file;
    },
    run(kind, file, mapping, options = {}) {
      const messages: string[] = [];
      const job: ImportJob = {
        db: () => db,
        actor: { name: 'tester', role: 'analyst' },
        progress: (_fraction, message) => {
          messages.push(message);
        },
        throwIfCancelled: () => {
          const afterProgress = options.cancelAfterProgress !== undefined && messages.length >= options.cancelAfterProgress;
          if (afterProgress || options.cancelWhen?.(messages)) throw new EngineError('cancelled', 'Cancelled by the test');
        },
        dataChanged: (kinds) => changed.push(kinds),
        log: () => undefined,
      };
      return runImport(job, { path: file, kind, ...(mapping ? { mapping } : {}) }, options.sizes);
    },
    importText(kind, name, content, mapping) {
      return ws.run(kind, ws.file(name, content), mapping);
    },
    cleanup() {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  open.push(ws);
  return ws;
}

export function closeWorkspaces(): void {
  for (const ws of open.splice(0)) ws.cleanup();
}

const TABLES = [
  'feeders', 'areas', 'customers', 'meters', 'interval_load', 'daily_energy', 'area_supply', 'bills', 'meter_events',
  'weather', 'tickets', 'inspections', 'imports', 'quarantine', 'catalog_stats', 'agg_energy_monthly',
  'agg_energy_daily', 'agg_bills_monthly', 'agg_area_supply_monthly', 'agg_weather_daily',
];

/** Row counts and a digest of every row of every data table: equal fingerprints, equal content. */
export function fingerprint(db: Db): Record<string, string> {
  const out: Record<string, string> = {};
  for (const table of TABLES) {
    const hash = createHash('sha256');
    let rows = 0;
    for (const row of db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).raw(true).iterate() as IterableIterator<unknown[]>) {
      rows++;
      hash.update(JSON.stringify(row, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('hex') : v)));
    }
    out[table] = `${rows}:${hash.digest('hex').slice(0, 16)}`;
  }
  return out;
}

/** The stored curve of a meter-day as plain numbers (NaN for missing points). */
export function storedCurve(db: Db, meter: string, day: number): number[] | null {
  const row = db.prepare('SELECT kw FROM interval_load WHERE meter_id = ? AND day = ?').pluck().get(meter, day) as Buffer | undefined;
  return row ? Array.from(new Float32Array(row.buffer.slice(row.byteOffset, row.byteOffset + row.byteLength))) : null;
}

/** Daily kWh of a meter-month as plain numbers (NaN = unknown) with each day's source. */
export function storedMonth(db: Db, meter: string, month: number): { kwh: number[]; source: number[]; multiplier: number | null } | null {
  const row = db.prepare('SELECT kwh, source, multiplier FROM daily_energy WHERE meter_id = ? AND month = ?').get(meter, month) as
    | { kwh: Buffer; source: Buffer; multiplier: number | null }
    | undefined;
  if (!row) return null;
  const kwh = new Float64Array(row.kwh.buffer.slice(row.kwh.byteOffset, row.kwh.byteOffset + row.kwh.byteLength));
  return { kwh: Array.from(kwh), source: Array.from(row.source), multiplier: row.multiplier };
}
