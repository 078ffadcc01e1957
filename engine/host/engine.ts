// The engine as a host process sees it: one object serving the whole API contract. It validates
// arguments and routes each call: host methods to hostHandlers.ts, queries to the query workers,
// jobs to the job pool; it publishes events. It never does heavy work on its thread. The open
// workspace and the switches between workspaces are workspaceSwitch.ts's; what opens at
// start-up is firstLaunch.ts's.
import os from 'node:os';
import { z } from 'zod';
import {
  contract,
  isMethodName,
  type Args,
  type ArgsIn,
  type EngineEvents,
  type EventName,
  type HostMethod,
  type JobMethod,
  type JobResults,
  type MethodName,
  type Result,
} from '../api/contract.js';
import { EngineError } from '../api/errors.js';
import type { UserInfo } from '../api/securityTypes.js';
import type { Actor, AppInfo, HostCapabilities, JobInfo, Language, WorkspaceInfo } from '../api/types.js';
import { systemActor } from '../core/osUser.js';
import { keepWorkspaceKeys } from '../store/keyring.js';
import type { InternalOp, InternalOps } from '../worker/protocol.js';
import { EventHub } from './events.js';
import { ensureWorkspace } from './firstLaunch.js';
import { Home, defaultHome } from './home.js';
import { hostHandlers, type HostHandlers } from './hostHandlers.js';
import { jobAccess } from './jobAccess.js';
import { jobLabel } from './jobLabel.js';
import { JobManager } from './jobManager.js';
import { authorize, needsSignIn } from './policy.js';
import { QueryPool } from './queryPool.js';
import { Scheduler, type SchedulerOptions } from './scheduler.js';
import { Session } from './session.js';
import { WorkspaceSwitch, type OpenWorkspaceOptions } from './workspaceSwitch.js';

export type { OpenWorkspaceOptions } from './workspaceSwitch.js';

/** Jobs that need no open workspace: they make a new file (a demo, a restored backup) or check one. */
const jobsWithoutWorkspace: ReadonlySet<string> = new Set(['demo.create', 'backup.verify', 'backup.restore']);

/** Query workers: two, so that one slow read does not hold up the quick ones behind it. */
const QUERY_WORKERS = 2;

export interface DialogProvider {
  openFiles(purpose: 'import' | 'workspace' | 'folder', multiple: boolean): Promise<string[]>;
  saveFile(purpose: 'workspace' | 'export', defaultName: string): Promise<string | null>;
}

export interface EngineOptions {
  /** Path of the built worker entry (dist/engine/worker.js). */
  workerScript: string;
  host: AppInfo['host'];
  version: string;
  capabilities?: Partial<HostCapabilities>;
  homeDir?: string;
  /** The operating system's language, used when the user has not chosen one. */
  systemLocale?: string;
  dialogs?: DialogProvider;
  /** Job worker threads; defaults to one per core beyond the first, at least 2. */
  poolSize?: number;
  /**
   * Add opened workspaces to the recent list (default true). The CLI opts out: batch runs
   * and automated checks should not rewrite the user's list.
   */
  rememberRecent?: boolean;
  /** The scheduled jobs' timer (default: every 30 s while a workspace is open; none in the CLI). */
  scheduler?: SchedulerOptions;
  /**
   * Sign in as this profile before the first call that needs it, in a workspace with profiles
   * (the command line's --user): a host with no one at a keyboard to ask.
   */
  signInAs?: { name: string; password?: string };
}

export class Engine {
  readonly home: Home;
  readonly events = new EventHub();
  readonly jobs: JobManager;
  readonly options: EngineOptions;
  private readonly queries: QueryPool;
  private readonly handlers: HostHandlers;
  private readonly workspaces: WorkspaceSwitch;
  readonly scheduler: Scheduler;
  /** Who is signed in (session.ts). */
  readonly session = new Session();
  /** Set while a passphrase change is under way: calls to the workers wait for its end. */
  private rekeying: Promise<void> | null = null;

  /** Who the calls are made by: the signed-in profile, else the operating-system account. */
  get actor(): Actor {
    return this.session.actor ?? systemActor();
  }

  constructor(options: EngineOptions) {
    this.options = options;
    this.home = new Home(options.homeDir ?? defaultHome());
    const poolSize = options.poolSize ?? Math.max(2, os.availableParallelism() - 1);
    const folders = { exportsDir: this.home.exportsDir, workspacesDir: this.home.workspacesDir };
    this.queries = new QueryPool(options.workerScript, QUERY_WORKERS, folders, (message) => {
      if (message.type === 'dataChanged') this.events.emit('data.changed', { kinds: message.kinds });
    });
    this.jobs = new JobManager(options.workerScript, poolSize, folders, this.events, (kinds) =>
      this.events.emit('data.changed', { kinds }),
    );
    this.workspaces = new WorkspaceSwitch(this.queries, this.home, this.events, options.rememberRecent ?? true);
    this.handlers = hostHandlers(this);
    this.scheduler = new Scheduler(this, options.scheduler ?? {});
    this.events.on('workspace.changed', ({ workspace }) => this.workspaceChanged(workspace));
    this.events.on('job.done', (job) => {
      if (job.status === 'succeeded' && job.method.startsWith('users.')) this.session.profilesChanged(job.result as UserInfo[]);
    });
  }

  get workspace(): WorkspaceInfo | null {
    return this.workspaces.workspace;
  }

  get systemLanguage(): Language {
    const locale = this.options.systemLocale ?? Intl.DateTimeFormat().resolvedOptions().locale;
    return /^zh/i.test(locale) ? 'zh-CN' : 'en';
  }

  /** The language in effect: the user's setting, else the system's. */
  get effectiveLanguage(): Language {
    return this.home.settings().language ?? this.systemLanguage;
  }

  on<E extends EventName>(event: E, handler: (payload: EngineEvents[E]) => void): () => void {
    return this.events.on(event, handler);
  }

  /**
   * Serve one API call. Arguments are validated against the contract first: a bad
   * argument is a `validation` error, never a crash. Job methods return {jobId} at once.
   */
  async call<M extends MethodName>(method: M, rawArgs: unknown): Promise<Result<M>> {
    if (typeof method !== 'string' || !isMethodName(method)) {
      throw new EngineError('unknown_method', `There is no API method '${String(method)}'.`);
    }
    const def = contract[method];
    const parsed = (def.args as z.ZodType).safeParse(rawArgs ?? {});
    if (!parsed.success) {
      throw new EngineError('validation', `Invalid arguments for ${method}: ${z.prettifyError(parsed.error)}`, {
        method,
        issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
      });
    }
    const args = parsed.data as Args<M>;
    if (this.session.actor === null && this.options.signInAs && needsSignIn(method)) await this.call('session.signIn', this.options.signInAs);
    authorize(method, args, this.session.actor);
    if (def.mode !== 'host' && this.rekeying) await this.rekeying;
    if (method === 'workspace.setPassphrase') {
      return { jobId: await this.changePassphrase(args as Args<'workspace.setPassphrase'>) } as Result<M>;
    }
    switch (def.mode) {
      case 'host':
        return (this.handlers[method as HostMethod] as (a: unknown) => Promise<unknown>)(args) as Promise<Result<M>>;
      case 'query':
        return this.query(method, args) as Promise<Result<M>>;
      case 'job':
        return { jobId: this.startJob(method as JobMethod, args as Args<JobMethod>).id } as Result<M>;
    }
  }

  /**
   * Encrypts, rekeys or decrypts the open workspace (workspaceSwitch.ts); calls to the workers
   * wait until it has ended, as they would use the old passphrase or hold the file it needs.
   */
  private changePassphrase({ passphrase }: Args<'workspace.setPassphrase'>): Promise<string> {
    const jobId = this.workspaces.changePassphrase(passphrase, () => {
      const info = this.startJob('workspace.setPassphrase', { passphrase });
      return { id: info.id, done: this.jobs.wait(info.id) };
    });
    const rekeying = this.workspaces.settled();
    this.rekeying = rekeying;
    void rekeying.finally(() => {
      if (this.rekeying === rekeying) this.rekeying = null;
    });
    return jobId;
  }

  /** A workspace was opened or closed: nobody is signed in to it yet; other workspaces' passphrases are forgotten. */
  private workspaceChanged(workspace: WorkspaceInfo | null): void {
    this.session.reset(workspace?.hasProfiles ?? false);
    const live = this.jobs.list().filter((j) => j.status === 'queued' || j.status === 'running');
    keepWorkspaceKeys([...(workspace ? [workspace.path] : []), ...live.flatMap((j) => (j.workspace ? [j.workspace] : []))]);
  }

  /**
   * A query on the query workers. What it asks to have audited (an unmasking) is written in the
   * workspace's write turn before the result is given: unmasked data is shown only once its
   * unmasking is on record, and a failure to record fails the call (audit.not_recorded).
   */
  private async query(method: MethodName, args: unknown): Promise<unknown> {
    const workspace = this.workspace?.path ?? null;
    const { result, audit } = await this.queries.requestAudited({ type: 'call', method, args, workspace, actor: this.actor });
    if (audit.length > 0 && workspace !== null) await this.jobs.recordAudit(workspace, audit);
    return result;
  }

  /** Start a job and wait for its result (the CLI's way); progress arrives through `onProgress`. */
  async runJob<M extends JobMethod>(
    method: M,
    rawArgs: ArgsIn<M>,
    onProgress?: (p: EngineEvents['job.progress']) => void,
  ): Promise<JobResults[M]> {
    const { jobId } = (await this.call(method, rawArgs)) as { jobId: string };
    const off = onProgress ? this.on('job.progress', (p) => p.id === jobId && onProgress(p)) : () => undefined;
    try {
      return (await this.jobs.wait(jobId)) as JobResults[M];
    } finally {
      off();
    }
  }

  /**
   * Starts a job on validated arguments; `notes` begin its log. A demo asked to `open` opens when
   * done (see openIfUnchanged).
   */
  startJob<M extends JobMethod>(method: M, args: Args<M>, notes: string[] = []): JobInfo {
    const workspace = method === 'demo.create' ? null : (this.workspace?.path ?? null);
    if (!jobsWithoutWorkspace.has(method) && !workspace) {
      throw new EngineError('workspace.none_open', 'Open or create a workspace first.');
    }
    const access = jobAccess[method](args, { workspace, workspacesDir: this.home.workspacesDir });
    const info = this.jobs.start(method, jobLabel(method, args), args, workspace, access, this.actor, notes);
    if (method === 'demo.create' && (args as Args<'demo.create'>).open) {
      const switchesWhenAsked = this.workspaces.count;
      this.jobs.wait(info.id).then(
        // A demo that cannot be opened stays in the job's result and on disk.
        (result) => this.workspaces.openIfUnchanged((result as WorkspaceInfo).path, switchesWhenAsked).catch(() => undefined),
        () => undefined,
      );
    }
    return info;
  }

  /** Worker-only operations (workspace preparation, job history), by default on the open workspace. */
  internal<K extends InternalOp>(op: K, args: InternalOps[K]['args'], workspace: string | null = this.workspace?.path ?? null) {
    return this.queries.internal(op, args, workspace);
  }

  openWorkspace(file: string, options: OpenWorkspaceOptions = {}): Promise<WorkspaceInfo> {
    return this.workspaces.open(file, options);
  }

  closeWorkspace(): Promise<void> {
    return this.workspaces.close();
  }

  refreshWorkspace(): Promise<WorkspaceInfo | null> {
    return this.workspaces.refresh();
  }

  /** Start-up: see firstLaunch.ts. */
  ensureWorkspace(options: { demo?: boolean } = {}): Promise<void> {
    return ensureWorkspace(this, options);
  }

  /** Ends the jobs (see JobManager.close), lets a workspace switch under way finish, then ends the query workers. */
  async close(): Promise<void> {
    this.scheduler.stop();
    await this.jobs.close();
    await this.workspaces.settled();
    await this.queries.close();
  }
}
