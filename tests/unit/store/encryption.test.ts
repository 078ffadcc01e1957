// Encrypted workspace files: keyed connections, and telling a file that needs a passphrase from
// one that is no workspace, as far as the bytes allow.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectWorkspaceFile, isEncryptedFile, openWorkspaceDb } from '../../../engine/store/database.js';
import { setWorkspaceKey, workspaceKey } from '../../../engine/store/keyring.js';
import { makeTempDir } from '../../helpers/tempDirs.js';

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as { code: string }).code;
  }
  return null;
};

describe('an encrypted workspace file', () => {
  it('is created keyed, and opens only with its passphrase', () => {
    const file = path.join(makeTempDir(), 'e.workbench');
    openWorkspaceDb(file, { create: true, passphrase: 'k 钥' }).close();
    expect(isEncryptedFile(file)).toBe(true);
    expect(inspectWorkspaceFile(file, 'k 钥')).toMatchObject({ encrypted: true });
    expect(codeOf(() => openWorkspaceDb(file))).toBe('workspace.passphrase_required');
    expect(codeOf(() => openWorkspaceDb(file, { passphrase: 'k' }))).toBe('workspace.wrong_passphrase');
    openWorkspaceDb(file, { readonly: true, passphrase: 'k 钥' }).close();
  });

  it("opens with the passphrase the thread was told for the path, and ignores one for a plain file", () => {
    const dir = makeTempDir();
    const locked = path.join(dir, 'locked.workbench');
    const plain = path.join(dir, 'plain.workbench');
    openWorkspaceDb(locked, { create: true, passphrase: 'p' }).close();
    openWorkspaceDb(plain, { create: true }).close();
    setWorkspaceKey(locked, 'p');
    setWorkspaceKey(plain, 'not used');
    try {
      openWorkspaceDb(locked, { readonly: true }).close();
      expect(inspectWorkspaceFile(plain)).toMatchObject({ encrypted: false });
      openWorkspaceDb(plain, { readonly: true }).close();
    } finally {
      setWorkspaceKey(locked, undefined);
      setWorkspaceKey(plain, undefined);
    }
    expect(workspaceKey(locked)).toBeUndefined();
  });

  it('tells a file that may be encrypted (whole pages of random bytes) from text, and a wrong guess from both', () => {
    const dir = makeTempDir();
    const random = path.join(dir, 'random.bin');
    fs.writeFileSync(random, randomBytes(8192));
    const text = path.join(dir, 'text.csv');
    fs.writeFileSync(text, '户号,户名\n'.repeat(1000).slice(0, 4096));
    const odd = path.join(dir, 'odd.bin');
    fs.writeFileSync(odd, randomBytes(5000)); // not whole pages
    expect(codeOf(() => inspectWorkspaceFile(random))).toBe('workspace.passphrase_required');
    expect(codeOf(() => inspectWorkspaceFile(random, 'guess'))).toBe('workspace.wrong_passphrase');
    expect(codeOf(() => inspectWorkspaceFile(text))).toBe('workspace.not_a_workspace');
    expect(codeOf(() => inspectWorkspaceFile(odd))).toBe('workspace.not_a_workspace');
  });
});
