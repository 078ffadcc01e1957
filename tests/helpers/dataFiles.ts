// Small import files written by tests: a wide 96-point load curve as utilities export it
// (meter, date, P1..P96), optionally with rows an import must quarantine.
import fs from 'node:fs';

export interface WideCurveOptions {
  meters: number;
  days: number;
  /** First day, 'YYYY-MM-DD'. */
  start?: string;
  /** 1-based data rows (after the header) whose date is unreadable. */
  badDateRows?: number[];
}

/** Writes the file line by line (it may be large) and returns the number of data rows. */
export function writeWideCurveCsv(file: string, options: WideCurveOptions): number {
  const start = new Date(`${options.start ?? '2024-01-01'}T00:00:00Z`);
  const bad = new Set(options.badDateRows ?? []);
  const header = ['表号', '数据日期', ...Array.from({ length: 96 }, (_, i) => `P${i + 1}`)].join(',');
  const fd = fs.openSync(file, 'w');
  try {
    fs.writeSync(fd, header + '\n');
    let row = 0;
    let batch: string[] = [];
    for (let d = 0; d < options.days; d++) {
      const day = new Date(start.getTime() + d * 86_400_000).toISOString().slice(0, 10);
      for (let m = 0; m < options.meters; m++) {
        row++;
        const meter = `M${String(m + 1).padStart(8, '0')}`;
        const values = Array.from({ length: 96 }, (_, p) => (1 + ((m * 7 + p * 3 + d) % 40) / 10).toFixed(2));
        batch.push([meter, bad.has(row) ? '2024-13-45' : day, ...values].join(','));
        if (batch.length === 1000) {
          fs.writeSync(fd, batch.join('\n') + '\n');
          batch = [];
        }
      }
    }
    if (batch.length) fs.writeSync(fd, batch.join('\n') + '\n');
    return row;
  } finally {
    fs.closeSync(fd);
  }
}
