// Rules for every web page of the app: it stays on app://workbench, opens no windows,
// embeds no webviews, loads nothing from the network, and gets no permissions.
import { app, session, shell } from 'electron';
import { APP_SCHEME, isAppUrl } from './appProtocol.js';

/** Only https links leave the app, and only to the system browser. */
function openExternally(url: string): void {
  if (!url.startsWith('https://')) return;
  shell.openExternal(url).catch((error: unknown) => console.error(`Could not open ${url} in the browser:`, error));
}

export function hardenWebContents(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (isAppUrl(url)) return;
      event.preventDefault();
      openExternally(url);
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      openExternally(url);
      return { action: 'deny' };
    });
  });
}

export function hardenSession(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  // No remote content, whatever a page asks for (the CSP says the same from the page's side).
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed = details.url.startsWith(`${APP_SCHEME}:`) || details.url.startsWith('devtools:') || details.url.startsWith('data:') || details.url.startsWith('blob:');
    callback({ cancel: !allowed });
  });
}
