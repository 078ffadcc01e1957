// Methods answered by the host process itself: app and settings, workspaces, templates,
// jobs and native dialogs. They only touch small JSON files or ask the workers.
import path from 'node:path';
import type { Args, HostMethod, Result } from '../api/contract.js';
import { EngineError } from '../api/errors.js';
import type { JobInfo, Settings } from '../api/types.js';
import { safeFileName } from '../hosts/shared/fileNames.js';
import type { Engine } from './engine.js';
import { sessionHandlers } from './sessionHandlers.js';

export type HostHandlers = { [M in HostMethod]: (args: Args<M>) => Promise<Result<M>> };

/** A file name from a user-given workspace name: keeps Chinese, drops what file systems refuse. */
export function workspaceFileName(name: string): string {
  return `${safeFileName(name, 'workspace')}.workbench`;
}

export function hostHandlers(engine: Engine): HostHandlers {
  const settings = (): Settings => {
    const language = engine.home.settings().language;
    return { language, effectiveLanguage: language ?? engine.systemLanguage };
  };

  const requireDialogs = () => {
    if (!engine.options.dialogs) {
      throw new EngineError('unsupported', 'Native file dialogs are only available in the desktop app.');
    }
    return engine.options.dialogs;
  };

  return {
    'app.info': async () => ({
      version: engine.options.version,
      host: engine.options.host,
      platform: process.platform,
      capabilities: {
        nativeDialogs: Boolean(engine.options.dialogs),
        upload: engine.options.capabilities?.upload ?? false,
      },
      workspacesDir: engine.home.workspacesDir,
    }),
    'settings.get': async () => settings(),
    'settings.set': async ({ language }) => {
      const stored = engine.home.settings();
      if (language !== undefined) engine.home.saveSettings({ ...stored, language });
      return settings();
    },
    'dialog.openFiles': async ({ purpose, multiple }) => ({ paths: await requireDialogs().openFiles(purpose, multiple) }),
    'dialog.saveFile': async ({ purpose, defaultName }) => ({ path: await requireDialogs().saveFile(purpose, defaultName) }),

    'workspace.current': async () => engine.refreshWorkspace(),
    'workspace.recent': async () => engine.home.recent(),
    'workspace.create': async ({ path: given, name, passphrase }) => {
      const file = given ? path.resolve(given) : path.join(engine.home.workspacesDir, workspaceFileName(name!));
      return engine.openWorkspace(file, { create: true, name: name ?? path.basename(file).replace(/\.[^.]+$/, ''), passphrase });
    },
    'workspace.open': async ({ path: file, passphrase }) => engine.openWorkspace(file, { passphrase }),
    'workspace.close': async () => {
      await engine.closeWorkspace();
      return null;
    },
    'workspace.forget': async ({ path: file }) => {
      engine.home.forgetRecent(file);
      return engine.home.recent();
    },

    'templates.list': async () => engine.home.templates(),
    'templates.save': async ({ name, kind, mapping }) => {
      const templates = engine.home.templates().filter((t) => t.name !== name);
      templates.push({ name, kind, mapping, savedAt: new Date().toISOString() });
      templates.sort((a, b) => a.name.localeCompare(b.name));
      engine.home.saveTemplates(templates);
      return templates;
    },
    'templates.delete': async ({ name }) => {
      const templates = engine.home.templates().filter((t) => t.name !== name);
      engine.home.saveTemplates(templates);
      return templates;
    },

    'jobs.list': async ({ limit }) => {
      const live = engine.jobs.list();
      const seen = new Set(live.map((j) => j.id));
      const history = engine.workspace ? await engine.internal('jobs.history', { limit }) : [];
      const merged: JobInfo[] = [...live, ...history.filter((j) => !seen.has(j.id))];
      merged.sort((a, b) => b.startedAt.localeCompare(a.startedAt));
      return merged.slice(0, limit);
    },
    'jobs.get': async ({ id }) => {
      const live = engine.jobs.detail(id);
      if (live) return live;
      const stored = engine.workspace ? await engine.internal('jobs.detail', { id }) : null;
      if (!stored) throw new EngineError('not_found', `No job ${id} in this session or in the open workspace.`, { id });
      return stored;
    },
    'jobs.cancel': async ({ id }) => ({ cancelled: engine.jobs.cancel(id) }),
    'schedules.runNow': async ({ scheduleId }) => ({ runId: (await engine.scheduler.runNow(scheduleId)).runId }),
    ...sessionHandlers(engine),
  };
}
