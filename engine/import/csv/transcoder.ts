// Turns the raw chunks of a non-UTF-8 CSV file into UTF-8 chunks for the tokenizer.
//
// GB18030 (GBK) files are mostly ASCII (digits, delimiters), and ASCII is the same in both
// encodings. Each chunk is cut after its last byte below 0x30, which is always a character of
// its own in GB18030 (every byte of a multi-byte character is 0x30 or above), so the part
// before the cut decodes alone; when that part is all ASCII it is passed on without decoding.
// UTF-16 goes through a streaming TextDecoder, which keeps a character split between chunks.
import { isAscii } from 'node:buffer';
import { TextDecoder } from 'node:util';
import type { TextEncodingName } from '../../api/importTypes.js';

export interface Transcoder {
  /** UTF-8 for `raw` and whatever earlier chunks left undecoded; `final` flushes everything. */
  push(raw: Buffer, final: boolean): Buffer;
  /** Bytes held back, waiting for the rest of their character or line. */
  readonly pendingBytes: number;
}

export function createTranscoder(encoding: Exclude<TextEncodingName, 'utf-8'>): Transcoder {
  return encoding === 'gb18030' ? new Gb18030Transcoder() : new StreamingTranscoder(encoding);
}

const FIRST_MULTIBYTE_VALUE = 0x30;

class Gb18030Transcoder implements Transcoder {
  private readonly decoder = new TextDecoder('gb18030');
  private pending: Buffer | null = null;

  get pendingBytes(): number {
    return this.pending?.length ?? 0;
  }

  push(raw: Buffer, final: boolean): Buffer {
    const bytes = this.pending ? Buffer.concat([this.pending, raw]) : raw;
    let cut = bytes.length;
    if (!final) {
      while (cut > 0 && bytes[cut - 1]! >= FIRST_MULTIBYTE_VALUE) cut--;
    }
    this.pending = cut < bytes.length ? bytes.subarray(cut) : null;
    const ready = bytes.subarray(0, cut);
    return isAscii(ready) ? ready : Buffer.from(this.decoder.decode(ready), 'utf8');
  }
}

class StreamingTranscoder implements Transcoder {
  private readonly decoder: TextDecoder;
  readonly pendingBytes = 0;

  constructor(encoding: TextEncodingName) {
    // The BOM, if any, is skipped by the reader: a U+FEFF in the text is not one.
    this.decoder = new TextDecoder(encoding, { ignoreBOM: true });
  }

  push(raw: Buffer, final: boolean): Buffer {
    return Buffer.from(this.decoder.decode(raw, { stream: !final }), 'utf8');
  }
}
