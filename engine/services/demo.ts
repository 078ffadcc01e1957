// demo.create: generates a demo workspace as a job. It is written to `<path>.partial` and
// renamed into place only once complete: a cancelled or failed generation deletes the partial
// file, and one cut short by a killed process leaves only a partial file, which never opens as
// a workspace and which the next generation into the same path replaces. The job's history
// lands in the finished workspace.
import fs from 'node:fs';
import nodePath from 'node:path';
import { dataKinds, type WorkspaceInfo } from '../api/types.js';
import { refreshAll } from '../aggregates/refresh.js';
import { generateDemo } from '../demo/generate.js';
import { defaultDemoName, demoParams } from '../demo/params.js';
import type { JobHandlers } from './registry.js';
import type { JobContext } from './context.js';
import { createWorkspace, refuseExisting, workspaceInfo } from './workspace.js';

/**
 * A free file name in the app's workspaces folder: demo-<seed>.workbench, demo-<seed>-2.workbench, ...
 * Demos without a path run one at a time (engine/host/jobAccess.ts), so no other generation is
 * choosing a name meanwhile.
 */
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
    refuseExisting(path);
    const partial = `${path}.partial`;
    removeWorkspaceFiles(partial); // left by a generation whose process was killed
    const db = createWorkspace(partial, args.name ?? defaultDemoName(params));
    let info: WorkspaceInfo;
    try {
      ctx.log(`generating ${params.customers} customers over ${params.days} days into ${partial}`);
      db.pragma('synchronous = OFF'); // a failed generation deletes the file: no need to survive a crash midway
      generateDemo(db, params, {
        progress: (fraction, message, counts) => ctx.progress(fraction * 0.9, message, counts),
        checkCancelled: () => ctx.throwIfCancelled(),
      });
      ctx.progress(0.9, 'Overview aggregates and catalog');
      db.transaction(() => refreshAll(db))();
      db.pragma('synchronous = NORMAL');
      db.pragma('wal_checkpoint(TRUNCATE)'); // everything in the database file, so that its size is the workspace's
      info = { ...workspaceInfo(db, partial), path };
    } catch (error) {
      db.close();
      removeWorkspaceFiles(partial);
      throw error;
    }
    // Closing the last connection folds the WAL into the file and removes it: the partial file is
    // the whole workspace, and renaming it cannot separate it from its WAL.
    db.close();
    refuseExisting(path); // created by someone else while the demo was generated
    fs.renameSync(partial, path);
    ctx.useWorkspace(path);
    ctx.log(`demo workspace written to ${path}: ${(info.sizeBytes / 1e6).toFixed(0)} MB`);
    ctx.dataChanged([...dataKinds]);
    return info;
  },
};
