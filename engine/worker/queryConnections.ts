// The connections a query worker reads workspaces through. It keeps one, read-only, to the open
// workspace, which the host names at every switch ('connections.keep'): queries only read, and
// the workspace was brought up to date when it was opened ('workspace.prepare'). A request for
// another workspace (sent just before a switch, arriving after it) is answered through a
// connection of its own, closed with the answer: a connection to a workspace the user has left
// would hold its file open for as long as the app runs.
import { EngineError } from '../api/errors.js';
import type { AuditNote } from '../api/auditTypes.js';
import type { Actor } from '../api/types.js';
import type { QueryContext } from '../services/context.js';
import { openWorkspaceDb, type Db } from '../store/database.js';

function connect(workspace: string | null): Db {
  if (!workspace) throw new EngineError('workspace.none_open', 'Open or create a workspace first.');
  return openWorkspaceDb(workspace, { readonly: true });
}

export class QueryConnections {
  private kept: string | null = null;
  private keptDb: Db | null = null;

  /** From now on keep a connection to `workspace` only (null: none is open); closes the one kept so far. */
  keep(workspace: string | null): null {
    this.keptDb?.close();
    this.keptDb = null;
    this.kept = workspace;
    return null;
  }

  /**
   * Answers a request on `workspace`, through the kept connection when it is the open one;
   * `audit` takes what the handler asks to have recorded.
   */
  async answer<T>(workspace: string | null, actor: Actor, answer: (ctx: QueryContext) => T | Promise<T>, audit: (note: AuditNote) => void): Promise<T> {
    if (workspace !== null && workspace === this.kept) {
      return answer({ workspace, actor, audit, db: () => (this.keptDb ??= connect(workspace)) });
    }
    let own: Db | null = null;
    try {
      return await answer({ workspace, actor, audit, db: () => (own ??= connect(workspace)) });
    } finally {
      (own as Db | null)?.close(); // assigned inside the context
    }
  }
}
