// Files attached to a case (photos of the meter, the inspection report), stored in the workspace
// so that the case travels with it: name, media type, size, SHA-256 and the bytes.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { CaseFileInfo } from '../../api/casesTypes.js';
import { EngineError } from '../../api/errors.js';
import { writeInPlace } from '../../core/exportFile.js';
import type { Db } from '../../store/database.js';
import { appendHistory, whoIs } from './history.js';
import { caseRow } from './rows.js';

/** Larger files belong in a document system; the workspace is copied and backed up whole. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

const mediaTypes: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.heic': 'image/heic',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain',
  '.csv': 'text/csv',
  '.doc': 'application/msword',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xls': 'application/vnd.ms-excel',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.mp4': 'video/mp4',
  '.zip': 'application/zip',
};

export function mediaTypeOf(name: string): string {
  return mediaTypes[path.extname(name).toLowerCase()] ?? 'application/octet-stream';
}

export interface AttachArgs {
  caseId: number;
  path: string;
  /** The name kept (default: the file's own; an upload's stored name may differ from the user's). */
  name?: string;
  user?: string;
}

export function attachFile(db: Db, args: AttachArgs, now = new Date().toISOString()): CaseFileInfo {
  caseRow(db, args.caseId);
  const size = fs.statSync(args.path).size;
  if (size > MAX_FILE_BYTES) {
    throw new EngineError(
      'cases.file_too_large',
      `${path.basename(args.path)} is ${(size / 1048576).toFixed(1)} MB; a case keeps files up to ${MAX_FILE_BYTES / 1048576} MB. Attach a smaller copy (a reduced photo, a PDF of the pages needed).`,
      { path: args.path, size, limit: MAX_FILE_BYTES },
    );
  }
  const content = fs.readFileSync(args.path);
  // Only a name: written out later into a folder, it must not climb out of it.
  const name = path.basename(args.name ?? args.path);
  const info = { name, type: mediaTypeOf(name), size: content.length, sha256: createHash('sha256').update(content).digest('hex'), at: now, who: whoIs(args.user) };
  const fileId = db.transaction(() => {
    const id = Number(
      db
        .prepare('INSERT INTO theft_case_files (case_id, name, type, size, sha256, at, who, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
        .run(args.caseId, info.name, info.type, info.size, info.sha256, now, info.who, content).lastInsertRowid,
    );
    appendHistory(db, args.caseId, now, info.who, 'file', { fileId: id, name, size: info.size, sha256: info.sha256 });
    db.prepare('UPDATE theft_cases SET updated_at = ? WHERE case_id = ?').run(now, args.caseId);
    return id;
  })();
  return { fileId, ...info };
}

export interface FileTarget {
  fileId: number;
  /** Where to write; default: the file's own name in `folder`. */
  path?: string;
  overwrite?: boolean;
  folder: string;
}

/** Writes an attachment's bytes out, landing as every export's file does (core/exportFile.ts). */
export async function writeCaseFile(db: Db, target: FileTarget): Promise<{ path: string; fileName: string }> {
  const row = db.prepare('SELECT name, content FROM theft_case_files WHERE file_id = ?').get(target.fileId) as { name: string; content: Buffer } | undefined;
  if (!row) throw new EngineError('cases.file_not_found', `There is no attached file ${target.fileId} in this workspace.`, { fileId: target.fileId });
  const file = target.path ?? freeName(target.folder, row.name);
  await writeInPlace(file, target.overwrite, (temporary) => fs.writeFileSync(temporary, row.content));
  return { path: file, fileName: path.basename(file) };
}

function freeName(folder: string, name: string): string {
  const ext = path.extname(name);
  const base = path.basename(name, ext);
  let file = path.join(folder, name);
  for (let n = 2; fs.existsSync(file); n++) file = path.join(folder, `${base}-${n}${ext}`);
  return file;
}
