// The open workspace and the switches between workspaces (open, create, close, refresh). A
// switch spans several worker round trips (prepare the file, then tell the query workers which
// workspace's connection to keep), so switches take turns: a finished demo's opening cannot interleave with
// the user's own choice.
import path from 'node:path';
import type { WorkspaceInfo } from '../api/types.js';
import type { EventHub } from './events.js';
import type { Home } from './home.js';
import type { QueryPool } from './queryPool.js';
import { jobsRunningHere } from './runningJobs.js';
import { Turns } from './turns.js';

export interface OpenWorkspaceOptions {
  create?: boolean;
  name?: string;
  readOnly?: boolean;
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

  /** Resolves once the switches asked for so far are done. */
  settled(): Promise<void> {
    return this.turns.run(async () => undefined);
  }

  private async switchTo(file: string, { create = false, name, readOnly = false }: OpenWorkspaceOptions = {}): Promise<WorkspaceInfo> {
    const info = await this.queries.internal(
      'workspace.prepare',
      { path: path.resolve(file), create, ...(name ? { name } : {}), readOnly, runningHere: jobsRunningHere() },
      null,
    );
    await this.queries.keep(info.path); // the query workers let go of the previous workspace
    this.current = info;
    this.switches++;
    if (!readOnly && this.rememberRecent) this.home.addRecent({ path: info.path, name: info.name });
    this.events.emit('workspace.changed', { workspace: info });
    return info;
  }
}
