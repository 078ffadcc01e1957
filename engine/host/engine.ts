// The engine as a host process sees it: one object serving the whole API contract.
// It validates arguments, answers host methods itself, sends queries to the query workers
// and jobs to the job pool, and publishes events. It never does heavy work on its thread.
import os from 'node:os';
import path from 'node:path';
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
import type { AppInfo, HostCapabilities, Language, WorkspaceInfo } from '../api/types.js';
import { demoWorkspaceName } from '../demo/params.js';
import type { InternalOp, InternalOps } from '../worker/protocol.js';
import { EventHub } from './events.js';
import { Home, defaultHome } from './home.js';
import { jobAccess } from './jobAccess.js';
import { JobManager, jobsRunningInThisProcess } from './jobManager.js';
import { QueryPool } from './queryPool.js';
import { Turns } from './turns.js';
import { hostHandlers, type HostHandlers } from './hostHandlers.js';

/** Query workers: two, so that one slow read does not hold up the quick ones behind it. */
const QUERY_WORKERS = 2;

export interface DialogProvider {
  openFiles(purpose: 'import' | 'workspace', multiple: boolean): Promise<string[]>;
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
}

export interface OpenWorkspaceOptions {
  create?: boolean;
  name?: string;
  readOnly?: boolean;
}

export class Engine {
  readonly home: Home;
  readonly events = new EventHub();
  readonly jobs: JobManager;
  readonly options: EngineOptions;
  private readonly queries: QueryPool;
  private readonly handlers: HostHandlers;
  private current: WorkspaceInfo | null = null;
  /** Workspace switches, one at a time: a finished demo's opening cannot interleave with the user's. */
  private readonly switches = new Turns();
  /** Opens and closes so far: a demo asked to open when done does not open over a later choice. */
  private switchCount = 0;

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
    this.handlers = hostHandlers(this);
  }

  get workspace(): WorkspaceInfo | null {
    return this.current;
  }

  get systemLanguage(): Language {
    const locale = this.options.systemLocale ?? Intl.DateTimeFormat().resolvedOptions().locale;
    return /^zh/i.test(locale) ? 'zh-CN' : 'en';
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
    switch (def.mode) {
      case 'host':
        return (this.handlers[method as HostMethod] as (a: unknown) => Promise<unknown>)(args) as Promise<Result<M>>;
      case 'query':
        return this.queries.request({ type: 'call', method, args, workspace: this.current?.path ?? null }) as Promise<
          Result<M>
        >;
      case 'job':
        return { jobId: this.startJob(method as JobMethod, args as Args<JobMethod>).id } as Result<M>;
    }
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

  private startJob<M extends JobMethod>(method: M, args: Args<M>) {
    const label = jobLabel(method, args);
    const workspace = method === 'demo.create' ? null : (this.current?.path ?? null);
    if (method !== 'demo.create' && !workspace) {
      throw new EngineError('workspace.none_open', 'Open or create a workspace first.');
    }
    const info = this.jobs.start(method, label, args, workspace, jobAccess[method](args, { workspace, workspacesDir: this.home.workspacesDir }));
    if (method === 'demo.create' && (args as Args<'demo.create'>).open) {
      const switchesWhenAsked = this.switchCount;
      this.jobs.wait(info.id).then(
        (result) => this.openFinishedDemo((result as WorkspaceInfo).path, switchesWhenAsked),
        () => undefined,
      );
    }
    return info;
  }

  /**
   * Opens a demo that finished generating, as its caller asked: when no workspace is open, or
   * when the open one is still the one open when the demo was asked for. A workspace the user
   * opened (or created) since stays open.
   */
  private openFinishedDemo(file: string, switchesWhenAsked: number): Promise<void> {
    return this.switches.run(async () => {
      if (this.current && this.switchCount !== switchesWhenAsked) return;
      await this.switchTo(file).catch(() => undefined); // the demo stays in the job's result and on disk
    });
  }

  /** Worker-only operations (workspace preparation, job history). */
  internal<K extends InternalOp>(op: K, args: InternalOps[K]['args'], workspace: string | null = this.current?.path ?? null) {
    return this.queries.request({ type: 'call', method: op, args, workspace }) as Promise<InternalOps[K]['result']>;
  }

  /** Every query worker lets go of its connections (before a workspace is closed or switched). */
  private closeConnections(): Promise<void> {
    return this.queries.broadcast({ type: 'call', method: 'connections.close', args: {}, workspace: null });
  }

  /**
   * Opens a workspace (with `create`, a new one, named `name`). `readOnly`: without writing to it
   * at all (no migration, no job marked interrupted, not added to the recent list), for a look
   * at a workspace that another process may be writing, such as the CLI's `info`.
   */
  openWorkspace(file: string, options: OpenWorkspaceOptions = {}): Promise<WorkspaceInfo> {
    return this.switches.run(() => this.switchTo(file, options));
  }

  private async switchTo(file: string, { create = false, name, readOnly = false }: OpenWorkspaceOptions = {}): Promise<WorkspaceInfo> {
    const info = await this.internal(
      'workspace.prepare',
      { path: path.resolve(file), create, ...(name ? { name } : {}), readOnly, runningHere: jobsRunningInThisProcess() },
      null,
    );
    await this.closeConnections();
    this.current = info;
    this.switchCount++;
    if (!readOnly && (this.options.rememberRecent ?? true)) this.home.addRecent({ path: info.path, name: info.name });
    this.events.emit('workspace.changed', { workspace: info });
    return info;
  }

  closeWorkspace(): Promise<void> {
    return this.switches.run(async () => {
      await this.closeConnections();
      this.current = null;
      this.switchCount++;
      this.events.emit('workspace.changed', { workspace: null });
    });
  }

  /** Refresh the open workspace's info (its size changes with imports). */
  refreshWorkspace(): Promise<WorkspaceInfo | null> {
    return this.switches.run(async () => {
      if (!this.current) return null;
      this.current = await this.internal('workspace.info', { path: this.current.path });
      return this.current;
    });
  }

  /** The language in effect: the user's setting, else the system's. */
  get effectiveLanguage(): Language {
    return this.home.settings().language ?? this.systemLanguage;
  }

  /**
   * Start-up: reopen the last workspace; with none, open (or generate) the demo workspace
   * unless `demo` is false. Generation runs as a job, so the UI shows its progress; the demo
   * is named in the language in effect.
   */
  async ensureWorkspace({ demo = true }: { demo?: boolean } = {}): Promise<void> {
    const last = this.home.recent().find((r) => r.exists);
    if (last) {
      try {
        await this.openWorkspace(last.path);
        return;
      } catch {
        // unreadable now (moved, damaged): fall through to the demo
      }
    }
    if (!demo) return;
    const demoPath = path.join(this.home.workspacesDir, 'demo.workbench');
    try {
      await this.openWorkspace(demoPath);
    } catch (error) {
      if (!(error instanceof EngineError) || error.code !== 'not_found') throw error;
      const args = contract['demo.create'].args.parse({ path: demoPath, open: true });
      await this.call('demo.create', { ...args, name: demoWorkspaceName(args.customers, this.effectiveLanguage) });
    }
  }

  async close(): Promise<void> {
    await this.jobs.close();
    await this.queries.terminate();
  }
}

function jobLabel<M extends JobMethod>(method: M, args: Args<M>): string {
  switch (method) {
    case 'demo.create': {
      const a = args as Args<'demo.create'>;
      return `demo workspace: ${a.customers} customers, ${a.days} days`;
    }
    case 'import.run':
      return path.basename((args as Args<'import.run'>).path);
    case 'import.exportQuarantine':
      return `quarantined rows of import ${(args as Args<'import.exportQuarantine'>).importId}`;
    default:
      return method satisfies never;
  }
}
