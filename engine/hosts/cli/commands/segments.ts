// workbench segments --workspace <file> --out <file.csv> [--window N] [--days weekdays|all] [--k N]
// Runs segments.run through the engine without saving a run: the worker writes
// customer,cluster,cluster_name (engine/segments/csv.ts) straight to the file.
// A stable interface: automated checks read the file. Exit code 0 written, 1 failed, 2 bad usage.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isoDay } from '../../../api/isoDates.js';
import { withEngine } from '../cliEngine.js';
import { progressBar } from '../progressBar.js';
import { segmentsUsage, UsageError } from '../usage.js';

export async function segmentsCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      workspace: { type: 'string' },
      out: { type: 'string' },
      to: { type: 'string' },
      window: { type: 'string' },
      days: { type: 'string' },
      'min-days': { type: 'string' },
      k: { type: 'string' },
      seed: { type: 'string' },
    },
  });
  if (!values.workspace) throw new UsageError('--workspace <file> is required.', segmentsUsage);
  if (!values.out) throw new UsageError('--out <file.csv> is required.', segmentsUsage);
  if (values.to !== undefined && !isoDay.safeParse(values.to).success) throw new UsageError(`--to ${values.to} is not a day written YYYY-MM-DD.`, segmentsUsage);
  if (values.days !== undefined && values.days !== 'weekdays' && values.days !== 'all') throw new UsageError('--days is weekdays or all.', segmentsUsage);
  const windowDays = integer(values.window, '--window', 7, 730);
  const minDays = integer(values['min-days'], '--min-days', 1, 365);
  const k = integer(values.k, '--k', 1, 12);
  const seed = integer(values.seed, '--seed', 0, 2 ** 31 - 1);
  const out = path.resolve(values.out);
  const info = await withEngine(async (engine) => {
    await engine.call('workspace.open', { path: values.workspace! });
    const bar = progressBar(process.stderr, 'segments');
    try {
      return await engine.runJob(
        'segments.run',
        {
          out,
          ...(values.to !== undefined ? { toDay: values.to } : {}),
          ...(values.days !== undefined ? { days: values.days as 'weekdays' | 'all' } : {}),
          ...(windowDays !== undefined ? { windowDays } : {}),
          ...(minDays !== undefined ? { minDays } : {}),
          ...(k !== undefined ? { k } : {}),
          ...(seed !== undefined ? { seed } : {}),
        },
        (p) => bar.update(p),
      );
    } finally {
      bar.end();
    }
  });
  const ks = info.categories.map((c) => `${c.category ?? 'no archive'} k=${c.k}`).join(', ');
  process.stdout.write(`${info.customers} customers segmented (${ks}; ${info.skipped} with too few days left out) over ${info.fromDay}..${info.toDay}, written to ${out} (${info.seconds} s)\n`);
  return 0;
}

function integer(text: string | undefined, name: string, min: number, max: number): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max) throw new UsageError(`${name} is a whole number from ${min} to ${max}.`, segmentsUsage);
  return value;
}
