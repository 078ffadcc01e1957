// The app's scheduler: while a workspace is open, a timer looks for its due schedules every
// `tickMs` (and once right after it opens, so a run missed while the app was closed happens now)
// and runs each (engine/schedules/run.ts) as jobs of this engine. Nothing runs when no workspace
// is open, and the timer stops when the engine closes. One schedule never runs twice at once: a
// run is claimed in the workspace first (engine/schedules/claim.ts), which the command line's
// `workbench schedule run` does too. The bookkeeping is written in the workspace's write turn.
// A workspace with user profiles runs its schedules once someone has signed in, under that profile.
import { contract, type JobMethod } from '../api/contract.js';
import { EngineError } from '../api/errors.js';
import type { ScheduleTrigger } from '../api/schedulesTypes.js';
import { requireClaimed, type Claim, type ClaimRequest } from '../schedules/claim.js';
import type { RunEnd, StepRecord } from '../schedules/record.js';
import { runSchedule, type ClaimedRun, type RunDriver } from '../schedules/run.js';
import { thisProcess } from '../worker/jobOwner.js';
import type { Engine } from './engine.js';

export interface SchedulerOptions {
  /** How often the open workspace's schedules are looked at (ms); 0: never (the CLI runs them when told). */
  tickMs?: number;
  /** How long a watched folder's new file must keep its size to count as written (ms). */
  settleMs?: number;
}

const DEFAULT_TICK_MS = 30_000;
const DEFAULT_SETTLE_MS = 2_000;

export class Scheduler {
  private timer: NodeJS.Timeout | null = null;
  private ticking = false;
  private closed = false;
  /** Runs going on in this process, by run id, with their workspace and schedule. */
  private readonly running = new Map<number, { workspace: string; scheduleId: number; done: Promise<RunEnd['status']> }>();
  private readonly tickMs: number;
  private readonly settleMs: number;

  constructor(
    private readonly engine: Engine,
    options: SchedulerOptions,
  ) {
    this.tickMs = options.tickMs ?? (engine.options.host === 'cli' ? 0 : DEFAULT_TICK_MS);
    this.settleMs = options.settleMs ?? DEFAULT_SETTLE_MS;
    engine.on('workspace.changed', ({ workspace }) => this.watch(workspace !== null));
  }

  /** Runs a schedule now, due or not; the run goes on in the background. Refused while one of it runs. */
  async runNow(scheduleId: number, trigger: ScheduleTrigger = 'manual'): Promise<{ runId: number; done: Promise<RunEnd['status']> }> {
    const workspace = this.openWorkspace();
    const claim = requireClaimed(await this.claim(workspace, scheduleId, trigger, false), scheduleId);
    return { runId: claim.runId, done: this.execute(workspace, claim) };
  }

  /** Claims the schedule when it is due and runs it to the end (the CLI's --due); null when it was not due or is running elsewhere. */
  async runIfDue(scheduleId: number, trigger: ScheduleTrigger): Promise<{ claim: Claim; status: RunEnd['status'] | null }> {
    const workspace = this.openWorkspace();
    const claim = await this.claim(workspace, scheduleId, trigger, true);
    return { claim, status: claim.claimed ? await this.execute(workspace, claim) : null };
  }

  /** Stops the timer; runs under way record nothing more (they read as interrupted later). */
  stop(): void {
    this.closed = true;
    this.watch(false);
  }

  private watch(open: boolean): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    if (!open || this.closed || this.tickMs <= 0) return;
    this.timer = setInterval(() => void this.tick(), this.tickMs);
    this.timer.unref();
    setImmediate(() => void this.tick());
  }

  private openWorkspace(): string {
    const workspace = this.engine.workspace?.path;
    if (!workspace) throw new EngineError('workspace.none_open', 'Open or create a workspace first.');
    return workspace;
  }

  private async tick(): Promise<void> {
    const workspace = this.engine.workspace?.path;
    if (this.ticking || this.closed || !workspace) return;
    this.ticking = true;
    try {
      const now = new Date().toISOString();
      const schedules = await this.engine.call('schedules.list', {});
      const busy = new Set([...this.running.values()].filter((r) => r.workspace === workspace).map((r) => r.scheduleId));
      for (const schedule of schedules) {
        if (!schedule.enabled || schedule.nextRunAt > now || busy.has(schedule.scheduleId)) continue;
        if (this.engine.workspace?.path !== workspace || this.closed) return;
        const claim = await this.claim(workspace, schedule.scheduleId, 'app', true);
        if (claim.claimed) void this.execute(workspace, claim);
      }
    } catch (error) {
      // A workspace with user profiles runs its schedules once someone has signed in to it.
      if (error instanceof EngineError && error.code === 'session.sign_in_required') return;
      console.error('Scheduler: the due schedules could not be looked at:', error);
    } finally {
      this.ticking = false;
    }
  }

  private claim(workspace: string, scheduleId: number, trigger: ScheduleTrigger, onlyIfDue: boolean): Promise<Claim> {
    const request: ClaimRequest = {
      scheduleId,
      trigger,
      onlyIfDue,
      now: Date.now(),
      owner: thisProcess(),
      actor: this.engine.actor,
      runningHere: [...this.running.keys()],
    };
    return this.engine.jobs.inWriteTurn(workspace, 'schedules.claim', request) as Promise<Claim>;
  }

  private execute(workspace: string, claim: ClaimedRun): Promise<RunEnd['status']> {
    const done = runSchedule(this.driver(workspace), claim)
      .catch((error: unknown) => {
        console.error(`Scheduled run ${claim.runId} could not record its end:`, error);
        return 'failed' as const;
      })
      .finally(() => this.running.delete(claim.runId));
    this.running.set(claim.runId, { workspace, scheduleId: claim.schedule.scheduleId, done });
    return done;
  }

  private driver(workspace: string): RunDriver {
    const engine = this.engine;
    const stillOpen = () => {
      if (engine.workspace?.path !== workspace || this.closed) {
        throw new EngineError('schedules.workspace_closed', `The workspace ${workspace} was closed before the run finished; it runs again when due.`, { workspace });
      }
    };
    return {
      settleMs: this.settleMs,
      startJob: (method: JobMethod, args: unknown, note: string) => {
        stillOpen();
        const parsed = contract[method].args.parse(args) as never;
        return engine.startJob(method, parsed, [note]).id;
      },
      wait: (jobId) => engine.jobs.wait(jobId),
      hasRiskModel: async () => {
        stillOpen();
        return (await engine.call('risk.models', { source: 'workspace' })).length > 0;
      },
      recordStep: async (step: StepRecord) => {
        await engine.jobs.inWriteTurn(workspace, 'schedules.step', step);
      },
      finish: async (end) => {
        await engine.jobs.inWriteTurn(workspace, 'schedules.finish', { ...end, now: Date.now() } satisfies RunEnd);
      },
    };
  }
}
