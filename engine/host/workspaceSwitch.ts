// The open workspace and the switches between workspaces (open, create, close, refresh). A
// switch spans several worker round trips (prepare the file, then tell the query workers which
// workspace's connection to keep), so switches take turns: a finished demo's opening cannot interleave with
// the user's own choice.
import path from 'node:path';
import { EngineError } from '../api/errors.js';
import type { WorkspaceInfo } from '../api/types.js';
import { setWorkspaceKey, workspaceKey } from '../store/keyring.js';
import type { EventHub } from './events.js';
import type { Home } from './home.js';
import type { QueryPool } from './queryPool.js';
import { jobsRunningHere } from './runningJobs.js';
import { Turns } from './turns.js';

export interface OpenWorkspaceOptions {
  create?: boolean;
  name?: string;
  readOnly?: boolean;
  /** An encrypted workspace's passphrase (with `create`: encrypt the new one with it). */
  passphrase?: string;
}

/** A job under way and its end. */
export interface StartedJob {
  id: string;
  done: Promise<unknown>;
}

export class WorkspaceSwitch {
  private current: WorkspaceInfo | null = null;
  private readonly turns = new Turns();
  /** Opens and closes so far: a demo asked to open when done does not open over a later choice. */
  private switches = 0;

  constructor(
    private readonly queries: QueryPool,
    private readonly home: Home,
    private readonly events: EventHub,
    /** Add opened workspaces to the recent list (the CLI opts out). */
    private readonly rememberRecent: boolean,
  ) {}

  get workspace(): WorkspaceInfo | null {
    return this.current;
  }

  /** Switches so far; pass it to openIfUnchanged. */
  get count(): number {
    return this.switches;
  }

  /**
   * Opens a workspace (with `create`, a new one, named `name`). `readOnly`: without writing to it
   * at all (no migration, no job marked interrupted, not added to the recent list), for a look
   * at a workspace that another process may be writing, such as the CLI's `info`.
   */
  open(file: string, options: OpenWorkspaceOptions = {}): Promise<WorkspaceInfo> {
    return this.turns.run(() => this.switchTo(file, options));
  }

  /**
   * Opens `file` when no workspace is open, or when no switch happened since `count` was
   * `switchesWhenAsked`: a workspace the user opened (or created) since stays open.
   */
  openIfUnchanged(file: string, switchesWhenAsked: number): Promise<void> {
    return this.turns.run(async () => {
      if (this.current && this.switches !== switchesWhenAsked) return;
      await this.switchTo(file);
    });
  }

  close(): Promise<void> {
    return this.turns.run(async () => {
      await this.queries.keep(null);
      this.current = null;
      this.switches++;
      this.events.emit('workspace.changed', { workspace: null });
    });
  }

  /** The open workspace's info again (its size changes with imports). */
  refresh(): Promise<WorkspaceInfo | null> {
    return this.turns.run(async () => {
      if (!this.current) return null;
      this.current = await this.queries.internal('workspace.info', { path: this.current.path }, this.current.path);
      return this.current;
    });
  }

  /**
   * Encrypts, rekeys or decrypts the open workspace (`passphrase` null) with the job `start` starts,
   * in a turn of its own: the query workers let go of the file first (a rekey needs it to itself)
   * and take it up again with the new passphrase once the job has ended. Resolves with the job's
   * id once it has started.
   */
  changePassphrase(passphrase: string | null, start: () => StartedJob): Promise<string> {
    const current = this.current;
    if (!current) return Promise.reject(new EngineError('workspace.none_open', 'Open or create a workspace first.'));
    return new Promise<string>((started, failed) => {
      void this.turns.run(async () => {
        let job: StartedJob;
        try {
          await this.queries.keep(null);
          job = start();
        } catch (error) {
          await this.queries.keep(current.path).catch(() => undefined);
          failed(error);
          return;
        }
        started(job.id);
        const succeeded = await job.done.then(
          () => true,
          () => false,
        );
        if (succeeded) setWorkspaceKey(current.path, passphrase ?? undefined);
        if (this.current?.path === current.path) {
          this.current = await this.queries.internal('workspace.info', { path: current.path }, current.path).catch(() => this.current);
        }
        await this.queries.keep(current.path).catch(() => undefined);
      });
    });
  }

  /** Resolves once the switches asked for so far are done. */
  settled(): Promise<void> {
    return this.turns.run(async () => undefined);
  }

  private async switchTo(file: string, { create = false, name, readOnly = false, passphrase }: OpenWorkspaceOptions = {}): Promise<WorkspaceInfo> {
    const resolved = path.resolve(file);
    // The passphrase goes with every request naming the file (workerClient.ts), this one first.
    const known = workspaceKey(resolved);
    if (passphrase !== undefined) setWorkspaceKey(resolved, passphrase);
    let info: WorkspaceInfo;
    try {
      info = await this.queries.internal(
        'workspace.prepare',
        { path: resolved, create, ...(name ? { name } : {}), readOnly, runningHere: jobsRunningHere() },
        resolved,
      );
    } catch (error) {
      setWorkspaceKey(resolved, known);
      throw error;
    }
    if (!info.encrypted) setWorkspaceKey(resolved, undefined); // one given for a plain file is not used
    await this.queries.keep(info.path); // the query workers let go of the previous workspace
    this.current = info;
    this.switches++;
    if (!readOnly && this.rememberRecent) this.home.addRecent({ path: info.path, name: info.name });
    this.events.emit('workspace.changed', { workspace: info });
    return info;
  }
}
