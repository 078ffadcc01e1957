// Splits UTF-8 CSV bytes into rows and fields without making strings: for each field it
// records only where the field ends (its delimiter or line end), and for each row where it
// starts. Cells are decoded later, on demand, by CsvRow. RFC 4180 quoting (delimiters, line
// ends and doubled quotes inside quotes), LF, CRLF and CR line ends.
//
// The tokenizer sees a chunk at a time and only emits complete rows; the caller carries the
// bytes of the incomplete last row over to the next chunk, where they are tokenized again.
// This loop is most of the time of a large import: arrays are sized for the chunk up front
// (a chunk of n bytes holds at most n + 1 fields) so that it checks nothing but bytes.

const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
const SPACE = 0x20;
const TAB = 0x09;

/** The rows of one chunk. Offsets index `bytes`; valid until the next tokenize(). */
export class CsvBatch {
  bytes: Buffer = Buffer.alloc(0);
  /** Per field: the offset just past its content (its delimiter or line end). */
  fieldEnds = new Int32Array(0);
  /** Per row: offset of its first byte. */
  rowStarts = new Int32Array(0);
  /** Per row: index in fieldEnds of its first field; entry rowCount closes the last row. */
  rowFirstField = new Int32Array(1);
  /** Per row: 1-based record number in the file, blank lines counted. */
  rowNumbers = new Float64Array(0);
  rowCount = 0;

  /**
   * Room for every field and row that `bytes` bytes can hold: a field per byte at most, and a
   * row per two bytes (blank rows are dropped, so a row has content and a line end).
   */
  reserve(bytes: number): void {
    if (this.fieldEnds.length > bytes) return;
    const fields = Math.max(bytes + 1, this.fieldEnds.length * 2);
    const rows = (fields >> 1) + 1;
    this.fieldEnds = new Int32Array(fields);
    this.rowStarts = new Int32Array(rows);
    this.rowFirstField = new Int32Array(rows + 1);
    this.rowNumbers = new Float64Array(rows);
  }
}

export class CsvTokenizer {
  readonly batch = new CsvBatch();
  private readonly delimiter: number;
  /** Highest byte value with a meaning here: anything above is content, skipped at once. */
  private readonly highestSpecial: number;
  /** Records seen so far, blank ones included. */
  private recordsSeen = 0;
  /** The previous chunk ended on CR: a LF starting this one belongs to it. */
  private pendingCr = false;

  constructor(delimiter: string) {
    this.delimiter = delimiter.charCodeAt(0);
    this.highestSpecial = Math.max(this.delimiter, QUOTE, CR);
  }

  /**
   * Tokenizes `bytes` into `batch`, complete rows only unless `final`.
   * Returns the offset where the incomplete last row starts (bytes.length when none).
   */
  tokenize(bytes: Buffer, final: boolean): number {
    const batch = this.batch;
    const end = bytes.length;
    batch.reserve(end);
    batch.bytes = bytes;
    batch.rowCount = 0;
    batch.rowFirstField[0] = 0;
    const fieldEnds = batch.fieldEnds;
    const delimiter = this.delimiter;
    const highest = this.highestSpecial;
    let i = 0;
    if (this.pendingCr && i < end) {
      if (bytes[i] === LF) i++;
      this.pendingCr = false;
    }
    let rowStart = i;
    let fields = 0;

    while (i < end) {
      // Skip content bytes in a loop of its own: V8 compiles this shape far tighter.
      let c = bytes[i]!;
      while (c > highest && ++i < end) c = bytes[i]!;
      if (i >= end) break;
      if (c === delimiter) {
        fieldEnds[fields++] = i;
      } else if (c === LF || c === CR) {
        fieldEnds[fields++] = i;
        fields = this.endRow(rowStart, i, fields);
        if (c === CR) {
          if (i + 1 < end) {
            if (bytes[i + 1] === LF) i++;
          } else if (!final) this.pendingCr = true;
        }
        rowStart = i + 1;
      } else if (c === QUOTE && (i === rowStart || bytes[i - 1] === delimiter)) {
        const close = closingQuote(bytes, i + 1, end);
        // Not closed in this chunk: the field goes on in the next one, or (at the end of the
        // file) never closes and runs to the end, as spreadsheet programs read it. A quote
        // ending the chunk may be the first half of a doubled quote: wait for the next byte.
        if (close < 0 || (close + 1 === end && !final)) {
          if (!final) break;
          i = end - 1;
        } else i = close;
      }
      i++;
    }

    if (final && rowStart < end) {
      fieldEnds[fields++] = end;
      this.endRow(rowStart, end, fields);
      rowStart = end;
    }
    return final ? end : rowStart;
  }

  /** Closes the row [rowStart, rowEnd) whose fields end at index `fields`; blank rows are dropped. */
  private endRow(rowStart: number, rowEnd: number, fields: number): number {
    this.recordsSeen++;
    const batch = this.batch;
    const first = batch.rowFirstField[batch.rowCount]!;
    if (isBlank(batch.bytes, rowStart, rowEnd, this.delimiter)) return first;
    const row = batch.rowCount++;
    batch.rowStarts[row] = rowStart;
    batch.rowNumbers[row] = this.recordsSeen;
    batch.rowFirstField[row + 1] = fields;
    return fields;
  }
}

/** Offset of the quote closing a quoted field whose content starts at `from`, or -1. */
function closingQuote(bytes: Buffer, from: number, end: number): number {
  let j = from;
  for (;;) {
    j = bytes.indexOf(QUOTE, j);
    if (j < 0 || j >= end) return -1;
    if (j + 1 < end && bytes[j + 1] === QUOTE) j += 2;
    else return j;
  }
}

/**
 * A row of nothing but blanks, delimiters and empty quoted fields (",,,," lines that
 * spreadsheet programs write below the data). Returns at the first other byte, so a data
 * row costs one comparison.
 */
function isBlank(bytes: Buffer, start: number, end: number, delimiter: number): boolean {
  let inQuotes = false;
  for (let i = start; i < end; i++) {
    const c = bytes[i]!;
    if (c === QUOTE) inQuotes = !inQuotes;
    else if (c === SPACE || c === TAB || (c === delimiter && !inQuotes)) continue;
    else return false;
  }
  return true;
}
