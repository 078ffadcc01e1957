import { z } from 'zod';
import { isoDay } from '../isoDates.js';
import { method, type JobHandle } from '../method.js';
import type { RecentWorkspace, WorkspaceInfo } from '../types.js';
import { MAX_PATH_LENGTH } from '../filePath.js';

const path = z.string().min(1, 'A file path is required').max(MAX_PATH_LENGTH);
/** An encrypted workspace's passphrase: kept in memory while it is open, never written anywhere. */
const passphrase = z.string().min(1).max(500);

export const workspaceMethods = {
  'workspace.current': method<WorkspaceInfo | null>()('host', z.object({}).strict()),
  'workspace.recent': method<RecentWorkspace[]>()('host', z.object({}).strict()),
  /** Create an empty workspace: at `path`, or named `name` in the workspaces folder; encrypted with `passphrase`. */
  'workspace.create': method<WorkspaceInfo>()(
    'host',
    z
      .object({ path: path.optional(), name: z.string().trim().min(1).max(120).optional(), passphrase: passphrase.optional() })
      .strict()
      .refine((a) => a.path !== undefined || a.name !== undefined, 'Give a path or a name'),
  ),
  'workspace.open': method<WorkspaceInfo>()('host', z.object({ path, passphrase: passphrase.optional() }).strict()),
  'workspace.close': method<null>()('host', z.object({}).strict()),
  'workspace.forget': method<RecentWorkspace[]>()('host', z.object({ path }).strict()),
  /**
   * Generate a demo workspace (a job); the result is its WorkspaceInfo. Opens it when `open`.
   * `name`: the workspace's name in the user's language; an English one by default.
   */
  'demo.create': method<JobHandle>()(
    'job',
    z
      .object({
        path: path.optional(),
        seed: z.number().int().min(0).default(1),
        customers: z.number().int().min(50).max(200_000).default(5000),
        days: z.number().int().min(14).max(1500).default(730),
        /** Last day of generated data, 'YYYY-MM-DD'. */
        endDate: isoDay.optional(),
        open: z.boolean().default(true),
        name: z.string().trim().min(1).max(120).optional(),
      })
      .strict(),
  ),
};
