// workbench theft score --workspace <file> [--as-of <YYYY-MM-DD>] --out <file.csv>
// Runs theft.score through the engine without saving a run: the worker writes the ranked list,
// customer,score,rank,reasons,estimated_loss_kwh (engine/theft/csv.ts), straight to the file.
// A stable interface: automated checks read the file. Exit code 0 written, 1 failed, 2 bad usage.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { withEngine } from '../cliEngine.js';
import { progressBar } from '../progressBar.js';
import { theftUsage, UsageError } from '../usage.js';

export async function theftCommand(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub !== 'score') throw new UsageError(sub === undefined ? 'Name a theft command: score.' : `Unknown theft command '${sub}'.`, theftUsage);
  const { values } = parseArgs({
    args: rest,
    strict: true,
    allowPositionals: false,
    options: { workspace: { type: 'string' }, 'as-of': { type: 'string' }, out: { type: 'string' } },
  });
  if (!values.workspace) throw new UsageError('--workspace <file> is required.', theftUsage);
  if (!values.out) throw new UsageError('--out <file.csv> is required.', theftUsage);
  const out = path.resolve(values.out);
  const asOf = values['as-of'];
  const info = await withEngine(async (engine) => {
    await engine.call('workspace.open', { path: values.workspace! });
    const bar = progressBar(process.stderr, 'theft score');
    try {
      return await engine.runJob('theft.score', { ...(asOf !== undefined ? { asOf } : {}), out }, (p) => bar.update(p));
    } finally {
      bar.end();
    }
  });
  const model = info.supervised ? `, supervised on ${info.labels} labels` : '';
  process.stdout.write(`${info.customers} customers scored as of ${info.asOf} written to ${out} (${info.seconds} s${model})\n`);
  return 0;
}
