// --passphrase-env <VAR>: the passphrase of an encrypted workspace, read from the environment
// variable VAR, for every command that takes --workspace (and restore's --backup, an encrypted backup's). Never the passphrase itself as an
// argument: the command line of a running process is visible to every user of the computer (ps,
// Task Manager) and is kept in shell histories and schedulers' logs; an environment variable is
// the process's own.
import path from 'node:path';
import { setWorkspaceKey } from '../../store/keyring.js';
import { UsageError } from './usage.js';

export const passphraseHelp = `  --passphrase-env VAR  an encrypted workspace's passphrase is in the environment variable VAR
                      (never on the command line: other users of the computer can read a
                      process's arguments, and shells keep them in their history)`;

/** A command's usage with the passphrase option, when the command takes --workspace. */
export function withPassphraseHelp(usage: string): string {
  return usage.includes('--workspace') || usage.includes('--backup') ? `${usage}\n${passphraseHelp}` : usage;
}

/**
 * Takes --passphrase-env VAR (or --passphrase-env=VAR) out of a command's arguments and tells the
 * engine's keyring the passphrase for the --workspace file named, so that opening it uses it.
 */
export function applyPassphraseEnv(argv: string[], usage: string): string[] {
  const rest: string[] = [];
  let variable: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--passphrase-env') {
      variable = argv[++i];
      if (variable === undefined) throw new UsageError('--passphrase-env needs the name of an environment variable.', usage);
    } else if (arg.startsWith('--passphrase-env=')) {
      variable = arg.slice('--passphrase-env='.length);
    } else {
      rest.push(arg);
    }
  }
  if (variable === undefined) return rest;
  const passphrase = process.env[variable];
  if (!passphrase) throw new UsageError(`The environment variable ${variable} named by --passphrase-env is not set or is empty.`, usage);
  const option = rest.some((a) => a === '--workspace' || a.startsWith('--workspace=')) ? '--workspace' : '--backup';
  const at = rest.findIndex((a) => a === option || a.startsWith(`${option}=`));
  const file = at < 0 ? undefined : rest[at]!.includes('=') ? rest[at]!.slice(option.length + 1) : rest[at + 1];
  if (!file) throw new UsageError('--passphrase-env goes with --workspace <file> (or restore --backup <file>).', usage);
  setWorkspaceKey(path.resolve(file), passphrase);
  return rest;
}
