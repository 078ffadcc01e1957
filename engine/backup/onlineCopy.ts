// SQLite's online backup: copies the workspace a few thousand pages at a time, each step in a
// short read transaction of its own, so that other connections keep reading and writing in
// between. A commit by another connection restarts the copy from the first page (SQLite's
// backup API does so to stay consistent); imports commit once per file, so that is rare.
// The copy is written in rollback-journal mode: a backup is one self-contained file, and a
// read-only check of it leaves no -wal or -shm file beside it (a restore turns WAL back on).
//
// An encrypted workspace cannot go through the backup API (SQLite3MultipleCiphers refuses a
// target without the source's key, which better-sqlite3 opens itself): it is copied with VACUUM
// INTO, which writes the copy encrypted with the same key, in rollback-journal mode, from one read
// transaction (writers go on in WAL mode). It reports no pages, so its progress is one step.
import { connect, type Db } from '../store/database.js';
import type { StepReporter } from './progress.js';

/** Pages per step: 4,000 pages of 8 KiB, 32 MB, a few tens of milliseconds of copying. */
const PAGES_PER_STEP = 4000;

export async function copyOnline(source: Db, dest: string, reporter: StepReporter, encrypted: boolean): Promise<void> {
  if (encrypted) {
    reporter.progress(0, 'Copying the encrypted workspace');
    source.prepare('VACUUM INTO ?').run(dest);
    reporter.progress(1, 'Copied');
    return;
  }
  await source.backup(dest, {
    progress: ({ totalPages, remainingPages }) => {
      reporter.throwIfCancelled(); // an exception here aborts the backup (better-sqlite3)
      const done = totalPages - remainingPages;
      reporter.progress(totalPages > 0 ? done / totalPages : 1, `Copying: page ${done} of ${totalPages}`);
      return PAGES_PER_STEP;
    },
  });
  const copy = connect(dest, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}
