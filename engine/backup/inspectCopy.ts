// Reads a backup copy read-only (an encrypted one with its passphrase): SQLite's integrity check
// (its first problems), whose file it is, the workspace's name and id, and the rows of every
// table, for the manifest.
import { EngineError } from '../api/errors.js';
import { connect, type Db } from '../store/database.js';

/** How many of integrity_check's problems a refusal names. */
const PROBLEMS_SHOWN = 5;

export interface CopyContents {
  applicationId: number;
  workspaceName: string;
  workspaceId: string;
  schemaVersion: number;
  tables: Record<string, number>;
}

function damaged(path: string, problems: string[]): EngineError {
  return new EngineError(
    'backup.damaged',
    `${path} is damaged (SQLite's integrity check: ${problems.join('; ')}). Use another backup; this one cannot be restored.`,
    { path, problems },
  );
}

/** Opens the copy read-only; a file SQLite cannot read as a database counts as damaged. */
function openCopy(path: string, passphrase: string | undefined): Db {
  try {
    const db = connect(path, { readonly: true, fileMustExist: true, ...(passphrase ? { passphrase } : {}) });
    db.pragma('schema_version'); // reads page 1: a file that is not a database fails here
    return db;
  } catch (error) {
    throw damaged(path, [(error as Error).message]);
  }
}

export function integrityProblems(db: Db): string[] {
  const rows = db.pragma(`integrity_check(${PROBLEMS_SHOWN})`) as { integrity_check: string }[];
  const problems = rows.map((r) => r.integrity_check);
  return problems.length === 1 && problems[0] === 'ok' ? [] : problems;
}

export function tableRowCounts(db: Db): Record<string, number> {
  const tables = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .pluck()
    .all() as string[];
  const counts: Record<string, number> = {};
  for (const table of tables) {
    counts[table] = db.prepare(`SELECT count(*) FROM "${table.replaceAll('"', '""')}"`).pluck().get() as number;
  }
  return counts;
}

/** Integrity first (a damaged file's counts mean nothing), then what the manifest records. */
export function inspectCopy(path: string, passphrase?: string): CopyContents {
  const db = openCopy(path, passphrase);
  try {
    let problems: string[];
    try {
      problems = integrityProblems(db);
    } catch (error) {
      problems = [(error as Error).message]; // SQLITE_CORRUPT and the like stop the check itself
    }
    if (problems.length > 0) throw damaged(path, problems);
    const meta = (key: string) => db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(key) as string | undefined;
    return {
      applicationId: db.pragma('application_id', { simple: true }) as number,
      workspaceName: meta('name') ?? '',
      workspaceId: meta('workspace_id') ?? '',
      schemaVersion: db.pragma('user_version', { simple: true }) as number,
      tables: tableRowCounts(db),
    };
  } catch (error) {
    if (error instanceof EngineError) throw error;
    throw damaged(path, [(error as Error).message]);
  } finally {
    db.close();
  }
}
