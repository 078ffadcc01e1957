// Files the browser hands the engine. A browser cannot give the engine a path on disk, so the
// UI uploads a file first (PUT /upload, streamed into a folder of its own under the uploads
// folder: files can be gigabytes), previews it and imports the returned path.
// An upload is a working copy, as large as the user's file: it is deleted as soon as an import
// of it has succeeded (the wizard then moves on and never reads it again). One the user left
// behind (a skipped file, a failed import not retried, a closed tab) is pruned once it is old,
// hourly while the host runs, not only at the next launch.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { safeFileName } from '../shared/fileNames.js';
import { sendJson } from './respond.js';

/** Long enough for a wizard left open overnight; a day's uploads can still be many gigabytes. */
const MAX_AGE_MS = 24 * 3600 * 1000;
const PRUNE_EVERY_MS = 3600 * 1000;

interface UploadInUse {
  /** Import jobs reading the upload that have not ended. */
  running: number;
  /** One of them succeeded: the upload has served its purpose. */
  imported: boolean;
}

export class Uploads {
  private readonly inUse = new Map<string, UploadInUse>();
  private timer: NodeJS.Timeout | undefined;

  constructor(readonly dir: string) {}

  /** Prunes now and then every hour until `stop`. */
  startPruning(): void {
    void this.prune();
    this.timer = setInterval(() => void this.prune(), PRUNE_EVERY_MS);
    this.timer.unref(); // pruning alone does not keep the process alive
  }

  stop(): void {
    clearInterval(this.timer);
  }

  async receive(name: string | null, req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!name) {
      sendJson(res, 400, { error: { code: 'validation', message: 'Give the file name as ?name=<file name>.' } });
      return;
    }
    const folder = path.join(this.dir, `${Date.now()}-${randomBytes(6).toString('hex')}`);
    const file = path.join(folder, safeFileName(name, 'upload'));
    try {
      await fs.promises.mkdir(folder, { recursive: true });
      await pipeline(req, fs.createWriteStream(file, { flags: 'wx' }));
    } catch (error) {
      await fs.promises.rm(folder, { recursive: true, force: true });
      if (!res.destroyed) {
        const code = (error as NodeJS.ErrnoException).code ?? 'io';
        sendJson(res, 500, { error: { code: 'io', message: `The file could not be stored (${code}). Check the free disk space and try again.` } });
      }
      return;
    }
    sendJson(res, 200, { path: file });
  }

  /**
   * An import job reads `file`. When it is an upload, the upload is deleted once the last job
   * reading it has ended and one of them succeeded. A failed or cancelled import keeps it: the
   * user goes back to the preview, changes the mapping and imports the same upload again.
   * Resolves when the job has ended and its upload is gone or kept.
   */
  async importing(file: string, job: Promise<unknown>): Promise<void> {
    const folder = this.folderOf(file);
    if (!folder) return; // a path on this computer given directly, not ours to delete
    const use = this.inUse.get(folder) ?? { running: 0, imported: false };
    use.running++;
    this.inUse.set(folder, use);
    const imported = await job.then(
      () => true,
      () => false,
    );
    use.running--;
    use.imported ||= imported;
    if (use.running > 0) return;
    this.inUse.delete(folder);
    if (use.imported) await this.remove(folder);
  }

  /** Removes uploads older than a day, except those an import is reading. */
  async prune(now = Date.now()): Promise<void> {
    let entries: fs.Dirent[];
    try {
      entries = await fs.promises.readdir(this.dir, { withFileTypes: true });
    } catch {
      return; // no uploads yet
    }
    for (const entry of entries) {
      const folder = path.join(this.dir, entry.name);
      const stamp = Number(entry.name.split('-')[0]);
      if (entry.isDirectory() && Number.isFinite(stamp) && now - stamp > MAX_AGE_MS && !this.inUse.has(folder)) await this.remove(folder);
    }
  }

  /** The upload folder holding `file`, or null when `file` is not an upload. */
  private folderOf(file: string): string | null {
    const root = path.resolve(this.dir);
    const folder = path.dirname(path.resolve(file));
    return path.dirname(folder) === root ? folder : null;
  }

  private async remove(folder: string): Promise<void> {
    try {
      await fs.promises.rm(folder, { recursive: true, force: true });
    } catch (error) {
      // Still open elsewhere (Windows) or already gone: the next prune tries again.
      console.error(`Could not remove the upload ${folder}: ${(error as Error).message}`);
    }
  }
}
