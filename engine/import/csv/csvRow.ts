// A RowView over one tokenized row: cells stay bytes in the chunk until asked for. One CsvRow
// object is rebound to row after row, batch after batch, so reading makes no garbage per row.
import type { RowView } from '../table.js';
import { parseNumber } from '../parse/numbers.js';
import { parseAsciiNumber } from './asciiNumber.js';
import type { CsvBatch } from './tokenizer.js';

const QUOTE = 0x22;
const SPACE = 0x20;
const TAB = 0x09;
const FIRST_NON_ASCII = 0x80;

export class CsvRow implements RowView {
  rowNumber = 0;
  length = 0;
  // The batch's arrays as of bind(): the batch may replace them when it grows, but only while
  // tokenizing the next chunk, after which every row is bound again.
  private bytes: Buffer;
  private fieldEnds: Int32Array;
  private rowStart = 0;
  private firstField = 0;
  // Bounds of the cell last located, without surrounding ASCII blanks.
  private start = 0;
  private end = 0;

  constructor(private readonly batch: CsvBatch) {
    this.bytes = batch.bytes;
    this.fieldEnds = batch.fieldEnds;
  }

  bind(row: number): this {
    const batch = this.batch;
    this.bytes = batch.bytes;
    this.fieldEnds = batch.fieldEnds;
    this.rowNumber = batch.rowNumbers[row]!;
    this.rowStart = batch.rowStarts[row]!;
    this.firstField = batch.rowFirstField[row]!;
    this.length = batch.rowFirstField[row + 1]! - this.firstField;
    return this;
  }

  text(i: number): string {
    if (!this.locate(i)) return '';
    const bytes = this.bytes;
    if (bytes[this.start] === QUOTE) return unquote(bytes, this.start, this.end).trim();
    // trim() again: Unicode blanks (the ideographic space, NBSP) are not trimmed as bytes.
    return bytes.toString('utf8', this.start, this.end).trim();
  }

  isEmpty(i: number): boolean {
    if (!this.locate(i)) return true;
    const first = this.bytes[this.start]!;
    return first === QUOTE || first >= FIRST_NON_ASCII ? this.text(i) === '' : false;
  }

  number(i: number): number {
    // The hot path of every import. Cells with blanks, quotes or anything unusual fail the
    // byte parse and go through the text.
    if (i >= 0 && i < this.length) {
      const fieldEnds = this.fieldEnds;
      const field = this.firstField + i;
      const start = i === 0 ? this.rowStart : fieldEnds[field - 1]! + 1;
      const end = fieldEnds[field]!;
      if (start < end) {
        const value = parseAsciiNumber(this.bytes, start, end);
        if (value === value) return value; // not NaN: decided from the bytes
      }
    }
    return parseNumber(this.text(i));
  }

  cells(): string[] {
    const cells = new Array<string>(this.length);
    for (let i = 0; i < this.length; i++) cells[i] = this.text(i);
    return cells;
  }

  /** Sets start/end to cell i without surrounding blanks; false when absent or blank. */
  private locate(i: number): boolean {
    if (i < 0 || i >= this.length) return false;
    const bytes = this.bytes;
    let start = i === 0 ? this.rowStart : this.fieldEnds[this.firstField + i - 1]! + 1;
    let end = this.fieldEnds[this.firstField + i]!;
    while (start < end && (bytes[start] === SPACE || bytes[start] === TAB)) start++;
    while (end > start && (bytes[end - 1] === SPACE || bytes[end - 1] === TAB)) end--;
    this.start = start;
    this.end = end;
    return start < end;
  }
}

/** A quoted cell: the content between the quotes with doubled quotes undone; text after the
 *  closing quote is kept, as spreadsheet programs do ('"12"34' reads 1234). */
function unquote(bytes: Buffer, start: number, end: number): string {
  let close = start + 1;
  for (;;) {
    close = bytes.indexOf(QUOTE, close);
    if (close < 0 || close >= end) {
      close = end; // never closed (only possible at the end of the file)
      break;
    }
    if (close + 1 < end && bytes[close + 1] === QUOTE) close += 2;
    else break;
  }
  const inner = bytes.toString('utf8', start + 1, close).replaceAll('""', '"');
  return close + 1 < end ? inner + bytes.toString('utf8', close + 1, end) : inner;
}
