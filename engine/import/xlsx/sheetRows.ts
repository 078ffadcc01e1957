// A worksheet's XML (<sheetData><row><c>) turned into rows as it streams. Rows and cells
// without an r attribute follow the previous one; a cell's column comes from the letters of
// its reference. Cell types: s (shared string index), str (formula text), inlineStr (<is>),
// b (boolean), e (error text), d (ISO date), n or none (number, a date when its style's
// number format is one). A formula cell's value is its cached <v>. Rows with no value in any
// cell are left out.
import { isoDateText, serialDateText } from './numberFormats.js';
import { ArrayRow, type CellContent } from '../arrayRow.js';
import { unescapeText, type XmlHandlers } from './xmlStream.js';

/** Column XFD, the last one Excel has. */
const MAX_COLUMNS = 16_384;

const enum Capture {
  None,
  Value,
  InlineText,
}

export class SheetRows implements XmlHandlers {
  /** Rows completed since the last take(). */
  private rows: ArrayRow[] = [];
  private rowNumber = 0;
  private inRow = false;
  private contents: CellContent[] = [];
  private blank = true;

  private inCell = false;
  private column = -1;
  private type = 'n';
  private style = 0;
  private value: string | null = null;
  private inline: string | null = null;
  private inInline = false;
  private phonetic = 0;
  private capture = Capture.None;

  constructor(
    private readonly strings: readonly string[],
    private readonly dateStyles: readonly boolean[],
    private readonly date1904: boolean,
  ) {}

  get pending(): number {
    return this.rows.length;
  }

  take(): ArrayRow[] {
    const rows = this.rows;
    this.rows = [];
    return rows;
  }

  open(name: string, attributes: Record<string, string>): void {
    switch (name) {
      case 'row': {
        const r = attributes.r === undefined ? NaN : Number(attributes.r);
        this.rowNumber = Number.isInteger(r) && r > 0 ? r : this.rowNumber + 1;
        this.inRow = true;
        this.contents = [];
        this.blank = true;
        this.column = -1;
        break;
      }
      case 'c': {
        if (!this.inRow) break;
        const column = attributes.r === undefined ? -1 : columnIndex(attributes.r);
        this.column = column >= 0 ? column : this.column + 1;
        if (this.column >= MAX_COLUMNS) throw new Error(`a cell lies beyond the last column (row ${this.rowNumber})`);
        this.inCell = true;
        this.type = attributes.t ?? 'n';
        const style = attributes.s === undefined ? 0 : Number(attributes.s);
        this.style = Number.isInteger(style) ? style : 0;
        this.value = null;
        this.inline = null;
        break;
      }
      case 'v':
        if (this.inCell) {
          this.value = '';
          this.capture = Capture.Value;
        }
        break;
      case 'is':
        if (this.inCell) {
          this.inline = '';
          this.inInline = true;
        }
        break;
      case 't':
        if (this.inInline && this.phonetic === 0) this.capture = Capture.InlineText;
        break;
      case 'rPh':
        this.phonetic++;
        break;
    }
  }

  close(name: string): void {
    switch (name) {
      case 'v':
      case 't':
        this.capture = Capture.None;
        break;
      case 'rPh':
        this.phonetic--;
        break;
      case 'is':
        this.inInline = false;
        break;
      case 'c':
        if (this.inCell) this.endCell();
        this.inCell = false;
        break;
      case 'row':
        if (this.inRow && !this.blank) this.rows.push(new ArrayRow(this.rowNumber, this.contents));
        this.inRow = false;
        break;
    }
  }

  text(text: string): void {
    if (this.capture === Capture.Value) this.value += text;
    else if (this.capture === Capture.InlineText) this.inline += text;
  }

  private endCell(): void {
    const content = this.content();
    if (content === null) return;
    const contents = this.contents;
    while (contents.length < this.column) contents.push(null);
    contents[this.column] = content;
    if (this.blank && (typeof content === 'number' || content.trim() !== '')) this.blank = false;
  }

  private content(): CellContent {
    const value = this.value;
    switch (this.type) {
      case 's':
        return value === null || value.trim() === '' ? null : (this.strings[Number(value)] ?? null);
      case 'str':
        return value === null ? null : unescapeText(value);
      case 'inlineStr':
        if (this.inline !== null) return unescapeText(this.inline);
        return value === null ? null : unescapeText(value);
      case 'b': {
        if (value === null) return null;
        const flag = value.trim().toLowerCase();
        return flag === '1' || flag === 'true' ? 'TRUE' : 'FALSE';
      }
      case 'e':
        return value;
      case 'd':
        return value === null ? null : isoDateText(value, this.date1904);
      default: {
        if (value === null || value.trim() === '') return null;
        const number = Number(value);
        if (Number.isNaN(number)) return value;
        return this.dateStyles[this.style] ? serialDateText(number, this.date1904) : number;
      }
    }
  }
}

/** 'B2' -> 1, 'AA10' -> 26; -1 when the reference has no column letters. */
function columnIndex(reference: string): number {
  let column = 0;
  let i = 0;
  for (; i < reference.length; i++) {
    const code = reference.charCodeAt(i) | 0x20; // lower case
    if (code < 0x61 || code > 0x7a) break;
    column = column * 26 + (code - 0x60);
    if (column > MAX_COLUMNS) return MAX_COLUMNS;
  }
  return i === 0 ? -1 : column - 1;
}
