// Arguments that must never be written anywhere: profile passwords and workspace passphrases.
// Job arguments are kept in the workspace's job history, so they are written without these.

const SECRET_KEYS = new Set(['password', 'passphrase']);

/** A JSON.stringify replacer that leaves secrets out. */
export function withoutSecrets(key: string, value: unknown): unknown {
  return SECRET_KEYS.has(key) ? undefined : value;
}
