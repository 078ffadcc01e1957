// The passphrases of encrypted workspaces, in memory only, per thread. The host sets one when a
// workspace is opened with it and hands it along with every request naming that workspace
// (engine/host/workerClient.ts); a worker thread sets it from the request (worker/main.ts) before
// any connection opens, so that openWorkspaceDb applies it without its many callers knowing.
// Nothing here is ever written to a file or a log.
import path from 'node:path';

const keys = new Map<string, string>();

const normal = (file: string) => path.resolve(file);

/** The passphrase to open `file` with; undefined: it is not encrypted (as far as this thread knows). */
export function workspaceKey(file: string): string | undefined {
  return keys.get(normal(file));
}

/** Remember `passphrase` for `file`; undefined or empty forgets it (the file is not encrypted). */
export function setWorkspaceKey(file: string, passphrase: string | undefined): void {
  if (passphrase) keys.set(normal(file), passphrase);
  else keys.delete(normal(file));
}

/** Forget every passphrase but those of `files` (the workspace open now, those jobs still work on). */
export function keepWorkspaceKeys(files: Iterable<string>): void {
  const kept = new Set([...files].map(normal));
  for (const file of [...keys.keys()]) if (!kept.has(file)) keys.delete(file);
}
