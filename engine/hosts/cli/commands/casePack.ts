// workbench case pack --workspace <file> --case <id> --out <file.pdf> [--language zh-CN|en]
// Writes a case's evidence pack (engine/theft/pack) through the engine's cases.pack job, in the
// language asked for, else the app's (its setting, else the system's). The file is replaced if
// it exists, as the other commands' outputs are. Exit code 0 written, 1 failed, 2 bad usage.
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Language } from '../../../api/types.js';
import { withEngine } from '../cliEngine.js';
import { caseUsage, UsageError } from '../usage.js';

const languages: Language[] = ['zh-CN', 'en'];

export async function caseCommand(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub !== 'pack') throw new UsageError(sub === undefined ? 'Name a case command: pack.' : `Unknown case command '${sub}'.`, caseUsage);
  const { values } = parseArgs({
    args: rest,
    strict: true,
    allowPositionals: false,
    options: { workspace: { type: 'string' }, case: { type: 'string' }, out: { type: 'string' }, language: { type: 'string' } },
  });
  if (!values.workspace) throw new UsageError('--workspace <file> is required.', caseUsage);
  const caseId = Number(values.case);
  if (!values.case || !Number.isInteger(caseId) || caseId < 1) throw new UsageError('--case <id> is required: a case number (1, 2, ...).', caseUsage);
  if (!values.out) throw new UsageError('--out <file.pdf> is required.', caseUsage);
  const language = values.language as Language | undefined;
  if (language !== undefined && !languages.includes(language)) throw new UsageError(`--language is zh-CN or en, not '${language}'.`, caseUsage);
  const out = path.resolve(values.out);
  const pack = await withEngine(async (engine) => {
    await engine.call('workspace.open', { path: values.workspace! });
    return engine.runJob('cases.pack', { caseId, language: language ?? engine.effectiveLanguage, path: out, overwrite: true });
  });
  process.stdout.write(`evidence pack of case ${caseId} written to ${pack.path} (${pack.pages} pages, ${pack.bytes} bytes)\n`);
  return 0;
}
