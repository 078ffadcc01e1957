// The desktop app's menu (File › Import…) chooses files in the main process and asks the
// UI to import them: the files wait here until the import wizard takes them.
import { useEffect } from 'react';
import { on } from '../api/client.js';
import { Listeners } from '../api/transport.js';
import { navigate } from '../shell/route.js';

export interface PickedFile {
  name: string;
  /** Where the engine reads it: the user's own path (desktop) or the upload (web host). */
  path: string;
}

let pending: PickedFile[] | null = null;
const listeners = new Listeners<void>();

function fileName(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}

export function startMenuCommands(): void {
  on('menu.command', (command) => {
    if (command.command !== 'import' || command.paths.length === 0) return;
    pending = command.paths.map((path) => ({ path, name: fileName(path) }));
    navigate('data', 'import');
    listeners.emit();
  });
}

/** Calls `take` with files the menu chose, now and whenever the menu chooses more. */
export function usePendingImport(take: (files: PickedFile[]) => void): void {
  useEffect(() => {
    const deliver = () => {
      if (!pending) return;
      const files = pending;
      pending = null;
      take(files);
    };
    deliver();
    return listeners.add(deliver);
  }, [take]);
}
