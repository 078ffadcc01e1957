// SHA-256 of a file, read in chunks so that a multi-gigabyte backup reports progress and can be
// cancelled between chunks.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { StepReporter } from './progress.js';

const CHUNK = 8 * 1024 * 1024;

export function sha256File(path: string, reporter: StepReporter): { sha256: string; bytes: number } {
  const hash = createHash('sha256');
  const fd = fs.openSync(path, 'r');
  try {
    const bytes = fs.fstatSync(fd).size;
    const buffer = Buffer.allocUnsafe(CHUNK);
    let read = 0;
    for (;;) {
      const n = fs.readSync(fd, buffer, 0, CHUNK, read);
      if (n === 0) break;
      hash.update(buffer.subarray(0, n));
      read += n;
      reporter.progress(bytes > 0 ? read / bytes : 1, `Checksum: ${(read / 1e6).toFixed(0)} of ${(bytes / 1e6).toFixed(0)} MB`);
      reporter.throwIfCancelled();
    }
    return { sha256: hash.digest('hex'), bytes: read };
  } finally {
    fs.closeSync(fd);
  }
}
