// Entry of dist/engine/cli.js: `npx workbench <command>`. Exit codes: 0 done, 1 failed,
// 2 bad usage (with the usage on stderr), 130 interrupted.
import { EngineError } from '../../api/errors.js';
import { appVersion } from '../shared/appPaths.js';
import { applyPassphraseEnv, withPassphraseHelp } from './passphraseOption.js';
import { applyUserOptions, withUserHelp } from './userOption.js';
import { runWebHost, WebUsageError, webUsage } from '../web/run.js';
import { backtestCommand } from './commands/backtest.js';
import { caseCommand } from './commands/casePack.js';
import { reportCommand } from './commands/report.js';
import { demoCommand } from './commands/demo.js';
import { forecastCommand } from './commands/forecast.js';
import { importCommand } from './commands/import.js';
import { infoCommand } from './commands/info.js';
import { riskCommand } from './commands/risk.js';
import { theftCommand } from './commands/theft.js';
import { segmentsCommand } from './commands/segments.js';
import { textCommand } from './commands/text.js';
import { scheduleCommand } from './commands/schedule.js';
import { backupCommand } from './commands/backup.js';
import { restoreCommand } from './commands/restore.js';
import { auditCommand } from './commands/audit.js';
import { sqlCommand } from './commands/sql.js';
import { auditUsage, backtestUsage, backupUsage, restoreUsage, caseUsage, reportUsage, demoUsage, forecastUsage, importUsage, infoUsage, mainUsage, riskUsage, scheduleUsage, segmentsUsage, sqlUsage, textUsage, theftUsage, UsageError } from './usage.js';

const commands: Record<string, { run: (argv: string[]) => Promise<number>; usage: string }> = {
  demo: { run: demoCommand, usage: demoUsage },
  import: { run: importCommand, usage: importUsage },
  info: { run: infoCommand, usage: infoUsage },
  forecast: { run: forecastCommand, usage: forecastUsage },
  backtest: { run: backtestCommand, usage: backtestUsage },
  theft: { run: theftCommand, usage: theftUsage },
  case: { run: caseCommand, usage: caseUsage },
  report: { run: reportCommand, usage: reportUsage },
  risk: { run: riskCommand, usage: riskUsage },
  segments: { run: segmentsCommand, usage: segmentsUsage },
  text: { run: textCommand, usage: textUsage },
  schedule: { run: scheduleCommand, usage: scheduleUsage },
  backup: { run: backupCommand, usage: backupUsage },
  restore: { run: restoreCommand, usage: restoreUsage },
  audit: { run: auditCommand, usage: auditUsage },
  sql: { run: sqlCommand, usage: sqlUsage },
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) throw new UsageError('Name a command.', mainUsage);
  if (name === '--help' || name === '-h' || name === 'help') return printHelp(mainUsage);
  if (name === '--version') {
    process.stdout.write(appVersion() + '\n');
    return 0;
  }
  if (name === 'web') {
    if (rest.includes('--help')) return printHelp(webUsage);
    await runWebHost(rest); // runs until interrupted
    return 0;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) throw new UsageError(`Unknown command '${name}'.`, mainUsage);
  const usage = withUserHelp(withPassphraseHelp(command.usage));
  if (rest.includes('--help') || rest.includes('-h')) return printHelp(usage);
  try {
    return await command.run(applyUserOptions(applyPassphraseEnv(rest, usage), usage));
  } catch (error) {
    // parseArgs reports unknown options and missing values as TypeErrors with an ERR_PARSE_ARGS code.
    if ((error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) throw new UsageError((error as Error).message, command.usage);
    if (error instanceof EngineError && error.code === 'validation') throw new UsageError(error.message, command.usage);
    throw error;
  }
}

function printHelp(usage: string): number {
  process.stdout.write(usage + '\n');
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError || error instanceof WebUsageError) {
      const usage = error instanceof UsageError ? error.usage : webUsage;
      process.stderr.write(`workbench: ${error.message}\n\n${usage}\n`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`workbench: ${(error as Error).message}\n`);
    if (!(error instanceof EngineError)) process.stderr.write(`${(error as Error).stack ?? ''}\n`);
    process.exitCode = 1;
  },
);
