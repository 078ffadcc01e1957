// Opening a workspace that may be encrypted: workspace.open, and when the engine says the file
// needs a passphrase (or that the one given is wrong), the passphrase dialog asks for it
// (shell/PassphraseDialog.tsx) and the open is tried again, until it opens or the user gives up.
import { useSyncExternalStore } from 'react';
import type { WorkspaceInfo } from '../../engine/api/types.js';
import { invoke } from '../api/client.js';
import { toApiError } from '../api/errors.js';
import { Listeners } from '../api/transport.js';

export interface PassphraseRequest {
  path: string;
  /** The previous passphrase did not open it. */
  wrong: boolean;
  answer(passphrase: string | null): void;
}

let request: PassphraseRequest | null = null;
const listeners = new Listeners<void>();

function publish(next: PassphraseRequest | null): void {
  request = next;
  listeners.emit();
}

/** Asks the user for `path`'s passphrase; null: they cancelled. */
function askPassphrase(path: string, wrong: boolean): Promise<string | null> {
  return new Promise((resolve) =>
    publish({
      path,
      wrong,
      answer: (passphrase) => {
        publish(null);
        resolve(passphrase);
      },
    }),
  );
}

export function usePassphraseRequest(): PassphraseRequest | null {
  return useSyncExternalStore(
    (listener) => listeners.add(listener),
    () => request,
  );
}

/** Opens a workspace, asking for its passphrase when it needs one; null when the user cancelled. */
export async function openWorkspace(path: string): Promise<WorkspaceInfo | null> {
  let passphrase: string | undefined;
  for (;;) {
    try {
      return await invoke('workspace.open', passphrase === undefined ? { path } : { path, passphrase });
    } catch (caught) {
      const error = toApiError(caught);
      if (error.code !== 'workspace.passphrase_required' && error.code !== 'workspace.wrong_passphrase') throw caught;
      const given = await askPassphrase(path, error.code === 'workspace.wrong_passphrase');
      if (given === null) return null;
      passphrase = given;
    }
  }
}
