// The first 100 bytes of a SQLite file say, without opening it, whether it is SQLite at all, whose
// it is (application_id, offset 68) and its schema version (user_version, offset 60): enough to
// refuse a foreign file before reading the rest of it.
import fs from 'node:fs';
import { EngineError } from '../api/errors.js';

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const HEADER_BYTES = 100;

export interface SqliteHeader {
  applicationId: number;
  userVersion: number;
}

/** The header of a SQLite file; null when the file is not one (or too short to be one). */
export function readSqliteHeader(path: string): SqliteHeader | null {
  let fd: number;
  try {
    fd = fs.openSync(path, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new EngineError('not_found', `The file ${path} does not exist.`, { path });
    throw new EngineError('io', `The file ${path} cannot be read (${code ?? String(error)}).`, { path });
  }
  try {
    const header = Buffer.alloc(HEADER_BYTES);
    const read = fs.readSync(fd, header, 0, HEADER_BYTES, 0);
    if (read < HEADER_BYTES || !header.subarray(0, 16).equals(SQLITE_MAGIC)) return null;
    return { applicationId: header.readUInt32BE(68), userVersion: header.readUInt32BE(60) };
  } finally {
    fs.closeSync(fd);
  }
}
