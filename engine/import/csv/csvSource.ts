// A CSV file as a TableSource: read in chunks of about 1 MB with the next read already under
// way while the current chunk's rows are consumed, so memory stays flat however large the
// file. Text in another encoding is transcoded to UTF-8 chunk by chunk, so the tokenizer only
// ever sees UTF-8 bytes (csv/transcoder.ts). The SHA-256 of the raw bytes is computed on the way.
import { isAscii, isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import { basename } from 'node:path';
import { EngineError } from '../../api/errors.js';
import type { TextEncodingName } from '../../api/importTypes.js';
import type { RowView, TableSource } from '../table.js';
import { CsvRow } from './csvRow.js';
import { CsvTokenizer } from './tokenizer.js';
import { withoutCutCharacter } from './encoding.js';
import { createTranscoder } from './transcoder.js';

const DEFAULT_CHUNK_BYTES = 1 << 20;
/** A row longer than this is a quote never closed, swallowing the file: stop before memory does. */
const MAX_ROW_BYTES = 64 << 20;

export interface CsvSourceOptions {
  encoding: TextEncodingName;
  /** See SniffedCsv.encodingSettled. */
  encodingSettled: boolean;
  bomLength: number;
  delimiter: string;
  sizeBytes: number;
  chunkBytes?: number;
}

type ReadResult = { ok: true; bytes: Buffer } | { ok: false; error: unknown };

export class CsvSource implements TableSource {
  readonly format = 'csv' as const;
  readonly sheets: string[] = [];
  readonly sheet = null;
  /** May turn from 'utf-8' to 'gb18030' while reading, when the encoding was not settled. */
  encoding: TextEncodingName;
  readonly hasBom: boolean;
  readonly delimiter: string;
  readonly sizeBytes: number;
  bytesRead = 0;
  private encodingSettled: boolean;
  private readonly bomLength: number;
  private readonly chunkBytes: number;
  private readonly hash = createHash('sha256');
  private digest: string | null = null;
  private handle: fs.FileHandle | null = null;
  private started = false;

  constructor(
    readonly path: string,
    options: CsvSourceOptions,
  ) {
    this.encoding = options.encoding;
    this.encodingSettled = options.encodingSettled;
    this.bomLength = options.bomLength;
    this.hasBom = options.bomLength > 0;
    this.delimiter = options.delimiter;
    this.sizeBytes = options.sizeBytes;
    this.chunkBytes = options.chunkBytes ?? DEFAULT_CHUNK_BYTES;
  }

  async *batches(): AsyncGenerator<RowView[]> {
    if (this.started) throw new Error('A TableSource can be read once; open the file again.');
    this.started = true;
    const handle = (this.handle = await fs.open(this.path, 'r'));
    const tokenizer = new CsvTokenizer(this.delimiter);
    const rows: CsvRow[] = [];
    let transcoder = this.encoding === 'utf-8' ? null : createTranscoder(this.encoding);
    let position = 0;
    let carry: Buffer | null = null;
    let pending = this.read(handle, position);
    try {
      for (;;) {
        const result = await pending;
        if (!result.ok) throw this.readError(result.error);
        const raw = result.bytes;
        const final = raw.length < this.chunkBytes;
        // The BOM may straddle tiny chunks: skip whatever part of it this one holds.
        const bomPart = Math.max(0, Math.min(raw.length, this.bomLength - position));
        position += raw.length;
        if (!final) pending = this.read(handle, position);
        this.hash.update(raw);
        this.bytesRead = position;

        let text = bomPart > 0 ? raw.subarray(bomPart) : raw;
        if (!this.encodingSettled && !(isAscii(text) && (carry === null || isAscii(carry)))) {
          // Until now every byte went to the tokenizer as it was: the carried bytes are raw
          // too, and go to the transcoder with this chunk if the file turns out to be GBK.
          const unread = carry && carry.length > 0 ? Buffer.concat([carry, text]) : text;
          this.settleEncoding(unread, final);
          if (this.encoding === 'gb18030') {
            transcoder = createTranscoder('gb18030');
            text = unread;
            carry = null;
          }
        }
        if (transcoder) text = transcoder.push(text, final);
        const work: Buffer = carry && carry.length > 0 ? Buffer.concat([carry, text]) : text;
        const rest = tokenizer.tokenize(work, final);
        const batch = tokenizer.batch;
        if (batch.rowCount > 0) {
          while (rows.length < batch.rowCount) rows.push(new CsvRow(batch));
          const views = new Array<RowView>(batch.rowCount);
          for (let r = 0; r < batch.rowCount; r++) views[r] = rows[r]!.bind(r);
          yield views;
        }
        if (final) break;
        carry = work.subarray(rest);
        if (carry.length + (transcoder?.pendingBytes ?? 0) > MAX_ROW_BYTES) throw this.runawayRow(position);
      }
      this.digest = this.hash.digest('hex');
    } finally {
      await this.close();
    }
  }

  sha256(): string {
    if (this.digest === null) throw new Error('sha256() is known once batches() has read the whole file.');
    return this.digest;
  }

  async close(): Promise<void> {
    const handle = this.handle;
    this.handle = null;
    await handle?.close();
  }

  /**
   * The sniffed sample was pure ASCII, so 'utf-8' was a guess, and so far every byte has been
   * ASCII, the same in UTF-8 and GB18030. The first bytes that are not decide, unless they are
   * only the start of a character cut at the end of the chunk: then the next chunk decides.
   */
  private settleEncoding(unread: Buffer, final: boolean): void {
    const whole = final ? unread : withoutCutCharacter(unread);
    if (isAscii(whole)) return;
    this.encodingSettled = true;
    if (!isUtf8(whole)) this.encoding = 'gb18030';
  }

  /** Settles to a value, never rejects: a read started ahead may be abandoned unawaited. */
  private read(handle: fs.FileHandle, position: number): Promise<ReadResult> {
    const bytes = Buffer.allocUnsafe(this.chunkBytes);
    return handle.read(bytes, 0, bytes.length, position).then(
      ({ bytesRead }): ReadResult => ({ ok: true, bytes: bytes.subarray(0, bytesRead) }),
      (error: unknown): ReadResult => ({ ok: false, error }),
    );
  }

  private readError(error: unknown): EngineError {
    const name = basename(this.path);
    return new EngineError('io', `Could not read ${name}: ${(error as Error).message}. Check that the file is still there.`, {
      file: this.path,
    });
  }

  private runawayRow(position: number): EngineError {
    return new EngineError(
      'import.malformed_csv',
      `${basename(this.path)} has a quote (") that is never closed, so the rest of the file reads as one cell ` +
        `(before byte ${position}). Fix or remove that quote in a text editor and import again.`,
      { file: this.path, position },
    );
  }
}
