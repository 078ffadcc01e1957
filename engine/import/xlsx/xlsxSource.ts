// An XLSX worksheet as a TableSource, streamed with exceljs's WorkbookReader so that memory
// stays flat. The archive is read in order; once the chosen worksheet is done the rest of the
// file is only hashed, not parsed. Damage that shows only while streaming (a broken deflate
// stream, malformed XML) surfaces as import.corrupt_xlsx.
import { createHash } from 'node:crypto';
import type { EventEmitter } from 'node:events';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import { basename } from 'node:path';
import ExcelJS from 'exceljs';
import { EngineError } from '../../api/errors.js';
import { corruptWorkbook, type SniffedXlsx } from '../sniff.js';
import type { RowView, TableSource } from '../table.js';
import { cellContent, type CellContent } from './cellValue.js';
import { readWorkbookInfo, type SheetInfo } from './workbookInfo.js';
import { XlsxRow } from './xlsxRow.js';
import { ZipDamage } from './zipDirectory.js';

/** exceljs streams only worksheets stored under this name, and reports their number. */
const STREAMABLE_PART = /^xl\/worksheets\/sheet(\d+)\.xml$/;
const READ_CHUNK_BYTES = 1 << 20;

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
  if (!STREAMABLE_PART.test(sheet.part)) {
    throw corruptWorkbook(path, `worksheet "${sheet.name}" is stored as ${sheet.part}; save the file again in Excel or WPS`);
  }
  return new XlsxSource(path, sniffed.sizeBytes, sheets, sheet, info.date1904);
}

class XlsxSource implements TableSource {
  readonly format = 'xlsx' as const;
  readonly encoding = null;
  readonly hasBom = false;
  readonly delimiter = null;
  readonly sheet: string;
  bytesRead = 0;
  private readonly hash = createHash('sha256');
  private digest: string | null = null;
  private stream: fs.ReadStream | null = null;
  private started = false;

  constructor(
    readonly path: string,
    readonly sizeBytes: number,
    readonly sheets: string[],
    private readonly target: SheetInfo,
    private readonly date1904: boolean,
  ) {
    this.sheet = target.name;
  }

  async *batches(): AsyncGenerator<RowView[]> {
    if (this.started) throw new Error('A TableSource can be read once; open the file again.');
    this.started = true;
    const stream = (this.stream = fs.createReadStream(this.path, { highWaterMark: READ_CHUNK_BYTES }));
    let hashed = 0;
    stream.on('data', (chunk) => {
      this.hash.update(chunk as Buffer);
      hashed += chunk.length;
      this.bytesRead = hashed;
    });
    // exceljs pipes the file into its unzipper, which reports a broken deflate stream or a
    // garbled record only as an 'error' event on itself, and a pipe passes no errors on: left
    // alone, the parse would wait forever. So errors of the file (io) and of whatever it is
    // piped into (import.corrupt_xlsx) end the read.
    let fail: (error: unknown) => void = () => undefined;
    const failed = new Promise<never>((_, reject) => (fail = reject));
    failed.catch(() => undefined);
    stream.once('error', (error: Error) => fail(this.readError(error)));
    const pipe = stream.pipe.bind(stream);
    stream.pipe = <T extends NodeJS.WritableStream>(destination: T, options?: { end?: boolean }): T => {
      (destination as unknown as EventEmitter).once('error', fail);
      return pipe(destination, options);
    };
    const next = <T>(iterator: AsyncIterator<T>) => Promise.race([iterator.next(), failed]);

    const wantedNumber = STREAMABLE_PART.exec(this.target.part)![1];
    let entryNumber: string | undefined;
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(stream, {
      worksheets: 'emit',
      sharedStrings: 'cache',
      styles: 'cache', // number formats tell dates from numbers
      hyperlinks: 'ignore',
      entries: 'emit',
    });
    // The 'entry' event names the worksheet part that the next emitted worksheet comes from.
    (reader as unknown as EventEmitter).on('entry', (entry: { type: string; id?: string }) => {
      if (entry.type === 'worksheet') entryNumber = entry.id;
    });

    try {
      const parts = reader.parse() as AsyncIterator<{ eventType: string; value: unknown }>;
      let found = false;
      for (let part = await next(parts); !part.done; part = await next(parts)) {
        if (part.value.eventType !== 'worksheet' || entryNumber !== wantedNumber) continue;
        found = true;
        const worksheet = part.value.value as { parse(): AsyncIterator<{ eventType: string; value: unknown }[]> };
        const events = worksheet.parse();
        for (let chunk = await next(events); !chunk.done; chunk = await next(events)) {
          const rows = this.rows(chunk.value);
          if (rows.length > 0) yield rows;
        }
        break;
      }
      if (!found) throw corruptWorkbook(this.path, `worksheet "${this.sheet}" is missing from the archive`);
      stream.destroy();
      this.digest = await this.finishHash(hashed);
      this.bytesRead = this.sizeBytes;
    } catch (error) {
      if (error instanceof EngineError) throw error;
      throw corruptWorkbook(this.path, (error as Error).message);
    } finally {
      await this.close();
    }
  }

  private readError(error: Error): EngineError {
    return new EngineError('io', `Could not read ${basename(this.path)}: ${error.message}. Check that the file is still there.`, {
      file: this.path,
    });
  }

  sha256(): string {
    if (this.digest === null) throw new Error('sha256() is known once batches() has read the whole file.');
    return this.digest;
  }

  async close(): Promise<void> {
    this.stream?.destroy();
    this.stream = null;
  }

  private rows(events: { eventType: string; value: unknown }[]): XlsxRow[] {
    const rows: XlsxRow[] = [];
    for (const event of events) {
      if (event.eventType !== 'row') continue;
      const row = event.value as ExcelJS.Row;
      const contents: CellContent[] = [];
      let blank = true;
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        const content = cellContent(cell.value, cell.numFmt, this.date1904);
        contents[column - 1] = content;
        if (content !== null && (typeof content === 'number' || content.trim() !== '')) blank = false;
      });
      if (!blank) rows.push(new XlsxRow(row.number, Array.from(contents, (c) => c ?? null)));
    }
    return rows;
  }

  /** Hashes the bytes after the worksheet, which the parse never needed. */
  private async finishHash(from: number): Promise<string> {
    const handle = await fsp.open(this.path, 'r');
    try {
      const buffer = Buffer.allocUnsafe(READ_CHUNK_BYTES);
      for (let position = from; ; ) {
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
        if (bytesRead === 0) break;
        this.hash.update(buffer.subarray(0, bytesRead));
        position += bytesRead;
      }
    } finally {
      await handle.close();
    }
    return this.hash.digest('hex');
  }
}
