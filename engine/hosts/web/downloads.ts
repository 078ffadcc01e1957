// GET /download: the browser fetches back what the engine exported (quarantined rows as
// Excel). Only files inside the exports folder are served.
import fs from 'node:fs';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { baseSecurityHeaders, contentTypeOf } from '../shared/contentSecurity.js';
import { sendText } from './respond.js';

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
