// An XLSX worksheet as a TableSource. The ZIP directory (read when the file was sniffed) says
// where each part is, so parts are read where they sit, in any order: the shared strings and
// the styles first, into memory, then the chosen worksheet's XML, inflated and parsed as rows
// are consumed, a batch at a time, so memory stays flat whatever the sheet's size. The rest of
// the file is only hashed. Damage that shows only while streaming (a broken or cut-short
// deflate stream, malformed XML) surfaces as import.corrupt_xlsx.
import { createHash } from 'node:crypto';
import fsp, { type FileHandle } from 'node:fs/promises';
import { basename } from 'node:path';
import { EngineError } from '../../api/errors.js';
import { corruptWorkbook, type SniffedXlsx } from '../sniff.js';
import type { RowView, TableSource } from '../table.js';
import { SheetRows } from './sheetRows.js';
import { readWorkbookInfo } from './workbookInfo.js';
import { readDateStyles, readSharedStrings } from './workbookParts.js';
import { XmlStream } from './xmlStream.js';
import { streamZipPart, ZipDamage, type ZipEntry, type ZipPartStream } from './zipDirectory.js';

/** Rows per batch (a batch ends where a slice of XML does, so it may hold a few more). */
const BATCH_ROWS = 1000;
/** XML bytes parsed between checks for a full batch (a stored part comes in larger chunks). */
const XML_SLICE_BYTES = 16 * 1024;
const HASH_CHUNK_BYTES = 1 << 20;

interface SheetParts {
  sheet: ZipEntry;
  sharedStrings: ZipEntry | null;
  styles: ZipEntry | null;
}

export async function openXlsx(path: string, sniffed: SniffedXlsx, sheetName?: string): Promise<TableSource> {
  const handle = await fsp.open(path, 'r');
  let info;
  try {
    info = await readWorkbookInfo(handle, sniffed.entries);
  } catch (error) {
    throw error instanceof ZipDamage ? corruptWorkbook(path, error.message) : error;
  } finally {
    await handle.close();
  }
  const sheets = info.sheets.map((sheet) => sheet.name);
  const sheet = sheetName === undefined ? info.sheets[0]! : info.sheets.find((s) => s.name === sheetName);
  if (!sheet) {
    throw new EngineError(
      'not_found',
      `${basename(path)} has no worksheet named "${sheetName}". Choose one of: ${sheets.join(', ')}.`,
      { file: path, sheet: sheetName, sheets },
    );
  }
  const sheetEntry = findPart(sniffed.entries, sheet.part);
  if (!sheetEntry) throw corruptWorkbook(path, `worksheet "${sheet.name}" is missing from the archive`);
  const sharedStrings = findPart(sniffed.entries, info.sharedStrings ?? 'xl/sharedStrings.xml');
  if (!sharedStrings && info.sharedStrings !== null) throw corruptWorkbook(path, 'the shared strings part is missing');
  const styles = findPart(sniffed.entries, info.styles ?? 'xl/styles.xml');
  return new XlsxSource(path, sniffed.sizeBytes, sheets, sheet.name, { sheet: sheetEntry, sharedStrings, styles }, info.date1904);
}

/** Part names are case-insensitive in a package; writers almost always match the case. */
function findPart(entries: ZipEntry[], name: string): ZipEntry | null {
  const lower = name.toLowerCase();
  return entries.find((entry) => entry.name === name) ?? entries.find((entry) => entry.name.toLowerCase() === lower) ?? null;
}

class XlsxSource implements TableSource {
  readonly format = 'xlsx' as const;
  readonly encoding = null;
  readonly hasBom = false;
  readonly delimiter = null;
  private readonly hash = createHash('sha256');
  /** The file is hashed in order: bytes [0, hashed) are in the hash. */
  private hashed = 0;
  /** Compressed bytes of the shared strings and styles, read before the hash gets there. */
  private partBytes = 0;
  private digest: string | null = null;
  private handle: FileHandle | null = null;
  private part: ZipPartStream | null = null;
  private started = false;

  constructor(
    readonly path: string,
    readonly sizeBytes: number,
    readonly sheets: string[],
    readonly sheet: string,
    private readonly parts: SheetParts,
    private readonly date1904: boolean,
  ) {}

  get bytesRead(): number {
    return Math.min(this.sizeBytes, this.hashed + this.partBytes);
  }

  async *batches(): AsyncGenerator<RowView[]> {
    if (this.started) throw new Error('A TableSource can be read once; open the file again.');
    this.started = true;
    try {
      const handle = (this.handle = await fsp.open(this.path, 'r'));
      const countBytes = (chunk: Buffer) => (this.partBytes += chunk.length);
      const { sharedStrings, styles } = this.parts;
      const strings = sharedStrings ? await readSharedStrings(handle, sharedStrings, countBytes) : [];
      const dateStyles = styles ? await readDateStyles(handle, styles, countBytes) : [];

      const part = (this.part = await streamZipPart(handle, this.parts.sheet, (chunk, position) => this.hashRead(chunk, position)));
      // Hash up to the worksheet, so that its bytes go into the hash as they are read.
      await this.hashTo(handle, part.dataOffset);
      const rows = new SheetRows(strings, dateStyles, this.date1904);
      const xml = new XmlStream(this.parts.sheet.name, rows);
      for await (const chunk of part.chunks) {
        for (let start = 0; start < chunk.length; start += XML_SLICE_BYTES) {
          xml.write(chunk.subarray(start, start + XML_SLICE_BYTES));
          if (rows.pending >= BATCH_ROWS) yield rows.take();
        }
      }
      xml.end();
      if (rows.pending > 0) yield rows.take();
      await this.hashTo(handle, Number.POSITIVE_INFINITY);
      this.digest = this.hash.digest('hex');
    } catch (error) {
      throw this.failure(error);
    } finally {
      await this.close();
    }
  }

  sha256(): string {
    if (this.digest === null) throw new Error('sha256() is known once batches() has read the whole file.');
    return this.digest;
  }

  async close(): Promise<void> {
    this.part?.destroy();
    this.part = null;
    const handle = this.handle;
    this.handle = null;
    await handle?.close().catch(() => undefined);
  }

  private failure(error: unknown): Error {
    if (error instanceof EngineError) return error;
    if (error instanceof ZipDamage) return corruptWorkbook(this.path, error.message);
    if (typeof (error as NodeJS.ErrnoException).syscall === 'string') {
      const message = `Could not read ${basename(this.path)}: ${(error as Error).message}. Check that the file is still there.`;
      return new EngineError('io', message, { file: this.path });
    }
    // Malformed XML, from the parser or the rows built from it.
    return corruptWorkbook(this.path, (error as Error).message);
  }

  /** The worksheet's compressed bytes as they are read: hashed when they are next in the file. */
  private hashRead(chunk: Buffer, position: number): void {
    if (position !== this.hashed) return;
    this.hash.update(chunk);
    this.hashed += chunk.length;
  }

  /** Hashes the file on from where the hash is, up to `end` or the end of the file. */
  private async hashTo(handle: FileHandle, end: number): Promise<void> {
    const buffer = Buffer.allocUnsafe(HASH_CHUNK_BYTES);
    while (this.hashed < end) {
      const { bytesRead } = await handle.read(buffer, 0, Math.min(buffer.length, end - this.hashed), this.hashed);
      if (bytesRead === 0) break;
      this.hash.update(buffer.subarray(0, bytesRead));
      this.hashed += bytesRead;
    }
  }
}
