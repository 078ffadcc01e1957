// Files for the reader tests, written to a temporary folder: CSV text in any encoding, small
// OLE compound files (the container of .xls and of password-protected .xlsx), and a way to
// read a whole table back as plain data.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openTable, type OpenTableOptions } from '../../../../engine/import/openTable.js';
import type { TableSource } from '../../../../engine/import/table.js';

export interface ReadRow {
  rowNumber: number;
  cells: string[];
}

export class TempFiles {
  readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), 'workbench-readers-'));
  private count = 0;

  write(name: string, content: string | Uint8Array): string {
    const file = path.join(this.dir, `${++this.count}-${name}`);
    fs.writeFileSync(file, content);
    return file;
  }

  path(name: string): string {
    return path.join(this.dir, `${++this.count}-${name}`);
  }

  remove(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Every row of a table as plain data, and the source (for encoding, delimiter, sha256...). */
export async function readTable(file: string, options?: OpenTableOptions): Promise<{ source: TableSource; rows: ReadRow[] }> {
  const source = await openTable(file, options);
  const rows: ReadRow[] = [];
  for await (const batch of source.batches()) {
    for (const row of batch) rows.push({ rowNumber: row.rowNumber, cells: row.cells() });
  }
  return { source, rows };
}

export function utf16le(text: string, bom: boolean): Buffer {
  const body = Buffer.from(text, 'utf16le');
  return bom ? Buffer.concat([Buffer.from([0xff, 0xfe]), body]) : body;
}

export function utf16be(text: string, bom: boolean): Buffer {
  const body = Buffer.from(text, 'utf16le').swap16();
  return bom ? Buffer.concat([Buffer.from([0xfe, 0xff]), body]) : body;
}

const SECTOR = 512;
const END_OF_CHAIN = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;
const FREE = 0xffffffff;

/**
 * A minimal compound file (version 3, 512-byte sectors) whose directory holds a root entry
 * and empty streams with these names: sector 0 is the FAT, sector 1 the directory.
 */
export function oleFile(streamNames: string[]): Buffer {
  if (streamNames.length > 3) throw new Error('one directory sector holds the root and three streams');
  const header = Buffer.alloc(SECTOR);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x003e, 0x18); // minor version
  header.writeUInt16LE(0x0003, 0x1a); // major version 3
  header.writeUInt16LE(0xfffe, 0x1c); // little-endian
  header.writeUInt16LE(9, 0x1e); // 512-byte sectors
  header.writeUInt16LE(6, 0x20); // 64-byte mini sectors
  header.writeUInt32LE(1, 0x2c); // one FAT sector
  header.writeUInt32LE(1, 0x30); // directory starts at sector 1
  header.writeUInt32LE(4096, 0x38); // mini stream cutoff
  header.writeUInt32LE(END_OF_CHAIN, 0x3c); // no mini FAT
  header.writeUInt32LE(END_OF_CHAIN, 0x44); // no DIFAT sectors
  for (let k = 0; k < 109; k++) header.writeUInt32LE(k === 0 ? 0 : FREE, 0x4c + k * 4);

  const fat = Buffer.alloc(SECTOR, 0xff);
  fat.writeUInt32LE(FAT_SECTOR, 0);
  fat.writeUInt32LE(END_OF_CHAIN, 4);

  const directory = Buffer.alloc(SECTOR);
  ['Root Entry', ...streamNames].forEach((name, index) => {
    const entry = directory.subarray(index * 128, (index + 1) * 128);
    entry.write(name, 0, 'utf16le');
    entry.writeUInt16LE((name.length + 1) * 2, 0x40);
    entry[0x42] = index === 0 ? 5 : 2; // root storage, then streams
    entry[0x43] = 1; // black node
    entry.writeUInt32LE(FREE, 0x44); // left sibling
    entry.writeUInt32LE(index > 0 && index < streamNames.length ? index + 1 : FREE, 0x48); // right sibling
    entry.writeUInt32LE(index === 0 && streamNames.length > 0 ? 1 : FREE, 0x4c); // child
    entry.writeUInt32LE(END_OF_CHAIN, 0x74); // starting sector: empty stream
  });
  for (let index = streamNames.length + 1; index < 4; index++) {
    directory.writeUInt32LE(FREE, index * 128 + 0x44);
    directory.writeUInt32LE(FREE, index * 128 + 0x48);
    directory.writeUInt32LE(FREE, index * 128 + 0x4c);
  }
  return Buffer.concat([header, fat, directory]);
}

/** Deterministic pseudo-random bytes. */
export function noise(length: number, seed = 1): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    bytes[i] = state >> 16;
  }
  return bytes;
}
