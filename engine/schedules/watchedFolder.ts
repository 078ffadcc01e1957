// The new files of a watched folder: files the import reads (CSV, text, Excel) that the folder
// has not given this schedule before, by path, size and modification time (a file saved again is
// new again; the importer skips the rows it already holds). A file still being written, whose
// size or time changes while it is looked at, waits for the next run.
import fs from 'node:fs/promises';
import path from 'node:path';
import { EngineError } from '../api/errors.js';
import type { KnownFile } from './claim.js';

const IMPORTABLE = /\.(csv|tsv|txt|xlsx|xls)$/i;
/** Hidden files and the lock files Excel and LibreOffice keep beside an open workbook. */
const SKIPPED = /^(\.|~\$)/;

export interface FolderScan {
  /** Ready to import, oldest first. */
  ready: KnownFile[];
  /** Still being written. */
  waiting: KnownFile[];
}

const key = (f: KnownFile) => `${f.path}\u0000${f.bytes}\u0000${f.modifiedAt}`;

async function look(file: string): Promise<KnownFile | null> {
  const stat = await fs.stat(file).catch(() => null);
  return stat?.isFile() ? { path: file, bytes: stat.size, modifiedAt: stat.mtime.toISOString() } : null;
}

export async function scanFolder(folder: string, known: readonly KnownFile[], settleMs: number): Promise<FolderScan> {
  const entries = await fs.readdir(folder, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    throw new EngineError('schedules.folder_missing', `The watched folder ${folder} cannot be read (${error.code ?? error.message}). Check that it exists and is shared with this computer, or change the schedule.`, {
      folder,
      what: 'watched',
    });
  });
  const seen = new Set(known.map(key));
  const names = entries.filter((e) => e.isFile() && IMPORTABLE.test(e.name) && !SKIPPED.test(e.name)).map((e) => path.join(folder, e.name));
  const fresh = (await Promise.all(names.map(look))).filter((f): f is KnownFile => f !== null && !seen.has(key(f)));
  if (fresh.length === 0) return { ready: [], waiting: [] };
  await new Promise((resolve) => setTimeout(resolve, settleMs));
  const ready: KnownFile[] = [];
  const waiting: KnownFile[] = [];
  for (const before of fresh) {
    const after = await look(before.path);
    if (!after) continue; // gone (moved away) meanwhile
    (key(after) === key(before) ? ready : waiting).push(after);
  }
  ready.sort((a, b) => a.modifiedAt.localeCompare(b.modifiedAt) || a.path.localeCompare(b.path));
  return { ready, waiting };
}
