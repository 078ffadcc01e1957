import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BackupManifest } from '../../../engine/api/backupTypes.js';
import { backupFileName, manifestPath } from '../../../engine/backup/folders.js';
import { readManifest, writeManifest } from '../../../engine/backup/manifest.js';
import { makeTempDir, removeTempDirs } from '../../helpers/tempDirs.js';

afterAll(() => removeTempDirs());

const manifest: BackupManifest = {
  app: 'power-marketing-workbench',
  format: 1,
  version: '0.1.0',
  workspaceName: '城东供电所',
  workspaceId: 'a'.repeat(32),
  schemaVersion: 9,
  createdAt: '2026-03-31T12:00:00.000Z',
  file: 'x.workbench-backup',
  bytes: 1234,
  sha256: 'f'.repeat(64),
  tables: { customers: 10, meta: 4 },
  encrypted: false,
};

function codeOf(work: () => unknown): string | undefined {
  try {
    work();
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
}

describe('the backup manifest', () => {
  it('is written beside the backup and read back', () => {
    const backup = path.join(makeTempDir(), 'x.workbench-backup');
    expect(writeManifest(backup, manifest)).toBe(manifestPath(backup));
    expect(manifestPath(backup)).toBe(`${backup}.manifest.json`);
    expect(readManifest(backup)).toEqual(manifest);
  });

  it('refuses a missing manifest, and one that is not ours', () => {
    const dir = makeTempDir();
    const backup = path.join(dir, 'y.workbench-backup');
    expect(codeOf(() => readManifest(backup))).toBe('backup.no_manifest');
    fs.writeFileSync(manifestPath(backup), 'not json');
    expect(codeOf(() => readManifest(backup))).toBe('backup.foreign');
    fs.writeFileSync(manifestPath(backup), JSON.stringify({ ...manifest, app: 'other' }));
    expect(codeOf(() => readManifest(backup))).toBe('backup.foreign');
    fs.writeFileSync(manifestPath(backup), JSON.stringify({ ...manifest, sha256: 'short' }));
    expect(codeOf(() => readManifest(backup))).toBe('backup.foreign');
  });

  it('names backup files after the workspace and the local time, without characters file systems refuse', () => {
    const at = new Date(2026, 2, 31, 8, 5, 9);
    expect(backupFileName('城东/供电所: 2026?', at)).toBe('城东_供电所_ 2026_-20260331-080509.workbench-backup');
    expect(backupFileName('  ', at)).toBe('workspace-20260331-080509.workbench-backup');
  });
});
