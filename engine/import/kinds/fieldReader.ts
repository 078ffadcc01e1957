// Reads the mapped fields of one row as typed values, keeping the row's first problem.
// Every kind parses its rows through this, so a cell is judged the same way in the
// preview's sample and in the import, and every reason names the column and the value.
import type { RowProblem } from '../../api/importTypes.js';
import type { Day, Month, Stamp } from '../../core/calendar.js';
import { dayFromParts, isValidDate } from '../../core/calendar.js';
import { parseMarkedNumber } from '../parse/amounts.js';
import { parseDay, parseMonth, parseStamp, parseTimeOfDay } from '../parse/dates.js';
import type { RowView } from '../table.js';
import type { CodeTable } from './vocabulary.js';

/** Why a row is quarantined; the renderer has words for each (resources/locales, problems.*). */
export const problemCodes = [
  'missing_value',
  'invalid_number',
  'invalid_date',
  'invalid_month',
  'invalid_time',
  'negative_value',
  'out_of_range',
  'unknown_code',
  'negative_difference',
  'unsupported_data_type',
  'short_row',
  'total_row',
  'wrong_unit',
] as const;

export type ProblemCode = (typeof problemCodes)[number];

export interface NumberRule {
  required?: boolean;
  /** Smallest accepted value; 0 reports a negative number as negative_value. */
  min?: number;
  /** Zero and below are out of range (a multiplier, a capacity). */
  positive?: boolean;
  max?: number;
}

/** Split date columns: 年 / 月 / 日. */
const SPLIT_DATE = ['year', 'monthOfYear', 'dayOfMonth'] as const;

/**
 * The first cell of a total row that exports and Excel reports end with (合计, 本页合计, 总计,
 * 小计, 汇总, Total, Subtotal; the whole cell, so that 合计电器商行 stays a name): in a key column it names no customer, meter or area, and taken
 * as one it would count the file's sums a second time.
 */
const TOTAL_LABEL = /^(?:(?:本页|本月|本期|全部)?(?:合计|总计|小计|汇总|总和)|(?:grand|sub)?totals?)[:：]?$/i;
const isTotalLabel = (text: string) => TOTAL_LABEL.test(text.replace(/\s+/g, ''));

const quote = (text: string) => `'${text.length > 60 ? `${text.slice(0, 57)}...` : text}'`;

export class FieldReader {
  private row: RowView | null = null;
  /** The row's first problem, or null while it is valid. */
  problem: RowProblem | null = null;

  /** The last column a row must reach: a CSV row that ends before it was cut short. */
  private readonly lastColumn: number;

  constructor(
    readonly headers: readonly string[],
    readonly columns: Readonly<Record<string, number>>,
    /** CSV rows shorter than the mapping were cut short; XLSX rows simply omit trailing blanks. */
    private readonly shortRowsAreErrors = true,
    /** Columns read by position rather than by field (the points of a wide curve). */
    positional: readonly number[] = [],
    /** field -> the unit it holds (fieldUnits): a cell may write it ('300 kWh', '￥1,200'), never another. */
    private readonly units: Readonly<Record<string, string>> = {},
  ) {
    this.lastColumn = Math.max(-1, ...Object.values(columns), ...positional);
  }

  /** Starts a row; a row cut short has its problem at once. */
  start(row: RowView): void {
    this.row = row;
    this.problem = null;
    if (this.shortRowsAreErrors && row.length <= this.lastColumn) {
      this.fail(
        null,
        'short_row',
        `the row has ${row.length} cells but the file's columns reach ${this.headers[this.lastColumn] ?? this.lastColumn + 1} ` +
          `(column ${this.lastColumn + 1}); the row was cut short`,
      );
    }
  }

  private get current(): RowView {
    if (!this.row) throw new Error('FieldReader.start(row) must be called first');
    return this.row;
  }

  mapped(field: string): boolean {
    return this.columns[field] !== undefined;
  }

  header(field: string): string {
    const column = this.columns[field];
    return column === undefined ? field : (this.headers[column] ?? `column ${column + 1}`);
  }

  /** Records a problem unless the row already has one (the first problem is the one reported). */
  fail(field: string | null, code: ProblemCode, reason: string): null {
    if (!this.problem) {
      this.problem = {
        row: this.current.rowNumber,
        column: field === null ? '' : this.header(field),
        code,
        reason: `${code}: ${reason}`,
      };
    }
    return null;
  }

  /** The cell's text; '' when the field is unmapped or the cell blank. */
  raw(field: string): string {
    const column = this.columns[field];
    return column === undefined ? '' : this.current.text(column);
  }

  isBlank(field: string): boolean {
    const column = this.columns[field];
    return column === undefined || this.current.isEmpty(column);
  }

  private missing(field: string): null {
    return this.fail(field, 'missing_value', `${this.header(field)} is empty; fill it in or remove the row`);
  }

  /** An identifier (a data type, an event type): required, kept as text. */
  id(field: string): string | null {
    const text = this.raw(field);
    return text === '' ? this.missing(field) : text;
  }

  /** The key of what a row is about (customer, meter, area, ticket): required; a total row's label is refused. */
  key(field: string): string | null {
    const text = this.id(field);
    return text !== null && isTotalLabel(text) ? this.totalRow(field, text) : text;
  }

  /** An optional key (an area, a feeder, a weather station): null when blank; a total row's label is refused. */
  optionalKey(field: string): string | null {
    const text = this.text(field);
    return text !== null && isTotalLabel(text) ? this.totalRow(field, text) : text;
  }

  private totalRow(field: string, text: string): null {
    return this.fail(field, 'total_row', `${quote(text)} in ${this.header(field)} marks a total row of the export, not data: the row is left out`);
  }

  /** Optional text: null when unmapped or blank. */
  text(field: string): string | null {
    const text = this.raw(field);
    return text === '' ? null : text;
  }

  number(field: string, rule: NumberRule = {}): number | null {
    const column = this.columns[field];
    if (column === undefined || this.current.isEmpty(column)) return rule.required ? this.missing(field) : null;
    const value = this.current.number(column);
    return Number.isNaN(value) ? this.markedNumber(field, column, rule) : this.checkRange(field, value, rule);
  }

  /** A cell that is no plain number may still write one with its unit, currency, 万 or brackets (parse/amounts.ts). */
  private markedNumber(field: string, column: number, rule: NumberRule): number | null {
    const text = this.current.text(column);
    const unit = this.units[field];
    const marked = parseMarkedNumber(text, unit);
    if (marked === null) return this.fail(field, 'invalid_number', `${quote(text)} in ${this.header(field)} is not a number`);
    if ('unit' in marked) {
      return this.fail(
        field,
        'wrong_unit',
        `${quote(text)} in ${this.header(field)} is in ${marked.unit}, but the column holds ${unit}; check the column's mapping, or the cell`,
      );
    }
    return this.checkRange(field, marked.value, rule);
  }

  private checkRange(field: string, value: number, rule: NumberRule): number | null {
    if (rule.positive && value <= 0) {
      return this.fail(field, 'out_of_range', `${value} in ${this.header(field)} must be greater than 0`);
    }
    if (rule.min === 0 && value < 0) {
      return this.fail(field, 'negative_value', `${value} in ${this.header(field)} is negative; it cannot be`);
    }
    if ((rule.min !== undefined && value < rule.min) || (rule.max !== undefined && value > rule.max)) {
      return this.fail(
        field,
        'out_of_range',
        `${value} in ${this.header(field)} is outside ${rule.min ?? '-∞'}..${rule.max ?? '∞'}`,
      );
    }
    return value;
  }

  /**
   * A date. The row's date (the one date a kind requires) may come as split year / month / day
   * columns (年 / 月 / 日) instead of its own column; an optional date (a due date, an end) only
   * from its own column, so that a file's split columns never stand for two dates.
   */
  day(field: string, required = true): Day | null {
    if (required && this.splitDate(field)) return this.dayFromParts();
    const text = this.raw(field);
    if (text === '') return required ? this.missing(field) : null;
    const day = parseDay(text);
    if (day === null) {
      return this.fail(field, 'invalid_date', `${quote(text)} in ${this.header(field)} is not a date (e.g. 2024-03-01, 2024/3/1, 20240301)`);
    }
    return day;
  }

  /** The field is left to split date columns: it has no column of its own and the file has a year column. */
  private splitDate(field: string): boolean {
    return !this.mapped(field) && this.mapped('year');
  }

  private dayFromParts(): Day | null {
    const [y, m, d] = SPLIT_DATE.map((part) => this.number(part, { required: true }));
    if (y === null || m === null || d === null) return null;
    if (!isValidDate(y, m, d)) {
      const shown = SPLIT_DATE.map((part) => this.raw(part)).join('-');
      const headers = SPLIT_DATE.map((part) => this.header(part)).join('/');
      return this.fail('dayOfMonth', 'invalid_date', `${quote(shown)} in ${headers} is not a date`);
    }
    return dayFromParts(y, m, d);
  }

  /** A month, from its column or from split year / month columns. */
  month(field: string): Month | null {
    if (this.splitDate(field)) return this.monthFromParts();
    const text = this.raw(field);
    if (text === '') return this.missing(field);
    const month = parseMonth(text);
    if (month === null) {
      return this.fail(field, 'invalid_month', `${quote(text)} in ${this.header(field)} is not a month (e.g. 2024-03, 202403, 2024年3月)`);
    }
    return month;
  }

  private monthFromParts(): Month | null {
    const y = this.number('year', { required: true });
    const m = this.number('monthOfYear', { required: true });
    if (y === null || m === null) return null;
    if (!isValidDate(y, m, 1)) {
      return this.fail('monthOfYear', 'invalid_month', `${quote(`${this.raw('year')}-${this.raw('monthOfYear')}`)} is not a month`);
    }
    return y * 100 + m;
  }

  /**
   * A date and time. As the row's date (required) it may come as split date columns, which
   * stand for the start of that day, as a daily observation does.
   */
  stamp(field: string, required = true): Stamp | null {
    if (required && this.splitDate(field)) {
      const day = this.dayFromParts();
      return day === null ? null : day * 10_000;
    }
    const text = this.raw(field);
    if (text === '') return required ? this.missing(field) : null;
    const stamp = parseStamp(text);
    if (stamp === null) {
      return this.fail(field, 'invalid_date', `${quote(text)} in ${this.header(field)} is not a date and time (e.g. 2024-03-01 08:15)`);
    }
    return stamp;
  }

  /** Minutes since midnight, 0..1440 (24:00 closes the day in end-labelled exports). */
  timeOfDay(field: string): number | null {
    const text = this.raw(field);
    if (text === '') return this.missing(field);
    const minutes = parseTimeOfDay(text);
    if (minutes === null) {
      return this.fail(field, 'invalid_time', `${quote(text)} in ${this.header(field)} is not a time of day (e.g. 08:15)`);
    }
    return minutes;
  }

  /** A value cell addressed by column (the points of a wide curve): NaN when blank, null when not a number. */
  numberAt(column: number): number | null {
    const row = this.current;
    const value = row.number(column);
    // The hot path of a wide curve: a number is decided in one look at the cell.
    if (!Number.isNaN(value) || row.isEmpty(column)) return value;
    const header = this.headers[column] ?? `column ${column + 1}`;
    if (!this.problem) {
      this.problem = {
        row: row.rowNumber,
        column: header,
        code: 'invalid_number',
        reason: `invalid_number: ${quote(row.text(column))} in ${header} is not a number`,
      };
    }
    return null;
  }

  /** A coded value: its code, or `fallback` for spellings not in the table; null when blank. */
  code(field: string, table: CodeTable, fallback: string | null): string | null {
    const text = this.raw(field);
    return text === '' ? null : (table.lookup(text) ?? fallback);
  }

  /** A coded value that must be present and known (an unknown spelling rejects the row). */
  requiredCode(field: string, table: CodeTable): string | null {
    const text = this.raw(field);
    if (text === '') return this.missing(field);
    const code = table.lookup(text);
    if (code !== null) return code;
    return this.fail(
      field,
      'unknown_code',
      `${quote(text)} in ${this.header(field)} is not a known ${table.name} (known: ${table.examples.join(', ')})`,
    );
  }
}
