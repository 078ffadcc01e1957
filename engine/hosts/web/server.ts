// The loopback HTTP server in front of one Engine: 127.0.0.1 only, every request checked by
// Access, then routed to the UI files, the API, uploads, downloads or the event socket.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Engine } from '../../host/engine.js';
import { Access } from './access.js';
import { handleApiCall } from './api.js';
import { EventSocket } from './eventSocket.js';
import { sendText } from './respond.js';
import { sendDownload } from './downloads.js';
import { serveUi } from './uiAssets.js';
import { Uploads } from './uploads.js';

export interface WebServerOptions {
  /** 0 picks a free port. */
  port: number;
  /** The built renderer. */
  uiDir: string;
}

export interface WebServer {
  readonly url: string;
  readonly port: number;
  readonly token: string;
  close(): Promise<void>;
}

export async function startWebServer(engine: Engine, options: WebServerOptions): Promise<WebServer> {
  const server = http.createServer();
  server.headersTimeout = 30_000;
  server.requestTimeout = 0; // uploads of several gigabytes take as long as they take
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const access = new Access(port);
  const events = new EventSocket(engine, access);
  const uploads = new Uploads(engine.home.uploadsDir);
  uploads.startPruning();

  server.on('request', (req, res) => {
    // Set first, so that every answer carries it: no other page may embed any of ours (a
    // script, an image, a download), whether or not it could send our cookie.
    res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
    route({ engine, access, uploads, uiDir: options.uiDir }, req, res).catch((error: unknown) => {
      console.error(`${req.method} ${req.url} failed:`, error);
      if (!res.headersSent) sendText(res, 500, 'The workbench could not answer this request; see its console.');
      else res.destroy();
    });
  });
  server.on('upgrade', (req, socket, head) => {
    if (new URL(req.url ?? '/', 'http://localhost').pathname !== '/events') {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    events.upgrade(req, socket, head);
  });

  return {
    url: access.url,
    port,
    token: access.token,
    close: async () => {
      uploads.stop();
      events.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

interface Routes {
  engine: Engine;
  access: Access;
  uploads: Uploads;
  uiDir: string;
}

async function route({ engine, access, uploads, uiDir }: Routes, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  if (!access.hostAllowed(req)) {
    return sendText(res, 421, `This server only answers requests for http://127.0.0.1:${access.port}/.`);
  }
  const url = new URL(req.url ?? '/', `http://127.0.0.1:${access.port}`);
  const method = req.method ?? 'GET';
  const offered = url.searchParams.get('token');
  if (offered !== null && (method === 'GET' || method === 'HEAD')) {
    if (!access.matches(offered)) return unauthorized(res);
    // Trade the token in the address for a cookie, so that it leaves the address bar and history.
    url.searchParams.delete('token');
    // One leading slash: '//host' in Location would send the browser to another site.
    const location = '/' + url.pathname.replace(/^\/+/, '') + url.search;
    return sendText(res, 303, 'Signed in.', { Location: location, 'Set-Cookie': access.setCookieHeader() });
  }
  if (!access.authenticated(req)) return unauthorized(res);
  const changes = method !== 'GET' && method !== 'HEAD';
  // The UI's pages may be opened from anywhere (a link, a bookmark): another page cannot read
  // them, and CORP keeps it from embedding them. The API, uploads and downloads hold data.
  const data = url.pathname.startsWith('/api/') || url.pathname === '/upload' || url.pathname === '/download';
  if ((changes && !access.originAllowedIfPresent(req)) || (data && !access.sentByOurPageOrUser(req))) {
    return sendText(res, 403, 'Requests from other web pages are refused.');
  }

  if (url.pathname.startsWith('/api/')) {
    if (method !== 'POST') return sendText(res, 405, 'Call API methods with POST.', { Allow: 'POST' });
    let name: string;
    try {
      name = decodeURIComponent(url.pathname.slice('/api/'.length));
    } catch {
      return sendText(res, 400, 'The method name in the address is not valid.');
    }
    return handleApiCall(engine, uploads, name, req, res);
  }
  if (url.pathname === '/upload') {
    if (method !== 'PUT') return sendText(res, 405, 'Upload files with PUT.', { Allow: 'PUT' });
    return uploads.receive(url.searchParams.get('name'), req, res);
  }
  if (url.pathname === '/download') {
    if (method !== 'GET') return sendText(res, 405, 'Download files with GET.', { Allow: 'GET' });
    return sendDownload(engine.home.exportsDir, url.searchParams.get('path'), res);
  }
  if (method !== 'GET' && method !== 'HEAD') return sendText(res, 405, 'Method not allowed.', { Allow: 'GET, HEAD' });
  return serveUi(uiDir, url.pathname, access.socketOrigins, req, res);
}

function unauthorized(res: http.ServerResponse): void {
  sendText(res, 401, 'Access token missing or wrong. Open the address the workbench printed when it started (it ends in ?token=...).');
}
