// The central directory of a ZIP archive (an XLSX file is one), read from its end. A file cut
// short loses the directory, so reading it is how a truncated workbook is told apart before
// any row is streamed; it also lets the reader list worksheets without streaming the file.
import type { FileHandle } from 'node:fs/promises';
import zlib from 'node:zlib';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

/** The archive is damaged; `reason` says how, for the error details. */
export class ZipDamage extends Error {}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const STORED = 0;
const DEFLATED = 8;
/** Workbook parts read whole (workbook.xml, its relationships) are small; more is damage. */
const MAX_PART_BYTES = 64 * 1024 * 1024;

export async function readZipDirectory(file: FileHandle, size: number): Promise<ZipEntry[]> {
  const tailLength = Math.min(size, EOCD_SIZE + MAX_COMMENT);
  const tail = await readAt(file, size - tailLength, tailLength);
  let eocd = -1;
  for (let i = tail.length - EOCD_SIZE; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipDamage('the end of the archive is missing (the file was cut short)');

  let entries = tail.readUInt16LE(eocd + 10);
  let directorySize = tail.readUInt32LE(eocd + 12);
  let directoryOffset = tail.readUInt32LE(eocd + 16);
  if (directoryOffset === 0xffffffff || entries === 0xffff) {
    const zip64 = await readZip64End(file, tail, eocd, size - tailLength);
    entries = zip64.entries;
    directorySize = zip64.directorySize;
    directoryOffset = zip64.directoryOffset;
  }
  if (directoryOffset + directorySize > size) throw new ZipDamage('the archive directory points past the end of the file');

  const directory = await readAt(file, directoryOffset, directorySize);
  const list: ZipEntry[] = [];
  let p = 0;
  for (let n = 0; n < entries; n++) {
    if (p + 46 > directory.length || directory.readUInt32LE(p) !== CENTRAL_SIGNATURE) {
      throw new ZipDamage('the archive directory is damaged');
    }
    const nameLength = directory.readUInt16LE(p + 28);
    const extraLength = directory.readUInt16LE(p + 30);
    const commentLength = directory.readUInt16LE(p + 32);
    const entry: ZipEntry = {
      name: directory.toString('utf8', p + 46, p + 46 + nameLength),
      method: directory.readUInt16LE(p + 10),
      compressedSize: directory.readUInt32LE(p + 20),
      size: directory.readUInt32LE(p + 24),
      localHeaderOffset: directory.readUInt32LE(p + 42),
    };
    applyZip64Extra(entry, directory.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength));
    if (entry.localHeaderOffset + entry.compressedSize > size) {
      throw new ZipDamage(`the part ${entry.name} runs past the end of the file`);
    }
    list.push(entry);
    p += 46 + nameLength + extraLength + commentLength;
  }
  return list;
}

/** The uncompressed bytes of a (small) part. */
export async function readZipPart(file: FileHandle, entry: ZipEntry): Promise<Buffer> {
  if (entry.size > MAX_PART_BYTES) throw new ZipDamage(`the part ${entry.name} is implausibly large`);
  const header = await readAt(file, entry.localHeaderOffset, 30);
  if (header.readUInt32LE(0) !== LOCAL_SIGNATURE) throw new ZipDamage(`the part ${entry.name} is damaged`);
  const dataOffset = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  const data = await readAt(file, dataOffset, entry.compressedSize);
  if (entry.method === STORED) return data;
  if (entry.method !== DEFLATED) throw new ZipDamage(`the part ${entry.name} uses an unknown compression`);
  try {
    return zlib.inflateRawSync(data, { maxOutputLength: MAX_PART_BYTES });
  } catch {
    throw new ZipDamage(`the part ${entry.name} cannot be decompressed`);
  }
}

async function readZip64End(file: FileHandle, tail: Buffer, eocd: number, tailOffset: number) {
  const locator = eocd - 20;
  if (locator < 0 || tail.readUInt32LE(locator) !== ZIP64_LOCATOR_SIGNATURE) {
    throw new ZipDamage('the archive directory is damaged');
  }
  const endOffset = Number(tail.readBigUInt64LE(locator + 8));
  const end = endOffset >= tailOffset ? tail.subarray(endOffset - tailOffset) : await readAt(file, endOffset, 56);
  if (end.length < 56 || end.readUInt32LE(0) !== ZIP64_EOCD_SIGNATURE) throw new ZipDamage('the archive directory is damaged');
  return {
    entries: Number(end.readBigUInt64LE(32)),
    directorySize: Number(end.readBigUInt64LE(40)),
    directoryOffset: Number(end.readBigUInt64LE(48)),
  };
}

/** ZIP64 keeps sizes and offsets that overflow 32 bits in extra field 0x0001, in this order. */
function applyZip64Extra(entry: ZipEntry, extra: Buffer): void {
  for (let p = 0; p + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(p);
    const length = extra.readUInt16LE(p + 2);
    if (id === 0x0001) {
      let q = p + 4;
      const next = () => {
        const value = q + 8 <= p + 4 + length ? Number(extra.readBigUInt64LE(q)) : Number.NaN;
        q += 8;
        return value;
      };
      if (entry.size === 0xffffffff) entry.size = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = next();
      return;
    }
    p += 4 + length;
  }
}

async function readAt(file: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await file.read(buffer, 0, length, position);
  if (bytesRead < length) throw new ZipDamage('the file ends inside the archive');
  return buffer;
}
