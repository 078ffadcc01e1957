// `npm run bench -- csvRead [--rows-only]`: reads the wide load-curve CSV (10,000
// meters x 30 days, meter,date,P1..P96: 300,000 rows, 28.8 million values, ~179 MB) through
// openTable and sums every value with RowView.number(i); then the same file in GB18030 with
// Chinese headers, which goes through the transcoder. Prints seconds, MB/s and peak RSS.
// The files are generated in the OS temp folder on first use and kept for later runs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openTable } from '../../engine/import/openTable.js';
import { encodeGbk } from '../helpers/gbk.js';

const METERS = 10_000;
const DAYS = 30;
const POINTS = 96;

export async function main(): Promise<void> {
  const utf8 = path.join(os.tmpdir(), 'workbench-bench-wide96.csv');
  const gb18030 = path.join(os.tmpdir(), 'workbench-bench-wide96-gb18030.csv');
  if (!fs.existsSync(utf8)) await generate(utf8, ['meter', 'date'], (text) => Buffer.from(text));
  if (!fs.existsSync(gb18030)) await generate(gb18030, ['表号', '数据日期'], encodeGbk);
  for (const file of [utf8, gb18030]) await read(file);
}

async function read(file: string): Promise<void> {
  const started = process.hrtime.bigint();
  const cpuBefore = process.cpuUsage();
  const table = await openTable(file);
  let rows = 0;
  let values = 0;
  let sum = 0;
  for await (const batch of table.batches()) {
    for (const row of batch) {
      rows++;
      for (let i = 2; i < row.length; i++) {
        const value = row.number(i);
        if (value === value) {
          sum += value;
          values++;
        }
      }
    }
  }
  table.sha256();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuBefore);
  const mb = table.sizeBytes / 1e6;
  console.log(
    `${path.basename(file)} (${table.encoding}): ${mb.toFixed(1)} MB, ${rows} rows, ${values} values (sum ${sum.toFixed(3)}) ` +
      `in ${seconds.toFixed(2)} s (CPU ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s) = ${(mb / seconds).toFixed(0)} MB/s, ` +
      `${(values / seconds / 1e6).toFixed(1)} M values/s, ` +
      `peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
  );
}

/** Deterministic load values in [0, 10) kW with 3 decimals, written a day-block at a time. */
async function generate(file: string, keyHeaders: string[], encode: (text: string) => Buffer): Promise<void> {
  const started = Date.now();
  const partial = `${file}.partial`;
  const out = fs.createWriteStream(partial);
  const header = [...keyHeaders, ...Array.from({ length: POINTS }, (_, k) => `P${k + 1}`)].join(',') + '\n';
  out.write(encode(header));
  let seed = 20240301;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  for (let meter = 0; meter < METERS; meter++) {
    const lines: string[] = [];
    const base = 0.5 + random() * 4;
    for (let day = 0; day < DAYS; day++) {
      const values = new Array<string>(POINTS);
      for (let k = 0; k < POINTS; k++) {
        const shape = 1 + 0.6 * Math.sin(((k - 30) / POINTS) * 2 * Math.PI);
        values[k] = Math.min(9.999, base * shape * (0.8 + random() * 0.4)).toFixed(3);
      }
      lines.push(`${3_100_000_000 + meter},2024-03-${String(day + 1).padStart(2, '0')},${values.join(',')}\n`);
    }
    if (!out.write(lines.join(''))) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  fs.renameSync(partial, file);
  console.log(`generated ${file} (${(fs.statSync(file).size / 1e6).toFixed(1)} MB) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
