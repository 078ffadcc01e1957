// workbench info --workspace <file> [--json]: the catalog, per data kind rows and date coverage.
import { parseArgs } from 'node:util';
import { dataKinds, type DataKind } from '../../../api/types.js';
import { withEngine } from '../cliEngine.js';
import { formatCount } from '../numbers.js';
import { formatTable } from '../table.js';
import { infoUsage, UsageError } from '../usage.js';

export interface KindCoverage {
  rows: number;
  firstDate: string | null;
  lastDate: string | null;
}

export async function infoCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: { workspace: { type: 'string' }, json: { type: 'boolean' } },
  });
  if (!values.workspace) throw new UsageError('--workspace <file> is required.', infoUsage);
  const file = values.workspace;

  const { workspace, summary } = await withEngine(async (engine) => {
    // Read only: another process may be importing into it right now, and a look changes nothing.
    const opened = await engine.openWorkspace(file, { readOnly: true });
    return { workspace: opened, summary: await engine.call('catalog.summary', {}) };
  });
  // Every kind is listed, an empty one with zero rows, so that readers need no special case.
  const kinds = Object.fromEntries(
    dataKinds.map((kind): [DataKind, KindCoverage] => {
      const entry = summary.kinds.find((k) => k.kind === kind);
      return [kind, { rows: entry?.rows ?? 0, firstDate: entry?.firstDate ?? null, lastDate: entry?.lastDate ?? null }];
    }),
  ) as Record<DataKind, KindCoverage>;

  if (values.json) {
    process.stdout.write(JSON.stringify({ workspace: workspace.path, kinds }) + '\n');
    return 0;
  }
  const rows = dataKinds.map((kind) => [kind, formatCount(kinds[kind].rows), kinds[kind].firstDate ?? '', kinds[kind].lastDate ?? '']);
  const demo = workspace.isDemo ? ' (demo data)' : '';
  process.stdout.write(`${workspace.name}${demo}: ${workspace.path}\n\n${formatTable(['Kind', 'Rows', 'First date', 'Last date'], rows, [1])}\n`);
  return 0;
}
