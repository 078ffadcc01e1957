// What a file is, decided by its content (magic bytes), never by its extension: exports are
// often misnamed (a GBK CSV saved as .xls, an .xlsx renamed .csv). Files that cannot be
// imported are refused here with advice the user can act on.
import { isAscii } from 'node:buffer';
import fs from 'node:fs/promises';
import path from 'node:path';
import { EngineError } from '../api/errors.js';
import type { TextEncodingName } from '../api/importTypes.js';
import { byteOrderMark, detectEncoding } from './csv/encoding.js';
import { OLE_SIGNATURE, readOleStreamNames } from './xlsx/oleDirectory.js';
import { readZipDirectory, ZipDamage, type ZipEntry } from './xlsx/zipDirectory.js';

export interface SniffedCsv {
  format: 'csv';
  sizeBytes: number;
  encoding: TextEncodingName;
  /** Bytes of a byte-order mark to skip (0 when none, or when it is not the chosen encoding's). */
  bomLength: number;
  /** The first part of the file, decoded, without the BOM: enough to detect the delimiter. */
  sample: string;
  /**
   * False when the encoding was guessed from a sample of pure ASCII, which reads the same in
   * UTF-8 and GB18030: the reader decides when it meets the first other byte.
   */
  encodingSettled: boolean;
}

export interface SniffedXlsx {
  format: 'xlsx';
  sizeBytes: number;
  entries: ZipEntry[];
}

const HEAD_BYTES = 1 << 20;
/** 'PK' and a record type: local file header, empty archive, spanned archive. */
const ZIP_MAGICS = ['504b0304', '504b0506', '504b0708'];
/** Controls other than tab, line ends, form feed, the DOS end-of-file mark and escape. */
const BINARY_CONTROL = /[\x00-\x08\x0e-\x19\x1c-\x1f\ufffd]/g;
/** Share of such characters above which the file is not text (GBK text has none). */
const BINARY_SHARE = 0.02;
/** Text with no cell in it: blanks, line ends, delimiters and empty quotes (',,,' rows). */
const BLANK_TEXT = /^[\s,;|"]*$/;

export async function sniffFile(file: string, encoding?: TextEncodingName): Promise<SniffedCsv | SniffedXlsx> {
  const handle = await openForReading(file);
  try {
    const sizeBytes = (await handle.stat()).size;
    if (sizeBytes === 0) throw emptyFile(file);
    const head = Buffer.alloc(Math.min(sizeBytes, HEAD_BYTES));
    await handle.read(head, 0, head.length, 0);

    if (ZIP_MAGICS.includes(head.toString('hex', 0, 4))) {
      return { format: 'xlsx', sizeBytes, entries: await workbookEntries(file, handle, sizeBytes) };
    }
    if (head.length >= 8 && head.subarray(0, 8).equals(OLE_SIGNATURE)) {
      const streams = await readOleStreamNames(handle, sizeBytes);
      throw streams.includes('EncryptionInfo') || streams.includes('EncryptedPackage')
        ? encryptedWorkbook(file)
        : legacyWorkbook(file);
    }

    const complete = head.length === sizeBytes;
    const detected = detectEncoding(head, complete);
    const chosen = encoding ?? detected.encoding;
    const bom = byteOrderMark(head);
    const bomLength = bom && bom.encoding === chosen ? bom.bomLength : 0;
    const sample = new TextDecoder(chosen, { ignoreBOM: true }).decode(head.subarray(bomLength));
    if (looksBinary(sample)) throw binaryFile(file);
    if (isBlankText(sample) && (complete || (await onlyBlanksAfter(handle, head.length, chosen)))) throw emptyFile(file);
    const encodingSettled = encoding !== undefined || complete || !isAscii(head);
    return { format: 'csv', sizeBytes, encoding: chosen, bomLength, sample, encodingSettled };
  } finally {
    await handle.close();
  }
}

async function openForReading(file: string): Promise<fs.FileHandle> {
  try {
    const handle = await fs.open(file, 'r');
    if ((await handle.stat()).isDirectory()) {
      await handle.close();
      throw new EngineError('io', `${file} is a folder. Choose a CSV or XLSX file.`, { file });
    }
    return handle;
  } catch (error) {
    if (error instanceof EngineError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new EngineError('not_found', `File not found: ${file}. Check the path and try again.`, { file });
    throw new EngineError('io', `Could not open ${file}: ${(error as Error).message}.`, { file });
  }
}

async function workbookEntries(file: string, handle: fs.FileHandle, size: number): Promise<ZipEntry[]> {
  let entries: ZipEntry[];
  try {
    entries = await readZipDirectory(handle, size);
  } catch (error) {
    if (error instanceof ZipDamage) throw corruptWorkbook(file, error.message);
    throw error;
  }
  if (!entries.some((entry) => entry.name === 'xl/workbook.xml')) {
    throw new EngineError(
      'import.binary_file',
      `${path.basename(file)} is a ZIP archive, not an Excel workbook. Import the CSV or XLSX files it contains instead.`,
      { file },
    );
  }
  return entries;
}

function isBlankText(text: string): boolean {
  return BLANK_TEXT.test(text);
}

function looksBinary(sample: string): boolean {
  if (sample.includes('\u0000')) return true;
  const controls = sample.match(BINARY_CONTROL)?.length ?? 0;
  return controls > sample.length * BINARY_SHARE;
}

/** A file that starts with more blank text than the head holds: read on until something shows. */
async function onlyBlanksAfter(handle: fs.FileHandle, from: number, encoding: TextEncodingName): Promise<boolean> {
  const decoder = new TextDecoder(encoding);
  const chunk = Buffer.alloc(HEAD_BYTES);
  for (let position = from; ; ) {
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, position);
    if (bytesRead === 0) return isBlankText(decoder.decode());
    if (!isBlankText(decoder.decode(chunk.subarray(0, bytesRead), { stream: true }))) return false;
    position += bytesRead;
  }
}

function emptyFile(file: string): EngineError {
  return new EngineError(
    'import.empty_file',
    `${path.basename(file)} is empty: it holds no rows. Check that the export finished, then export the file again.`,
    { file },
  );
}

function binaryFile(file: string): EngineError {
  return new EngineError(
    'import.binary_file',
    `${path.basename(file)} is neither a text (CSV) file nor an Excel workbook (.xlsx). Export the data as CSV or XLSX and import that file.`,
    { file },
  );
}

function encryptedWorkbook(file: string): EngineError {
  return new EngineError(
    'import.encrypted_xlsx',
    `${path.basename(file)} is protected by a password. Open it in Excel or WPS, remove the password, save it, and import it again.`,
    { file },
  );
}

function legacyWorkbook(file: string): EngineError {
  return new EngineError(
    'import.legacy_xls',
    `${path.basename(file)} is an Excel 97-2003 workbook (.xls), which cannot be read. Open it in Excel or WPS, save it as .xlsx or CSV, and import that file.`,
    { file },
  );
}

/** Also used when damage shows only while the workbook is streamed. */
export function corruptWorkbook(file: string, reason: string): EngineError {
  return new EngineError(
    'import.corrupt_xlsx',
    `${path.basename(file)} is a damaged or incomplete Excel workbook (${reason}). Copy or export the file again, then retry.`,
    { file, reason },
  );
}
