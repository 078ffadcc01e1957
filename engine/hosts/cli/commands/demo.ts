// workbench demo --out <file> [--seed N] [--customers N] [--days N] [--end-date YYYY-MM-DD] [--json]
import path from 'node:path';
import { parseArgs } from 'node:util';
import { withEngine } from '../cliEngine.js';
import { integerOption } from '../numbers.js';
import { progressBar } from '../progressBar.js';
import { demoUsage, UsageError } from '../usage.js';

export async function demoCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      out: { type: 'string' },
      seed: { type: 'string' },
      customers: { type: 'string' },
      days: { type: 'string' },
      'end-date': { type: 'string' },
      json: { type: 'boolean' },
    },
  });
  if (!values.out) throw new UsageError('--out <file> is required.', demoUsage);
  const seed = integerOption('seed', values.seed, demoUsage);
  const customers = integerOption('customers', values.customers, demoUsage);
  const days = integerOption('days', values.days, demoUsage);
  const out = path.resolve(values.out);

  const info = await withEngine(async (engine) => {
    const bar = progressBar(process.stderr, path.basename(out));
    try {
      return await engine.runJob(
        'demo.create',
        {
          path: out,
          open: false,
          ...(seed !== undefined ? { seed } : {}),
          ...(customers !== undefined ? { customers } : {}),
          ...(days !== undefined ? { days } : {}),
          ...(values['end-date'] ? { endDate: values['end-date'] } : {}),
        },
        (p) => bar.update(p),
      );
    } finally {
      bar.end();
    }
  });
  if (values.json) {
    process.stdout.write(JSON.stringify(info) + '\n');
  } else {
    const size = (info.sizeBytes / 1024 / 1024).toFixed(1);
    process.stdout.write(`Demo workspace written: ${info.path} (${size} MB)\n`);
  }
  return 0;
}
