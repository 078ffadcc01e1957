import fs from 'node:fs';
import nodePath from 'node:path';
import { EngineError } from '../api/errors.js';
import type { WorkspaceInfo } from '../api/types.js';
import { countUsers } from '../security/users.js';
import { getMeta, isEncryptedFile, openWorkspaceDb, setMeta, type Db } from '../store/database.js';
import { ownerIsGone } from '../worker/jobOwner.js';
import type { InternalHandler } from '../worker/protocol.js';

export function workspaceInfo(db: Db, path: string): WorkspaceInfo {
  return {
    path,
    name: getMeta(db, 'name') ?? nodePath.basename(path).replace(/\.[^.]+$/, ''),
    isDemo: getMeta(db, 'is_demo') === '1',
    schemaVersion: db.pragma('user_version', { simple: true }) as number,
    createdAt: getMeta(db, 'created_at') ?? '',
    // The database file alone: every writing job ends by folding what it can of the WAL into it
    // (worker/jobRunner.ts; a reader may hold part back until the next write job), so what a WAL holds
    // is mostly an import under way or pages about to be folded, not more of the workspace.
    sizeBytes: fs.statSync(path).size,
    encrypted: isEncryptedFile(path),
    hasProfiles: countUsers(db) > 0,
  };
}

/** Workspaces are never created over an existing file. */
export function refuseExisting(path: string): void {
  if (fs.existsSync(path)) {
    throw new EngineError('workspace.exists', `${path} already exists. Choose another name, or open it instead.`, { path });
  }
}

/** Creates a new, empty workspace file; refuses to overwrite an existing file. */
export function createWorkspace(path: string, name: string): Db {
  refuseExisting(path);
  fs.mkdirSync(nodePath.dirname(path), { recursive: true });
  const db = openWorkspaceDb(path, { create: true });
  setMeta(db, 'name', name);
  setMeta(db, 'created_at', new Date().toISOString());
  return db;
}

/** Jobs left 'running' by a process that is gone (it crashed or was killed) become 'interrupted'. */
function markInterrupted(db: Db, runningHere: ReadonlySet<string>): void {
  const running = db.prepare(`SELECT job_id, owner_pid, owner_host FROM jobs WHERE status = 'running'`).all() as {
    job_id: string;
    owner_pid: number | null;
    owner_host: string | null;
  }[];
  const gone = running.filter((row) => ownerIsGone(row.job_id, { pid: row.owner_pid, host: row.owner_host }, runningHere));
  if (gone.length === 0) return; // no write: another process may be importing into the workspace right now
  const mark = db.prepare(`UPDATE jobs SET status = 'interrupted', finished_at = ? WHERE job_id = ? AND status = 'running'`);
  const now = new Date().toISOString();
  db.transaction(() => gone.forEach((row) => mark.run(now, row.job_id)))();
}

const prepare: InternalHandler<'workspace.prepare'> = (_ctx, { path, create, name, readOnly, runningHere }) => {
  const db = readOnly
    ? openWorkspaceDb(path, { readonly: true })
    : create
      ? createWorkspace(path, name ?? nodePath.basename(path).replace(/\.[^.]+$/, ''))
      : openWorkspaceDb(path);
  try {
    if (!readOnly) markInterrupted(db, new Set(runningHere));
    return workspaceInfo(db, path);
  } finally {
    db.close();
  }
};

const info: InternalHandler<'workspace.info'> = (ctx, { path }) => workspaceInfo(ctx.db(), path);

export const workspaceOps = { 'workspace.prepare': prepare, 'workspace.info': info };
