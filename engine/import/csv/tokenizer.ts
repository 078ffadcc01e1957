// Splits UTF-8 CSV bytes into rows and fields without making strings: for each field it
// records only where the field ends (the delimiter or line end), and for each row where it
// starts. Cells are decoded later, on demand, by CsvRow. RFC 4180 quoting (delimiters, line
// ends and doubled quotes inside quotes), LF, CRLF and CR line ends.
//
// The tokenizer sees a chunk at a time and only emits complete rows; the caller carries the
// bytes of the incomplete last row over to the next chunk, where they are tokenized again.

const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
const SPACE = 0x20;
const TAB = 0x09;

/** The rows of one chunk. Offsets index `bytes`; valid until the next tokenize(). */
export class CsvBatch {
  bytes: Buffer = Buffer.alloc(0);
  /** Per field: the offset just past its content (its delimiter or line end). */
  fieldEnds: Int32Array = new Int32Array(1 << 16);
  /** Per row: offset of its first byte. */
  rowStarts: Int32Array = new Int32Array(1 << 12);
  /** Per row: index in fieldEnds of its first field; entry rowCount closes the last row. */
  rowFirstField: Int32Array = new Int32Array((1 << 12) + 1);
  /** Per row: 1-based record number in the file, blank lines counted. */
  rowNumbers: Float64Array = new Float64Array(1 << 12);
  rowCount = 0;
  fieldCount = 0;

  /** Offset where field `field` of row `row` starts. */
  fieldStart(row: number, field: number): number {
    return field === 0 ? this.rowStarts[row]! : this.fieldEnds[this.rowFirstField[row]! + field - 1]! + 1;
  }

  growFields(): void {
    const bigger = new Int32Array(this.fieldEnds.length * 2);
    bigger.set(this.fieldEnds);
    this.fieldEnds = bigger;
  }

  growRows(): void {
    const size = this.rowStarts.length * 2;
    this.rowStarts = copyInto(new Int32Array(size), this.rowStarts);
    this.rowFirstField = copyInto(new Int32Array(size + 1), this.rowFirstField);
    this.rowNumbers = copyInto(new Float64Array(size), this.rowNumbers);
  }
}

function copyInto<T extends Int32Array | Float64Array>(target: T, source: T): T {
  target.set(source);
  return target;
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
   * Tokenizes bytes[start, bytes.length) into `batch`, complete rows only unless `final`.
   * Returns the offset where the incomplete last row starts (bytes.length when none).
   */
  tokenize(bytes: Buffer, start: number, final: boolean): number {
    const batch = this.batch;
    batch.bytes = bytes;
    batch.rowCount = 0;
    batch.fieldCount = 0;
    batch.rowFirstField[0] = 0;
    const end = bytes.length;
    const delimiter = this.delimiter;
    const highest = this.highestSpecial;
    let i = start;
    if (this.pendingCr && i < end) {
      if (bytes[i] === LF) i++;
      this.pendingCr = false;
    }
    let rowStart = i;
    let fieldStart = i;
    let fieldEnds: Int32Array = batch.fieldEnds;
    let fields = 0;

    while (i < end) {
      const c = bytes[i]!;
      if (c > highest) {
        i++;
        continue;
      }
      if (c === delimiter) {
        if (fields === fieldEnds.length) fieldEnds = this.growFields();
        fieldEnds[fields++] = i;
        fieldStart = ++i;
      } else if (c === LF || c === CR) {
        if (fields === fieldEnds.length) fieldEnds = this.growFields();
        fieldEnds[fields++] = i;
        fields = this.endRow(rowStart, i, fields);
        i++;
        if (c === CR) {
          if (i < end) {
            if (bytes[i] === LF) i++;
          } else if (!final) this.pendingCr = true;
        }
        rowStart = fieldStart = i;
      } else if (c === QUOTE && i === fieldStart) {
        const close = closingQuote(bytes, i + 1, end);
        if (close < 0) {
          // The quoted field goes on in the next chunk, or (at the end of the file) was never
          // closed: then it runs to the end, as spreadsheet programs read it.
          if (!final) break;
          i = end;
        } else if (close + 1 === end && !final) {
          break; // a quote ending the chunk may be the first half of a doubled quote
        } else i = close + 1;
      } else i++;
    }

    if (i >= end && final && rowStart < end) {
      if (fields === fieldEnds.length) fieldEnds = this.growFields();
      fieldEnds[fields++] = end;
      fields = this.endRow(rowStart, end, fields);
      rowStart = end;
    }
    batch.fieldCount = batch.rowFirstField[batch.rowCount]!; // fields of an incomplete row do not count
    return final ? end : rowStart;
  }

  private growFields(): Int32Array {
    this.batch.growFields();
    return this.batch.fieldEnds;
  }

  /** Closes the row [rowStart, rowEnd) whose fields end at index `fields`; blank rows are dropped. */
  private endRow(rowStart: number, rowEnd: number, fields: number): number {
    this.recordsSeen++;
    const batch = this.batch;
    const first = batch.rowFirstField[batch.rowCount]!;
    if (isBlank(batch.bytes, rowStart, rowEnd, this.delimiter)) return first;
    if (batch.rowCount + 1 === batch.rowStarts.length) batch.growRows();
    const row = batch.rowCount++;
    batch.rowStarts[row] = rowStart;
    batch.rowNumbers[row] = this.recordsSeen;
    batch.rowFirstField[row + 1] = fields;
    return fields;
  }
}

/** Offset of the quote closing a quoted field whose content starts at `from`, or -1. */
function closingQuote(bytes: Uint8Array, from: number, end: number): number {
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
function isBlank(bytes: Uint8Array, start: number, end: number, delimiter: number): boolean {
  let inQuotes = false;
  for (let i = start; i < end; i++) {
    const c = bytes[i]!;
    if (c === QUOTE) inQuotes = !inQuotes;
    else if (c === SPACE || c === TAB || (c === delimiter && !inQuotes)) continue;
    else return false;
  }
  return true;
}
