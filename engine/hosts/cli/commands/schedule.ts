// workbench schedule run --workspace <file> [--due | --id N]   (for the operating system's scheduler)
// workbench schedule list --workspace <file>                    (JSON)
// A run claims its schedule in the workspace first (engine/schedules/claim.ts), so the app and
// this command never both run one. A stable interface: exit 0 when every run succeeded (or
// nothing was due), 1 when any failed (the reasons on stderr), 2 bad usage.
import { parseArgs } from 'node:util';
import type { ScheduleRunInfo } from '../../../api/schedulesTypes.js';
import type { Engine } from '../../../host/engine.js';
import { withEngine } from '../cliEngine.js';
import { scheduleUsage, UsageError } from '../usage.js';

export async function scheduleCommand(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub !== 'run' && sub !== 'list') throw new UsageError(sub === undefined ? 'Name a schedule command: run or list.' : `Unknown schedule command '${sub}'.`, scheduleUsage);
  const { values } = parseArgs({
    args: rest,
    strict: true,
    allowPositionals: false,
    options: { workspace: { type: 'string' }, due: { type: 'boolean' }, id: { type: 'string' } },
  });
  if (!values.workspace) throw new UsageError('--workspace <file> is required.', scheduleUsage);
  const file = values.workspace;
  if (sub === 'list') {
    if (values.due || values.id !== undefined) throw new UsageError('schedule list takes only --workspace.', scheduleUsage);
    const schedules = await withEngine(async (engine) => {
      await engine.openWorkspace(file, { readOnly: true }); // a look changes nothing
      return engine.call('schedules.list', {});
    });
    process.stdout.write(JSON.stringify(schedules) + '\n');
    return 0;
  }
  if (Boolean(values.due) === (values.id !== undefined)) throw new UsageError('Give either --due or --id N.', scheduleUsage);
  const id = values.id === undefined ? null : Number(values.id);
  if (id !== null && !(Number.isInteger(id) && id >= 1)) throw new UsageError(`--id takes a schedule number, not '${values.id}'.`, scheduleUsage);
  const runs = await withEngine(async (engine) => {
    await engine.call('workspace.open', { path: file });
    return id === null ? runDue(engine) : [await runOne(engine, id)];
  });
  for (const run of runs) report(run);
  if (runs.length === 0) process.stdout.write('No schedule is due.\n');
  return runs.every((run) => run.status === 'succeeded') ? 0 : 1;
}

async function runDue(engine: Engine): Promise<ScheduleRunInfo[]> {
  const now = new Date().toISOString();
  const runs: ScheduleRunInfo[] = [];
  for (const schedule of await engine.call('schedules.list', {})) {
    if (!schedule.enabled || schedule.nextRunAt > now) continue;
    const { claim } = await engine.scheduler.runIfDue(schedule.scheduleId, 'cli');
    if (claim.claimed) runs.push(await runInfo(engine, schedule.scheduleId, claim.runId));
    else if (claim.reason === 'running') process.stderr.write(`workbench: schedule ${schedule.scheduleId} '${schedule.name}' is running elsewhere (run ${claim.runId}); left to it.\n`);
  }
  return runs;
}

async function runOne(engine: Engine, scheduleId: number): Promise<ScheduleRunInfo> {
  const { runId, done } = await engine.scheduler.runNow(scheduleId, 'cli');
  await done;
  return runInfo(engine, scheduleId, runId);
}

async function runInfo(engine: Engine, scheduleId: number, runId: number): Promise<ScheduleRunInfo> {
  const runs = await engine.call('schedules.runs', { scheduleId, limit: 500 });
  return runs.find((run) => run.runId === runId)!;
}

/** One line per run on stdout; a failed run's reason and failed files on stderr. */
function report(run: ScheduleRunInfo): void {
  const { imported, failed, waiting, error } = run.outcome;
  const files = imported === undefined ? '' : `: ${imported} file(s) imported, ${failed ?? 0} failed, ${waiting ?? 0} still being written`;
  process.stdout.write(`run ${run.runId} of schedule ${run.scheduleId} '${run.scheduleName}' (${run.task}) ${run.status}${files}\n`);
  if (run.status === 'succeeded') return;
  for (const file of run.files.filter((f) => f.status === 'failed')) process.stderr.write(`workbench: ${file.path}: ${file.error?.message ?? 'failed'}\n`);
  if (error && run.files.every((f) => f.status !== 'failed')) process.stderr.write(`workbench: run ${run.runId} of '${run.scheduleName}' failed: ${error.message}\n`);
}
