// Maps a request path to a file of the built user interface, for the web host and for
// Electron's app:// protocol alike. The UI routes on the client, so a path without a file
// extension that names no file is the app itself (index.html).
import fs from 'node:fs';
import path from 'node:path';

export interface UiFile {
  file: string;
  isHtml: boolean;
}

/**
 * The file for a URL path (still percent-encoded), or null when there is none or the path
 * tries to leave the UI folder.
 */
export function resolveUiFile(uiDir: string, urlPath: string): UiFile | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const root = path.resolve(uiDir);
  const candidate = path.resolve(root, '.' + path.posix.normalize('/' + decoded));
  if (candidate !== root && !candidate.startsWith(root + path.sep)) return null;
  if (isFile(candidate)) return { file: candidate, isHtml: candidate.endsWith('.html') };
  if (path.extname(decoded) === '') {
    const index = path.join(root, 'index.html');
    if (isFile(index)) return { file: index, isHtml: true };
  }
  return null;
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
