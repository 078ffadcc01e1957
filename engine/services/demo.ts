// demo.create: generates a demo workspace as a job. The new file becomes the job's workspace
// at once (its job history lands there); a cancelled or failed generation leaves no file.
import fs from 'node:fs';
import nodePath from 'node:path';
import type { Db } from '../store/database.js';
import { refreshAll } from '../aggregates/refresh.js';
import { generateDemo } from '../demo/generate.js';
import { defaultDemoName, demoParams } from '../demo/params.js';
import type { JobHandlers } from './registry.js';
import type { JobContext } from './context.js';
import { createWorkspace, workspaceInfo } from './workspace.js';

/** A free file name in the app's workspaces folder: demo-<seed>.workbench, demo-<seed>-2.workbench, ... */
function defaultDemoPath(ctx: JobContext, seed: number): string {
  for (let n = 1; ; n++) {
    const candidate = nodePath.join(ctx.workspacesDir, n === 1 ? `demo-${seed}.workbench` : `demo-${seed}-${n}.workbench`);
    if (!fs.existsSync(candidate)) return candidate;
  }
}

function removeWorkspaceFiles(path: string): void {
  for (const file of [path, `${path}-wal`, `${path}-shm`]) fs.rmSync(file, { force: true });
}

export const demoJobs: Pick<JobHandlers, 'demo.create'> = {
  'demo.create': (ctx, args) => {
    const params = demoParams(args);
    const path = nodePath.resolve(args.path ?? defaultDemoPath(ctx, params.seed));
    let db: Db | null = createWorkspace(path, args.name ?? defaultDemoName(params));
    try {
      ctx.useWorkspace(path);
      ctx.log(`generating ${params.customers} customers over ${params.days} days into ${path}`);
      db.pragma('synchronous = OFF'); // a failed generation deletes the file: no need to survive a crash midway
      generateDemo(db, params, {
        progress: (fraction, message, counts) => ctx.progress(fraction * 0.9, message, counts),
        checkCancelled: () => ctx.throwIfCancelled(),
      });
      ctx.progress(0.9, 'Overview aggregates and catalog');
      db.transaction(() => refreshAll(db!))();
      db.pragma('synchronous = NORMAL');
      db.pragma('wal_checkpoint(TRUNCATE)');
      const info = workspaceInfo(db, path);
      ctx.log(`demo workspace written: ${(info.sizeBytes / 1e6).toFixed(0)} MB`);
      return info;
    } catch (error) {
      db.close();
      db = null;
      // The job's own connection (its history row) must be closed before the file can go on every platform.
      ctx.db().close();
      removeWorkspaceFiles(path);
      throw error;
    } finally {
      db?.close();
    }
  },
};
