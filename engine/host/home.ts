// The app's own folder (not a workspace): settings, recent workspaces, mapping templates,
// the default workspaces folder, uploads and exports of the web host.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Language, RecentWorkspace } from '../api/types.js';
import type { MappingTemplate } from '../api/importTypes.js';

export const APP_DIR_NAME = 'power-marketing-workbench';

/** WORKBENCH_HOME, or the platform's place for application data. */
export function defaultHome(): string {
  if (process.env.WORKBENCH_HOME) return path.resolve(process.env.WORKBENCH_HOME);
  if (process.platform === 'win32') return path.join(process.env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming'), APP_DIR_NAME);
  if (process.platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', APP_DIR_NAME);
  return path.join(process.env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config'), APP_DIR_NAME);
}

export interface StoredSettings {
  language: Language | null;
  recent: { path: string; name: string; openedAt: string }[];
}

const MAX_RECENT = 12;

/** Writes through a temporary file and a rename, so a crash never leaves half a file. */
function writeJsonAtomic(file: string, value: unknown): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(value, null, 2));
  fs.renameSync(tmp, file);
}

function readJson<T>(file: string, fallback: T): T {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
  } catch {
    return fallback; // missing or damaged: start from defaults rather than refuse to start
  }
}

export class Home {
  constructor(readonly dir: string) {}

  get workspacesDir(): string {
    return path.join(this.dir, 'workspaces');
  }
  get uploadsDir(): string {
    return path.join(this.dir, 'uploads');
  }
  get exportsDir(): string {
    return path.join(this.dir, 'exports');
  }

  private get settingsFile(): string {
    return path.join(this.dir, 'settings.json');
  }
  private get templatesFile(): string {
    return path.join(this.dir, 'templates.json');
  }

  settings(): StoredSettings {
    const stored = readJson<Partial<StoredSettings>>(this.settingsFile, {});
    return {
      language: stored.language === 'en' || stored.language === 'zh-CN' ? stored.language : null,
      recent: Array.isArray(stored.recent) ? stored.recent : [],
    };
  }

  saveSettings(settings: StoredSettings): void {
    writeJsonAtomic(this.settingsFile, settings);
  }

  recent(): RecentWorkspace[] {
    return this.settings().recent.map((r) => ({ ...r, exists: fs.existsSync(r.path) }));
  }

  addRecent(entry: { path: string; name: string }): void {
    const settings = this.settings();
    const recent = settings.recent.filter((r) => path.resolve(r.path) !== path.resolve(entry.path));
    recent.unshift({ ...entry, openedAt: new Date().toISOString() });
    this.saveSettings({ ...settings, recent: recent.slice(0, MAX_RECENT) });
  }

  forgetRecent(file: string): void {
    const settings = this.settings();
    this.saveSettings({ ...settings, recent: settings.recent.filter((r) => path.resolve(r.path) !== path.resolve(file)) });
  }

  templates(): MappingTemplate[] {
    const stored = readJson<MappingTemplate[]>(this.templatesFile, []);
    return Array.isArray(stored) ? stored : [];
  }

  saveTemplates(templates: MappingTemplate[]): void {
    writeJsonAtomic(this.templatesFile, templates);
  }
}
