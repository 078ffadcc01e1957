// The central directory of a ZIP archive (an XLSX file is one), read from its end. A file cut
// short loses the directory, so reading it is how a truncated workbook is told apart before
// any row is streamed; it also lets the reader list worksheets without streaming the file.
// Parts are then read where the directory says they are: small ones whole, a worksheet as a
// stream of inflated chunks.
import type { FileHandle } from 'node:fs/promises';
import { pipeline, Readable } from 'node:stream';
import zlib from 'node:zlib';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  /** CRC-32 of the uncompressed bytes. */
  crc32: number;
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
/** Compressed bytes per read when a part is streamed. */
const STREAM_READ_BYTES = 256 * 1024;

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
      crc32: directory.readUInt32LE(p + 16),
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
  const data = await readAt(file, await partDataOffset(file, entry), entry.compressedSize);
  if (entry.method !== STORED && entry.method !== DEFLATED) throw new ZipDamage(`the part ${entry.name} uses an unknown compression`);
  let bytes: Buffer;
  try {
    bytes = entry.method === STORED ? data : zlib.inflateRawSync(data, { maxOutputLength: MAX_PART_BYTES });
  } catch {
    throw new ZipDamage(`the part ${entry.name} cannot be decompressed`);
  }
  if (zlib.crc32(bytes) !== entry.crc32) throw new ZipDamage(`the part ${entry.name} fails its checksum`);
  return bytes;
}

export interface ZipPartStream {
  /** Where the part's compressed bytes start in the file. */
  readonly dataOffset: number;
  /**
   * The uncompressed bytes in chunks, read as they are consumed. Iterate once. Damaged or
   * cut-short compressed data throws ZipDamage, at the latest after the last chunk, when the
   * size and CRC-32 are checked; a failed read throws the file system's error.
   */
  readonly chunks: AsyncIterable<Buffer>;
  /** Stops reading (when the iteration was abandoned); safe to call at any time. */
  destroy(): void;
}

/**
 * Streams one part: its compressed bytes are read from the file in order (onRead sees each
 * piece with its position, for progress and hashing) and inflated as they are consumed, so
 * memory stays flat whatever the part's size.
 */
export async function streamZipPart(
  file: FileHandle,
  entry: ZipEntry,
  onRead?: (chunk: Buffer, position: number) => void,
): Promise<ZipPartStream> {
  if (entry.method !== STORED && entry.method !== DEFLATED) throw new ZipDamage(`the part ${entry.name} uses an unknown compression`);
  const dataOffset = await partDataOffset(file, entry);
  const compressed = Readable.from(readRange(file, entry, dataOffset, onRead), { objectMode: false, highWaterMark: STREAM_READ_BYTES });
  // Errors reach the consumer through the iteration; these listeners only make sure that an
  // error after it was abandoned is never an unhandled 'error' event.
  compressed.on('error', () => undefined);
  if (entry.method === STORED) {
    return { dataOffset, chunks: checked(compressed, entry), destroy: () => compressed.destroy() };
  }
  const inflate = zlib.createInflateRaw();
  inflate.on('error', () => undefined);
  pipeline(compressed, inflate, () => undefined);
  return {
    dataOffset,
    chunks: checked(inflated(inflate, entry.name), entry),
    destroy: () => {
      compressed.destroy();
      inflate.destroy();
    },
  };
}

/** Damage that inflates without an error (a changed digit) still shows in the size or the CRC. */
async function* checked(chunks: AsyncIterable<Buffer>, entry: ZipEntry): AsyncGenerator<Buffer> {
  let crc = 0;
  let size = 0;
  for await (const chunk of chunks) {
    crc = zlib.crc32(chunk, crc);
    size += chunk.length;
    yield chunk;
  }
  if (size !== entry.size) throw new ZipDamage(`the part ${entry.name} holds ${size} bytes instead of ${entry.size}`);
  if (crc !== entry.crc32) throw new ZipDamage(`the part ${entry.name} fails its checksum`);
}

async function* inflated(inflate: zlib.InflateRaw, name: string): AsyncGenerator<Buffer> {
  try {
    for await (const chunk of inflate) yield chunk as Buffer;
  } catch (error) {
    // zlib's errors carry a Z_* code; file system errors pass through as they are.
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code === 'string' && code.startsWith('Z_')) {
      throw new ZipDamage(`the part ${name} cannot be decompressed (${(error as Error).message})`);
    }
    throw error;
  } finally {
    inflate.destroy();
  }
}

async function* readRange(
  file: FileHandle,
  entry: ZipEntry,
  start: number,
  onRead?: (chunk: Buffer, position: number) => void,
): AsyncGenerator<Buffer> {
  const end = start + entry.compressedSize;
  for (let position = start; position < end; ) {
    const buffer = Buffer.allocUnsafe(Math.min(STREAM_READ_BYTES, end - position));
    const { bytesRead } = await file.read(buffer, 0, buffer.length, position);
    if (bytesRead === 0) throw new ZipDamage(`the file ends inside the part ${entry.name}`);
    const chunk = buffer.subarray(0, bytesRead);
    onRead?.(chunk, position);
    position += bytesRead;
    yield chunk;
  }
}

/** The local file header before a part's data has its own name and extra field lengths. */
async function partDataOffset(file: FileHandle, entry: ZipEntry): Promise<number> {
  const header = await readAt(file, entry.localHeaderOffset, 30);
  if (header.readUInt32LE(0) !== LOCAL_SIGNATURE) throw new ZipDamage(`the part ${entry.name} is damaged`);
  return entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
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
