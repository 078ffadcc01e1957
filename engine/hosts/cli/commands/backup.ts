// workbench backup --workspace <file> --out <backup>
// An online backup through the engine (backup.create), verified before it counts: exit 0 only
// when the copy passed its integrity check and its manifest is written; otherwise 1 and no
// backup file is left. A stable interface: automated checks use it.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { withEngine } from '../cliEngine.js';
import { progressBar } from '../progressBar.js';
import { backupUsage, UsageError } from '../usage.js';

export async function backupCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: { workspace: { type: 'string' }, out: { type: 'string' } },
  });
  if (!values.workspace) throw new UsageError('--workspace <file> is required.', backupUsage);
  if (!values.out) throw new UsageError('--out <backup> is required.', backupUsage);
  const out = path.resolve(values.out);
  const result = await withEngine(async (engine) => {
    await engine.call('workspace.open', { path: values.workspace! });
    const bar = progressBar(process.stderr, 'backup');
    try {
      return await engine.runJob('backup.create', { path: out, trigger: 'cli' }, (p) => bar.update(p));
    } finally {
      bar.end();
    }
  });
  const { manifest } = result;
  const seconds = result.copySeconds + result.verifySeconds;
  process.stdout.write(
    `Backup written to ${out} and verified: ${manifest.bytes} bytes in ${seconds.toFixed(2)} s ` +
      `(copy ${result.copySeconds.toFixed(2)} s, verify ${result.verifySeconds.toFixed(2)} s), sha256 ${manifest.sha256}\n`,
  );
  for (const removed of result.removed) process.stdout.write(`Retention policy deleted ${removed}\n`);
  return 0;
}
