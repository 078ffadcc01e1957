// workbench restore --backup <backup> --out <file>
// Verifies the backup (manifest, checksum, ours, integrity check), then restores it to a new
// workspace file (backup.restore; an encrypted backup with --passphrase-env, encrypted the same): a damaged or foreign backup exits 1 and nothing is written.
// A stable interface: automated checks use it.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { workspaceKey } from '../../../store/keyring.js';
import { withEngine } from '../cliEngine.js';
import { progressBar } from '../progressBar.js';
import { restoreUsage, UsageError } from '../usage.js';

export async function restoreCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: { backup: { type: 'string' }, out: { type: 'string' } },
  });
  if (!values.backup) throw new UsageError('--backup <backup> is required.', restoreUsage);
  if (!values.out) throw new UsageError('--out <file> is required.', restoreUsage);
  const out = path.resolve(values.out);
  const backup = path.resolve(values.backup);
  // An encrypted backup's passphrase, from --passphrase-env (passphraseOption.ts)
  const passphrase = workspaceKey(backup);
  const started = Date.now();
  const info = await withEngine(async (engine) => {
    const bar = progressBar(process.stderr, 'restore');
    try {
      return await engine.runJob('backup.restore', { backup, path: out, ...(passphrase ? { passphrase } : {}) }, (p) => bar.update(p));
    } finally {
      bar.end();
    }
  });
  process.stdout.write(
    `Backup verified and restored to ${info.path}: workspace '${info.name}', schema ${info.schemaVersion}, ` +
      `${info.sizeBytes} bytes in ${((Date.now() - started) / 1000).toFixed(2)} s\n`,
  );
  return 0;
}
