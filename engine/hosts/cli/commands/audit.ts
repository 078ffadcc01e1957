// workbench audit verify --workspace <file> [--json]: checks the audit log's chain of hashes.
// Exit 0 when it is intact (the entries checked are printed), 1 naming the first entry that
// breaks it (number, time, action, reason). Stable: automated acceptance checks run it.
import { parseArgs } from 'node:util';
import type { AuditBreak, AuditVerifyResult } from '../../../api/auditTypes.js';
import { withEngine } from '../cliEngine.js';
import { auditUsage, UsageError } from '../usage.js';

const reasons: Record<AuditBreak, string> = {
  hash: 'its contents do not match its hash: it was changed after it was written',
  link: 'it does not follow the entry before it: an entry before it was changed, replaced or reordered',
  'sequence gap': 'the entry before it is missing (deleted), or the entries are out of order',
  end: 'the log does not end where the workspace recorded its newest entry: entries were cut off or added at the end',
};

export function describeVerification(result: AuditVerifyResult): string {
  if (result.ok) return `Audit log intact: ${result.entries} ${result.entries === 1 ? 'entry' : 'entries'} checked.`;
  const broken = result.firstBroken!;
  const what = broken.at === null ? '(missing)' : `(${broken.at}, ${broken.action})`;
  return `Audit log broken at entry ${broken.seq} ${what}: ${reasons[broken.reason]}. ${result.entries} entries checked.`;
}

export async function auditCommand(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub !== 'verify') throw new UsageError(sub === undefined ? 'Name what to do: verify.' : `Unknown audit command '${sub}'.`, auditUsage);
  const { values } = parseArgs({ args: rest, strict: true, allowPositionals: false, options: { workspace: { type: 'string' }, json: { type: 'boolean' } } });
  if (!values.workspace) throw new UsageError('--workspace <file> is required.', auditUsage);
  const file = values.workspace;
  const result = await withEngine(async (engine) => {
    // Read only: a check changes nothing, and the app may be writing the workspace meanwhile.
    await engine.openWorkspace(file, { readOnly: true });
    return engine.call('audit.verify', {});
  });
  process.stdout.write((values.json ? JSON.stringify(result) : describeVerification(result)) + '\n');
  return result.ok ? 0 : 1;
}
