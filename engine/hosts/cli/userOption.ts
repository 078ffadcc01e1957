// --user NAME [--password-env VAR]: the profile a command works as, in a workspace with user
// profiles (nobody is signed in otherwise, and such a workspace refuses every call but opening
// it). The password, if the profile has one, is read from the environment variable VAR, for the
// reason --passphrase-env gives. Without profiles the command works as the OS account, as before.
import { UsageError } from './usage.js';

export const userHelp = `  --user NAME         in a workspace with user profiles, work as this profile
  --password-env VAR  its password is in the environment variable VAR`;

/** A command's usage with the profile options, when the command takes --workspace. */
export function withUserHelp(usage: string): string {
  return usage.includes('--workspace') ? `${usage}\n${userHelp}` : usage;
}

export interface CliSignIn {
  name: string;
  password?: string;
}

let signIn: CliSignIn | undefined;

/** Who the command signs in as (engine/host/engine.ts signs in before the first call that needs it). */
export function cliSignIn(): CliSignIn | undefined {
  return signIn;
}

function optionValue(argv: string[], i: number, name: string, usage: string): [string, number] {
  const arg = argv[i]!;
  if (arg.startsWith(`${name}=`)) return [arg.slice(name.length + 1), i];
  const value = argv[i + 1];
  if (value === undefined) throw new UsageError(`${name} needs a value.`, usage);
  return [value, i + 1];
}

/** Takes --user and --password-env out of a command's arguments. */
export function applyUserOptions(argv: string[], usage: string): string[] {
  const rest: string[] = [];
  let name: string | undefined;
  let variable: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--user' || arg.startsWith('--user=')) [name, i] = optionValue(argv, i, '--user', usage);
    else if (arg === '--password-env' || arg.startsWith('--password-env=')) [variable, i] = optionValue(argv, i, '--password-env', usage);
    else rest.push(arg);
  }
  if (variable !== undefined && name === undefined) throw new UsageError('--password-env goes with --user NAME.', usage);
  if (name === undefined) return rest;
  let password: string | undefined;
  if (variable !== undefined) {
    password = process.env[variable];
    if (!password) throw new UsageError(`The environment variable ${variable} named by --password-env is not set or is empty.`, usage);
  }
  signIn = { name, ...(password !== undefined ? { password } : {}) };
  return rest;
}
