// GET of the built user interface. HTML pages carry the strict Content-Security-Policy;
// hashed assets are cached for good, everything else is revalidated.
import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { baseSecurityHeaders, contentTypeOf, htmlSecurityHeaders } from '../shared/contentSecurity.js';
import { resolveUiFile } from '../shared/uiFiles.js';
import { sendText } from './respond.js';

export async function serveUi(
  uiDir: string,
  pathname: string,
  socketOrigins: string[],
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const found = resolveUiFile(uiDir, pathname);
  if (!found) {
    if (!fs.existsSync(path.join(uiDir, 'index.html'))) {
      return sendText(res, 503, 'The user interface is not built. Run `npm run build`, then start the workbench again.');
    }
    return sendText(res, 404, 'Not found.');
  }
  let size: number;
  try {
    size = (await fs.promises.stat(found.file)).size;
  } catch {
    return sendText(res, 404, 'Not found.');
  }
  const immutable = pathname.startsWith('/assets/') && !found.isHtml;
  res.writeHead(200, {
    ...(found.isHtml ? htmlSecurityHeaders(socketOrigins) : baseSecurityHeaders),
    'Content-Type': contentTypeOf(found.file),
    'Content-Length': String(size),
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  await pipeline(fs.createReadStream(found.file), res).catch(() => undefined); // the browser went away
}
