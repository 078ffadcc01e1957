import { z } from 'zod';
import { method } from '../method.js';
import type { AppInfo, Settings } from '../types.js';

export const appMethods = {
  'app.info': method<AppInfo>()('host', z.object({}).strict()),
  'settings.get': method<Settings>()('host', z.object({}).strict()),
  'settings.set': method<Settings>()(
    'host',
    z.object({ language: z.enum(['zh-CN', 'en']).nullable().optional() }).strict(),
  ),
  /** Electron only: a native file dialog. Other hosts answer `unsupported`. */
  'dialog.openFiles': method<{ paths: string[] }>()(
    'host',
    z
      .object({
        /** 'folder': a folder, not files (a scheduled import's watched folder, a backup folder). */
        purpose: z.enum(['import', 'workspace', 'folder']),
        multiple: z.boolean().default(false),
      })
      .strict(),
  ),
  'dialog.saveFile': method<{ path: string | null }>()(
    'host',
    z
      .object({
        purpose: z.enum(['workspace', 'export']),
        defaultName: z.string().min(1),
      })
      .strict(),
  ),
};
