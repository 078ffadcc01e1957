// The app icon (resources/icons/) for the window: the taskbar and title bar on Windows and
// Linux; macOS takes the bundle's icon (electron-builder.yml). Packaged, resources/ sits beside
// the app (extraResources); in development, at the project root above dist/.
import path from 'node:path';

/** The PNG the window shows: large enough for a high-density taskbar, small enough to load at once. */
export const WINDOW_ICON = path.join('icons', '256x256.png');

export function resourcesFolder(packaged: boolean, resourcesPath: string, distDir: string): string {
  return packaged ? path.join(resourcesPath, 'resources') : path.join(distDir, '..', 'resources');
}

export function windowIconPath(resources: string): string {
  return path.join(resources, WINDOW_ICON);
}
