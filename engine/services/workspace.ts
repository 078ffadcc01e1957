import fs from 'node:fs';
import nodePath from 'node:path';
import { EngineError } from '../api/errors.js';
import type { WorkspaceInfo } from '../api/types.js';
import { getMeta, openWorkspaceDb, setMeta, type Db } from '../store/database.js';
import type { InternalHandler } from '../worker/protocol.js';

export function workspaceInfo(db: Db, path: string): WorkspaceInfo {
  return {
    path,
    name: getMeta(db, 'name') ?? nodePath.basename(path).replace(/\.[^.]+$/, ''),
    isDemo: getMeta(db, 'is_demo') === '1',
    schemaVersion: db.pragma('user_version', { simple: true }) as number,
    createdAt: getMeta(db, 'created_at') ?? '',
    // The database file alone: every writing job ends by folding the WAL into it (worker/jobRunner.ts),
    // so what a WAL holds otherwise is mostly an import still under way, not yet part of the workspace.
    sizeBytes: fs.statSync(path).size,
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

const prepare: InternalHandler<'workspace.prepare'> = (_ctx, { path, create, name, markInterrupted }) => {
  const db = create
    ? createWorkspace(path, name ?? nodePath.basename(path).replace(/\.[^.]+$/, ''))
    : openWorkspaceDb(path);
  try {
    if (markInterrupted) {
      db.prepare(`UPDATE jobs SET status = 'interrupted', finished_at = ? WHERE status = 'running'`).run(new Date().toISOString());
    }
    return workspaceInfo(db, path);
  } finally {
    db.close();
  }
};

const info: InternalHandler<'workspace.info'> = (ctx, { path }) => workspaceInfo(ctx.db(), path);

export const workspaceOps = { 'workspace.prepare': prepare, 'workspace.info': info };
