// The manifest beside a backup (`<backup>.manifest.json`): written once the copy is verified,
// read back before a restore, which refuses a backup without one.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { EngineError } from '../api/errors.js';
import type { BackupManifest } from '../api/backupTypes.js';
import { manifestPath } from './folders.js';

export const MANIFEST_APP = 'power-marketing-workbench';

const manifestSchema = z.object({
  app: z.literal(MANIFEST_APP),
  format: z.literal(1),
  version: z.string(),
  workspaceName: z.string(),
  workspaceId: z.string(),
  schemaVersion: z.number().int().min(1),
  createdAt: z.string(),
  file: z.string(),
  bytes: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  tables: z.record(z.string(), z.number().int().min(0)),
  encrypted: z.boolean(),
});

/** Writes through a temporary file and a rename: a manifest is whole or absent. */
export function writeManifest(backup: string, manifest: BackupManifest): string {
  const file = manifestPath(backup);
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(manifest, null, 2) + '\n');
  fs.renameSync(tmp, file);
  return file;
}

/** The manifest beside `backup`; refuses a backup whose manifest is missing or is not one of ours. */
export function readManifest(backup: string): BackupManifest {
  const file = manifestPath(backup);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new EngineError(
      'backup.no_manifest',
      `${backup} has no manifest beside it (${path.basename(file)}), so it cannot be checked and was not restored. Restore a backup made by this app together with its .manifest.json file.`,
      { path: backup, manifest: file },
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = null;
  }
  const result = manifestSchema.safeParse(parsed);
  if (!result.success) {
    throw new EngineError(
      'backup.foreign',
      `${path.basename(file)} is not a backup manifest of this app, so ${backup} was not restored. Restore a backup made by this app together with its own manifest.`,
      { path: backup, manifest: file },
    );
  }
  return result.data;
}
