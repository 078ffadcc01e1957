// Files in and out of the browser. The browser cannot hand the engine a path on disk, so the
// UI uploads a file first (PUT /upload, streamed to the uploads folder: files can be
// gigabytes) and imports the returned path. Exports are fetched back with GET /download,
// which serves only files inside the exports folder.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { baseSecurityHeaders, contentTypeOf } from '../shared/contentSecurity.js';
import { safeFileName } from '../shared/fileNames.js';
import { sendJson, sendText } from './respond.js';

/** Uploads are working copies; those older than this are removed at start-up. */
const UPLOAD_MAX_AGE_MS = 2 * 24 * 3600 * 1000;

export async function receiveUpload(uploadsDir: string, name: string | null, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (!name) {
    sendJson(res, 400, { error: { code: 'validation', message: 'Give the file name as ?name=<file name>.' } });
    return;
  }
  const folder = path.join(uploadsDir, `${Date.now()}-${randomBytes(6).toString('hex')}`);
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

/** Removes uploads left by earlier launches once they are old enough not to be in use. */
export async function pruneUploads(uploadsDir: string, now = Date.now()): Promise<void> {
  let entries: fs.Dirent[];
  try {
    entries = await fs.promises.readdir(uploadsDir, { withFileTypes: true });
  } catch {
    return; // no uploads yet
  }
  for (const entry of entries) {
    const stamp = Number(entry.name.split('-')[0]);
    if (entry.isDirectory() && Number.isFinite(stamp) && now - stamp > UPLOAD_MAX_AGE_MS) {
      await fs.promises.rm(path.join(uploadsDir, entry.name), { recursive: true, force: true });
    }
  }
}

export async function sendDownload(exportsDir: string, requested: string | null, res: ServerResponse): Promise<void> {
  const refuse = () => sendText(res, 403, 'Only files the workbench exported can be downloaded.');
  const root = path.resolve(exportsDir);
  const wanted = requested ? path.resolve(root, requested) : '';
  if (!isInside(wanted, root)) return refuse();
  let file: string;
  let stat: fs.Stats;
  try {
    // Real paths: a link inside the exports folder must not lead out of it.
    file = await fs.promises.realpath(wanted);
    if (!isInside(file, await fs.promises.realpath(root))) return refuse();
    stat = await fs.promises.stat(file);
  } catch {
    return sendText(res, 404, 'The exported file is no longer there. Export it again.');
  }
  if (!stat.isFile()) return refuse();
  res.writeHead(200, {
    ...baseSecurityHeaders,
    'Content-Type': contentTypeOf(file),
    'Content-Length': String(stat.size),
    'Content-Disposition': attachment(path.basename(file)),
    'Cache-Control': 'no-store',
  });
  await pipeline(fs.createReadStream(file), res).catch(() => undefined); // the browser went away
}

function isInside(file: string, dir: string): boolean {
  return file.startsWith(dir + path.sep);
}

/** Content-Disposition with an ASCII fallback and the UTF-8 name (RFC 6266 / RFC 5987). */
export function attachment(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
