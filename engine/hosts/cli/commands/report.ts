// workbench report --workspace <file> --out <file.pdf|file.xlsx> [--month YYYY-MM] [--language zh-CN|en] [--report <id>]
// Writes the monthly marketing analysis report for a month (default: the workspace's latest whole
// month), or a saved report, as a PDF or an Excel workbook (by the file's extension) through the
// engine's reports.export job: what a scheduled task runs. The file is replaced if it exists, as the
// other commands' outputs are. Exit code 0 written, 1 failed, 2 bad usage.
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Language } from '../../../api/types.js';
import { withEngine } from '../cliEngine.js';
import { reportUsage, UsageError } from '../usage.js';

const languages: Language[] = ['zh-CN', 'en'];

/** 'YYYY-MM' or 'YYYYMM' as 'YYYY-MM'; the month's range is checked by the API. */
function month(text: string): string {
  const m = /^(\d{4})-?(\d{2})$/.exec(text);
  if (!m) throw new UsageError(`--month is written YYYY-MM or YYYYMM, not '${text}'.`, reportUsage);
  return `${m[1]}-${m[2]}`;
}

export async function reportCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: { workspace: { type: 'string' }, out: { type: 'string' }, month: { type: 'string' }, language: { type: 'string' }, report: { type: 'string' } },
  });
  if (!values.workspace) throw new UsageError('--workspace <file> is required.', reportUsage);
  if (!values.out) throw new UsageError('--out <file.pdf|file.xlsx> is required.', reportUsage);
  const format = path.extname(values.out).toLowerCase().slice(1);
  if (format !== 'pdf' && format !== 'xlsx') throw new UsageError(`--out names a .pdf or an .xlsx file, not '${path.basename(values.out)}'.`, reportUsage);
  const language = values.language as Language | undefined;
  if (language !== undefined && !languages.includes(language)) throw new UsageError(`--language is zh-CN or en, not '${language}'.`, reportUsage);
  const reportId = values.report === undefined ? undefined : Number(values.report);
  if (reportId !== undefined && (!Number.isInteger(reportId) || reportId < 1)) throw new UsageError('--report <id> is a saved report number (1, 2, ...).', reportUsage);
  if (reportId !== undefined && (values.month !== undefined || language !== undefined)) {
    throw new UsageError('--report prints a saved report as it is: --month and --language go with the monthly template only.', reportUsage);
  }
  const chosenMonth = values.month === undefined ? undefined : month(values.month);
  const out = path.resolve(values.out);
  const written = await withEngine(async (engine) => {
    await engine.call('workspace.open', { path: values.workspace! });
    if (reportId !== undefined) return engine.runJob('reports.export', { reportId, format, path: out, overwrite: true });
    const [monthly] = await engine.call('reports.templates', { language: language ?? engine.effectiveLanguage, ...(chosenMonth ? { month: chosenMonth } : {}) });
    return engine.runJob('reports.export', { spec: monthly!.spec, format, path: out, overwrite: true });
  });
  process.stdout.write(`report written to ${written.path} (${written.parts} ${format === 'pdf' ? 'pages' : 'sheets'}, ${written.bytes} bytes)\n`);
  return 0;
}
