// Workspaces of the theft benchmark, built through the normal import path (import.run with a
// mapping) from CSV files the benchmark writes, in a folder of its own.
import fs from 'node:fs';
import type { Engine } from '../../../engine/host/engine.js';

/** Appends lines to a CSV file a block at a time. */
export class CsvWriter {
  private readonly fd: number;
  private lines: string[] = [];
  /** Rows written so far. */
  rows = 0;

  constructor(readonly file: string, header: string[]) {
    this.fd = fs.openSync(file, 'w');
    fs.writeSync(this.fd, header.join(',') + '\n');
  }

  row(cells: (string | number)[]): void {
    this.lines.push(cells.join(','));
    this.rows++;
    if (this.lines.length >= 10_000) this.flush();
  }

  close(): void {
    this.flush();
    fs.closeSync(this.fd);
  }

  private flush(): void {
    if (this.lines.length > 0) fs.writeSync(this.fd, this.lines.join('\n') + '\n');
    this.lines = [];
  }
}

/** A curve point as the file holds it: kW with four decimals, blank where the meter lost it. */
export const kwCell = (v: number) => (Number.isNaN(v) ? '' : v.toFixed(4));

/** Header of a wide curve file: meter, date, P1..Pn. */
export const wideHeader = (points: number) => ['meter', 'date', ...Array.from({ length: points }, (_, q) => `P${q + 1}`)];

export async function importWideCurves(engine: Engine, file: string): Promise<void> {
  await engine.runJob('import.run', { path: file, kind: 'interval', mapping: { fields: { meter: 'meter', date: 'date' }, options: { unit: 'kW' } } });
}


/** A copy of a workspace file to change or score without touching the original. */
export function copyWorkspace(file: string, to: string): string {
  fs.copyFileSync(file, to);
  return to;
}
