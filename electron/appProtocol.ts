// The app's pages come from app://workbench/, a privileged custom scheme, never from file://:
// a file:// page could read any local file, and its origin is shared by every file.
import fs from 'node:fs';
import { protocol } from 'electron';
import { baseSecurityHeaders, contentTypeOf, htmlSecurityHeaders } from '../engine/hosts/shared/contentSecurity.js';
import { resolveUiFile } from '../engine/hosts/shared/uiFiles.js';

export const APP_SCHEME = 'app';
export const APP_HOST = 'workbench';
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/`;

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/** True for a URL of the app's own pages. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/** Serves the built renderer; HTML pages carry the same CSP as the web host's. */
export function serveApp(uiDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const notFound = () => new Response('Not found', { status: 404, headers: { ...baseSecurityHeaders } });
    if (!isAppUrl(request.url) || (request.method !== 'GET' && request.method !== 'HEAD')) return notFound();
    const found = resolveUiFile(uiDir, new URL(request.url).pathname);
    if (!found) return notFound();
    const body = await fs.promises.readFile(found.file);
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers: {
        ...(found.isHtml ? htmlSecurityHeaders() : baseSecurityHeaders),
        'Content-Type': contentTypeOf(found.file),
      },
    });
  });
}
